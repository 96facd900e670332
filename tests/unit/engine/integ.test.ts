/**
 * The seams between domains: votes count the roll call, the speaker queue follows the live
 * agenda, and a roll call is named after a sitting of the live agenda.
 */
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../electron/engine/engine';
import { newEngine, ok, refused, seedBasics } from '../helpers';
import type { AgendaKind } from '../../../common/agenda/model';

/** A 58-seat council with five voting delegates (seats 1–5), one guest and a vote item. */
function setUp() {
  const ctx = newEngine();
  seedBasics(ctx.engine);
  const people = ['Nguyễn Văn Dũng', 'Trần Thị Hoa', 'Lê Văn Tám', 'Bùi Thị Lan', 'Đinh Công Sơn'].map(
    (fullName, i) => ok(ctx.engine, 'delegate.add', { fullName, seatNumber: i + 1 }).id,
  );
  const guest = ok(ctx.engine, 'delegate.add', { fullName: 'Giám đốc Sở Tài chính', voting: false }).id;
  const item = ok(ctx.engine, 'agenda.add', { title: 'Biểu quyết thông qua các nghị quyết', kind: 'vote' }).id;
  return { ...ctx, people, guest, item };
}

const namedVote = (engine: Engine) =>
  ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về dự toán ngân sách năm 2027', method: 'named' }).id;
const voteOf = (engine: Engine, id: number) => engine.current.votes.find((v) => v.id === id)!;

