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

describe('speaker queue focus after an undo', () => {
  it('comes back with the item an undone "next item" brings back to the floor', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const report = ok(engine, 'agenda.add', { title: 'Báo cáo kinh tế - xã hội', kind: 'report' }).id;
    const next = ok(engine, 'agenda.add', { title: 'Báo cáo thẩm tra', kind: 'report' }).id;
    const a = ok(engine, 'delegate.add', { fullName: 'Phạm Thị An', seatNumber: 1 }).id;
    const b = ok(engine, 'delegate.add', { fullName: 'Nguyễn Văn Bình', seatNumber: 2 }).id;
    ok(engine, 'item.start', { id: report });
    ok(engine, 'speaker.request', { delegateId: a });
    ok(engine, 'speaker.request', { delegateId: b });
    ok(engine, 'speaker.next');
    // The chair presses n by mistake: the next item starts and its (empty) queue comes forward.
    ok(engine, 'item.start', { id: next, current: 'finish' });
    expect(engine.current.speakers.itemId).toBe(next);
    ok(engine, 'undo', { scope: 'timing' });
    expect(engine.current.timing.liveItemId).toBe(report);
    expect(engine.current.speakers.itemId).toBe(report);
    expect(engine.current.speakers.queue.map((s) => s.delegateId)).toEqual([b]);
  });

  it('stays on the item the secretary chose when the undo leaves the floor as it was', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const report = ok(engine, 'agenda.add', { title: 'Báo cáo', kind: 'report' }).id;
    const debate = ok(engine, 'agenda.add', { title: 'Thảo luận', kind: 'discussion' }).id;
    ok(engine, 'item.start', { id: report });
    ok(engine, 'speaker.focus', { agendaItemId: debate });
    ok(engine, 'item.extend', { id: report, minutes: 1 });
    ok(engine, 'undo', { scope: 'timing' });
    expect(engine.current.speakers.itemId).toBe(debate);
  });
});
