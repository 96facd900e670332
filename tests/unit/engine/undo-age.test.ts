import { describe, expect, it } from 'vitest';
import { ageToAsk, ASK_AFTER_MINUTES } from '../../../src/lib/undoAge';
import { newEngine, ok, seedBasics } from '../helpers';

describe('an old undo step asks first', () => {
  it('a slip noticed at once is undone at once; a step minutes old names its age', () => {
    const { engine, clock } = newEngine();
    seedBasics(engine);
    const item = ok(engine, 'agenda.add', { title: 'Phiên chất vấn và trả lời chất vấn', kind: 'questioning', plannedMinutes: 120 }).id;
    expect(ageToAsk(engine.current.undo.timing, clock())).toBeNull(); // nothing to undo
    ok(engine, 'item.start', { id: item });
    clock.advance(90_000);
    expect(ageToAsk(engine.current.undo.timing, clock())).toBeNull();
    clock.advance(ASK_AFTER_MINUTES * 60_000);
    expect(ageToAsk(engine.current.undo.timing, clock())).toBe(3);
    clock.advance(40 * 60_000);
    expect(ageToAsk(engine.current.undo.timing, clock())).toBe(43);
  });
});
