/**
 * A question registered and still waiting when its item ends was never asked: the log, its CSV, the
 * figures and the review read "Not asked" ("Chưa hỏi", the follow-up's word), not "Pending"; while
 * its item is under way it is still to come and reads "Pending". Once its item is over the minutes
 * list it as sent for a written answer and the results notice counts it so; a follow-up never asked
 * is left out (it is put at once or not at all).
 */
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportFile, reportModel } from '../../../electron/documents/index';
import { computeReview } from '../../../common/review/figures';
import { cellText, reviewTables } from '../../../common/review/tables';
import { readReviewInput } from '../../../electron/features/review/input';
import { exportReview } from '../../../electron/features/review/export';
import { shownOutcome } from '../../../common/questions/model';
import { figures, filterLog, logCsv, questionItemsOver, questionsById } from '../../../src/features/questions/questions';
import { en as enLabels, vi as viLabels } from '../../../common/questions/labels';
import { readDocx } from '../../docx';
import { newEngine, ok, oneAnsweredOneWaiting, seedBasics } from '../helpers';

let ctx: ReturnType<typeof newEngine>;
let sessionId: number;
let itemId: number;
let asked: number;
let waiting: number;

beforeAll(() => {
  ctx = newEngine();
  const { engine, clock } = ctx;
  sessionId = seedBasics(engine).sessionId;
  ({ itemId, asked, waiting } = oneAnsweredOneWaiting(engine, clock));
});

const shown = () => {
  const data = ctx.engine.current!;
  const byId = questionsById(data.questions.list);
  return shownOutcome(byId.get(waiting)!, byId, questionItemsOver(data));
};
const reviewText = (lang: 'vi' | 'en') =>
  reviewTables(computeReview(readReviewInput(ctx.db, sessionId, ctx.clock())!), lang)
    .flatMap((t) => t.rows.map((r) => r.map((c) => cellText(c, lang)).join(' | ')))
    .join('\n');

describe('a question never asked', () => {
  it('reads "Pending" while its item is under way: it may still be asked', () => {
    expect(shown()).toBe('pending');
    expect(figures(ctx.engine.current!, ctx.clock()).byStatus.pending).toBe(1);
    expect(reviewText('en')).toContain('Pending | 1');
  });

  it('reads "Not asked" once its item is over, in the log, its CSV and its filter, in both languages', () => {
    ok(ctx.engine, 'item.finish', { id: itemId });
    expect(shown()).toBe('not-asked');
    const data = ctx.engine.current!;
    const header = Array.from({ length: 15 }, (_, i) => `c${i}`);
    for (const [labels, word] of [[enLabels, 'Not asked'], [viLabels, 'Chưa hỏi']] as const) {
      const rows = Papa.parse<Record<string, string>>(logCsv(data, data.questions.list, ctx.clock(), header, (s) => labels[`q.status.${s}`], '').slice(1), { header: true }).data;
      expect(rows.find((r) => r.c6 === 'Đất công bị lấn chiếm?')!.c12).toBe(word);
    }
    const only = (status: 'pending' | 'answered') => filterLog(data.questions.list, { status, respondentId: null, topicId: null }, questionItemsOver(data)).map((q) => q.id);
    expect(only('pending')).toEqual([]);
    expect(only('answered')).toEqual([asked]);
    // Counted under no outcome: the figures' "pending" no longer holds it.
    const fig = figures(data, ctx.clock());
    expect(fig.byStatus.pending).toBe(0);
    expect(fig.asked).toBe(1);
  });

  it('the review counts it as not asked, in its tables and its report, not as pending', async () => {
    const review = computeReview(readReviewInput(ctx.db, sessionId, ctx.clock())!);
    expect(review.questioning.registered).toBe(2);
    expect(review.questioning.notAsked).toBe(1);
    expect(review.questioning.byStatus.pending).toBe(0);
    expect(reviewText('en')).toContain('Not asked | 1');
    expect(reviewText('en')).toContain('Pending | 0');
    expect(reviewText('vi')).toContain('Chưa hỏi | 1');
    const report = async (lang: 'vi' | 'en') => readDocx((await exportReview(ctx.db, 'review-docx', { sessionId, lang, now: ctx.clock() }))!.body).text;
    expect(await report('vi')).toContain(', 1 câu chưa hỏi.');
    expect(await report('en')).toContain(', 1 not asked.');
  });

  it('the minutes list it, once its item is over, as sent for a written answer, and ask for no outcome of it', async () => {
    const minutes = async (lang: 'vi' | 'en') => {
      const file = await reportFile(ctx.db, { doc: 'minutes', sessionId, lang });
      const missing = reportModel(ctx.db, { doc: 'minutes', sessionId, lang })!.missing.map((m) => m.text).join('\n');
      return { text: readDocx(file!.bytes).text, missing };
    };
    const vi = await minutes('vi');
    expect(vi.text).toContain('Tiến độ cấp giấy chứng nhận?');
    expect(vi.text).toContain('Các câu hỏi chưa được chất vấn tại kỳ họp (chuyển cơ quan có trách nhiệm trả lời bằng văn bản):');
    expect(vi.text).toContain('- Đồng chí Lê Thị Bình đăng ký chất vấn đồng chí Hà Minh Đức: Đất công bị lấn chiếm?');
    expect(vi.missing).not.toContain('Lê Thị Bình');
    const en = await minutes('en');
    expect(en.text).toContain('Questions not put at the session (sent to the responsible bodies for a written answer):');
    expect(en.text).toContain('- Lê Thị Bình had registered a question to Hà Minh Đức: Đất công bị lấn chiếm?');
    // Asked once, never put: one line, not also among the questions asked.
    expect(vi.text.split('Đất công bị lấn chiếm?').length).toBe(2);
    const notice = readDocx((await reportFile(ctx.db, { doc: 'notice', sessionId, lang: 'vi' }))!.bytes).text;
    expect(notice).toContain(
      'đặt 1 câu hỏi chất vấn đối với 1 người bị chất vấn; 1 câu hỏi đã được trả lời tại kỳ họp, 1 câu hỏi chưa được chất vấn tại kỳ họp, chuyển cơ quan có trách nhiệm trả lời bằng văn bản.',
    );
  });
});
