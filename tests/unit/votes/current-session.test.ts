/**
 * The `votes` and `personnel` slices carry the current session's votes only (issue 14): a
 * council's earlier sessions stay in the database, where documents and the Activity read find
 * them, and are not sent to every screen. Real SQLite, two sessions each with votes.
 */
import { describe, expect, it } from 'vitest';
import { applyPatch } from '../../../common/patch';
import { Engine } from '../../../electron/engine/engine';
import { slicePatchers } from '../../../electron/engine/patchers';
import { SLICE_NAMES, sliceBuilders, type StateUpdate } from '../../../electron/engine/state';
import { readActivity } from '../../../electron/features/activity/store';
import { voteView } from '../../../electron/features/votes/slices';
import { getVote } from '../../../electron/features/votes/store';
import { Touched } from '../../../electron/store/changes';
import type { Db } from '../../../electron/store/db';
import { activityRows, namesFrom } from '../../../src/features/activity/activity';
import { newEngine, ok, refused, seedBasics } from '../helpers';

/** Session 11 (one closed vote, one personnel vote), then session 12 (the same), 11 current again. */
function setUp() {
  const ctx = newEngine();
  const { engine } = ctx;
  const first = seedBasics(engine).sessionId;
  const people = [1, 2, 3].map((i) => ok(engine, 'delegate.add', { fullName: `Đại biểu ${i}`, seatNumber: i }).id);
  const vote = (title: string) => {
    const id = ok(engine, 'vote.create', { resolutionTitle: title, method: 'hands' }).id;
    ok(engine, 'vote.open', { id, present: 50 });
    ok(engine, 'vote.tally', { id, for: 45, against: 3, abstain: 2 });
    ok(engine, 'vote.close', { id });
    return id;
  };
  const personnel = (title: string) => {
    const id = ok(engine, 'personnel.prepare', { kind: 'election', title, posts: 1, people: [{ delegateId: people[0], body: 'council', honorific: 'mr' }] }).id;
    ok(engine, 'personnel.committee', { id, head: people[1], members: [people[2]] });
    return id;
  };
  const a = { vote: vote('Nghị quyết về dự toán ngân sách năm 2027'), personnel: personnel('Bầu Phó Chủ tịch Hội đồng nhân dân') };
  const second = ok(engine, 'session.create', { number: 12, term: 16, kind: 'thematic', startDate: '2026-12-20', endDate: '2026-12-20' }).id;
  const b = { vote: vote('Nghị quyết về giá đất'), personnel: personnel('Bầu Ủy viên Ủy ban nhân dân') };
  ok(engine, 'session.select', { id: first });
  return { ...ctx, first, second, a, b };
}

const ids = (list: readonly { id: number }[]) => list.map((v) => v.id);
const rebuilt = (db: Db) => Object.fromEntries(SLICE_NAMES.map((n) => [n, sliceBuilders[n](db)]));
const held = (engine: Engine) => Object.fromEntries(SLICE_NAMES.map((n) => [n, engine.current[n]]));
const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;

/** A screen that starts from the snapshot and applies every update as the wire carries it. */
function screenOf(engine: Engine) {
  const screen = { state: json(engine.snapshot().slices) as Record<string, unknown>, updates: [] as StateUpdate[] };
  engine.subscribe((u) => {
    const wire = json(u) as StateUpdate;
    screen.updates.push(wire);
    screen.state = { ...screen.state, ...wire.slices };
    for (const [name, ops] of Object.entries(wire.patches ?? {})) screen.state[name] = applyPatch(screen.state[name], ops);
  });
  return screen;
}

