/**
 * A follow-up (chất vấn lại) is answered in the same turn as its question and seldom marked on its
 * own. The record reads it as the Review and the console count it (`outcomeOf`): with its question's
 * outcome, not as "chưa xử lý" under an answered question, nor as a fourth question in the notice.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { reportFile } from '../../../electron/documents/index';
import { minutesModel } from '../../../electron/features/record/minutes';
import { noticeModel } from '../../../electron/features/record/ballots';
import { readDocx } from '../../docx';
import { itemUnderWay, newEngine, ok, seedBasics } from '../helpers';

let ctx: ReturnType<typeof newEngine>;
let sessionId: number;

beforeAll(() => {
  ctx = newEngine();
  const { engine, clock } = ctx;
  sessionId = seedBasics(engine).sessionId;
  const asker = ok(engine, 'delegate.add', { fullName: 'Hoàng Văn An' }).id;
  const official = ok(engine, 'delegate.add', { fullName: 'Hà Minh Đức', voting: false }).id;
  const respondentId = ok(engine, 'respondent.add', { delegateId: official, agency: 'Sở TN&MT' }).id;
  const { itemId } = itemUnderWay(engine, { title: 'Phiên chất vấn', kind: 'questioning' });
  const run = () => {
    ok(engine, 'question.toggle');
    clock.advance(2 * 60_000);
    ok(engine, 'question.stop');
  };
  const answer = () => {
    ok(engine, 'answer.start');
    ok(engine, 'question.toggle');
    clock.advance(5 * 60_000);
    ok(engine, 'question.stop');
  };
  const ask = (text: string) => {
    const id = ok(engine, 'question.register', { askerId: asker, respondentId, text, agendaItemId: itemId }).id;
    ok(engine, 'question.next');
    run();
    return id;
  };
  // Question 1 answered with its follow-up; only the question is marked.
  const q1 = ask('Tiến độ cấp giấy chứng nhận quyền sử dụng đất?');
  answer();
  ok(engine, 'question.followUp', { parentId: q1, text: 'Đề nghị nêu rõ thời hạn hoàn thành.' });
  run();
  answer();
  ok(engine, 'question.mark', { ids: [q1], status: 'answered' });
  // Question 2 sent to a written answer, its follow-up unmarked: it goes there too, by the same date.
  const q2 = ask('Đất công bị lấn chiếm tại phường Tân Hòa?');
  ok(engine, 'question.followUp', { parentId: q2, text: 'Ai chịu trách nhiệm để lấn chiếm kéo dài?' });
  run();
  ok(engine, 'question.mark', { ids: [q2], status: 'written' });
});

describe('an unmarked follow-up in the record', () => {
  it('the minutes give it its question’s outcome and ask no outcome of it', async () => {
    const due = ctx.engine.current!.questions.list.find((q) => q.status === 'written')!.dueDate!;
    const [y, m, d] = due.split('-');
    const doc = readDocx((await reportFile(ctx.db, { doc: 'minutes', sessionId, lang: 'vi' }))!.bytes);
    expect(doc.text).not.toContain('chưa xử lý');
    expect(doc.text.split('Kết quả: đã trả lời tại kỳ họp.').length - 1).toBe(2);
    expect(doc.text.split(`Kết quả: trả lời bằng văn bản trước ngày ${d}/${m}/${y}.`).length - 1).toBe(2);
    const en = readDocx((await reportFile(ctx.db, { doc: 'minutes', sessionId, lang: 'en' }))!.bytes);
    expect(en.text).not.toContain('Outcome: pending.');
    const missing = minutesModel(ctx.db, sessionId, { lang: 'vi', now: ctx.clock() })!.missing.map((x) => x.text);
    expect(missing.filter((t) => t.includes('chưa ghi kết quả'))).toEqual([]);
  });

  it('the notice counts two questions and two follow-ups, each question’s outcome once', async () => {
    const doc = readDocx((await reportFile(ctx.db, { doc: 'notice', sessionId, lang: 'vi' }))!.bytes);
    expect(doc.text).toContain('đặt 2 câu hỏi chất vấn và 2 câu chất vấn lại đối với 1 người bị chất vấn; 1 câu hỏi đã được trả lời tại kỳ họp, 1 câu hỏi được trả lời bằng văn bản.');
    expect(noticeModel(ctx.db, sessionId)).not.toBeNull();
  });
});
