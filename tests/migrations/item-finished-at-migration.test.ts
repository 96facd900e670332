/**
 * When the chair finished an item, kept since schema 35 (agenda_item.finished_at). An item finished
 * before is given its last run's end, the moment the hall read as its finish until then; an item
 * held by a vote, never run, and an item not finished keep none. From then on a finish is kept as
 * it happens, from a pause too, and reopening the item clears it.
 */
import { describe, expect, it } from 'vitest';
import { Engine } from '../../electron/engine/engine';
import { migrate } from '../../electron/store/db';
import { LATEST_VERSION } from '../../electron/store/migrations/index';
import { manualClock, ok, schemaBefore } from '../unit/helpers';

const T0 = Date.UTC(2026, 11, 8, 1, 0, 0);
const MIN = 60_000;

describe('migration item-finished-at', () => {
  it('gives each finished item its last run’s end, and the engine keeps a finish from a pause from then on', () => {
    const { db } = schemaBefore('item-finished-at');
    db.exec(`
      INSERT INTO session (id, number, term, kind, start_date, end_date) VALUES (1, 11, 16, 'regular', '2026-12-08', '2026-12-09');
      INSERT INTO setting VALUES ('current_session_id', '1');
      INSERT INTO agenda_item (id, session_id, position, title, kind, planned_minutes, status, started_at, accumulated_ms) VALUES
        (1, 1, 0, 'Khai mạc', 'opening', 15, 'finished', NULL, ${12 * MIN}),
        (2, 1, 1, 'Biểu quyết thông qua Nghị quyết', 'vote', 10, 'finished', NULL, 0),
        (3, 1, 2, 'Thảo luận tại hội trường', 'discussion', 60, 'paused', NULL, ${20 * MIN}),
        (4, 1, 3, 'Báo cáo thẩm tra', 'verification', 15, 'pending', NULL, 0);
      INSERT INTO item_segment (item_id, started_at, ended_at) VALUES
        (1, ${T0}, ${T0 + 5 * MIN}), (1, ${T0 + 8 * MIN}, ${T0 + 15 * MIN}), (3, ${T0 + 15 * MIN}, ${T0 + 35 * MIN});
    `);
    const before = db.prepare('SELECT id, status, started_at, accumulated_ms FROM agenda_item ORDER BY id').all();
    migrate(db);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT id, status, started_at, accumulated_ms FROM agenda_item ORDER BY id').all()).toEqual(before);
    const finishedAt = () => db.prepare('SELECT finished_at FROM agenda_item ORDER BY id').pluck().all();
    expect(finishedAt()).toEqual([T0 + 15 * MIN, null, null, null]);

    // The paused discussion finished an hour later: that moment, not its clock's last stop, is kept and published.
    const clock = manualClock(T0 + 95 * MIN);
    const engine = new Engine(db, clock);
    ok(engine, 'item.finish', { id: 3 });
    expect(finishedAt()).toEqual([T0 + 15 * MIN, null, T0 + 95 * MIN, null]);
    expect(engine.current.timing.items.map((i) => i.finishedAt)).toEqual([T0 + 15 * MIN, null, T0 + 95 * MIN, null]);
    // Reopened, it is not finished: no moment; finished again while running, the new one.
    ok(engine, 'item.reopen', { id: 3 });
    expect(engine.current.timing.items[2].finishedAt).toBeNull();
    ok(engine, 'item.resume', { id: 3 });
    clock.advance(MIN);
    ok(engine, 'item.finish', { id: 3 });
    expect(engine.current.timing.items[2].finishedAt).toBe(T0 + 96 * MIN);
    // Undone, the finish takes its moment back with it.
    ok(engine, 'undo', { scope: 'timing' });
    expect(engine.current.timing.items[2]).toMatchObject({ status: 'running', finishedAt: null });
  });
});