describe('votes and personnel of the current session only', () => {
  it('publishes only the current session’s votes, in the engine, its snapshot and a fresh engine', () => {
    const { engine, db, a } = setUp();
    expect(ids(engine.current.votes)).toEqual([a.vote]);
    expect(ids(engine.current.personnel)).toEqual([a.personnel]);
    const snap = engine.snapshot().slices;
    expect(ids(snap.votes!)).toEqual([a.vote]);
    expect(ids(snap.personnel!)).toEqual([a.personnel]);
    const fresh = new Engine(db).snapshot().slices;
    expect(ids(fresh.votes!)).toEqual([a.vote]);
    expect(ids(fresh.personnel!)).toEqual([a.personnel]);
    // Both sessions' votes are still in the database.
    expect(db.prepare('SELECT count(*) FROM vote').pluck().get()).toBe(2);
    expect(db.prepare('SELECT count(*) FROM personnel_vote').pluck().get()).toBe(2);
  });

  it('switching session publishes the other session’s votes and removes the first’s; patched state equals rebuilt', () => {
    const { engine, db, a, b, second, first } = setUp();
    const screen = screenOf(engine);
    ok(engine, 'session.select', { id: second });
    expect(ids(engine.current.votes)).toEqual([b.vote]);
    expect(ids(engine.current.personnel)).toEqual([b.personnel]);
    expect(ids(screen.state.votes as { id: number }[])).toEqual([b.vote]);
    expect(ids(screen.state.personnel as { id: number }[])).toEqual([b.personnel]);
    expect(held(engine)).toEqual(rebuilt(db));
    expect(screen.state).toEqual(json(rebuilt(db)));
    ok(engine, 'session.select', { id: first });
    expect(ids(screen.state.votes as { id: number }[])).toEqual([a.vote]);
    expect(ids(screen.state.personnel as { id: number }[])).toEqual([a.personnel]);
    expect(screen.state).toEqual(json(rebuilt(db)));
  });

  it('a vote opened and counted in the current session is still patched row by row', () => {
    const { engine, db, second } = setUp();
    ok(engine, 'session.select', { id: second });
    const screen = screenOf(engine);
    const id = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về chương trình giám sát', method: 'hands' }).id;
    ok(engine, 'vote.open', { id, present: 50 });
    ok(engine, 'vote.tally', { id, for: 40, against: 0, abstain: 0 });
    for (const u of screen.updates) {
      expect(u.slices.votes, 'not replaced whole').toBeUndefined();
      expect(u.patches?.votes).toBeDefined();
    }
    expect((screen.state.votes as { id: number; tally: { for: number } }[]).at(-1)).toMatchObject({ id, tally: { for: 40 } });
    expect(screen.state).toEqual(json(rebuilt(db)));
  });

  it('a touched vote of another session is neither added nor kept; a session switch rebuilds', () => {
    const { engine, db, a, b } = setUp();
    const patch = slicePatchers.votes!;
    // Rows changed under the engine, then given to the patcher as a command's capture would.
    const touch = (id: number, extra: (t: Touched) => void = () => {}) => {
      const t = new Touched();
      t.add({ table: 'vote', key: id, op: 'update', before: null, cols: new Set(['resolution_title']) });
      extra(t);
      return t;
    };
    db.prepare("UPDATE vote SET resolution_title = 'Đã sửa' WHERE id IN (?, ?)").run(a.vote, b.vote);
    expect(patch(db, engine.current.votes, touch(b.vote))).toEqual([]);
    // Held by mistake (as every session's votes were before): the touch removes it.
    const stale = [...engine.current.votes, voteView(db, getVote(db, b.vote)!)];
    expect(patch(db, stale, touch(b.vote))).toEqual([expect.objectContaining({ op: 'rows', upsert: [], remove: [b.vote] })]);
    expect(patch(db, engine.current.votes, touch(a.vote))).toEqual([
      expect.objectContaining({ op: 'rows', merge: [expect.objectContaining({ id: a.vote, resolutionTitle: 'Đã sửa' })] }),
    ]);
    const switched = touch(a.vote, (t) => t.add({ table: 'setting', key: 'current_session_id', op: 'update', before: null }));
    expect(patch(db, engine.current.votes, switched)).toBeNull();
  });

  it('deleting another session removes its votes from the database and leaves the published ones alone', () => {
    const { engine, db, first, second } = setUp();
    ok(engine, 'session.select', { id: second });
    const screen = screenOf(engine);
    const before = json(engine.current.votes);
    ok(engine, 'session.delete', { id: first });
    expect(db.prepare('SELECT count(*) FROM vote').pluck().get()).toBe(1);
    expect(json(engine.current.votes)).toEqual(before);
    expect(screen.updates.at(-1)?.patches?.votes).toBeUndefined();
    expect(screen.state).toEqual(json(rebuilt(db)));
  });

  it('commands on another session’s vote are refused, changing nothing', () => {
    const { engine, a, b, second } = setUp();
    ok(engine, 'session.select', { id: second });
    refused(engine, 'vote.announce', { id: a.vote }, 'not-found');
    refused(engine, 'personnel.open', { id: a.personnel }, 'not-found');
    // The hall shows this session's votes only.
    expect(refused(engine, 'hall.setVote', { voteId: a.vote }, 'not-found').en).toMatch(/vote/i);
    ok(engine, 'hall.setVote', { voteId: b.vote });
  });
});

