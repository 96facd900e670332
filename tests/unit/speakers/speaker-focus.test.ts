import { describe, expect, it } from 'vitest';
import { newEngine, ok, seedBasics } from '../helpers';

// focusItemId reads single rows; this pins the rule it must keep: the chosen item, else the
// first discussion item in agenda order, else the first item.
describe('speaker queue focus item', () => {
  it('defaults to the first discussion item in agenda order, follows the chair, and falls back when the item goes', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    expect(engine.current.speakers.itemId).toBeNull();
    const report = ok(engine, 'agenda.add', { title: 'Báo cáo', kind: 'report' }).id;
    expect(engine.current.speakers.itemId).toBe(report);
    const later = ok(engine, 'agenda.add', { title: 'Thảo luận 2', kind: 'discussion' }).id;
    const earlier = ok(engine, 'agenda.add', { title: 'Thảo luận 1', kind: 'discussion' }).id;
    ok(engine, 'agenda.move', { id: earlier, index: 0 });
    expect(engine.current.speakers.itemId).toBe(earlier);
    ok(engine, 'speaker.focus', { agendaItemId: later });
    expect(engine.current.speakers.itemId).toBe(later);
    ok(engine, 'agenda.remove', { id: later });
    expect(engine.current.speakers.itemId).toBe(earlier);
    // A request without an item goes to the focus item.
    const delegateId = ok(engine, 'delegate.add', { fullName: 'Trần Thị Hoa', seatNumber: 1 }).id;
    ok(engine, 'speaker.request', { delegateId });
    expect(engine.current.speakers.queue.map((s) => s.agendaItemId)).toEqual([earlier]);
  });
});
