/**
 * The issuing body at the top left of every document: a council named by a long area keeps the
 * place's name whole on a line ("THÀNH PHỐ" above "PHAN RANG - THÁP CHÀM", never "… PHAN RANG -"
 * above "THÁP CHÀM"), and English names the area by its own unit ("Phan Rang - Tháp Chàm city",
 * not "thành phố Phan Rang - Tháp Chàm district").
 */
import { describe, expect, it } from 'vitest';
import { reportFile } from '../../../electron/documents/index';
import { bodyLines } from '../../../electron/documents/nd30';
import { englishArea } from '../../../electron/features/record/minutes';
import { readDocx } from '../../docx';
import { newEngine, ok } from '../helpers';

/** The left header block's lines, as printed: the first table's first cell. */
async function issuingBody(council: string, lang: 'vi' | 'en'): Promise<{ lines: string[]; text: string }> {
  const { engine, db } = newEngine();
  ok(engine, 'council.save', { name: council, level: 'district', term: 4, totalSeats: 35 });
  const { id } = ok(engine, 'session.create', { number: 11, term: 4, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09' });
  const docx = readDocx((await reportFile(db, { doc: 'minutes', sessionId: id, lang }))!.bytes);
  const cell = docx.all(docx.all(docx.doc, 'tbl')[0], 'tc')[0];
  const lines = docx.paragraphs.filter((p) => cell.contains(p.el)).map((p) => p.text).filter((t) => t !== '');
  return { lines, text: docx.text };
}

describe('the issuing body in the letterhead', () => {
  it('breaks a long area where its place’s name begins (vi) or ends (en), and names it by its unit in English', async () => {
    const long = 'Hội đồng nhân dân thành phố Phan Rang - Tháp Chàm';
    expect((await issuingBody(long, 'vi')).lines.slice(0, 3)).toEqual(['HỘI ĐỒNG NHÂN DÂN', 'THÀNH PHỐ', 'PHAN RANG - THÁP CHÀM']);
    const en = await issuingBody(long, 'en');
    expect(en.lines.slice(0, 3)).toEqual(["PEOPLE’S COUNCIL", 'PHAN RANG - THÁP CHÀM', 'CITY']);
    expect(en.text).toContain("People’s Council of Phan Rang - Tháp Chàm city");
    expect(en.text).not.toContain('district');
    // Its recipients name the council by the same unit: "Thường trực HĐND thành phố", not "… huyện".
    expect(en.text).toContain("Standing Committee of the city People’s Council;");
    expect((await issuingBody(long, 'vi')).text).toContain('Thường trực HĐND thành phố;');
  });

  it('leaves a short area on one line, as before', async () => {
    expect((await issuingBody('Hội đồng nhân dân huyện Đầm Hà', 'vi')).lines.slice(0, 2)).toEqual(['HỘI ĐỒNG NHÂN DÂN', 'HUYỆN ĐẦM HÀ']);
    expect((await issuingBody('Hội đồng nhân dân huyện Đầm Hà', 'en')).lines.slice(0, 2)).toEqual(["PEOPLE’S COUNCIL", 'ĐẦM HÀ DISTRICT']);
    expect(bodyLines('xã Phước Long Thọ')).toEqual(['XÃ PHƯỚC LONG THỌ']);
  });

  it('names each unit in English: a town, a ward, a province; the level where the area names none', () => {
    expect(englishArea('thị xã Buôn Hồ', 'district')).toBe('Buôn Hồ town');
    expect(englishArea('phường Đông Hưng Thuận', 'commune')).toBe('Đông Hưng Thuận ward');
    expect(englishArea('tỉnh Hòa Bình', 'province')).toBe('Hòa Bình province');
    expect(englishArea('Đầm Hà', 'district')).toBe('Đầm Hà district');
  });
});
