/**
 * Carrying the requests still waiting on a debate over to its continuation ("… (tiếp)"), against
 * real SQLite: who moves (only those waiting), in what order and with what, each refusal changing
 * nothing, one undo putting them all back, and undo refused once one of them has the floor there.
 */
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../electron/engine/engine';
import { newEngine, ok, refused, seedBasics } from '../helpers';
import { describe as describeEntry, namesFrom } from '../../../src/features/activity/activity';
import { readJournal } from '../../../electron/store/journal';
import { readRecord } from '../../../electron/features/record/read';
import { readReviewInput } from '../../../electron/features/review/input';

const DEBATE = 'Thảo luận tại hội trường về tình hình kinh tế - xã hội';

function programme() {
  const env = newEngine();
  const { engine, clock } = env;
  seedBasics(engine);
  const report = ok(engine, 'agenda.add', { title: 'Báo cáo tình hình kinh tế - xã hội năm 2026', kind: 'report' }).id;
  const debate = ok(engine, 'agenda.add', { title: DEBATE, kind: 'discussion' }).id;
  const budget = ok(engine, 'agenda.add', { title: 'Thảo luận về dự toán ngân sách năm 2027', kind: 'discussion' }).id;
  const cont = ok(engine, 'agenda.add', { title: `${DEBATE} (tiếp)`, kind: 'discussion' }).id;
  const people = ['Nguyễn Thị Hằng', 'Đặng Quốc Việt', 'Lê Văn Tám', 'Trần Thị Bình', 'Phạm Minh Châu'].map(
    (fullName, i) => ok(engine, 'delegate.add', { fullName, seatNumber: i + 1 }).id,
  );
  const [hang, viet, tam, binh, chau] = people;
  ok(engine, 'item.start', { id: debate });
  ok(engine, 'speaker.request', { delegateId: hang });
  clock.advance(1000);
  ok(engine, 'speaker.request', { delegateId: viet });
  clock.advance(1000);
  ok(engine, 'speaker.request', { delegateId: tam, kind: 'debateReply', note: 'về đầu tư công' });
  clock.advance(1000);
  ok(engine, 'speaker.request', { delegateId: binh });
  clock.advance(1000);
  const chaus = ok(engine, 'speaker.request', { delegateId: chau, kind: 'pointOfOrder' }).id;
  // A point of order goes to the front (speakers/commands.ts); the chair lets it wait behind Tám's reply.
  ok(engine, 'speaker.move', { id: chaus, index: 3 });
  // Hằng speaks; Việt withdraws; Bình is put to the end: Tám, Châu, Bình are left waiting.
  ok(engine, 'speaker.next');
  ok(engine, 'speaker.start');
  clock.advance(5 * 60_000);
  ok(engine, 'speaker.finish');
  const viets = engine.db.prepare('SELECT id FROM speech WHERE delegate_id = ?').pluck().get(viet) as number;
  ok(engine, 'speaker.withdraw', { id: viets });
  const binhs = engine.db.prepare('SELECT id FROM speech WHERE delegate_id = ?').pluck().get(binh) as number;
  ok(engine, 'speaker.requeue', { id: binhs });
  ok(engine, 'item.finish', { id: debate });
  return { ...env, report, debate, budget, cont, hang, viet, tam, binh, chau };
}

type Row = { delegate_id: number; kind: string; note: string; status: string; requested_at: number; position: number };
const queue = (engine: Engine, itemId: number) =>
  engine.db.prepare("SELECT delegate_id, kind, note, status, requested_at, position FROM speech WHERE agenda_item_id = ? AND status = 'queued' ORDER BY position, id").all(itemId) as Row[];
const onItem = (engine: Engine, itemId: number) =>
  engine.db.prepare('SELECT delegate_id, status FROM speech WHERE agenda_item_id = ? ORDER BY id').all(itemId) as { delegate_id: number; status: string }[];