describe('votes use the roll call', () => {
  it('without a roll call, every voting delegate on the roster is present', () => {
    const { engine } = setUp();
    const id = namedVote(engine);
    ok(engine, 'vote.open', { id });
    expect(voteOf(engine, id)).toMatchObject({ present: 5, seats: 58 });
  });

  it('opens with the roll call’s count of present voting delegates and refuses an absentee’s mark', () => {
    const ctx = setUp();
    const { engine, people, guest } = ctx;
    ok(engine, 'attendance.open', { label: '2026-12-08 sáng' });
    ok(engine, 'attendance.mark', { delegateId: people[1], status: 'absent' });
    ok(engine, 'attendance.mark', { delegateId: people[3], status: 'excused' });
    ok(engine, 'attendance.mark', { delegateId: people[4], status: 'late', time: '08:10' }); // late is here
    ok(engine, 'attendance.mark', { delegateId: guest, status: 'absent' }); // a guest never counts
    expect(engine.current.attendance.present).toBe(3);

    const id = namedVote(engine);
    ok(engine, 'vote.open', { id });
    expect(voteOf(engine, id).present).toBe(3);

    const absent = refused(ctx.engine, 'vote.mark', { id, delegateId: people[1], choice: 'for' });
    expect(absent.code).toBe('voter-absent');
    expect(absent.en).toBe('Trần Thị Hoa is absent by the roll call of the morning sitting of 8 Dec 2026, so cannot be marked in this vote.');
    expect(refused(ctx.engine, 'vote.mark', { id, delegateId: people[1], choice: 'for' }).vi).toBe(
      'Đại biểu Trần Thị Hoa vắng mặt theo điểm danh phiên buổi sáng 08/12/2026, nên không thể ghi nhận biểu quyết.',
    );
    // An excused delegate is refused as excused (absent with leave), not as plainly absent.
    const excused = refused(ctx.engine, 'vote.mark', { id, delegateId: people[3], choice: 'for' });
    expect(excused.code).toBe('voter-excused');
    expect(excused.vi).toBe('Đại biểu Bùi Thị Lan vắng mặt có lý do theo điểm danh phiên buổi sáng 08/12/2026, nên không thể ghi nhận biểu quyết.');
    expect(excused.en).toBe('Bùi Thị Lan is absent with leave (excused) by the roll call of the morning sitting of 8 Dec 2026, so cannot be marked in this vote.');
    expect(refused(ctx.engine, 'vote.mark', { id, delegateId: guest, choice: 'for' }).code).toBe('not-a-voter');

    for (const d of [people[0], people[2], people[4]]) ok(engine, 'vote.mark', { id, delegateId: d, choice: 'for' });
    ok(engine, 'vote.close', { id });
    // Not voting = present minus those counted: all three present voted.
    expect(voteOf(engine, id).result).toMatchObject({ has: 3, notVoting: 0 });

    // Someone who voted and then left can still have their mark corrected.
    ok(engine, 'attendance.mark', { delegateId: people[0], status: 'left', time: '10:30' });
    ok(engine, 'vote.correct', { id, reason: 'Thư ký ghi nhầm', marks: [{ delegateId: people[0], choice: 'against' }] });
    expect(voteOf(engine, id).tally).toMatchObject({ for: 2, against: 1 });
    expect(refused(ctx.engine, 'vote.correct', { id, reason: 'x', marks: [{ delegateId: people[1], choice: 'for' }] }).code).toBe('voter-absent');
  });

  it('names the roll call’s reason when refusing one not arrived yet or gone, and changes nothing', () => {
    const { engine, people } = setUp();
    ok(engine, 'attendance.open', { label: '2026-12-08 sáng' });
    ok(engine, 'attendance.mark', { delegateId: people[0], status: 'notArrived' });
    ok(engine, 'attendance.mark', { delegateId: people[1], status: 'left', time: '10:40' });
    const id = namedVote(engine);
    ok(engine, 'vote.open', { id });
    const before = engine.current.revision;
    const late = refused(engine, 'vote.mark', { id, delegateId: people[0], choice: 'for' });
    expect(late.code).toBe('voter-not-arrived');
    expect(late.vi).toBe('Đại biểu Nguyễn Văn Dũng chưa đến theo điểm danh phiên buổi sáng 08/12/2026; hãy ghi giờ đến ở màn hình Điểm danh rồi mới ghi nhận biểu quyết.');
    const gone = refused(engine, 'vote.mark', { id, delegateId: people[1], choice: 'for' });
    expect(gone.code).toBe('voter-left');
    expect(gone.en).toBe('Trần Thị Hoa left the hall at 10:40 by the roll call of the morning sitting of 8 Dec 2026, so cannot be marked in this vote.');
    expect(engine.current.revision).toBe(before);
    expect(voteOf(engine, id).tally).toMatchObject({ for: 0, against: 0, abstain: 0 });
  });

  it('lets the secretary enter another count of the hall, recorded with the vote', () => {
    const { engine, people } = setUp();
    ok(engine, 'attendance.open', { label: '2026-12-08 sáng' });
    ok(engine, 'attendance.mark', { delegateId: people[0], status: 'absent' });
    const hands = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết A', method: 'hands' }).id;
    ok(engine, 'vote.open', { id: hands, present: 52 });
    expect(voteOf(engine, hands).present).toBe(52);
    ok(engine, 'vote.tally', { id: hands, for: 30, against: 2, abstain: 1 });
    expect(voteOf(engine, hands).result.notVoting).toBe(19);
  });

  it('a named vote that counts the present follows a new roll call of the next sitting', () => {
    const { engine, people } = setUp();
    ok(engine, 'attendance.open', { label: '2026-12-08 sáng' });
    ok(engine, 'attendance.mark', { delegateId: people[0], status: 'absent' });
    ok(engine, 'attendance.open', { label: '2026-12-08 chiều' }); // the afternoon: everyone back
    const id = namedVote(engine);
    ok(engine, 'vote.open', { id });
    expect(voteOf(engine, id).present).toBe(5);
    ok(engine, 'vote.mark', { id, delegateId: people[0], choice: 'for' });
  });
});

