// @vitest-environment jsdom
/**
 * A programme and a list of delegates kept as Word tables, as council offices keep them: read
 * through the same import as a workbook, merged cells read as a workbook's.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph } from 'docx';
import { communeProgrammeDocx, programmeDocx, rosterDocx } from '../../office-docx';
import { parseAgendaTable } from '../../../common/agenda/import';
import { readSheet } from '../../../src/lib/spreadsheet';
import { guessMapping, headerIndex, mapRows } from '../../../src/features/roster/rosterImport';
import { newEngine, ok, refused, seedBasics } from '../helpers';
import type { Sheet } from '../../../src/lib/spreadsheet';

/** The rows as the console sends them (rowPlace.ts withPlaces): each with its place in the Word document. */
const sent = <R extends { line: number }>(rows: R[], sheet: Sheet) => rows.map((r) => (sheet.places ? { ...r, place: sheet.places[r.line - 1] } : r));

const reason = async (name: string, data: ArrayBuffer) => readSheet(name, data).then(() => 'read', (e: { reason: string }) => e.reason);

describe('a programme kept as Word tables', () => {
  it('reads every table in order, merged cells as a workbook reads them, with the title and the days between the tables', async () => {
    const rows = (await readSheet('Chuong trinh ky hop.docx', await programmeDocx())).rows;
    expect(rows.slice(0, 8)).toEqual([
      ['HỘI ĐỒNG NHÂN DÂN TỈNH HÒA BÌNH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc'],
      ['CHƯƠNG TRÌNH'],
      ['Kỳ họp thứ 11, Hội đồng nhân dân tỉnh khóa XVII'],
      ['NGÀY THỨ NHẤT (ngày 08/12/2026)'],
      ['TT', 'Thời gian', 'Nội dung', 'Cơ quan, người thực hiện'],
      ['Buổi sáng', '', '', ''],
      ['1', '7h30 - 7h45', 'Chào cờ; tuyên bố lý do, giới thiệu đại biểu', 'Chánh Văn phòng'],
      // The presenter's cell merged down: its text in its first row only, as a workbook's.
      ['2', '7h45 - 8h00', 'Báo cáo kết quả kiểm tra tư cách đại biểu', ''],
    ]);
    expect(rows).toContainEqual(['NGÀY THỨ HAI (ngày 09/12/2026)']);
    // Neither the note under the last table nor the signature block set as a table.
    expect(rows.at(-1)).toEqual(['6', '10h45 - 11h00', 'Bế mạc kỳ họp', 'Chủ tịch HĐND tỉnh']);
  });

  it('imports as the office set it: items in their sittings with their time slots, the repeated header of the second day not an item', async () => {
    const rows = (await readSheet('chuong-trinh.docx', await programmeDocx())).rows;
    const parsed = parseAgendaTable(rows, { startDate: '2026-12-08', endDate: '2026-12-09' });
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows.map((r) => [r.title, r.kind, r.presenter, r.plannedMinutes, r.sitting && `${r.sitting.date} ${r.sitting.part}`])).toEqual([
      ['Chào cờ; tuyên bố lý do, giới thiệu đại biểu', 'opening', 'Chánh Văn phòng', 15, '2026-12-08 morning'],
      ['Báo cáo kết quả kiểm tra tư cách đại biểu', 'report', '', 15, '2026-12-08 morning'],
      ['Báo cáo tình hình kinh tế - xã hội năm 2026', 'report', 'UBND tỉnh', 30, '2026-12-08 morning'],
      ['Thảo luận tại hội trường', 'discussion', 'Đại biểu HĐND tỉnh', 180, '2026-12-08 afternoon'],
      ['Chất vấn và trả lời chất vấn', 'questioning', 'Thường trực HĐND tỉnh', 180, '2026-12-09 morning'],
      ['Bế mạc kỳ họp', 'closing', 'Chủ tịch HĐND tỉnh', 15, '2026-12-09 morning'],
    ]);
  });

  it('reads a programme written by another program (LibreOffice), its day and part headings merged across a timetable', async () => {
    // tests/fixtures/chuong-trinh-libreoffice.html, saved as .docx by LibreOffice Writer
    // (soffice --headless --convert-to 'docx:MS Word 2007 XML'): its own tblGrid, gridSpan and vMerge.
    const b = fs.readFileSync(path.join(__dirname, '../../fixtures/chuong-trinh-libreoffice.docx'));
    const rows = (await readSheet('chuong-trinh.docx', b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer)).rows;
    // The headings sit in the "Thời gian" column, merged across the row: still headings, not items with bad minutes.
    const parsed = parseAgendaTable(rows, { startDate: '2026-12-10', endDate: '2026-12-11' });
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows.map((r) => [r.title, r.presenter, r.plannedMinutes, r.sitting && `${r.sitting.date} ${r.sitting.part}`])).toEqual([
      ['Chào cờ; tuyên bố lý do', 'Văn phòng HĐND', 15, '2026-12-10 morning'],
      ['Khai mạc kỳ họp', '', 30, '2026-12-10 morning'],
      ['Báo cáo tình hình kinh tế - xã hội', 'UBND tỉnh', 45, '2026-12-10 morning'],
      ['Thảo luận tại hội trường', 'Đại biểu HĐND', 210, '2026-12-10 afternoon'],
      ['Chất vấn và trả lời chất vấn', 'Thường trực HĐND', 180, '2026-12-11 morning'],
      ['Bế mạc kỳ họp', 'Chủ tịch HĐND', 30, '2026-12-11 morning'],
    ]);
  });

  it('refuses a document without a table, a damaged one and the old .doc format, each with its reason', async () => {
    const text = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('1. Khai mạc kỳ họp'), new Paragraph('2. Báo cáo kinh tế - xã hội')] }] }));
    expect(await reason('chuong-trinh.docx', text.buffer.slice(text.byteOffset, text.byteOffset + text.byteLength) as ArrayBuffer)).toBe('spreadsheet.noTable');
    const whole = await programmeDocx();
    expect(await reason('cut.docx', whole.slice(0, whole.byteLength / 2))).toBe('spreadsheet.docxCorrupt');
    expect(await reason('chuong-trinh.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]).buffer)).toBe('spreadsheet.oldFormat');
  });
});

