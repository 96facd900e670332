/**
 * An import's refusals name a row where the office finds it: its row number in Excel (the title
 * rows, the blank rows and the header counted), its table and row in Word. The preview (the
 * parsers' `line`) and the engine (the rows' `line` and `place`) say the same. The Word
 * documents' rows are in docx-tables.test.ts (their reader needs the browser's DOMParser).
 */
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { parseAgendaTable } from '../../../common/agenda/import';
import { readSheet, type Sheet } from '../../../src/lib/spreadsheet';
import { guessMapping, headerIndex, mapRows } from '../../../src/features/roster/rosterImport';
import { newEngine, ok, refused, seedBasics } from '../helpers';

const c = (value: string | number, more: object = {}) => ({ value, ...more });
async function workbook(data: unknown[][]): Promise<ArrayBuffer> {
  const b = await writeXlsxFile(data as never, {}).toBuffer();
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

/** The rows as the console sends them (rowPlace.ts withPlaces): each with its place when the file is a Word document. */
const sent = <R extends { line: number }>(rows: R[], sheet: Sheet) => rows.map((r) => (sheet.places ? { ...r, place: sheet.places[r.line - 1] } : r));

describe('a programme workbook with a title row and blank rows', () => {
  // Excel rows: 1 title (merged), 2 blank, 3 header, 4–5 items, 6 blank, 7 a bad item, 8 blank, 9 the second day.
  const programme = () =>
    workbook([
      [c('CHƯƠNG TRÌNH KỲ HỌP THỨ 11, HĐND TỈNH KHÓA XVII', { columnSpan: 5 }), null, null, null, null],
      [null, null, null, null, null],
      [c('STT'), c('Ngày'), c('Buổi'), c('Nội dung'), c('Thời lượng (phút)')],
      [c(1), c('08/12/2026'), c('Sáng'), c('Khai mạc kỳ họp'), c(15)],
      [c(2), null, null, c('Báo cáo tình hình kinh tế - xã hội'), c(30)],
      [null, null, null, null, null],
      [c(3), null, null, c('Thảo luận tại hội trường'), c('ba giờ')],
      [null, null, null, null, null],
      [c(4), c('10/12/2026'), c('Sáng'), c('Bế mạc kỳ họp'), c(15)],
    ]);

  it('the preview names the bad row by its Excel row number', async () => {
    const sheet = await readSheet('chuong-trinh.xlsx', await programme());
    const { rows, problems } = parseAgendaTable(sheet.rows, { startDate: '2026-12-08', endDate: '2026-12-10' });
    expect(problems.map((p) => [p.line, p.problems[0].problem])).toEqual([[7, 'minutesInvalid']]);
    expect(rows.map((r) => r.line)).toEqual([4, 5, 9]);
  });

  it('the engine names the row it refuses by its Excel row number too', async () => {
    const { engine } = newEngine();
    seedBasics(engine); // 8 to 9 December: the console's preview still thought the session ran to the 10th
    const sheet = await readSheet('chuong-trinh.xlsx', await programme());
    const { rows } = parseAgendaTable(sheet.rows, { startDate: '2026-12-08', endDate: '2026-12-10' });
    expect(refused(engine, 'agenda.import', { rows: sent(rows, sheet) }, 'import-row')).toMatchObject({
      en: 'Line 9: the day 10 Dec 2026 is outside the session’s dates (8 Dec 2026 – 9 Dec 2026).',
      vi: 'Dòng 9: ngày 10/12/2026 nằm ngoài thời gian kỳ họp (08/12/2026 – 09/12/2026).',
    });
  });
});

describe('a roster workbook as the office keeps it', () => {
  // Excel rows: 1–2 title (merged), 3 blank, 4 header (name before seat, group last), 5–6 group 1, 7 blank, 8–9 group 2.
  const roster = () =>
    workbook([
      [c('HỘI ĐỒNG NHÂN DÂN TỈNH HÒA BÌNH', { columnSpan: 5 }), null, null, null, null],
      [c('DANH SÁCH ĐẠI BIỂU HĐND TỈNH KHÓA XVII', { columnSpan: 5 }), null, null, null, null],
      [null, null, null, null, null],
      [c('STT'), c('Họ và tên'), c('Số ghế'), c('Chức vụ'), c('Tổ đại biểu')],
      [c(1), c('Nguyễn Thị Hằng'), c(1), c('Chủ tịch HĐND tỉnh'), c('Tổ 1', { rowSpan: 2 })],
      [c(2), c('Đặng Quốc Việt'), c(2), c('Phó Chủ tịch UBND tỉnh'), null],
      [null, null, null, null, null],
      [c(3), c('Bùi Văn Tỉnh'), c(2), c('Bí thư Huyện ủy'), c('Tổ 2')],
      [c(4), c('Quách Thị Tản'), c(4), c('Giám đốc Sở Tài chính'), c('Tổ 2')],
    ]);

  it('the preview names a repeated seat by its Excel row and the row it is first on', async () => {
    const sheet = await readSheet('dai-bieu.xlsx', await roster());
    const { rows, errors } = mapRows(sheet.rows, guessMapping(sheet.rows[headerIndex(sheet.rows)]));
    expect(errors).toEqual([{ line: 8, problem: 'seatTwice', value: '2', first: 6 }]);
    expect(rows.map((r) => [r.line, r.fullName, r.group])).toEqual([
      [5, 'Nguyễn Thị Hằng', 'Tổ 1'],
      [6, 'Đặng Quốc Việt', 'Tổ 1'],
      [9, 'Quách Thị Tản', 'Tổ 2'],
    ]);
  });

  it('the engine names a row by its Excel row: a person another console added meanwhile', async () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const sheet = await readSheet('dai-bieu.xlsx', await roster());
    const { rows } = mapRows(sheet.rows, guessMapping(sheet.rows[headerIndex(sheet.rows)]));
    ok(engine, 'delegate.add', { fullName: 'Quách Thị Tản', voting: true });
    expect(refused(engine, 'roster.import', { rows: sent(rows, sheet) }, 'roster-import-row').vi).toBe('Dòng 9: Quách Thị Tản đã có trong danh sách. Chưa nhập người nào.');
  });
});
