import { newEngine, ok, seedBasics } from '../helpers';
import type { AgendaKind } from '../../../common/agenda/model';

const MIN = 60_000;
const SEC = 1000;

/**
 * A small session counted by hand. Clock steps are explicit so every figure below can be
 * checked with a pencil:
 *   sitting A (8 Dec morning): opening 10' planned, ran 8'; report 15' planned, ran 5' + 6' + 6'
 *     with two pauses (17').
 *   sitting B (8 Dec afternoon): discussion 30' planned, ran 20', finished, reopened, ran 5' more
 *     (25'); three speeches in it, one over its 7' limit with 1' extra; vote 5' planned, ran 3'.
 *   sitting C (9 Dec morning): verification 10' planned, skipped.
 */
export function handSession() {
  const { engine, db, clock } = newEngine();
  ok(engine, 'council.save', { name: 'HĐND xã Tân Lập', level: 'commune', term: 1, totalSeats: 5 });
  const { id: sessionId } = ok(engine, 'session.create', { number: 2, term: 1, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09' });
  const add = (fullName: string, group: string, committee = '', voting = true) =>
    ok(engine, 'delegate.add', { fullName, group, committee, voting }).id;
  const an = add('Nguyễn Văn An', 'Tổ 1', 'Ban Pháp chế');
  const binh = add('Trần Thị Bình', 'Tổ 1', 'Ban Kinh tế - Ngân sách');
  const cuong = add('Lê Văn Cường', 'Tổ 2');
  add('Phạm Thị Dung', 'Tổ 2');
  const em = add('Hoàng Văn Em', 'Tổ 2');
  const official = add('Đỗ Minh Giám đốc', '', '', false);

  const sitting = (date: string, part: 'morning' | 'afternoon') => ok(engine, 'sitting.add', { date, part, plannedStart: part === 'morning' ? '07:30' : '13:30', plannedEnd: part === 'morning' ? '11:30' : '17:00' }).id;
  const A = sitting('2026-12-08', 'morning');
  const B = sitting('2026-12-08', 'afternoon');
  const C = sitting('2026-12-09', 'morning');
  const item = (title: string, kind: AgendaKind, plannedMinutes: number, sittingId: number) => {
    const { id } = ok(engine, 'agenda.add', { title, kind, plannedMinutes });
    ok(engine, 'agenda.assign', { id, sittingId });
    return id;
  };
  const opening = item('Khai mạc kỳ họp', 'opening', 10, A);
  const report = item('Báo cáo tình hình kinh tế - xã hội', 'report', 15, A);
  const discussion = item('Thảo luận tại hội trường', 'discussion', 30, B);
  const vote = item('Biểu quyết thông qua nghị quyết', 'vote', 5, B);
  const verification = item('Báo cáo thẩm tra', 'verification', 10, C);

  // Roll call of sitting A: one absent, one late.
  ok(engine, 'attendance.open', { label: '2026-12-08 sáng' });
  ok(engine, 'attendance.mark', { delegateId: em, status: 'absent' });
  ok(engine, 'attendance.mark', { delegateId: cuong, status: 'late', time: '07:45' });

  ok(engine, 'item.start', { id: opening });
  clock.advance(8 * MIN);
  ok(engine, 'item.finish', { id: opening });
  ok(engine, 'item.start', { id: report });
  clock.advance(5 * MIN);
  ok(engine, 'item.pause', { id: report });
  clock.advance(2 * MIN);
  ok(engine, 'item.resume', { id: report });
  clock.advance(6 * MIN);
  ok(engine, 'item.pause', { id: report });
  clock.advance(1 * MIN);
  ok(engine, 'item.resume', { id: report });
  clock.advance(6 * MIN);
  ok(engine, 'item.finish', { id: report });

  ok(engine, 'item.start', { id: discussion });
  ok(engine, 'speaker.focus', { agendaItemId: discussion });
  // An: first speech 9' against a 7' limit, given 1' extra (over the limit by 2').
  ok(engine, 'speaker.request', { delegateId: an });
  ok(engine, 'speaker.next');
  ok(engine, 'speaker.start');
  clock.advance(6 * MIN);
  ok(engine, 'speaker.extend', { seconds: 60 });
  clock.advance(3 * MIN);
  // Bình: first speech, 5', paused once for 30 s.
  ok(engine, 'speaker.request', { delegateId: binh });
  ok(engine, 'speaker.next');
  ok(engine, 'speaker.start');
  clock.advance(2 * MIN);
  ok(engine, 'speaker.pause');
  clock.advance(30 * SEC);
  ok(engine, 'speaker.start');
  clock.advance(3 * MIN);
  // An again: a debate reply of 2' (limit 3').
  ok(engine, 'speaker.request', { delegateId: an, kind: 'debateReply' });
  ok(engine, 'speaker.next');
  ok(engine, 'speaker.start');
  clock.advance(2 * MIN);
  ok(engine, 'speaker.finish');
  // A withdrawn request never used the floor and is not counted.
  ok(engine, 'speaker.request', { delegateId: cuong });
  const withdrawn = engine.current.speakers.queue.at(-1)!.id;
  ok(engine, 'speaker.withdraw', { id: withdrawn });
  clock.advance(3 * MIN + 30 * SEC); // speeches took 16'30": the discussion reaches 20'
  ok(engine, 'item.finish', { id: discussion });
  ok(engine, 'item.reopen', { id: discussion });
  ok(engine, 'item.resume', { id: discussion });
  clock.advance(5 * MIN);
  ok(engine, 'item.finish', { id: discussion });

  // Questioning in the same sitting, outside any timed item: two questions to the official.
  const { id: respondentId } = ok(engine, 'respondent.add', { delegateId: official, agency: 'Sở Tài chính' });
  const q1 = ok(engine, 'question.register', { askerId: an, respondentId, text: 'Tiến độ giải ngân?' }).id;
  const q2 = ok(engine, 'question.register', { askerId: binh, respondentId, text: 'Giải phóng mặt bằng?' }).id;
  ok(engine, 'question.register', { askerId: cuong, respondentId, text: 'Chưa hỏi' });
  ok(engine, 'question.next', { id: q1 });
  ok(engine, 'question.toggle');
  clock.advance(2 * MIN);
  ok(engine, 'question.stop');
  ok(engine, 'answer.start');
  ok(engine, 'question.toggle');
  clock.advance(4 * MIN);
  ok(engine, 'question.stop');
  ok(engine, 'question.followUp', { parentId: q1, text: 'Vì sao chậm?' });
  ok(engine, 'question.toggle');
  clock.advance(1 * MIN);
  ok(engine, 'question.stop');
  ok(engine, 'question.next', { id: q2 });
  ok(engine, 'question.toggle');
  clock.advance(3 * MIN);
  ok(engine, 'question.stop');
  ok(engine, 'question.mark', { ids: [q1], status: 'answered' });
  ok(engine, 'question.mark', { ids: [q2], status: 'written', sittingDate: '2026-12-08' });

  ok(engine, 'item.start', { id: vote });
  // Two votes: one passes with 1 to spare (4 of 5, more than half needs 3), one fails.
  const passing = ok(engine, 'vote.create', { resolutionNumber: '01/NQ-HĐND', resolutionTitle: 'Dự toán ngân sách', method: 'hands' }).id;
  ok(engine, 'vote.open', { id: passing });
  ok(engine, 'vote.tally', { id: passing, for: 4, against: 0, abstain: 0 });
  ok(engine, 'vote.close', { id: passing });
  const failing = ok(engine, 'vote.create', { resolutionNumber: '02/NQ-HĐND', resolutionTitle: 'Đầu tư công', method: 'hands' }).id;
  ok(engine, 'vote.open', { id: failing });
  ok(engine, 'vote.tally', { id: failing, for: 2, against: 1, abstain: 1 });
  ok(engine, 'vote.close', { id: failing });
  clock.advance(3 * MIN);
  ok(engine, 'item.finish', { id: vote });
  ok(engine, 'item.skip', { id: verification });
  return { engine, db, clock, sessionId, ids: { opening, report, discussion, vote, verification, an, binh, A, B, C } };
}

/**
 * Counted by hand against the default limits (asking 3', answering 7'): An asks 4' with 30"
 * extra (1' over); the official answers An 9' with 1' extra (2' over); Bình asks 2', answered
 * in 5' (neither over); then a follow-up from Bình runs past the limit, still being asked.
 */
export function questionedSession() {
  const { engine, db, clock } = newEngine();
  const { sessionId } = seedBasics(engine);
  const an = ok(engine, 'delegate.add', { fullName: 'Nguyễn Văn An' }).id;
  const binh = ok(engine, 'delegate.add', { fullName: 'Trần Thị Bình' }).id;
  const official = ok(engine, 'delegate.add', { fullName: 'Bùi Quang Huy', voting: false }).id;
  const respondentId = ok(engine, 'respondent.add', { delegateId: official, agency: 'UBND huyện' }).id;
  const q1 = ok(engine, 'question.register', { askerId: an, respondentId, text: 'Tiến độ giải ngân vốn đầu tư công?' }).id;
  const q2 = ok(engine, 'question.register', { askerId: binh, respondentId, text: 'Giải phóng mặt bằng?' }).id;
  ok(engine, 'question.next', { id: q1 });
  ok(engine, 'question.toggle');
  clock.advance(3 * MIN);
  ok(engine, 'question.extend', { seconds: 30 });
  clock.advance(1 * MIN);
  ok(engine, 'question.stop');
  ok(engine, 'answer.start');
  ok(engine, 'question.toggle');
  clock.advance(7 * MIN);
  ok(engine, 'question.extend', { seconds: 60 });
  clock.advance(2 * MIN);
  ok(engine, 'question.stop');
  ok(engine, 'question.next', { id: q2 });
  ok(engine, 'question.toggle');
  clock.advance(2 * MIN);
  ok(engine, 'question.stop');
  ok(engine, 'answer.start');
  ok(engine, 'question.toggle');
  clock.advance(5 * MIN);
  ok(engine, 'question.stop');
  ok(engine, 'question.followUp', { parentId: q2, text: 'Khi nào xong?' });
  ok(engine, 'question.toggle');
  clock.advance(3 * MIN + 20 * SEC);
  return { engine, db, sessionId, clock };
}

/**
 * Questioning on two days with the council's limits changed between them (3' to ask and 7' to
 * answer, then 2' and 5'). Both slips were registered on the first day:
 *   day 1: Nguyễn Văn An asks 2'30" (within 3'), Đặng Quốc Việt answers 6' (within 7');
 *   day 2: Trần Thị Hằng asks 2'30" (30" past 2'), he answers 6' (1' past 5').
 */
export function limitChangedSession() {
  const { engine, db, clock } = newEngine();
  const { sessionId } = seedBasics(engine);
  const an = ok(engine, 'delegate.add', { fullName: 'Nguyễn Văn An' }).id;
  const hang = ok(engine, 'delegate.add', { fullName: 'Trần Thị Hằng' }).id;
  const official = ok(engine, 'delegate.add', { fullName: 'Đặng Quốc Việt', voting: false }).id;
  const respondentId = ok(engine, 'respondent.add', { delegateId: official, agency: 'Sở Xây dựng' }).id;
  const q1 = ok(engine, 'question.register', { askerId: an, respondentId, text: 'Nhà ở xã hội?' }).id;
  const q2 = ok(engine, 'question.register', { askerId: hang, respondentId, text: 'Chung cư cũ?' }).id;
  const turn = (id: number) => {
    ok(engine, 'question.next', { id });
    ok(engine, 'question.toggle');
    clock.advance(2 * MIN + 30 * SEC);
    ok(engine, 'question.stop');
    ok(engine, 'answer.start');
    ok(engine, 'question.toggle');
    clock.advance(6 * MIN);
    ok(engine, 'question.stop');
  };
  turn(q1);
  ok(engine, 'rules.save', { limits: { question: 2 * 60, answer: 5 * 60 } });
  turn(q2);
  return { engine, db, sessionId, clock, q1, q2 };
}
