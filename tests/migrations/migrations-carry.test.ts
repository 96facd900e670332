import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../electron/engine/engine';
import { APPLICATION_ID, openStore } from '../../electron/store/db';
import { LATEST_VERSION, migrations } from '../../electron/store/migrations/index';
import { manualClock, ok, tempDir } from '../unit/helpers';

/**
 * A database of every earlier schema version, built with the earlier migrations and filled
 * the way that version's code wrote rows, upgrades to the current schema with nothing lost.
 */
const engineUndo = migrations.find((m) => m.name === 'engine-undo')!;

/** Rows as each version's code wrote them; a table is filled only from the version that has it. */
const fills: { table: string; since: string; sql: string }[] = [
  { table: 'council', since: 'foundation', sql: "INSERT INTO council VALUES (1, 'HĐND tỉnh', 'province', 16, 58)" },
  { table: 'session', since: 'foundation', sql: "INSERT INTO session VALUES (1, 11, 16, 'regular', '', '2026-12-08', '2026-12-09')" },
  { table: 'delegate', since: 'foundation', sql: "INSERT INTO delegate (id, full_name, seat_number) VALUES (1, 'Lê Văn Tám', 1), (2, 'Trần Thị Hoa', 2)" },
  { table: 'agenda_item', since: 'foundation', sql: "INSERT INTO agenda_item (id, session_id, position, title, kind, planned_minutes) VALUES (1, 1, 0, 'Khai mạc', 'opening', 15)" },
  { table: 'setting', since: 'foundation', sql: "INSERT INTO setting VALUES ('current_session_id', '1')" },
  { table: 'journal', since: 'foundation', sql: "INSERT INTO journal VALUES (1, 1, 'chair', 'council.save', '{}')" },
  {
    table: 'undo_step',
    since: 'undo',
    sql: `INSERT INTO undo_step (scope, label, at, images) VALUES ('timing', 'extend|Khai mạc', 5,
      json_array(json_object('table', 'agenda_item', 'id', 1, 'row', json_object('id', 1, 'session_id', 1, 'position', 0, 'title', 'Khai mạc', 'kind', 'opening', 'presenter', '', 'planned_minutes', 10))))`,
  },
  { table: 'respondent', since: 'questions', sql: "INSERT INTO respondent VALUES (1, 2, 'Sở Tài chính')" },
  { table: 'question', since: 'questions', sql: "INSERT INTO question (id, session_id, position, asker_id, respondent_id, text, registered_at) VALUES (1, 1, 0, 1, 1, 'Hỏi', 1)" },
  {
    table: 'vote',
    since: 'votes',
    sql: "INSERT INTO vote (id, session_id, resolution_title, method, rule_kind, rule_base, rule_comparison, rule_numerator, rule_denominator, created_at) VALUES (1, 1, 'Nghị quyết', 'named', 'ordinary', 'seats', 'moreThan', 1, 2, 1)",
  },
  { table: 'vote_mark', since: 'votes', sql: "INSERT INTO vote_mark VALUES (1, 1, 'for')" },
  { table: 'sitting', since: 'agenda-live', sql: "INSERT INTO sitting (id, session_id, date, part, planned_start, planned_end) VALUES (1, 1, '2026-12-08', 'morning', '07:30', '11:30')" },
  { table: 'item_segment', since: 'agenda-live', sql: 'INSERT INTO item_segment VALUES (1, 1, 100, 200)' },
  { table: 'roll_call', since: 'roster-attendance-speakers', sql: "INSERT INTO roll_call VALUES (1, 1, '2026-12-08 sáng', 1)" },
  { table: 'attendance', since: 'roster-attendance-speakers', sql: "INSERT INTO attendance VALUES (1, 1, 2, 'absent', NULL)" },
  {
    table: 'speech',
    since: 'roster-attendance-speakers',
    sql: "INSERT INTO speech (id, agenda_item_id, delegate_id, kind, status, position, requested_at, limit_ms) VALUES (1, 1, 1, 'speech', 'queued', 0, 1, 420000)",
  },
  { table: 'hall_screen', since: 'hall', sql: "INSERT INTO hall_screen (id, mode) VALUES (1, 'agenda')" },
];

function buildAt(file: string, version: number): Record<string, unknown[]> {
  const db = new Database(file);
  // As migrate() does for a step that rebuilds a table: with foreign keys off, so the rows
  // that reference it keep their links.
  db.pragma('foreign_keys = OFF');
  // Each version's rows are written right after its step, in that version's shape: later
  // steps then carry them as an upgrade would.
  for (const m of migrations.filter((x) => x.version <= version)) {
    db.exec(m.up);
    for (const f of fills) if (f.since === m.name) db.exec(f.sql);
  }
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.pragma(`user_version = ${version}`);
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  const rows = Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}"`).all()]));
  db.close();
  return rows;
}

describe('every earlier schema version upgrades with its data', () => {
  it.each(migrations.filter((m) => m.version < LATEST_VERSION).map((m) => [m.version, m.name]))('from version %i (%s)', (version) => {
    const file = path.join(tempDir(), 'old.sqlite');
    const before = buildAt(file, version as number);
    const db = openStore(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    for (const [table, rows] of Object.entries(before)) {
      const after = db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[];
      expect(after, table).toHaveLength(rows.length);
      if (table === 'undo_step') continue; // rewritten by engine-undo, checked below
      rows.forEach((row, i) => expect(after[i], table).toMatchObject(row as object));
    }
    // An undo step recorded by schema 2–7 is still undoable, with its label split into data.
    if (version >= 2 && version < engineUndo.version) {
      const engine = new Engine(db, manualClock());
      expect(engine.current.undo.timing).toMatchObject({ action: 'extend', subject: 'Khai mạc' });
      expect(ok(engine, 'undo', { scope: 'timing' })).toEqual({ scope: 'timing', action: 'extend', subject: 'Khai mạc' });
      expect(engine.current.agenda[0].plannedMinutes).toBe(10);
    }
    db.close();
  });
});