describe('the speaker queue follows the live agenda', () => {
  function withItems() {
    const ctx = newEngine();
    seedBasics(ctx.engine);
    const add = (title: string, kind: AgendaKind) => ok(ctx.engine, 'agenda.add', { title, kind }).id;
    return {
      ...ctx,
      report: add('Báo cáo tình hình kinh tế - xã hội', 'report'),
      discussion: add('Thảo luận tại hội trường', 'discussion'),
      questions: add('Chất vấn và trả lời chất vấn', 'questioning'),
    };
  }

  it('starting or resuming an item brings its queue forward; the chair may still pick another', () => {
    const { engine, report, discussion, questions } = withItems();
    expect(engine.current.speakers.itemId).toBe(discussion); // nothing live: the first discussion item
    // A report has no floor of its own: the discussion after it comes forward (speakers/slices.ts).
    ok(engine, 'item.start', { id: report });
    expect(engine.current.speakers.itemId).toBe(discussion);
    ok(engine, 'speaker.focus', { agendaItemId: questions });
    expect(engine.current.speakers.itemId).toBe(questions); // the chair's pick wins while the report runs
    ok(engine, 'item.start', { id: discussion, current: 'pause' });
    expect(engine.current.speakers.itemId).toBe(discussion);
    ok(engine, 'item.start', { id: questions, current: 'pause' });
    expect(engine.current.speakers.itemId).toBe(questions);
    ok(engine, 'item.resume', { id: report, current: 'pause' });
    expect(engine.current.speakers.itemId).toBe(discussion);
    ok(engine, 'item.resume', { id: questions, current: 'pause' });
    expect(engine.current.speakers.itemId).toBe(questions);
    ok(engine, 'item.finish', { id: questions });
    expect(engine.current.speakers.itemId).toBe(questions); // its queue stays until the next item starts
  });

  it('without a choice, the live item (running, else paused) is the focus, then the first discussion item', () => {
    const { engine, db, report, discussion, questions } = withItems();
    const forget = () => db.prepare("DELETE FROM setting WHERE key LIKE 'speakers.item.%'").run(); // as in a database from before this seam
    const person = (fullName: string) => ok(engine, 'delegate.add', { fullName }).id;
    ok(engine, 'item.start', { id: report });
    forget();
    // A request without an item goes to the focus item.
    ok(engine, 'speaker.request', { delegateId: person('Lê Văn Tám') });
    // The live item is a report: its floor is the discussion after it.
    expect(engine.current.speakers).toMatchObject({ itemId: discussion, queue: [{ agendaItemId: discussion }] });
    ok(engine, 'item.pause', { id: report });
    forget();
    ok(engine, 'speaker.request', { delegateId: person('Bùi Thị Lan') });
    expect(engine.current.speakers).toMatchObject({ itemId: discussion, queue: [{ agendaItemId: discussion }, { agendaItemId: discussion }] });
    ok(engine, 'item.finish', { id: report });
    forget();
    ok(engine, 'speaker.request', { delegateId: person('Đinh Công Sơn') });
    expect(engine.current.speakers).toMatchObject({ itemId: discussion, queue: [{ agendaItemId: discussion }, { agendaItemId: discussion }, { agendaItemId: discussion }] });
    // A live item that is not a report is its own floor.
    ok(engine, 'item.start', { id: questions });
    forget();
    ok(engine, 'speaker.request', { delegateId: person('Phạm Thị An') });
    expect(engine.current.speakers).toMatchObject({ itemId: questions, queue: [{ agendaItemId: questions }] });
  });
});

describe('roll calls name the sittings of the live agenda', () => {
  it('a roll call opened for a sitting is labelled by its date and part, the same as typing it', () => {
    const ctx = setUp();
    const { engine, people } = ctx;
    const morning = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    const afternoon = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'afternoon', plannedStart: '13:30', plannedEnd: '17:00' }).id;
    const first = ok(engine, 'attendance.open', { sittingId: morning }).id;
    expect(engine.current.attendance.sittings).toMatchObject([{ id: first, sittingLabel: '2026-12-08 sáng' }]);
    ok(engine, 'attendance.mark', { delegateId: people[0], status: 'absent' });
    // The English console opens the same sitting: the same roll call, with its marks.
    const again = ctx.engine.dispatch({ type: 'attendance.open', sittingId: morning }, { actor: 'test', lang: 'en' });
    expect(again.ok && again.value).toEqual({ id: first });
    expect(ok(engine, 'attendance.open', { label: '2026-12-08 sáng' })).toEqual({ id: first });
    expect(engine.current.attendance.present).toBe(4);
    ok(engine, 'attendance.open', { sittingId: afternoon });
    expect(engine.current.attendance.sittings.map((s) => s.sittingLabel)).toEqual(['2026-12-08 sáng', '2026-12-08 chiều']);
    // Free text stays for councils without sittings.
    ok(engine, 'attendance.open', { label: 'Phiên bế mạc' });
    expect(engine.current.attendance.sittings).toHaveLength(3);
  });

  it('refuses a sitting of nothing or of another session, and a roll call without a name', () => {
    const ctx = setUp();
    expect(refused(ctx.engine, 'attendance.open', { sittingId: 999 }).code).toBe('not-found');
    const unnamed = refused(ctx.engine, 'attendance.open', {});
    expect(unnamed).toMatchObject({ code: 'roll-call-unnamed', vi: 'Hãy chọn phiên họp hoặc nhập tên phiên họp để điểm danh.' });
  });
});
