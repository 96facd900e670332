import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { Engine } from '../../electron/engine/engine';
import { openStore, type Db } from '../../electron/store/db';
import type { CommandPayload, CommandResult, CommandType } from '../../electron/engine/commands';
import type { StateUpdate } from '../../electron/engine/state';
import type { CommandMeta } from '../../electron/engine/protocol';
import type { ErrorCode } from '../../electron/engine/messages';
import type { AgendaKind } from '../../common/agenda/model';
import { migrations } from '../../electron/store/migrations/index';

/**
 * A database at the schema just before migration `name` (every earlier migration applied, the
 * version recorded, foreign keys on as Gavel opens them), for a test that writes rows the old
 * way and then migrates. `file` defaults to memory.
 */
export function schemaBefore(name: string, file = ':memory:'): { db: Db; step: (typeof migrations)[number] } {
  const step = migrations.find((m) => m.name === name);
  if (!step) throw new Error(`no migration named ${name}`);
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  for (const m of migrations.filter((x) => x.version < step.version)) db.exec(m.up);
  db.pragma(`user_version = ${step.version - 1}`);
  return { db, step };
}

/** The folders tempDir made, removed together by one exit listener. */
const tempDirs = new Set<string>();
const removeTempDirs = () => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
};

/**
 * A fresh temporary folder, removed when the test process ends. One listener for them all: one
 * per folder passed Node's limit of 10 in a file that starts many servers (MaxListenersExceededWarning).
 */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gavel-test-'));
  if (!process.listeners('exit').includes(removeTempDirs)) process.on('exit', removeTempDirs);
  tempDirs.add(dir);
  return dir;
}

/** A manual clock for deterministic timers. */
export function manualClock(start = Date.UTC(2026, 11, 1, 1, 0, 0)) {
  let t = start;
  const clock = () => t;
  clock.advance = (ms: number) => (t += ms);
  clock.set = (ms: number) => (t = ms);
  return clock;
}

export function newEngine(file = ':memory:', clock = manualClock()): { engine: Engine; db: Db; clock: ReturnType<typeof manualClock> } {
  const db = openStore(file);
  return { engine: new Engine(db, clock), db, clock };
}

type OptionalWhenEmpty<P> = {} extends P ? [payload?: P] : [payload: P];

/** Runs a command that must succeed and returns its value; the payload may be left out where every field is optional. */
export function ok<K extends CommandType>(engine: Engine, type: K, ...[payload]: OptionalWhenEmpty<CommandPayload<K>>): CommandResult<K> {
  const reply = engine.run(type, payload ?? ({} as CommandPayload<K>));
  if (!reply.ok) throw new Error(`${type} refused: ${reply.error.message}`);
  return reply.value;
}

/** A refused command's code and its sentence in each language. */
export interface Refusal {
  code: ErrorCode;
  en: string;
  vi: string;
}

/**
 * Sends a command that must be refused the way a client sends it (any payload: bad input is the
 * point, so it is not typed), in English and in Vietnamese, and proves it changed nothing.
 * `code`, when given, must be the refusal's; `as`, more of the sender (the server's own call).
 */
export function refused(engine: Engine, type: CommandType, payload: object = {}, code?: ErrorCode, as: Partial<CommandMeta> = {}): Refusal {
  const before = dumpDb(engine.db);
  const en = engine.dispatch({ ...payload, type }, { actor: 'test', ...as, lang: 'en' });
  const vi = engine.dispatch({ ...payload, type }, { actor: 'test', ...as, lang: 'vi' });
  expect(dumpDb(engine.db), `${type} changed the database`).toEqual(before);
  if (en.ok || vi.ok) throw new Error(`${type} was accepted`);
  if (code) expect(en.error.code, type).toBe(code);
  return { code: en.error.code, en: en.error.message, vi: vi.error.message };
}