describe('a list of delegates kept as Word tables, one per group', () => {
  it('imports each person in the group named above their table, guests as guests, no header as a person', async () => {
    const rows = (await readSheet('danh-sach-dai-bieu.docx', await rosterDocx())).rows;
    const { rows: people, errors } = mapRows(rows, guessMapping(rows[headerIndex(rows)]));
    expect(errors).toEqual([]);
    expect(people.map((p) => [p.fullName, p.group, p.seatNumber, p.voting])).toEqual([
      ['Nguyễn Thị Hằng', 'Tổ đại biểu số 1 - thành phố Hòa Bình', 1, true],
      ['Đặng Quốc Việt', 'Tổ đại biểu số 1 - thành phố Hòa Bình', 2, true],
      ['Bùi Văn Tỉnh', 'Tổ đại biểu số 2 - huyện Lương Sơn', 3, true],
      ['Quách Thế Tản', '', null, false],
    ]);
  });
});

describe('where each row of a Word document is in it', () => {
  it('counts the tables as the document has them (the letterhead and the signature too) and each table’s rows from its first', async () => {
    const { rows, places } = await readSheet('chuong-trinh.docx', await programmeDocx(['08/12/2026', '15/12/2026']));
    expect(places).toHaveLength(rows.length);
    const at = (text: string) => places![rows.findIndex((r) => r.includes(text))];
    expect(at('HỘI ĐỒNG NHÂN DÂN TỈNH HÒA BÌNH')).toEqual({ table: 1, row: 1 });
    expect(at('CHƯƠNG TRÌNH')).toEqual({ above: 2 });
    expect(at('NGÀY THỨ NHẤT (ngày 08/12/2026)')).toEqual({ above: 2 });
    expect(at('Thảo luận tại hội trường')).toEqual({ table: 2, row: 7 });
    expect(at('NGÀY THỨ HAI (ngày 15/12/2026)')).toEqual({ above: 3 });
    expect(at('Chất vấn và trả lời chất vấn')).toEqual({ table: 3, row: 3 });
    // The second day lies outside the session: its problems are on rows 3 and 4 of the third table, not on lines 15 and 16 of the rows read.
    const { problems } = parseAgendaTable(rows, { startDate: '2026-12-08', endDate: '2026-12-09' });
    expect(problems.map((p) => [p.line, places![p.line - 1]])).toEqual([
      [15, { table: 3, row: 3 }],
      [16, { table: 3, row: 4 }],
    ]);
  });

  it('leaves a spreadsheet’s and a text file’s rows at their own line numbers', async () => {
    expect((await readSheet('ds.csv', new TextEncoder().encode('Họ và tên\nNguyễn Thị Hằng\n').buffer as ArrayBuffer)).places).toBeNull();
  });
});

describe('a programme kept in Word, one table per day', () => {
  it('the engine names a refused row by its table and row in the document, not by its place among the rows read', async () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const sheet = await readSheet('chuong-trinh.docx', await programmeDocx(['08/12/2026', '10/12/2026']));
    const { rows } = parseAgendaTable(sheet.rows, { startDate: '2026-12-08', endDate: '2026-12-10' });
    // The second day's first item: table 3 (after the letterhead and the first day's), row 3 (under the header and "Buổi sáng").
    expect(refused(engine, 'agenda.import', { rows: sent(rows, sheet) }, 'import-row')).toMatchObject({
      en: 'Table 3, row 3: the day 10 Dec 2026 is outside the session’s dates (8 Dec 2026 – 9 Dec 2026).',
      vi: 'Bảng 3, dòng 3: ngày 10/12/2026 nằm ngoài thời gian kỳ họp (08/12/2026 – 09/12/2026).',
    });
    // A place that is not one is refused as a bad row, still naming its line.
    expect(refused(engine, 'agenda.import', { rows: [{ line: 4, place: { table: 0, row: 2 }, title: 'X', kind: 'report' }] }).en).toMatch(/^Line 4: /);
  });
});

