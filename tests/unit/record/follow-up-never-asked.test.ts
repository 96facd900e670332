/**
 * A follow-up takes its question's outcome only once it was asked (its clock ran, or it has an
 * answer). One registered and passed over (`r`, then `n` before Space) never happened: the log
 * reads "Not asked", the figures count it under no outcome ("Follow-ups 0", no "+ 1 follow-up"),
 * the review's tables say nothing of it, and the minutes and the results notice leave it out.
 */
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportFile } from '../../../electron/documents/index';
import { computeReview } from '../../../common/review/figures';
import { cellText, reviewTables } from '../../../common/review/tables';
import { readReviewInput } from '../../../electron/features/review/input';
import { NOTHING_OVER, shownOutcome } from '../../../common/questions/model';
import { figures, filterLog, logCsv, questionsById } from '../../../src/features/questions/questions';
import { en as enLabels, vi as viLabels } from '../../../common/questions/labels';
import { readDocx } from '../../docx';
import { newEngine, ok, oneAnsweredOneWaiting, seedBasics } from '../helpers';

let ctx: ReturnType<typeof newEngine>;
let sessionId: number;
let q1: number;
let follow: number;

beforeAll(() => {
  ctx = newEngine();
  const { engine, clock } = ctx;
  sessionId = seedBasics(engine).sessionId;
  q1 = oneAnsweredOneWaiting(engine, clock).asked;
  // The follow-up is called, then passed over by `n` before it began: it goes back to the queue.
  follow = ok(engine, 'question.followUp', { parentId: q1, text: 'Đề nghị nêu rõ thời hạn hoàn thành.' }).id;
  ok(engine, 'question.next');
  ok(engine, 'question.stop');
});

describe('a follow-up never asked', () => {
  it('reads "Not asked" in the log and its CSV, in both languages, and is filtered under no outcome', () => {
    const data = ctx.engine.current!;
    const byId = questionsById(data.questions.list);
    const f = byId.get(follow)!;
    expect(f.phase).toBe('queued');
    expect(shownOutcome(f, byId, NOTHING_OVER)).toBe('not-asked');
    expect(shownOutcome(byId.get(q1)!, byId, NOTHING_OVER)).toBe('answered');
    expect(enLabels['q.status.not-asked']).toBe('Not asked');
    expect(viLabels['q.status.not-asked']).toBe('Chưa hỏi');
    const header = Array.from({ length: 15 }, (_, i) => `c${i}`);
    const rows = Papa.parse<Record<string, string>>(logCsv(data, data.questions.list, ctx.clock(), header, (s) => enLabels[`q.status.${s}`], '').slice(1), { header: true }).data;
    expect(rows.find((r) => r.c6 === 'Đề nghị nêu rõ thời hạn hoàn thành.')!.c12).toBe('Not asked');
    const only = (status: 'answered' | 'pending') => filterLog(data.questions.list, { status, respondentId: null, topicId: null }, NOTHING_OVER).map((q) => q.id);
    expect(only('answered')).toEqual([q1]);
    expect(only('pending')).not.toContain(follow);
  });

  it('is counted under no outcome: Follow-ups 0 and no "+ 1 follow-up" beside Answered', () => {
    const fig = figures(ctx.engine.current!, ctx.clock());
    expect(fig.followUps).toBe(0);
    expect(Object.values(fig.followUpsByStatus).reduce((a, b) => a + b, 0)).toBe(0);
  });

  it('the review’s figures and tables say nothing of it', () => {
    const review = computeReview(readReviewInput(ctx.db, sessionId, ctx.clock())!);
    expect(review.questioning.followUps).toBe(0);
    expect(review.questioning.followUpsByStatus.answered).toBe(0);
    for (const lang of ['vi', 'en'] as const) {
      const text = reviewTables(review, lang)
        .flatMap((t) => t.rows.flat())
        .map((c) => cellText(c, lang))
        .join('\n');
      expect(text).not.toMatch(/Follow-ups: Answered|Chất vấn lại: Đã trả lời/);
    }
  });

  it('the minutes and the results notice leave it out, in both languages', async () => {
    const vi = readDocx((await reportFile(ctx.db, { doc: 'minutes', sessionId, lang: 'vi' }))!.bytes).text;
    expect(vi).not.toContain('Đề nghị nêu rõ thời hạn hoàn thành.');
    expect(vi.split('Kết quả: đã trả lời tại kỳ họp.').length - 1).toBe(1);
    const en = readDocx((await reportFile(ctx.db, { doc: 'minutes', sessionId, lang: 'en' }))!.bytes).text;
    expect(en).not.toContain('Đề nghị nêu rõ thời hạn hoàn thành.');
    const notice = readDocx((await reportFile(ctx.db, { doc: 'notice', sessionId, lang: 'vi' }))!.bytes).text;
    expect(notice).toContain('đặt 1 câu hỏi chất vấn đối với 1 người bị chất vấn; 1 câu hỏi đã được trả lời tại kỳ họp.');
  });
});
