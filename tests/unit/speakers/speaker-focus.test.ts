import { describe, expect, it } from 'vitest';
import { newEngine, ok, refused, seedBasics, twoDebates } from '../helpers';

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

describe('a request for the item whose queue was on screen when it was typed', () => {
  const secretary = { actor: 'Thư ký - laptop 2', lang: 'en', role: 'secretary', deviceId: 1 } as const;

  it('goes to that item when the chair has moved the Speakers view to another meanwhile, and says which it went to', () => {
    const { engine, budget, land, hang } = twoDebates();
    // The secretary begins typing on the budget's queue; the chair looks at the land prices' queue.
    ok(engine, 'speaker.focus', { agendaItemId: land });
    const reply = engine.dispatch({ type: 'speaker.request', agendaItemId: budget, delegateId: hang }, secretary);
    expect(reply).toMatchObject({ ok: true, value: { kind: 'speech', agendaItemId: budget } });
    expect(engine.current.speakers).toMatchObject({ itemId: land, queue: [] });
    ok(engine, 'speaker.focus', { agendaItemId: budget });
    expect(engine.current.speakers.queue.map((s) => s.delegateId)).toEqual([hang]);
  });

  it('is refused with the item’s name when that item is over, and nothing is queued anywhere', () => {
    const { engine, budget, land, hang } = twoDebates();
    // The chair closes the budget debate and starts the land prices: its queue comes forward.
    ok(engine, 'item.start', { id: land, current: 'finish' });
    const refusal = refused(engine, 'speaker.request', { agendaItemId: budget, delegateId: hang }, 'request-item-over');
    expect(refusal.en).toBe('Item “Thảo luận về dự toán ngân sách năm 2027” is over and takes no more requests to speak. The queue shown now is another item’s: add the request again if it is for that one.');
    expect(refusal.vi).toBe('Mục «Thảo luận về dự toán ngân sách năm 2027» đã kết thúc, không nhận thêm đăng ký phát biểu. Hàng chờ đang hiển thị là của mục khác: nếu đăng ký dành cho mục đó, hãy thêm lại.');
    // A skipped item is over as much.
    const other = ok(engine, 'agenda.add', { title: 'Chất vấn', kind: 'questioning' }).id;
    ok(engine, 'item.skip', { id: other });
    refused(engine, 'speaker.request', { agendaItemId: other, delegateId: hang }, 'request-item-over');
    // The chair who shows a finished item's queue may still add to it (a request noted late, for the minutes).
    ok(engine, 'speaker.focus', { agendaItemId: budget });
    expect(ok(engine, 'speaker.request', { agendaItemId: budget, delegateId: hang })).toMatchObject({ agendaItemId: budget });
  });
});
