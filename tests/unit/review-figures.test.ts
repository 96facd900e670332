import { describe, expect, it } from 'vitest';
import { generateSession, REALISTIC } from '../../bench/generate';
import { computeReview, type Review } from '../../electron/reports/review/figures';
import { compareReviews } from '../../electron/reports/review/compare';
import { readReviewInput } from '../../electron/reports/review/input';
import { Engine } from '../../electron/engine/engine';
import { openStore } from '../../electron/store/db';
import { newEngine, ok } from './helpers';

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
function handSession() {
  const { engine, db, clock } = newEngine();
  ok(engine, 'council.save', { name: 'HĐND xã Tân Lập', level: 'commune', term: 1, totalSeats: 5 });
  const { id: sessionId } = ok(engine, 'session.create', { number: 2, term: 1, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09' }) as { id: number };
  const add = (fullName: string, group: string, committee = '', voting = true) =>
    (ok(engine, 'delegate.add', { fullName, group, committee, voting }) as { id: number }).id;
  const an = add('Nguyễn Văn An', 'Tổ 1', 'Ban Pháp chế');
  const binh = add('Trần Thị Bình', 'Tổ 1', 'Ban Kinh tế - Ngân sách');
  const cuong = add('Lê Văn Cường', 'Tổ 2');
  add('Phạm Thị Dung', 'Tổ 2');
  const em = add('Hoàng Văn Em', 'Tổ 2');
  const official = add('Đỗ Minh Giám đốc', '', '', false);

  const sitting = (date: string, part: 'morning' | 'afternoon') => (ok(engine, 'sitting.add', { date, part, plannedStart: part === 'morning' ? '07:30' : '13:30', plannedEnd: part === 'morning' ? '11:30' : '17:00' }) as { id: number }).id;
  const A = sitting('2026-12-08', 'morning');
  const B = sitting('2026-12-08', 'afternoon');
  const C = sitting('2026-12-09', 'morning');
  const item = (title: string, kind: string, plannedMinutes: number, sittingId: number) => {
    const { id } = ok(engine, 'agenda.add', { title, kind, plannedMinutes }) as { id: number };
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
  const { id: respondentId } = ok(engine, 'respondent.add', { delegateId: official, agency: 'Sở Tài chính' }) as { id: number };
  const q1 = (ok(engine, 'question.register', { askerId: an, respondentId, text: 'Tiến độ giải ngân?' }) as { id: number }).id;
  const q2 = (ok(engine, 'question.register', { askerId: binh, respondentId, text: 'Giải phóng mặt bằng?' }) as { id: number }).id;
  ok(engine, 'question.register', { askerId: cuong, respondentId, text: 'Chưa hỏi' });
  ok(engine, 'question.next', { id: q1 });
  clock.advance(2 * MIN);
  ok(engine, 'question.stop');
  ok(engine, 'answer.start');
  clock.advance(4 * MIN);
  ok(engine, 'question.stop');
  ok(engine, 'question.followUp', { parentId: q1, text: 'Vì sao chậm?' });
  clock.advance(1 * MIN);
  ok(engine, 'question.stop');
  ok(engine, 'question.next', { id: q2 });
  clock.advance(3 * MIN);
  ok(engine, 'question.stop');
  ok(engine, 'question.mark', { ids: [q1], status: 'answered' });
  ok(engine, 'question.mark', { ids: [q2], status: 'written', sittingDate: '2026-12-08' });

  ok(engine, 'item.start', { id: vote });
  // Two votes: one passes with 1 to spare (4 of 5, more than half needs 3), one fails.
  const passing = (ok(engine, 'vote.create', { resolutionNumber: '01/NQ-HĐND', resolutionTitle: 'Dự toán ngân sách', method: 'hands' }) as { id: number }).id;
  ok(engine, 'vote.open', { id: passing });
  ok(engine, 'vote.tally', { id: passing, for: 4, against: 0, abstain: 0 });
  ok(engine, 'vote.close', { id: passing });
  const failing = (ok(engine, 'vote.create', { resolutionNumber: '02/NQ-HĐND', resolutionTitle: 'Đầu tư công', method: 'hands' }) as { id: number }).id;
  ok(engine, 'vote.open', { id: failing });
  ok(engine, 'vote.tally', { id: failing, for: 2, against: 1, abstain: 1 });
  ok(engine, 'vote.close', { id: failing });
  clock.advance(3 * MIN);
  ok(engine, 'item.finish', { id: vote });
  ok(engine, 'item.skip', { id: verification });
  return { engine, db, clock, sessionId, ids: { opening, report, discussion, vote, verification, an, binh, A, B, C } };
}

describe('review figures of a hand-counted session', () => {
  const s = handSession();
  const review = computeReview(readReviewInput(s.db, s.sessionId, s.clock())!);

  it('time by kind of work, per sitting, per day and for the session', () => {
    const t = review.time;
    // reading: report 17'; discussion: 25'; procedure: opening 8' + vote 3'.
    expect(t.session.byWork).toEqual({ reading: 17 * MIN, discussion: 25 * MIN, procedure: 11 * MIN });
    expect(t.session.actualMs).toBe(53 * MIN);
    expect(t.session.plannedMs).toBe(70 * MIN);
    // The skipped verification's plan is not set against the time run.
    expect(t.session.plannedRunMs).toBe(60 * MIN);
    const [a, b, c] = t.sittings;
    expect(a).toMatchObject({ sittingId: s.ids.A, byWork: { reading: 17 * MIN, discussion: 0, procedure: 8 * MIN }, actualMs: 25 * MIN, plannedMs: 25 * MIN });
    expect(b).toMatchObject({ sittingId: s.ids.B, byWork: { reading: 0, discussion: 25 * MIN, procedure: 3 * MIN }, actualMs: 28 * MIN, plannedMs: 35 * MIN });
    expect(c).toMatchObject({ sittingId: s.ids.C, actualMs: 0, plannedMs: 10 * MIN, plannedRunMs: 0 });
    expect(t.sittings).toHaveLength(3);
    expect(t.days.map((d) => [d.date, d.actualMs])).toEqual([
      ['2026-12-08', 53 * MIN],
      ['2026-12-09', 0],
    ]);
  });

  it('planned against actual per item: pauses, the reopened item, overruns, cut short and skipped', () => {
    const byId = new Map(review.items.map((i) => [i.id, i]));
    expect(byId.get(s.ids.report)).toMatchObject({ actualMs: 17 * MIN, diffMs: 2 * MIN, pauses: 2, work: 'reading' });
    // Reopened: two runs (20' + 5'), one break between them.
    expect(byId.get(s.ids.discussion)).toMatchObject({ actualMs: 25 * MIN, diffMs: -5 * MIN, pauses: 1, status: 'finished' });
    expect(byId.get(s.ids.verification)).toMatchObject({ status: 'skipped', actualMs: 0 });
    expect(review.plan.overran).toEqual([s.ids.report]);
    // Cut short, most first: discussion −5', vote −2', opening −2' (ties keep agenda order).
    expect(review.plan.cutShort).toEqual([s.ids.discussion, s.ids.opening, s.ids.vote]);
    expect(review.plan.skipped).toEqual([s.ids.verification]);
  });

  it('speaking: speeches, speakers, shares, groups, committees, kinds and the overrun', () => {
    const sp = review.speaking;
    expect(sp.speeches).toBe(3);
    expect(sp.ms).toBe(9 * MIN + 5 * MIN + 2 * MIN);
    expect(sp.speakers).toBe(2);
    expect([sp.votingSpeakers, sp.votingDelegates]).toEqual([2, 5]);
    expect(sp.byKind.speech).toEqual({ count: 2, ms: 14 * MIN });
    expect(sp.byKind.debateReply).toEqual({ count: 1, ms: 2 * MIN });
    expect(sp.byDelegate.map((d) => [d.name, d.count, d.ms, d.first, d.debate])).toEqual([
      ['Nguyễn Văn An', 2, 11 * MIN, 1, 1],
      ['Trần Thị Bình', 1, 5 * MIN, 1, 0],
    ]);
    expect(sp.byGroup).toEqual([{ group: 'Tổ 1', speakers: 2, count: 3, ms: 16 * MIN }]);
    expect(sp.byCommittee.map((c) => [c.committee, c.ms])).toEqual([
      ['Ban Pháp chế', 11 * MIN],
      ['Ban Kinh tế - Ngân sách', 5 * MIN],
    ]);
    expect(sp.overruns).toHaveLength(1);
    expect(sp.overruns[0]).toMatchObject({ name: 'Nguyễn Văn An', limitMs: 7 * MIN, extraMs: 1 * MIN, spokenMs: 9 * MIN, overMs: 2 * MIN });
  });

  it('questioning: asked, askers, outcomes, follow-ups, time by respondent, written answers due', () => {
    const q = review.questioning;
    expect(q.registered).toBe(4);
    expect(q.asked).toBe(3);
    expect(q.askers).toBe(2);
    expect(q.respondentsQuestioned).toBe(1);
    expect(q.followUps).toBe(1);
    expect(q.byStatus).toEqual({ pending: 2, answered: 1, written: 1, 'next-session': 0, withdrawn: 0 });
    expect(q.askMs).toBe(6 * MIN);
    expect(q.answerMs).toBe(4 * MIN);
    expect(q.byRespondent).toEqual([{ respondentId: expect.any(Number), name: 'Đỗ Minh Giám đốc', agency: 'Sở Tài chính', questions: 3, askMs: 6 * MIN, answerMs: 4 * MIN }]);
    // Due 20 days after the sitting; not overdue on the day of the session.
    expect(q.written).toMatchObject([{ dueDate: '2026-12-28', overdue: false }]);
    expect(q.overdue).toBe(0);
  });

  it('a written answer past its due date is overdue', () => {
    const later = computeReview({ ...readReviewInput(s.db, s.sessionId, s.clock())!, today: '2026-12-29' });
    expect(later.questioning.overdue).toBe(1);
  });

  it('votes with their margin over what they needed, and attendance per roll call', () => {
    expect(review.votes.list.map((v) => [v.resolutionNumber, v.for, v.needed, v.margin, v.passed])).toEqual([
      ['01/NQ-HĐND', 4, 3, 1, true],
      ['02/NQ-HĐND', 2, 3, -1, false],
    ]);
    expect([review.votes.passed, review.votes.failed]).toEqual([1, 1]);
    expect(review.attendance).toEqual([{ label: '2026-12-08 sáng', voting: 5, present: 4, absent: 1, excused: 0, late: 1, left: 0 }]);
  });

  it('a running item and a running speech count up to now', () => {
    const { engine, db, clock, sessionId, ids } = handSession();
    ok(engine, 'item.reopen', { id: ids.vote });
    ok(engine, 'item.resume', { id: ids.vote });
    clock.advance(90 * SEC);
    const r = computeReview(readReviewInput(db, sessionId, clock())!);
    expect(r.items.find((i) => i.id === ids.vote)!.actualMs).toBe(3 * MIN + 90 * SEC);
    expect(r.time.session.byWork.procedure).toBe(11 * MIN + 90 * SEC);
  });

  it('a session with nothing run yet has zeros, not errors', () => {
    const { engine, db } = newEngine();
    ok(engine, 'council.save', { name: 'HĐND', level: 'commune', term: 1, totalSeats: 15 });
    const { id } = ok(engine, 'session.create', { number: 1, term: 1, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-08' }) as { id: number };
    const r = computeReview(readReviewInput(db, id, 0)!);
    expect(r.time.session.actualMs).toBe(0);
    expect(r.time.sittings).toEqual([]);
    expect(r.speaking.speeches).toBe(0);
    expect(readReviewInput(db, 999, 0)).toBeNull();
  });

  it('compares headline figures across sessions', () => {
    const rows = compareReviews([review, review]);
    const reading = rows.find((r) => r.key === 'readingShare')!;
    expect(reading.values).toEqual([
      { kind: 'share', share: { part: 17 * MIN, whole: 53 * MIN } },
      { kind: 'share', share: { part: 17 * MIN, whole: 53 * MIN } },
    ]);
    expect(rows.find((r) => r.key === 'meanAttendance')!.values[0]).toEqual({ kind: 'share', share: { part: 4, whole: 5 } });
  });
});

describe('review of the benchmark\'s realistic session', () => {
  it('adds up: time by kind is the time run, speeches by group and by delegate are the speeches', () => {
    // Every command reads the clock 7 s after the one before, so items and speeches take time.
    let t0 = Date.UTC(2026, 11, 8, 0, 30);
    const db = openStore(':memory:');
    const engine = new Engine(db, () => (t0 += 7 * SEC));
    const seeded = generateSession(engine, REALISTIC);
    const review: Review = computeReview(readReviewInput(db, seeded.session.id, t0 + 10 * MIN)!);
    const t = review.time;
    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    expect(t.session.actualMs).toBeGreaterThan(0);
    expect(sum(t.session.byWork)).toBe(t.session.actualMs);
    expect(t.sittings.reduce((a, s) => a + s.actualMs, 0)).toBe(t.session.actualMs);
    expect(t.days.reduce((a, d) => a + d.actualMs, 0)).toBe(t.session.actualMs);
    for (const s of t.sittings) expect(sum(s.byWork)).toBe(s.actualMs);
    expect(review.items.reduce((a, i) => a + i.actualMs, 0)).toBe(t.session.actualMs);
    const sp = review.speaking;
    expect(sp.speeches).toBe(REALISTIC.speeches);
    expect(sp.byGroup.reduce((a, g) => a + g.count, 0)).toBe(sp.speeches);
    expect(sp.byDelegate.reduce((a, d) => a + d.count, 0)).toBe(sp.speeches);
    expect(sp.byGroup.reduce((a, g) => a + g.ms, 0)).toBe(sp.ms);
    expect(Object.values(sp.byKind).reduce((a, k) => a + k.count, 0)).toBe(sp.speeches);
    expect(review.questioning.registered).toBe(REALISTIC.questions);
    expect(sum(review.questioning.byStatus)).toBe(REALISTIC.questions);
    expect(review.votes.list).toHaveLength(REALISTIC.votes - 1);
    expect(review.attendance[0].present).toBe(REALISTIC.delegates - seeded.absent.size);
  });
});
