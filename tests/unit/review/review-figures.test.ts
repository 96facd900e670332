import { describe, expect, it } from 'vitest';
import { generateSession, REALISTIC } from '../../../bench/generate';
import { computeReview, type Review } from '../../../common/review/figures';
import { compareReviews } from '../../../common/review/compare';
import { cellText, reviewTables } from '../../../common/review/tables';
import { readReviewInput } from '../../../electron/features/review/input';
import { Engine } from '../../../electron/engine/engine';
import { openStore } from '../../../electron/store/db';
import { newEngine, ok, seedBasics } from '../helpers';
import { handSession, limitChangedSession, questionedSession } from './review-session';

const MIN = 60_000;
const SEC = 1000;

describe('review figures of a hand-counted session', () => {
  const s = handSession();
  const review = computeReview(readReviewInput(s.db, s.sessionId, s.clock())!);

  it('time by kind of work, per sitting, per day and for the session', () => {
    const t = review.time;
    // reading: report 17'; discussion: 25'; procedure: opening 8' + vote 3'.
    expect(t.session.byWork).toEqual({ reading: 17 * MIN, discussion: 25 * MIN, questioning: 0, procedure: 11 * MIN });
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
    // Three slips and one follow-up: the follow-up is counted apart, not as a fourth question
    // registered or a third asked (the Live view's rule, countQuestions).
    expect(q.registered).toBe(3);
    expect(q.asked).toBe(2);
    expect(q.askers).toBe(2);
    expect(q.respondentsQuestioned).toBe(1);
    expect(q.followUps).toBe(1);
    expect(q.byStatus).toEqual({ pending: 1, answered: 1, written: 1, 'next-session': 0, withdrawn: 0 });
    // The follow-up, answered in its question's turn and never marked on its own, goes with that
    // question's outcome: answered, not "pending" after the question was answered.
    expect(q.followUpsByStatus).toEqual({ pending: 0, answered: 1, written: 0, 'next-session': 0, withdrawn: 0 });
    expect(q.askMs).toBe(6 * MIN);
    expect(q.answerMs).toBe(4 * MIN);
    expect(q.byRespondent).toEqual([
      { respondentId: expect.any(Number), name: 'Đỗ Minh Giám đốc', agency: 'Sở Tài chính', questions: 2, followUps: 1, askMs: 6 * MIN, answers: 1, answerMs: 4 * MIN, extraMs: 0, answersOver: 0, overMs: 0 },
    ]);
    // Within the limits (3' asking, 7' answering): no overrun.
    expect([q.questionsOver, q.answersOver, q.overruns]).toEqual([0, 0, []]);
    // Due 20 days after the sitting; not overdue on the day of the session.
    expect(q.written).toMatchObject([{ dueDate: '2026-12-28', overdue: false }]);
    expect(q.overdue).toBe(0);
  });

  it('a follow-up never marked on its own is listed with its question’s written answer, due and overdue with it', () => {
    const { engine, db, sessionId, clock } = questionedSession();
    ok(engine, 'question.stop');
    const list = engine.current!.questions.list;
    const q2 = list.find((q) => q.text === 'Giải phóng mặt bằng?')!.id;
    ok(engine, 'question.mark', { ids: [q2], status: 'written', sittingDate: '2026-12-08' });
    const read = (today?: string) => computeReview({ ...readReviewInput(db, sessionId, clock())!, ...(today ? { today } : {}) }).questioning;
    expect(read().written.map((w) => [w.text, w.dueDate])).toEqual([
      ['Giải phóng mặt bằng?', '2026-12-28'],
      ['Khi nào xong?', '2026-12-28'],
    ]);
    expect(read('2026-12-29')).toMatchObject({ overdue: 2 });
    expect(read('2026-12-29').written.every((w) => w.overdue)).toBe(true);
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
    expect(review.attendance).toEqual([{ label: '2026-12-08 sáng', voting: 5, present: 4, confirmed: 1, unmarked: 3, absent: 1, excused: 0, late: 1, notArrived: 0, left: 0 }]);
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
    const { id } = ok(engine, 'session.create', { number: 1, term: 1, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-08' });
    const r = computeReview(readReviewInput(db, id, 0)!);
    expect(r.time.session.actualMs).toBe(0);
    expect(r.time.sittings).toEqual([]);
    expect(r.speaking.speeches).toBe(0);
    expect(readReviewInput(db, 999, 0)).toBeNull();
  });

  it('compares headline figures across sessions', () => {
    const rows = compareReviews([review, review]);
    const reading = rows.find((r) => r.key === 'readingShare')!;
    // 17' of 53' read: 32,08% in hundredths of a percent, the three shares adding up to 100%.
    expect(reading.values).toEqual([
      { kind: 'share', share: { part: 3208, whole: 10_000 } },
      { kind: 'share', share: { part: 3208, whole: 10_000 } },
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

describe('questioning against its limits', () => {
  it('counts the questions and answers over their limit, the extra time given, per respondent and longest first', () => {
    const { db, sessionId, clock } = questionedSession();
    const q = computeReview(readReviewInput(db, sessionId, clock())!).questioning;
    expect(q.limits).toEqual({ questionMs: [3 * MIN], answerMs: [7 * MIN] });
    expect([q.questionsOver, q.answersOver, q.askExtraMs, q.answerExtraMs]).toEqual([2, 1, 30 * SEC, 1 * MIN]);
    expect(q.overruns).toEqual([
      { turn: 'answer', id: expect.any(Number), name: 'Bùi Quang Huy', counterpart: 'Nguyễn Văn An', sitting: null, limitMs: 7 * MIN, extraMs: 1 * MIN, usedMs: 9 * MIN, overMs: 2 * MIN },
      { turn: 'question', id: expect.any(Number), name: 'Nguyễn Văn An', counterpart: 'Bùi Quang Huy', sitting: null, limitMs: 3 * MIN, extraMs: 30 * SEC, usedMs: 4 * MIN, overMs: 1 * MIN },
      // The follow-up being asked counts up to now, as a running speech does.
      { turn: 'question', id: expect.any(Number), name: 'Trần Thị Bình', counterpart: 'Bùi Quang Huy', sitting: null, limitMs: 3 * MIN, extraMs: 0, usedMs: 3 * MIN + 20 * SEC, overMs: 20 * SEC },
    ]);
    expect(q.byRespondent).toEqual([
      {
        respondentId: expect.any(Number),
        name: 'Bùi Quang Huy',
        agency: 'UBND huyện',
        // Two questions; the follow-up's asking time is in askMs, the follow-up not a third question.
        questions: 2,
        followUps: 1,
        askMs: 9 * MIN + 20 * SEC,
        answers: 2,
        answerMs: 14 * MIN,
        extraMs: 1 * MIN,
        answersOver: 1,
        overMs: 2 * MIN,
      },
    ]);
  });

  it('a change of the council’s limits after the questioning leaves its review as it ran', () => {
    const { engine, db, sessionId, clock } = questionedSession();
    const before = computeReview(readReviewInput(db, sessionId, clock())!).questioning;
    // Shorter and longer limits alike: what ran under 3' and 7' is still measured against them.
    for (const limits of [{ question: 2 * 60, answer: 5 * 60 }, { question: 5 * 60, answer: 10 * 60 }]) {
      ok(engine, 'rules.save', { limits });
      const q = computeReview(readReviewInput(db, sessionId, clock())!).questioning;
      expect([q.questionsOver, q.answersOver, q.limits]).toEqual([2, 1, { questionMs: [3 * MIN], answerMs: [7 * MIN] }]);
      expect(q.overruns).toEqual(before.overruns);
      expect(q.byRespondent).toEqual(before.byRespondent);
    }
  });

  it('a question asked and an answer given after the council changed its limits run under the new ones', () => {
    const { db, sessionId, clock } = limitChangedSession();
    const q = computeReview(readReviewInput(db, sessionId, clock())!).questioning;
    expect(q.limits).toEqual({ questionMs: [2 * MIN, 3 * MIN], answerMs: [5 * MIN, 7 * MIN] });
    expect([q.questionsOver, q.answersOver]).toEqual([1, 1]);
    expect(q.overruns).toEqual([
      { turn: 'answer', id: expect.any(Number), name: 'Đặng Quốc Việt', counterpart: 'Trần Thị Hằng', sitting: null, limitMs: 5 * MIN, extraMs: 0, usedMs: 6 * MIN, overMs: 1 * MIN },
      { turn: 'question', id: expect.any(Number), name: 'Trần Thị Hằng', counterpart: 'Đặng Quốc Việt', sitting: null, limitMs: 2 * MIN, extraMs: 0, usedMs: 2 * MIN + 30 * SEC, overMs: 30 * SEC },
    ]);
    expect(q.byRespondent[0]).toMatchObject({ answers: 2, answersOver: 1, overMs: 1 * MIN });
  });

  it('names the council’s limits now when nothing was asked or answered', () => {
    const { engine, db, clock } = newEngine();
    const { sessionId } = seedBasics(engine);
    ok(engine, 'rules.save', { limits: { question: 2 * 60, answer: 5 * 60 } });
    const q = computeReview(readReviewInput(db, sessionId, clock())!).questioning;
    expect(q.limits).toEqual({ questionMs: [2 * MIN], answerMs: [5 * MIN] });
  });
});

describe('shares of the time by kind of work', () => {
  it('add up to 100,00% in every row, where each rounded on its own read 100,01%', () => {
    const { engine, db, clock } = newEngine();
    const { sessionId } = seedBasics(engine);
    const sittingId = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    // The seeded two-day session's first morning: 1:13:00 read, 48:00 discussed, 52:00 of procedure.
    for (const [title, kind, minutes] of [['Khai mạc', 'opening', 52], ['Báo cáo kinh tế - xã hội', 'report', 73], ['Thảo luận tại hội trường', 'discussion', 48]] as const) {
      const { id } = ok(engine, 'agenda.add', { title, kind, plannedMinutes: minutes });
      ok(engine, 'agenda.assign', { id, sittingId });
      ok(engine, 'item.start', { id, current: 'finish' });
      clock.advance(minutes * MIN);
      ok(engine, 'item.finish', { id });
    }
    const review = computeReview(readReviewInput(db, sessionId, clock())!);
    for (const lang of ['vi', 'en'] as const) {
      const kinds = reviewTables(review, lang).find((t) => t.id === 'kinds')!;
      for (const row of kinds.rows) {
        const shares = row.slice(6, 10).map((c) => Number(cellText(c, 'en').replace('%', '')));
        expect(Math.round(shares.reduce((a, b) => a + b, 0) * 100), cellText(row[0], lang)).toBe(10_000);
      }
      // Each rounded half-up on its own: 42,20% + 27,75% + 30,06%.
      expect(kinds.rows[0].slice(6, 10).map((c) => cellText(c, 'vi'))).toEqual(['42,20%', '27,74%', '0,00%', '30,06%']);
    }
    // The session's headline and its comparison with other sessions give the same shares.
    const head = compareReviews([review])
      .filter((r) => r.key.endsWith('Share') && r.key !== 'votingSpokeShare')
      .map((r) => cellText(r.values[0], 'vi'));
    expect(head).toEqual(['42,20%', '27,74%', '0,00%', '30,06%']);
  });
});
