/**
 * The one way tests make .xlsx files: write-excel-file, the sister of the reader the console
 * uses. Plain values become cells; a Date is written as a real date cell (dd/mm/yyyy).
 */
import writeXlsxFile from 'write-excel-file/node';
import { communeByBody, communeSections, wardDelegates } from './ward';

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

/**
 * The commune's list by body (ward.ts communeByBody) in Excel: its title merged across the sheet, the
 * header, then each heading as the office sets it (its text merged across the columns after its STT
 * cell, or all in the STT cell merged across the row) and each person numbered from 1 under it.
 */
export async function communeByBodyXlsx(): Promise<Buffer> {
  const c = (value: string | number, more: object = {}) => ({ value, ...more });
  let k = 0;
  const data = [
    [c('DANH SÁCH ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN XÃ TÂN LẬP KHÓA I, NHIỆM KỲ 2026 - 2031', { columnSpan: 4 }), null, null, null],
    ['STT', 'Họ và tên', 'Chức vụ', 'Tổ đại biểu'].map((h) => c(h)),
    ...communeByBody().map((r) => {
      if ('heading' in r) {
        k = 0;
        const [stt, text] = r.heading;
        return text ? [c(stt), c(text, { columnSpan: 3 }), null, null] : [c(stt, { columnSpan: 4 }), null, null, null];
      }
      const [name, title, group] = r.person;
      return [c(++k), c(name), c(title), group ? c(group) : null];
    }),
  ];
  return writeXlsxFile(data as never, {}).toBuffer();
}

/**
 * A commune's two-day programme of 25 items as an office drafts it before the times are settled:
 * each day and half day headed across the sheet, the items numbered "1." to "25.", and every
 * item's length a range ("30 - 45") in its "Thời lượng (phút)" column, which no minutes can be read from.
 */
export async function rangedProgrammeXlsx(): Promise<Buffer> {
  const c = (value: string, more: object = {}) => ({ value, ...more });
  const across = (text: string) => [c(text, { columnSpan: 4 }), null, null, null];
  const titles = [
    'Chào cờ; tuyên bố lý do, giới thiệu đại biểu', 'Khai mạc kỳ họp', 'Báo cáo tình hình kinh tế - xã hội năm 2026, phương hướng nhiệm vụ năm 2027',
    'Báo cáo công tác của Thường trực HĐND xã năm 2026', 'Báo cáo thẩm tra của Ban Kinh tế - Xã hội', 'Tờ trình về dự toán ngân sách xã năm 2027',
    'Báo cáo thẩm tra dự toán ngân sách xã năm 2027', 'Tờ trình về kế hoạch đầu tư công năm 2027', 'Báo cáo công tác phòng, chống tham nhũng năm 2026',
    'Báo cáo kết quả giải quyết kiến nghị cử tri', 'Thông báo của Ủy ban MTTQ Việt Nam xã về công tác tham gia xây dựng chính quyền', 'Thảo luận tại hội trường',
    'Chất vấn và trả lời chất vấn', 'Báo cáo công tác của Ban Pháp chế HĐND xã', 'Tờ trình về chương trình giám sát năm 2027',
    'Báo cáo kết quả giám sát chuyên đề năm 2026', 'Tờ trình về điều chỉnh quy hoạch sử dụng đất', 'Thảo luận về các tờ trình',
    'Biểu quyết thông qua Nghị quyết về dự toán ngân sách xã năm 2027', 'Biểu quyết thông qua Nghị quyết về kế hoạch đầu tư công năm 2027',
    'Biểu quyết thông qua Nghị quyết về chương trình giám sát năm 2027', 'Biểu quyết thông qua Nghị quyết về điều chỉnh quy hoạch sử dụng đất',
    'Biểu quyết thông qua Nghị quyết về kế hoạch tổ chức các kỳ họp năm 2027', 'Phát biểu của Bí thư Đảng ủy xã', 'Bế mạc kỳ họp',
  ];
  const item = (i: number) => [c(`${i + 1}.`), c(titles[i]), c(i % 3 === 0 ? 'Thường trực HĐND xã' : 'UBND xã'), c(['5 - 10', '15 - 20', '30 - 45'][i % 3])];
  const data = [
    across('CHƯƠNG TRÌNH KỲ HỌP THỨ HAI, HỘI ĐỒNG NHÂN DÂN XÃ TÂN LẬP KHÓA I (DỰ KIẾN)'),
    ['STT', 'Nội dung', 'Cơ quan trình bày', 'Thời lượng (phút)'].map((h) => c(h)),
    across('NGÀY THỨ NHẤT (08/12/2026)'),
    across('Buổi sáng'),
    ...titles.slice(0, 7).map((_, i) => item(i)),
    across('Buổi chiều'),
    ...titles.slice(7, 13).map((_, i) => item(7 + i)),
    across('NGÀY THỨ HAI (09/12/2026)'),
    across('Buổi sáng'),
    ...titles.slice(13, 19).map((_, i) => item(13 + i)),
    across('Buổi chiều'),
    ...titles.slice(19).map((_, i) => item(19 + i)),
  ];
  return writeXlsxFile(data as never, {}).toBuffer();
}
