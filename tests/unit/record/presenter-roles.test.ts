/**
 * What the minutes say each presenter did, by the item's kind and who they are to it. Before, the
 * sentence came from the kind alone: a programme's "Giải trình, làm rõ một số vấn đề đại biểu quan
 * tâm" (filed under questioning) by the Chủ tịch UBND tỉnh read "Đồng chí Chủ tịch UBND tỉnh điều
 * hành phiên chất vấn", and UBND in a discussion "điều hành thảo luận". A council's secretary writes
 * who presided, who answered, who explained, who presented.
 */
import { describe, expect, it } from 'vitest';
import { reportFile } from '../../../electron/documents/index';
import { readDocx } from '../../docx';
import { newEngine, ok, seedBasics } from '../helpers';

async function minutesOf(items: readonly (readonly [string, string, string])[]) {
  const { engine, db } = newEngine();
  const { sessionId } = seedBasics(engine);
  const sittingId = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
  ok(engine, 'sitting.open', { id: sittingId });
  for (const [title, kind, presenter] of items) {
    const { id } = ok(engine, 'agenda.add', { title, kind: kind as 'report', presenter });
    ok(engine, 'agenda.assign', { id, sittingId });
    ok(engine, 'item.start', { id, current: 'finish' });
    ok(engine, 'item.finish', { id });
  }
  const lines = async (lang: 'vi' | 'en') => readDocx((await reportFile(db, { doc: 'minutes', sessionId, lang }))!.bytes).paragraphs.map((p) => p.text.normalize('NFC'));
  return { vi: await lines('vi'), en: await lines('en') };
}

describe('the presenter sentence of each kind of item', () => {
  it('says who presided over the questioning, who answered, who explained, and who presented', async () => {
    const { vi, en } = await minutesOf([
      ['Chất vấn và trả lời chất vấn', 'questioning', 'Chủ tọa kỳ họp'],
      ['Giải trình, làm rõ một số vấn đề đại biểu quan tâm', 'questioning', 'Chủ tịch UBND tỉnh'],
      ['Chất vấn về quản lý đất đai', 'questioning', 'Chủ tọa kỳ họp điều hành; Giám đốc Sở Nông nghiệp và Môi trường'],
      ['Thảo luận tại hội trường', 'discussion', 'Chủ tọa kỳ họp; Lãnh đạo UBND tỉnh giải trình'],
      ['Báo cáo tình hình kinh tế - xã hội năm 2026', 'report', 'Chủ tịch UBND tỉnh'],
      ['Báo cáo thẩm tra', 'verification', 'Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh'],
      ['Biểu quyết thông qua các nghị quyết', 'vote', 'Chủ tọa kỳ họp; Thư ký kỳ họp'],
    ]);
    expect(vi).toEqual(
      expect.arrayContaining([
        'Chủ tọa kỳ họp điều hành phiên chất vấn.',
        'Đồng chí Chủ tịch UBND tỉnh giải trình, làm rõ các vấn đề đại biểu quan tâm.',
        'Chủ tọa kỳ họp điều hành phiên chất vấn; đồng chí Giám đốc Sở Nông nghiệp và Môi trường trả lời chất vấn.',
        'Chủ tọa kỳ họp điều hành thảo luận; Lãnh đạo UBND tỉnh giải trình, làm rõ các vấn đề đại biểu quan tâm.',
        'Đồng chí Chủ tịch UBND tỉnh trình bày báo cáo.',
        'Đồng chí Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh trình bày báo cáo thẩm tra.',
        'Chủ tọa kỳ họp điều hành biểu quyết; Thư ký kỳ họp trình bày dự thảo nghị quyết.',
      ]),
    );
    expect(vi.join('\n')).not.toContain('UBND tỉnh điều hành');
    expect(en).toEqual(
      expect.arrayContaining([
        'The presiding officer of the session presided over the questioning.',
        'Chủ tịch UBND tỉnh explained and clarified the matters the delegates raised.',
        'The presiding officer of the session presided over the questioning; Giám đốc Sở Nông nghiệp và Môi trường answered the delegates’ questions.',
        'The presiding officer of the session led the discussion; Lãnh đạo UBND tỉnh explained and clarified the matters the delegates raised.',
        'The presiding officer of the session put the resolutions to the vote; the secretary of the session presented the draft resolutions.',
      ]),
    );
  }, 30_000);

  it('keeps the kind\'s own verb for a person named without a post, and the chair presiding over an explanation', async () => {
    const { vi } = await minutesOf([
      ['Chất vấn và trả lời chất vấn', 'questioning', 'Nguyễn Văn Hùng'],
      ['Giải trình các ý kiến của cử tri', 'questioning', 'Chủ tọa kỳ họp; Phó Chủ tịch Ủy ban nhân dân tỉnh'],
      ['Thảo luận tại tổ', 'discussion', 'Các tổ đại biểu'],
      ['Nhóm vấn đề thứ nhất: quản lý đất đai, xây dựng nông thôn mới', 'questioning', 'Trưởng phòng Kinh tế xã'],
    ]);
    expect(vi).toEqual(
      expect.arrayContaining([
        'Đồng chí Nguyễn Văn Hùng điều hành phiên chất vấn.',
        'Chủ tọa kỳ họp điều hành phiên giải trình; đồng chí Phó Chủ tịch Ủy ban nhân dân tỉnh giải trình, làm rõ các vấn đề đại biểu quan tâm.',
        'Các tổ đại biểu thảo luận.',
        'Đồng chí Trưởng phòng Kinh tế xã trả lời chất vấn.',
      ]),
    );
  }, 30_000);
});
