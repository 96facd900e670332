/**
 * Counting records printed one after another (a personnel sitting's dismissal, its election of a
 * vice chair, its election of two members): a record whose signatures end at the foot of its page
 * printed, before, an empty page (only its number "2") before the next record. The part ended on
 * the signature table, and the paragraph Word needs after it to end the part was set at the body's
 * size, which ran onto a page of its own.
 */
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/documents/docx';
import { heading, para, type DocModel, type DocPart } from '../../../electron/documents/blocks';
import { hasOffice, printedPages } from '../../office-pages';

/** A counting record with `n` one-line results (a line's steps, so one of them ends the signatures at the page's foot), signed by the head and two members. */
function record(n: number): DocPart {
  return {
    header: { body: ['Hội đồng nhân dân', 'xã Tân Phước'], number: 'Số:    /BB-BKP', placeDate: 'Tân Phước, ngày 15 tháng 12 năm 2026' },
    title: 'Biên bản kiểm phiếu',
    subtitle: ['Miễn nhiệm: Phó Chủ tịch Ủy ban nhân dân xã', 'Kỳ họp thứ 3, Hội đồng nhân dân xã Tân Phước khóa I'],
    blocks: [
      heading('II. KẾT QUẢ KIỂM PHIẾU'),
      ...Array.from({ length: n }, (_, k) => para(`${k + 1}. Ông Cao Văn Thắng: 30/35 phiếu đồng ý.`)),
      para('Biên bản kiểm phiếu được lập và công bố trước kỳ họp.'),
    ],
    signatures: {
      left: { titles: ['Các ủy viên'], names: ['Hoàng Quốc Đạt', 'Huỳnh Thị Thu Hạnh'] },
      right: { titles: ['TM. Ban kiểm phiếu', 'Trưởng ban'], names: ['Phạm Ngọc Dũng'] },
    },
  };
}

const file = (n: number) => renderDocx({ lang: 'vi', missing: [], fileName: 'x.docx', parts: [record(n), record(2)] } satisfies DocModel);

describe.skipIf(!hasOffice)('counting records printed one after another', () => {
  it('never leave a page empty but for its number, whatever the length of a record', async () => {
    const lengths = Array.from({ length: 24 }, (_, k) => 6 + k);
    const docs = Object.fromEntries(await Promise.all(lengths.map(async (n) => [`r${n}`, await file(n)] as const)));
    const printed = printedPages(docs);
    const blank = lengths.filter((n) => printed[`r${n}`].some((page) => page.replace(/\s|\d/g, '') === ''));
    expect(blank, 'lengths of the first record that printed an empty page').toEqual([]);
    // Each record still starts a page of its own: the second one's header opens the page after the first's signatures.
    for (const n of lengths) expect(printed[`r${n}`].filter((page) => page.includes('BIÊN BẢN KIỂM PHIẾU')).length, `r${n}`).toBe(2);
  }, 180_000);
});