/** A council with a session, ready for roster and agenda commands. */
export function seedBasics(engine: Engine): { sessionId: number } {
  ok(engine, 'council.save', { name: 'HĐND tỉnh Hòa Bình', level: 'province', term: 16, totalSeats: 58 });
  const { id } = ok(engine, 'session.create', {
    number: 11,
    term: 16,
    kind: 'regular',
    startDate: '2026-12-08',
    endDate: '2026-12-09',
  });
  return { sessionId: id };
}

/**
 * Every row of every user table, to prove a refused command changed nothing. Not `field_change`
 * (who changed each field last, engine/edits.ts): an undo is itself a change of the fields it puts
 * back, so the record after an undo equals the one before the step in everything else.
 */
export function dumpDb(db: Db): Record<string, unknown[]> {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'field_change'").all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}"`).all()]));
}

/** The slices an update carries, whole or as patches. */
export function changedSlices(u: StateUpdate): string[] {
  return [...Object.keys(u.slices), ...Object.keys(u.patches ?? {})];
}

/** A morning sitting open with `item` running in it, as the record and review tests start. */
export function itemUnderWay(engine: Engine, item: { title: string; kind: AgendaKind; presenter?: string }): { sittingId: number; itemId: number } {
  const sittingId = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
  ok(engine, 'sitting.open', { id: sittingId });
  const { id: itemId } = ok(engine, 'agenda.add', item);
  ok(engine, 'agenda.assign', { id: itemId, sittingId });
  ok(engine, 'item.start', { id: itemId, current: 'finish' });
  return { sittingId, itemId };
}

/** A morning sitting open with a discussion item running in it. */
export const discussionUnderWay = (engine: Engine) => itemUnderWay(engine, { title: 'Thảo luận tại hội trường', kind: 'discussion' });

/**
 * A new session with two debates, the budget's under way (its queue on screen) and the land
 * prices' next, and Nguyễn Thị Hằng on the roster: as the tests of a request typed for the queue
 * on screen start, in the engine and in the Speakers view.
 */
export function twoDebates(): { engine: Engine; budget: number; land: number; hang: number } {
  const { engine } = newEngine();
  seedBasics(engine);
  const budget = ok(engine, 'agenda.add', { title: 'Thảo luận về dự toán ngân sách năm 2027', kind: 'discussion' }).id;
  const land = ok(engine, 'agenda.add', { title: 'Thảo luận về bảng giá đất', kind: 'discussion' }).id;
  const hang = ok(engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng', seatNumber: 1 }).id;
  ok(engine, 'item.start', { id: budget });
  return { engine, budget, land, hang };
}

/**
 * A questioning item under way with two slips to one official: the first asked (2 min) and
 * answered (5 min), the second still waiting. As the "never asked" record tests start.
 */
export function oneAnsweredOneWaiting(engine: Engine, clock: ReturnType<typeof manualClock>): { itemId: number; asked: number; waiting: number } {
  const asker = ok(engine, 'delegate.add', { fullName: 'Hoàng Văn An' }).id;
  const other = ok(engine, 'delegate.add', { fullName: 'Lê Thị Bình' }).id;
  const official = ok(engine, 'delegate.add', { fullName: 'Hà Minh Đức', voting: false }).id;
  const respondentId = ok(engine, 'respondent.add', { delegateId: official, agency: 'Sở TN&MT' }).id;
  const { itemId } = itemUnderWay(engine, { title: 'Phiên chất vấn', kind: 'questioning' });
  const asked = ok(engine, 'question.register', { askerId: asker, respondentId, text: 'Tiến độ cấp giấy chứng nhận?', agendaItemId: itemId }).id;
  const waiting = ok(engine, 'question.register', { askerId: other, respondentId, text: 'Đất công bị lấn chiếm?', agendaItemId: itemId }).id;
  ok(engine, 'question.next', { id: asked });
  ok(engine, 'question.toggle');
  clock.advance(2 * 60_000);
  ok(engine, 'question.stop');
  ok(engine, 'answer.start');
  ok(engine, 'question.toggle');
  clock.advance(5 * 60_000);
  ok(engine, 'question.stop');
  ok(engine, 'question.mark', { ids: [asked], status: 'answered' });
  return { itemId, asked, waiting };
}

