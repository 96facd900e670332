/**
 * The one way tests make .xlsx files: write-excel-file, the sister of the reader the console
 * uses. Plain values become cells; a Date is written as a real date cell (dd/mm/yyyy).
 */
import writeXlsxFile from 'write-excel-file/node';
import { communeSections, wardDelegates } from './ward';

export type Cell = string | number | boolean | Date | null;

export async function xlsxBuffer(rows: Cell[][], sheet = 'Sheet1'): Promise<Buffer> {
  const data = rows.map((row) => row.map((value) => (value === null ? null : { value })));
  return writeXlsxFile(data, { sheet, dateFormat: 'dd/mm/yyyy' }).toBuffer();
}

/** The same workbook as an ArrayBuffer, as a browser File would give it. */
export async function xlsx(rows: Cell[][], sheet?: string): Promise<ArrayBuffer> {
  const b = await xlsxBuffer(rows, sheet);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

/**
 * A commune office's list of delegates as it prints it: the letterhead and title rows, the header
 * merged over two rows, the columns numbered "(1)…(5)", the group cell merged down over its
 * members, a blank row, then the total and the signature block. `people`: name, title, group.
 */
export async function communeRosterXlsx(people: [string, string, string][]): Promise<Buffer> {
  const c = (value: string | number, more: object = {}) => ({ value, ...more });
  const across = (value: string) => [c(value, { columnSpan: 5 }), null, null, null, null];
  const list = people.map(([name, title, group], i) => {
    const first = i === 0 || people[i - 1][2] !== group;
    const span = people.filter((p) => p[2] === group).length;
    return [c(i + 1), c(name), c(title), first ? c(group, { rowSpan: span }) : null, null];
  });
  const data = [
    [c('HỘI ĐỒNG NHÂN DÂN', { columnSpan: 2 }), null, c('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { columnSpan: 3 }), null, null],
    [null, null, null, null, null],
    across('DANH SÁCH ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN XÃ TÂN LẬP KHÓA I, NHIỆM KỲ 2026 - 2031'),
    ['STT', 'Họ và tên', 'Chức vụ', 'Tổ đại biểu', 'Ghi chú'].map((h) => c(h, { rowSpan: 2 })),
    [null, null, null, null, null],
    ['(1)', '(2)', '(3)', '(4)', '(5)'].map((n) => c(n)),
    ...list.slice(0, 2),
    [null, null, null, null, null],
    ...list.slice(2),
    across(`Tổng số: ${String(people.length).padStart(2, '0')} đại biểu`),
    [null, null, null, null, null],
    [null, null, c('TM. THƯỜNG TRỰC HĐND', { columnSpan: 3 }), null, null],
    [null, null, c('CHỦ TỊCH', { columnSpan: 3 }), null, null],
    [null, null, c(people[0][0], { columnSpan: 3 }), null, null],
  ];
  return writeXlsxFile(data as never, {}).toBuffer();
}

/**
 * The ward's list (ward.ts) in Excel: a title row, then one row a person, the
 * group's heading in capitals in a "Tổ đại biểu" cell merged down over its seven. `decomposed`: as
 * wardRosterDocx, every text with its diacritics apart (NFD).
 */
export async function wardRosterXlsx(decomposed = false): Promise<Buffer> {
  const text = (s: string) => ({ value: decomposed ? s.normalize('NFD') : s });
  const data = [
    [{ ...text('DANH SÁCH ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN QUẬN HÀ ĐÔNG KHÓA I'), columnSpan: 5 }, null, null, null, null],
    ['STT', 'Họ và tên', 'Chức vụ', 'Tổ đại biểu', 'Số ghế'].map(text),
    ...wardDelegates().flatMap(({ group, people }) =>
      people.map(([name, title, seat], i) => [{ value: seat }, text(name), text(title), i === 0 ? { ...text(group), rowSpan: people.length } : null, { value: seat }]),
    ),
  ];
  return writeXlsxFile(data as never, {}).toBuffer();
}

/**
 * The commune's list in its Roman sections (ward.ts communeSections) in Excel: a title merged across
 * the sheet, then under the header each section's row, its text merged across the columns after the
 * numeral (or the numeral's cell across the row when it holds the heading), then its people numbered from 1.
 */
export async function communeSectionsXlsx(): Promise<Buffer> {
  const c = (value: string | number, more: object = {}) => ({ value, ...more });
  const data = [
    [c('DANH SÁCH ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN XÃ TÂN LẬP KHÓA I, NHIỆM KỲ 2026 - 2031', { columnSpan: 4 }), null, null, null],
    ['STT', 'Họ và tên', 'Chức vụ', 'Tổ đại biểu'].map((h) => c(h)),
    ...communeSections().flatMap(({ heading: [numeral, text], people }) => [
      text ? [c(numeral), c(text, { columnSpan: 3 }), null, null] : [c(numeral, { columnSpan: 4 }), null, null, null],
      ...people.map(([name, title, group], i) => [c(i + 1), c(name), c(title), group ? c(group) : null]),
    ]),
  ];
  return writeXlsxFile(data as never, {}).toBuffer();
}