describe('a roster kept in Word, one table per group', () => {
  it('the engine names rows by table and row, the first of a name given twice too', async () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const sheet = await readSheet('dai-bieu.docx', await rosterDocx([['Bùi Văn Tỉnh', 'Bí thư Huyện ủy', '3'], ['Hà Thị Hoa', 'Đại biểu', '4']]));
    const { rows } = mapRows(sheet.rows, guessMapping(sheet.rows[headerIndex(sheet.rows)]));
    ok(engine, 'delegate.add', { fullName: 'Hà Thị Hoa', voting: true });
    expect(refused(engine, 'roster.import', { rows: sent(rows, sheet) }, 'roster-import-row')).toMatchObject({
      en: 'Table 2, row 3: Hà Thị Hoa is already on the roster. Nothing was imported.',
      vi: 'Bảng 2, dòng 3: Hà Thị Hoa đã có trong danh sách. Chưa nhập người nào.',
    });
    // The same person on two rows of the rows sent: named where each is in the document.
    const [hang, , tinh] = sent(rows, sheet);
    expect(refused(engine, 'roster.import', { rows: [hang, { ...tinh, fullName: hang.fullName, seatNumber: null }] }, 'roster-import-row')).toMatchObject({
      en: 'Table 2, row 2: Nguyễn Thị Hằng is already on table 1, row 2 of the file. Nothing was imported.',
      vi: 'Bảng 2, dòng 2: Nguyễn Thị Hằng đã có ở bảng 1, dòng 2 của tệp. Chưa nhập người nào.',
    });
  });
});

describe('an item\'s parts lettered a), b) as offices write them', () => {
  it('reads "a) Báo cáo …" under a numbered item as its sub-item, without the letter, of the kind its words say', async () => {
    const cells = (await readSheet('chuong-trinh.docx', await communeProgrammeDocx())).rows;
    const { rows, problems } = parseAgendaTable(cells, { startDate: '2026-12-08', endDate: '2026-12-09' });
    expect(problems).toEqual([]);
    // Before, each lettered part was a main item of its own, "a) Báo cáo …", of the kind "other".
    expect(rows.map((r) => [r.sub, r.title, r.kind, r.presenter, r.plannedMinutes])).toEqual([
      [false, 'Chào cờ; tuyên bố lý do, giới thiệu đại biểu', 'opening', 'Chánh Văn phòng HĐND và UBND xã', 15],
      [false, 'Trình bày các báo cáo, tờ trình:', 'other', '', 0],
      [true, 'Báo cáo tình hình kinh tế - xã hội năm 2026', 'report', 'Chủ tịch UBND xã', 25],
      [true, 'Tờ trình về dự toán ngân sách xã năm 2027', 'submission', 'Phó Chủ tịch UBND xã', 25],
      [true, 'Báo cáo thẩm tra của Ban Kinh tế - Xã hội', 'verification', 'Trưởng Ban Kinh tế - Xã hội', 25],
      [false, 'Thông qua các nghị quyết của kỳ họp:', 'vote', '', 0],
      [true, 'Nghị quyết về dự toán ngân sách xã năm 2027', 'vote', 'Chủ tọa kỳ họp', 60],
      [false, 'Bế mạc kỳ họp; chào cờ', 'closing', 'Chủ tịch HĐND xã', 30],
    ]);
  });

  it('shares a heading\'s time slot ("Trình bày các báo cáo, tờ trình:") among its untimed parts, so the sitting\'s plan counts it once', () => {
    const { rows } = parseAgendaTable([
      ['TT', 'Thời gian', 'Nội dung'],
      ['Buổi sáng ngày 08/12/2026', '', ''],
      ['1', '8h00 - 8h20', 'Công tác nhân sự:'],
      ['', '', 'a) Bầu Phó Chủ tịch HĐND xã'],
      ['', '', 'b) Miễn nhiệm Ủy viên UBND xã'],
      ['', '', 'c) Lấy phiếu tín nhiệm'],
      ['2', '8h20 - 8h40', 'Báo cáo kết quả giám sát'],
      ['', '', '- Báo cáo thẩm tra'],
    ]);
    // 20 minutes in three: 7, 7, 6. A report over its verification report keeps its own time.
    expect(rows.map((r) => r.plannedMinutes)).toEqual([0, 7, 7, 6, 20, undefined]);
  });

  it('leaves a title that only starts with a capital letter and a full stop, or a word, as it is', () => {
    const { rows } = parseAgendaTable([['STT', 'Nội dung'], ['1', 'A. Báo cáo công tác'], ['2', 'b)Báo cáo không có dấu cách'], ['3', 'Bế mạc']]);
    expect(rows.map((r) => [r.sub, r.title])).toEqual([[false, 'A. Báo cáo công tác'], [false, 'b)Báo cáo không có dấu cách'], [false, 'Bế mạc']]);
  });
});
