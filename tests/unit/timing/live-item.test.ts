import { describe, expect, it } from 'vitest';
import { currentRow, joinRows } from '../../../common/timing/stats';
import { liveItemId } from '../../../electron/features/timing/store';
import { manualClock, newEngine, ok, seedBasics } from '../helpers';

describe('one definition of the live item', () => {
  it('is the running item, else the one paused most recently, for the engine, the speaker focus and the forecast alike', () => {
    const clock = manualClock();
    const { engine, db } = newEngine(':memory:', clock);
    const { sessionId } = seedBasics(engine);
    const { id: a } = ok(engine, 'agenda.add', { title: 'A', kind: 'report' });
    const { id: b } = ok(engine, 'agenda.add', { title: 'B', kind: 'report' });
    ok(engine, 'item.start', { id: b });
    clock.advance(60_000);
    ok(engine, 'item.start', { id: a, current: 'pause' });
    clock.advance(60_000);
    expect(engine.current.timing.liveItemId).toBe(a);
    ok(engine, 'item.pause', { id: a });
    // B was paused first and comes later in the agenda; A was paused last: A is still the live item.
    expect(engine.current.timing.liveItemId).toBe(a);
    expect(liveItemId(db, sessionId)).toBe(a);
    expect(currentRow(joinRows(engine.current.agenda, engine.current.timing.items), engine.current.timing.liveItemId)?.item.id).toBe(a);
    clock.advance(60_000);
    ok(engine, 'item.resume', { id: b });
    ok(engine, 'item.pause', { id: b });
    expect(engine.current.timing.liveItemId).toBe(b);
    expect(liveItemId(db, sessionId)).toBe(b);
  });
});
