/**
 * Questions registered and never reached (their item over, none put): the results notice says so
 * and that they go to a written answer, not "Kỳ họp không có nội dung chất vấn." as if there had
 * been no questioning business at all.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { reportFile } from '../../../electron/documents/index';
import { readDocx } from '../../docx';
import { itemUnderWay, newEngine, ok, seedBasics } from '../helpers';

let ctx: ReturnType<typeof newEngine>;
let sessionId: number;

beforeAll(() => {
  ctx = newEngine();
  const { engine } = ctx;
  sessionId = seedBasics(engine).sessionId;
  const asker = ok(engine, 'delegate.add', { fullName: 'Hoàng Văn An' }).id;
  const official = ok(engine, 'delegate.add', { fullName: 'Hà Minh Đức', voting: false }).id;
  const respondentId = ok(engine, 'respondent.add', { delegateId: official, agency: 'Sở TN&MT' }).id;
  const { itemId } = itemUnderWay(engine, { title: 'Phiên chất vấn', kind: 'questioning' });
  ok(engine, 'question.register', { askerId: asker, respondentId, text: 'Tiến độ cấp giấy chứng nhận?', agendaItemId: itemId });
  ok(engine, 'question.register', { askerId: asker, respondentId, text: 'Đất công bị lấn chiếm?', agendaItemId: itemId });
  ok(engine, 'item.finish', { id: itemId });
});

describe('the results notice when questions were registered but none was asked', () => {
  it('counts them as sent to a written answer, not as no questioning', async () => {
    const text = readDocx((await reportFile(ctx.db, { doc: 'notice', sessionId, lang: 'vi' }))!.bytes).text;
    expect(text).not.toContain('Kỳ họp không có nội dung chất vấn.');
    expect(text).toContain('Có 2 câu hỏi chất vấn được đăng ký nhưng chưa được chất vấn tại kỳ họp, chuyển cơ quan có trách nhiệm trả lời bằng văn bản.');
  });
});