describe('Activity names votes of other sessions', () => {
  it('carries the titles of the votes its entries name, from the database', () => {
    const { engine, db, a, b, second } = setUp();
    ok(engine, 'session.select', { id: second });
    const activity = readActivity(db);
    expect(activity.voteTitles).toEqual({ [a.vote]: 'Nghị quyết về dự toán ngân sách năm 2027', [b.vote]: 'Nghị quyết về giá đất' });
    const opened = activity.entries.filter((e) => e.type === 'vote.open');
    // Without the titles the read carries, the earlier session's vote would read "#1".
    const stateOnly = activityRows({ ...activity, entries: opened }, namesFrom(engine.current, activity.sittings), 'en').map((r) => r.text);
    expect(stateOnly).toEqual(['Opened the vote “Nghị quyết về giá đất”', `Opened the vote “#${a.vote}”`]);
    const names = namesFrom(engine.current, activity.sittings, String, activity);
    expect(activityRows({ ...activity, entries: opened }, names, 'vi').map((r) => r.text)).toEqual([
      'Mở biểu quyết «Nghị quyết về giá đất»',
      'Mở biểu quyết «Nghị quyết về dự toán ngân sách năm 2027»',
    ]);
    // Over the wire the keys are strings: the same names.
    const wire = json({ voteTitles: activity.voteTitles, itemTitles: {} }) as Pick<typeof activity, 'voteTitles' | 'itemTitles'>;
    expect(namesFrom(engine.current, [], String, wire).vote(a.vote)).toBe('Nghị quyết về dự toán ngân sách năm 2027');
    // A vote no longer in the database, or an id of the wrong type, still reads as its number.
    expect(namesFrom(engine.current, [], String, wire).vote(99)).toBe('#99');
    expect(namesFrom(engine.current, [], String, wire).vote(String(a.vote))).toBe(`#${a.vote}`);
  });

  it('carries the titles of the agenda items its item.* entries name, so an earlier session’s item reads by its title', () => {
    const { engine, db, second } = setUp();
    const item = ok(engine, 'agenda.add', { title: 'Báo cáo kết quả giám sát chuyên đề', kind: 'report' }).id;
    ok(engine, 'item.start', { id: item });
    ok(engine, 'session.select', { id: second });
    const activity = readActivity(db);
    expect(activity.itemTitles).toEqual({ [item]: 'Báo cáo kết quả giám sát chuyên đề' });
    const started = activity.entries.filter((e) => e.type === 'item.start');
    expect(activityRows({ ...activity, entries: started }, namesFrom(engine.current, activity.sittings), 'en')[0].text).toContain(`#${item}`);
    expect(activityRows({ ...activity, entries: started }, namesFrom(engine.current, activity.sittings, String, activity), 'en')[0].text).toContain('Báo cáo kết quả giám sát chuyên đề');
  });

  it('carries no titles when no entry names a vote or an item', () => {
    const { db } = newEngine();
    expect(readActivity(db).voteTitles).toEqual({});
    expect(readActivity(db).itemTitles).toEqual({});
  });
});
