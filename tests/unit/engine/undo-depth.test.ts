import { describe, expect, it } from 'vitest';
import { UNDO_DEPTH } from '../../../electron/store/undo';
import { newEngine, ok, seedBasics } from '../helpers';

describe('undo depth', () => {
  it('keeps at least the last UNDO_DEPTH steps of a scope, dropping older ones in batches, and each still undoes', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    const items = [1, 2, 3].map((i) => (ok(engine, 'agenda.add', { title: `Mục ${i}`, kind: 'discussion' }) as { id: number }).id);
    const steps = () => db.prepare("SELECT count(*) FROM undo_step WHERE scope = 'timing'").pluck().get() as number;
    const counts: number[] = [];
    for (let i = 0; i < 90; i++) {
      ok(engine, 'item.extend', { id: items[i % 3], minutes: 1 });
      counts.push(steps());
    }
    expect(Math.min(...counts.slice(UNDO_DEPTH))).toBeGreaterThanOrEqual(UNDO_DEPTH);
    expect(Math.max(...counts)).toBeLessThan(UNDO_DEPTH + 10);
    // The last UNDO_DEPTH extensions are undone one by one.
    for (let i = 0; i < UNDO_DEPTH; i++) ok(engine, 'undo', { scope: 'timing' });
    const extra = engine.current.timing.items.map((t) => t.extraMinutes);
    expect(extra.reduce((a, b) => a + b, 0)).toBe(90 - UNDO_DEPTH);
  });
});
