/**
 * The speaker queue's undo reaches only what the Speakers view shows: on an item with an empty
 * queue, Ctrl+Z took back a registration made on another item, and nothing changed on the
 * screen. A step that changed a request off the floor is offered, undone and redone only on its
 * own item (elsewhere: the offer names the item, undo and redo refuse changing nothing); a step
 * on the floor (the person at the rostrum, shown on every item) is taken back from any item.
 */
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../electron/engine/engine';
import { dumpDb, newEngine, ok, refused, seedBasics } from '../helpers';

function programme() {
  const env = newEngine();
  const { engine } = env;
  seedBasics(engine);
  const report = ok(engine, 'agenda.add', { title: 'Báo cáo kinh tế - xã hội', kind: 'report' }).id;
  const budget = ok(engine, 'agenda.add', { title: 'Thảo luận dự toán ngân sách năm 2027', kind: 'discussion' }).id;
  const debate = ok(engine, 'agenda.add', { title: 'Thảo luận kinh tế - xã hội', kind: 'discussion' }).id;
  const hang = ok(engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng', seatNumber: 1 }).id;
  const viet = ok(engine, 'delegate.add', { fullName: 'Đặng Quốc Việt', seatNumber: 2 }).id;
  // The slices as read afresh from the database: what the patched ones must equal.
  const fresh = () => new Engine(env.db).current;
  return { ...env, report, budget, debate, hang, viet, fresh };
}

const requests = (engine: Engine, itemId: number) =>
  engine.db.prepare("SELECT delegate_id FROM speech WHERE agenda_item_id = ? AND status = 'queued' ORDER BY position").pluck().all(itemId);

describe('the speaker queue’s undo, on another item than the one shown', () => {
  it('offers a registration made on another item as elsewhere, refuses it changing nothing, and takes it back on that item', () => {
    const { engine, db, report, budget, debate, hang, fresh } = programme();
    ok(engine, 'speaker.focus', { agendaItemId: budget });
    ok(engine, 'speaker.request', { delegateId: hang });
    const here = { action: 'request', subject: 'Nguyễn Thị Hằng' };
    expect(engine.current.undo.queue).toMatchObject(here);
    expect(engine.current.undo.queue!.elsewhere).toBeUndefined();

    // The chair moves to the debate, whose queue is empty.
    ok(engine, 'speaker.focus', { agendaItemId: debate });
    expect(engine.current.undo.queue).toMatchObject({ ...here, elsewhere: { itemId: budget } });
    expect(fresh().undo).toEqual(engine.current.undo);
    const prior = dumpDb(db);
    const r = refused(engine, 'undo', { scope: 'queue' }, 'undo-other-item');
    expect(r.en).toBe(
      'The request of Nguyễn Thị Hằng is in the speaker queue of item “2. Thảo luận dự toán ngân sách năm 2027”, not of the item shown now. Choose that item in the Speakers view to undo or redo this step.',
    );
    expect(r.vi).toBe(
      'Đăng ký phát biểu của Nguyễn Thị Hằng thuộc hàng chờ của mục «2. Thảo luận dự toán ngân sách năm 2027», không phải mục đang hiển thị. Hãy chọn mục đó trên màn hình Phát biểu để hoàn tác hoặc làm lại.',
    );
    expect(dumpDb(db)).toEqual(prior);
    expect(requests(engine, budget)).toEqual([hang]);

    // A sub-item is named by its number in the programme's outline (2.1), as the Speakers view's list names it.
    ok(engine, 'agenda.setParent', { id: budget, parentId: report });
    expect(refused(engine, 'undo', { scope: 'queue' }, 'undo-other-item').en).toContain('item “1.1. Thảo luận dự toán ngân sách năm 2027”');
    ok(engine, 'agenda.setParent', { id: budget, parentId: null });

    // Back on the budget: offered here, and taken back.
    ok(engine, 'speaker.focus', { agendaItemId: budget });
    expect(engine.current.undo.queue).toMatchObject(here);
    expect(engine.current.undo.queue!.elsewhere).toBeUndefined();
    expect(ok(engine, 'undo', { scope: 'queue' })).toEqual({ scope: 'queue', ...here });
    expect(requests(engine, budget)).toEqual([]);

    // Redo holds to the same rule: not from the debate, then from the budget.
    expect(engine.current.redo.queue).toMatchObject(here);
    ok(engine, 'speaker.focus', { agendaItemId: debate });
    expect(engine.current.redo.queue).toMatchObject({ ...here, elsewhere: { itemId: budget } });
    expect(fresh().redo).toEqual(engine.current.redo);
    refused(engine, 'redo', { scope: 'queue' }, 'undo-other-item');
    expect(requests(engine, budget)).toEqual([]);
    ok(engine, 'speaker.focus', { agendaItemId: budget });
    expect(engine.current.redo.queue!.elsewhere).toBeUndefined();
    ok(engine, 'redo', { scope: 'queue' });
    expect(requests(engine, budget)).toEqual([hang]);
    expect(engine.current.undo.queue).toMatchObject(here);
    expect(engine.current.undo.queue!.elsewhere).toBeUndefined();
  });

  it('holds a move in the queue, a withdrawal and a put-back of a waiting request to their item', () => {
    const { engine, budget, debate, hang, viet } = programme();
    ok(engine, 'speaker.focus', { agendaItemId: budget });
    const first = ok(engine, 'speaker.request', { delegateId: hang }).id;
    const second = ok(engine, 'speaker.request', { delegateId: viet }).id;
    for (const [type, payload] of [
      ['speaker.move', { id: second, index: 0 }],
      ['speaker.requeue', { id: second }],
      ['speaker.withdraw', { id: first }],
    ] as const) {
      ok(engine, 'speaker.focus', { agendaItemId: budget });
      ok(engine, type, payload);
      ok(engine, 'speaker.focus', { agendaItemId: debate });
      expect(engine.current.undo.queue!.elsewhere, type).toEqual({ itemId: budget });
      refused(engine, 'undo', { scope: 'queue' }, 'undo-other-item');
    }
    ok(engine, 'speaker.focus', { agendaItemId: budget });
    ok(engine, 'undo', { scope: 'queue' });
    expect(requests(engine, budget)).toEqual([hang, viet]);
  });

  it('offers a step that a client took on an item it named, not the one shown, as elsewhere at once', () => {
    const { engine, budget, debate, hang, fresh } = programme();
    ok(engine, 'speaker.focus', { agendaItemId: debate });
    ok(engine, 'speaker.request', { agendaItemId: budget, delegateId: hang });
    expect(engine.current.undo.queue).toMatchObject({ action: 'request', elsewhere: { itemId: budget } });
    expect(fresh().undo).toEqual(engine.current.undo);
    refused(engine, 'undo', { scope: 'queue' }, 'undo-other-item');
  });

  it('takes back a step on the floor (next speaker, start, extra time, finish) from any item', () => {
    const { engine, budget, debate, hang, viet } = programme();
    ok(engine, 'speaker.focus', { agendaItemId: budget });
    ok(engine, 'speaker.request', { delegateId: hang });
    ok(engine, 'speaker.request', { delegateId: viet });
    ok(engine, 'speaker.next');
    ok(engine, 'speaker.start');
    ok(engine, 'speaker.extend', { seconds: 60 });
    // The chair looks at the debate while Hằng speaks: the floor is still on the screen.
    ok(engine, 'speaker.focus', { agendaItemId: debate });
    expect(engine.current.speakers.current).toMatchObject({ delegateId: hang, extraMs: 60_000 });
    expect(engine.current.undo.queue).toMatchObject({ action: 'extend', subject: 'Nguyễn Thị Hằng' });
    expect(engine.current.undo.queue!.elsewhere).toBeUndefined();
    ok(engine, 'undo', { scope: 'queue' });
    expect(engine.current.speakers.current).toMatchObject({ delegateId: hang, extraMs: 0 });
    ok(engine, 'speaker.finish');
    expect(engine.current.undo.queue!.elsewhere).toBeUndefined();
    ok(engine, 'undo', { scope: 'queue' });
    expect(engine.current.speakers.current).toMatchObject({ delegateId: hang, status: 'speaking' });
    // Calling the next speaker moved Hằng from the budget's queue to the floor: seen going.
    ok(engine, 'undo', { scope: 'queue' });
    expect(engine.current.undo.queue).toMatchObject({ action: 'next', subject: 'Nguyễn Thị Hằng' });
    expect(engine.current.undo.queue!.elsewhere).toBeUndefined();
    ok(engine, 'undo', { scope: 'queue' });
    expect(engine.current.speakers.current).toBeNull();
    expect(requests(engine, budget)).toEqual([hang, viet]);
    // The registrations, though, belong to the budget.
    expect(engine.current.undo.queue).toMatchObject({ action: 'request', subject: 'Đặng Quốc Việt', elsewhere: { itemId: budget } });
  });

  it('follows the item shown when the live agenda moves it, and when the agenda moves the first discussion item', () => {
    const { engine, report, budget, debate, hang, fresh } = programme();
    // No item chosen, none started: the Speakers view shows the first discussion item.
    ok(engine, 'speaker.request', { delegateId: hang });
    expect(engine.current.speakers.itemId).toBe(budget);
    expect(engine.current.undo.queue!.elsewhere).toBeUndefined();
    // The secretary moves the debate before the budget: the view now shows the debate.
    ok(engine, 'agenda.move', { id: debate, index: 1 });
    expect(engine.current.speakers.itemId).toBe(debate);
    expect(engine.current.undo.queue!.elsewhere).toEqual({ itemId: budget });
    expect(fresh().undo).toEqual(engine.current.undo);
    // Starting the budget brings its queue forward, and the step is here again.
    ok(engine, 'item.start', { id: budget });
    expect(engine.current.undo.queue!.elsewhere).toBeUndefined();
    ok(engine, 'item.start', { id: report, current: 'pause' });
    expect(engine.current.undo.queue!.elsewhere).toEqual({ itemId: budget });
    expect(fresh().undo).toEqual(engine.current.undo);
  });

  it('names the other item’s queue a call from it puts its speaker back in, on a third item; not on that item, nor for a redo', () => {
    const { engine, report, budget, debate, hang, viet, fresh } = programme();
    // Việt speaks on the report; the chair, on the budget debate, calls Hằng with n.
    ok(engine, 'speaker.focus', { agendaItemId: report });
    ok(engine, 'speaker.request', { delegateId: viet });
    ok(engine, 'speaker.next');
    ok(engine, 'speaker.start');
    ok(engine, 'speaker.focus', { agendaItemId: budget });
    ok(engine, 'speaker.request', { delegateId: hang });
    ok(engine, 'speaker.next');
    // On the budget itself its queue is on screen: nothing to add.
    expect(engine.current.undo.queue).toMatchObject({ action: 'next', subject: 'Nguyễn Thị Hằng' });
    expect(engine.current.undo.queue!.queueOf).toBeUndefined();
    // From a third item the call is still offered (the rostrum shows everywhere), naming the budget's queue.
    ok(engine, 'speaker.focus', { agendaItemId: debate });
    expect(engine.current.undo.queue).toMatchObject({ action: 'next', subject: 'Nguyễn Thị Hằng', queueOf: { itemId: budget } });
    expect(engine.current.undo.queue!.elsewhere).toBeUndefined();
    expect(fresh().undo).toEqual(engine.current.undo);
    ok(engine, 'undo', { scope: 'queue' });
    expect(requests(engine, budget)).toEqual([hang]);
    expect(engine.current.speakers.current).toMatchObject({ delegateId: viet, status: 'speaking' });
    // Redoing calls Hằng again from that queue, onto the rostrum, in sight: no queue to name.
    expect(engine.current.redo.queue).toMatchObject({ action: 'next' });
    expect(engine.current.redo.queue!.queueOf).toBeUndefined();
  });

  it('says whom a step sent back, before they spoke, to another item’s queue (every console reads it from the state), until the next step; not on that item, nor once undone', () => {
    const { engine, budget, debate, hang, viet, fresh } = programme();
    ok(engine, 'speaker.focus', { agendaItemId: budget });
    ok(engine, 'speaker.request', { delegateId: hang });
    ok(engine, 'speaker.next');
    ok(engine, 'speaker.focus', { agendaItemId: debate });
    ok(engine, 'speaker.request', { delegateId: viet });
    expect(engine.current.undo.queue!.backTo).toBeUndefined();
    // n on the debate: Hằng had not spoken, she goes back to the budget's queue, out of sight.
    ok(engine, 'speaker.next');
    expect(requests(engine, budget)).toEqual([hang]);
    expect(engine.current.undo.queue).toMatchObject({ action: 'next', subject: 'Đặng Quốc Việt', backTo: { itemId: budget, delegateId: hang } });
    expect(fresh().undo).toEqual(engine.current.undo);
    // On the budget she is in sight: nothing to say.
    ok(engine, 'speaker.focus', { agendaItemId: budget });
    expect(engine.current.undo.queue!.backTo).toBeUndefined();
    ok(engine, 'speaker.focus', { agendaItemId: debate });
    expect(engine.current.undo.queue!.backTo).toEqual({ itemId: budget, delegateId: hang });
    // Undone, Hằng is at the rostrum again: neither the undo nor the redo offer says she went back.
    ok(engine, 'undo', { scope: 'queue' });
    expect(engine.current.speakers.current).toMatchObject({ delegateId: hang, status: 'called' });
    expect(engine.current.undo.queue?.backTo).toBeUndefined();
    expect(engine.current.redo.queue!.backTo).toBeUndefined();
    // Back to the queue (f, or Back to the queue) says it too; the next step at the rostrum replaces it.
    ok(engine, 'speaker.finish');
    expect(engine.current.undo.queue).toMatchObject({ action: 'finish', backTo: { itemId: budget, delegateId: hang } });
    ok(engine, 'speaker.next');
    ok(engine, 'speaker.start');
    expect(engine.current.undo.queue).toMatchObject({ action: 'start' });
    expect(engine.current.undo.queue!.backTo).toBeUndefined();
  });
});