describe('speaker.carryOver', () => {
  it('moves only those still waiting, in their order, with their kind, note and time of registration', () => {
    const { engine, debate, cont, hang, viet, tam, binh, chau } = programme();
    expect(engine.current.leftWaiting).toEqual([{ itemId: debate, count: 3 }]);
    const before = queue(engine, debate);
    expect(before.map((r) => r.delegate_id)).toEqual([tam, chau, binh]);

    expect(ok(engine, 'speaker.carryOver', { fromItemId: debate, toItemId: cont })).toEqual({ moved: 3, toItemId: cont });
    const after = queue(engine, cont);
    expect(after.map((r) => r.delegate_id)).toEqual([tam, chau, binh]);
    expect(after.map(({ kind, note, requested_at }) => ({ kind, note, requested_at }))).toEqual(before.map(({ kind, note, requested_at }) => ({ kind, note, requested_at })));
    expect(after.map((r) => r.position)).toEqual([0, 1, 2]);
    // Who spoke and who withdrew stay on the debate's record.
    expect(onItem(engine, debate)).toEqual([
      { delegate_id: hang, status: 'done' },
      { delegate_id: viet, status: 'withdrawn' },
    ]);
    expect(engine.current.leftWaiting).toEqual([]);
    // The published state is what a fresh read gives.
    expect(new Engine(engine.db).current.leftWaiting).toEqual([]);
  });

  it('puts them in front of anyone already waiting on the continuation', () => {
    const { engine, debate, cont, tam, binh, chau, hang } = programme();
    ok(engine, 'speaker.request', { agendaItemId: cont, delegateId: hang });
    ok(engine, 'speaker.carryOver', { fromItemId: debate, toItemId: cont });
    expect(queue(engine, cont).map((r) => r.delegate_id)).toEqual([tam, chau, binh, hang]);
  });

  it('journals how many moved and the two items, and the Activity view says so in both languages', () => {
    const { engine, debate, cont } = programme();
    ok(engine, 'speaker.carryOver', { fromItemId: debate, toItemId: cont });
    const { type, payload } = readJournal(engine.db, 1)[0];
    const entry = { type, payload: payload as Record<string, unknown> };
    expect(type).toBe('speaker.carryOver');
    const names = namesFrom(engine.current, []);
    expect(describeEntry(entry, names, 'en')).toBe(`Carried 3 waiting requests to speak from item “2. ${DEBATE}” to item “4. ${DEBATE} (tiếp)”`);
    expect(describeEntry(entry, names, 'vi')).toBe(`Chuyển 3 đại biểu đăng ký chưa phát biểu từ mục «2. ${DEBATE}» sang mục «4. ${DEBATE} (tiếp)»`);
  });

  it('shows them in the hall’s queue once the continuation runs; the minutes and the review count each speech once, on the item it was given on', () => {
    const { engine, debate, cont, clock, hang, tam, chau, binh } = programme();
    ok(engine, 'speaker.carryOver', { fromItemId: debate, toItemId: cont });
    ok(engine, 'item.start', { id: cont, current: 'finish' });
    // The hall shows the focus item's queue (hall/SpeakerPanel.svelte): the continuation's, now it runs.
    expect(engine.current.speakers.itemId).toBe(cont);
    expect(engine.current.speakers.queue.map((s) => s.delegateId)).toEqual([tam, chau, binh]);
    ok(engine, 'speaker.next');
    ok(engine, 'speaker.start');
    clock.advance(3 * 60_000);
    ok(engine, 'speaker.finish');
    const sessionId = engine.current.sessions.currentId!;
    const record = readRecord(engine.db, sessionId)!;
    const entries = record.sittings.flatMap((x) => x.items);
    const spoken = (itemId: number) => entries.filter((e) => e.item.id === itemId).flatMap((e) => e.speeches.map((s) => s.delegateId));
    expect(spoken(debate)).toEqual([hang]);
    expect(spoken(cont)).toEqual([tam]);
    const review = readReviewInput(engine.db, sessionId, clock())!;
    expect(review.speeches.map((s) => [s.agendaItemId, s.delegateId])).toEqual([
      [debate, hang],
      [cont, tam],
    ]);
    expect(engine.current.speechTotals.byDelegate[tam]).toMatchObject({ count: 1 });
  });

  it('is refused, in both languages and changing nothing: the same item, another session, a heading, an item over, nobody waiting, a duplicate', () => {
    const { engine, report, debate, budget, cont, tam } = programme();
    const same = refused(engine, 'speaker.carryOver', { fromItemId: debate, toItemId: debate }, 'carry-same-item');
    expect(same.en).toBe(`The requests are already on item “2. ${DEBATE}”. Choose another item to carry them over to. Nothing was moved.`);
    expect(same.vi).toBe(`Các đăng ký đã ở mục «2. ${DEBATE}». Hãy chọn mục khác để chuyển sang. Chưa chuyển ai.`);

    // The report is over: nobody carries onto it.
    ok(engine, 'item.skip', { id: report });
    const over = refused(engine, 'speaker.carryOver', { fromItemId: debate, toItemId: report }, 'carry-to-over');
    expect(over.vi).toBe('Mục «1. Báo cáo tình hình kinh tế - xã hội năm 2026» đã kết thúc. Hãy chọn mục chưa tiến hành. Chưa chuyển ai.');

    // A heading over discussions is a part of the programme, not an item taken up.
    const part = ok(engine, 'agenda.add', { title: 'Thảo luận các báo cáo', kind: 'other', plannedMinutes: 0 }).id;
    const sub = ok(engine, 'agenda.add', { title: 'Thảo luận tổ', kind: 'discussion' }).id;
    ok(engine, 'agenda.setParent', { id: sub, parentId: part });
    const heading = refused(engine, 'speaker.carryOver', { fromItemId: debate, toItemId: part }, 'carry-to-heading');
    expect(heading.en).toBe('“5. Thảo luận các báo cáo” is a heading of the programme, not an item taken up. Choose one of the items under it. Nothing was moved.');

    const nobody = refused(engine, 'speaker.carryOver', { fromItemId: budget, toItemId: cont }, 'carry-nothing');
    expect(nobody.vi).toBe('Không còn ai chờ phát biểu ở mục «3. Thảo luận về dự toán ngân sách năm 2027»: không có ai để chuyển.');

    // Tám was already registered again on the continuation with the same kind.
    const dup = ok(engine, 'speaker.request', { agendaItemId: cont, delegateId: tam, kind: 'debateReply' }).id;
    const twice = refused(engine, 'speaker.carryOver', { fromItemId: debate, toItemId: cont }, 'carry-duplicate');
    expect(twice.en).toBe(`Already waiting on item “4. ${DEBATE} (tiếp)” with a request of the same kind: Lê Văn Tám. Withdraw one of the two requests first. Nothing was moved.`);
    ok(engine, 'speaker.withdraw', { id: dup });

    // Unknown item, bad payload.
    refused(engine, 'speaker.carryOver', { fromItemId: debate, toItemId: 9999 }, 'not-found');
    refused(engine, 'speaker.carryOver', { fromItemId: debate }, 'invalid');

    // Another session's item.
    const other = ok(engine, 'session.create', { number: 12, term: 16, kind: 'thematic', startDate: '2027-03-01', endDate: '2027-03-01' }).id;
    ok(engine, 'session.select', { id: other });
    const elsewhere = ok(engine, 'agenda.add', { title: `${DEBATE} (tiếp theo)`, kind: 'discussion' }).id;
    const first = engine.db.prepare('SELECT id FROM session WHERE id != ?').pluck().get(other) as number;
    ok(engine, 'session.select', { id: first });
    const cross = refused(engine, 'speaker.carryOver', { fromItemId: debate, toItemId: elsewhere }, 'carry-other-session');
    expect(cross.en).toBe(`Item “${DEBATE} (tiếp theo)” belongs to another session. Requests are carried over only between items of the session in hand. Nothing was moved.`);
    expect(cross.vi).toContain('thuộc kỳ họp khác');
    // After all that, the three are still waiting on the debate.
    expect(queue(engine, debate)).toHaveLength(3);
  });

  it('is one undo step in the queue scope, taken back from either item, that puts them all back; redo carries them again', () => {
    const { engine, debate, cont, tam, binh, chau } = programme();
    ok(engine, 'speaker.carryOver', { fromItemId: debate, toItemId: cont });
    expect(engine.current.undo.queue).toMatchObject({ action: 'carryOver', subject: `4. ${DEBATE} (tiếp)`, count: 3 });
    // The Speakers view shows the continuation: the step is there, and undone there.
    ok(engine, 'speaker.focus', { agendaItemId: cont });
    expect(engine.current.undo.queue!.elsewhere).toBeUndefined();
    expect(ok(engine, 'undo', { scope: 'queue' })).toMatchObject({ action: 'carryOver', count: 3 });
    expect(queue(engine, debate).map((r) => r.delegate_id)).toEqual([tam, chau, binh]);
    expect(queue(engine, cont)).toEqual([]);
    expect(engine.current.leftWaiting).toEqual([{ itemId: debate, count: 3 }]);
    ok(engine, 'redo', { scope: 'queue' });
    expect(queue(engine, cont).map((r) => r.delegate_id)).toEqual([tam, chau, binh]);

    // From the item they left, too.
    ok(engine, 'speaker.focus', { agendaItemId: debate });
    expect(engine.current.undo.queue!.elsewhere).toBeUndefined();
    ok(engine, 'undo', { scope: 'queue' });
    expect(queue(engine, debate)).toHaveLength(3);
  });

  it('on a third item (the one under way, where the offer was pressed), is offered and taken back there too, as a step on the floor is', () => {
    const { engine, debate, budget, cont, tam, chau, binh } = programme();
    ok(engine, 'speaker.focus', { agendaItemId: budget });
    ok(engine, 'speaker.carryOver', { fromItemId: debate, toItemId: cont });
    expect(engine.current.undo.queue).toMatchObject({ action: 'carryOver', count: 3 });
    expect(engine.current.undo.queue!.elsewhere).toBeUndefined();
    expect(new Engine(engine.db).current.undo).toEqual(engine.current.undo);
    ok(engine, 'undo', { scope: 'queue' });
    expect(queue(engine, debate).map((r) => r.delegate_id)).toEqual([tam, chau, binh]);
    expect(engine.current.redo.queue).toMatchObject({ action: 'carryOver' });
    expect(engine.current.redo.queue!.elsewhere).toBeUndefined();
    ok(engine, 'redo', { scope: 'queue' });
    expect(queue(engine, cont).map((r) => r.delegate_id)).toEqual([tam, chau, binh]);
    // The focus never moved: the hall still shows the budget's queue.
    expect(engine.current.speakers.itemId).toBe(budget);
  });

  it('cannot be undone once one of them has been called or has spoken on the continuation: refused, naming them, changing nothing; then set aside', () => {
    const { engine, debate, cont, clock } = programme();
    ok(engine, 'speaker.carryOver', { fromItemId: debate, toItemId: cont });
    ok(engine, 'item.start', { id: cont });
    ok(engine, 'speaker.next');
    ok(engine, 'speaker.start');
    clock.advance(60_000);
    // The chair ends the continuation while Tám speaks: the item's finish closes the speech, so the
    // queue's own steps since the carry-over can no longer be undone, and are set aside one by one.
    ok(engine, 'item.finish', { id: cont });
    expect(ok(engine, 'undo.skip', { scope: 'queue' })).toMatchObject({ action: 'start' });
    expect(ok(engine, 'undo.skip', { scope: 'queue' })).toMatchObject({ action: 'next' });
    expect(engine.current.undo.queue).toMatchObject({ action: 'carryOver' });
    const r = refused(engine, 'undo', { scope: 'queue' }, 'undo-carry-called');
    expect(r.en).toBe(`Lê Văn Tám has since been called to speak on item “4. ${DEBATE} (tiếp)”: the carry-over can no longer be undone. Nothing was changed.`);
    expect(r.vi).toBe(`Lê Văn Tám đã được mời phát biểu ở mục «4. ${DEBATE} (tiếp)»: không thể hoàn tác việc chuyển đăng ký nữa. Chưa thay đổi gì.`);
    expect(queue(engine, debate)).toEqual([]);
    // Refused for good: it may be set aside.
    expect(ok(engine, 'undo.skip', { scope: 'queue' })).toMatchObject({ action: 'carryOver' });
  });

  it('refuses the undo while one of them is at the rostrum on the continuation, with nothing else in the way', () => {
    const { engine, debate, cont, tam } = programme();
    ok(engine, 'speaker.carryOver', { fromItemId: debate, toItemId: cont });
    // Called by the chair on another console: the call is the latest step; its undo puts Tám back, and then the carry-over may go.
    ok(engine, 'speaker.focus', { agendaItemId: cont });
    ok(engine, 'speaker.next');
    expect(engine.current.speakers.current?.delegateId).toBe(tam);
    ok(engine, 'undo', { scope: 'queue' });
    ok(engine, 'undo', { scope: 'queue' });
    expect(queue(engine, debate)).toHaveLength(3);
  });
});
