/**
 * The agenda import on files shaped like the ones council offices keep: title rows merged
 * above the header, columns in their own order, Vietnamese headers with or without
 * diacritics, a day number and a part of day, day cells merged over several rows, a BOM.
 */
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { findHeaderRow, guessAgendaMapping, importProblems, parseAgendaTable, twiceMapped, dayFromText, minutesFromText, sittingCell } from '../../../common/agenda/import';
import { readSheet, rowsFromText } from '../../../src/lib/spreadsheet';

const enc = (s: string) => new TextEncoder().encode(s).buffer as ArrayBuffer;

/** A programme as an office exports it: two merged title rows, a blank row, the header, day cells merged down. */
async function officeWorkbook(): Promise<ArrayBuffer> {
  const c = (value: string | number, more: object = {}) => ({ value, ...more });
  const data = [
    [c('HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG TRỊ', { columnSpan: 6 }), null, null, null, null, null],
    [c('CHƯƠNG TRÌNH KỲ HỌP THỨ 5, HĐND TỈNH KHÓA VIII', { columnSpan: 6 }), null, null, null, null, null],
    [null, null, null, null, null, null],
    [c('Ngày'), c('Buổi'), c('STT'), c('Nội dung'), c('Cơ quan trình bày'), c('Thời gian (phút)')],
    [c(1, { rowSpan: 4 }), c('Sáng', { rowSpan: 3 }), c(1), c('Chào cờ'), null, c(5)],
    [null, null, c(2), c('Báo cáo tình hình kinh tế - xã hội năm 2026'), c('UBND tỉnh'), c('20 phút')],
    [null, null, c('2.1'), c('Báo cáo thẩm tra của Ban Kinh tế - Ngân sách'), c('Ban KT-NS'), c(10)],
    [null, c('Chiều'), c(3), c('Thảo luận tổ'), null, c('2 giờ')],
    [c(2, { rowSpan: 2 }), c('Sáng', { rowSpan: 2 }), c(4), c('Chất vấn và trả lời chất vấn'), c('Thường trực HĐND'), c(150)],
    [null, null, c(5), c('Bế mạc kỳ họp'), c('Chủ tịch HĐND'), c(15)],
  ];
  const b = await writeXlsxFile(data as never, { sheet: 'Chương trình' }).toBuffer();
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

/**
 * A programme laid out as a timetable: STT, a "Thời gian" column of clock times beside the
 * "Thời lượng (phút)" column, and day and part headings merged across the row, their text in
 * the first (STT) column.
 */
async function timetableWorkbook(): Promise<string[][]> {
  const c = (value: string | number) => ({ value });
  const across = (value: string) => [{ value, columnSpan: 5 }, null, null, null, null];
  const data = [
    across('CHƯƠNG TRÌNH KỲ HỌP THỨ 16'),
    [c('STT'), c('Thời gian'), c('Nội dung'), c('Cơ quan trình bày'), c('Thời lượng (phút)')],
    across('NGÀY THỨ NHẤT (Thứ Tư, ngày 15/12/2027)'),
    across('Buổi sáng (từ 7 giờ 30 phút)'),
    [c(1), c('7h30 - 7h35'), c('Chào cờ'), null, c(5)],
    [c(2), c('7h35'), c('Tuyên bố lý do, giới thiệu đại biểu'), c('Chánh Văn phòng'), c(5)],
    [c(3), c('7h40'), c('Diễn văn khai mạc kỳ họp'), c('Chủ tịch HĐND huyện'), c(15)],
    across('Buổi chiều'),
    [c(4), c('13h30'), c('Thảo luận tại tổ'), c('Các tổ đại biểu'), c('2 giờ')],
    across('NGÀY THỨ HAI (Thứ Năm, ngày 16/12/2027)'),
    across('Buổi sáng'),
    [c(5), c('7h30'), c('Bế mạc kỳ họp'), c('Chủ tịch HĐND huyện'), c(15)],
  ];
  const b = await writeXlsxFile(data as never, {}).toBuffer();
  return readSheet('chuong-trinh.xlsx', b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer).then((sheet) => sheet.rows);
}

describe('agenda files as offices keep them', () => {
  it('reads a Word programme of one table per day, its header repeated, as start times and says so', () => {
    // A column of start times under "Thời gian": the second day's header again is no time of day.
    const header = ['TT', 'Thời gian', 'Nội dung', 'Cơ quan, người thực hiện'];
    const cells = [
      ['NGÀY THỨ NHẤT (ngày 08/12/2026)'],
      header,
      ['Buổi sáng', '', '', ''],
      ['1', '7h30', 'Chào cờ; tuyên bố lý do', 'Chánh Văn phòng'],
      ['2', '8h00', 'Báo cáo tình hình kinh tế - xã hội', 'UBND tỉnh'],
      ['NGÀY THỨ HAI (ngày 09/12/2026)'],
      header,
      ['Buổi sáng', '', '', ''],
      ['3', '7h30', 'Chất vấn và trả lời chất vấn', 'Thường trực HĐND tỉnh'],
    ];
    expect(guessAgendaMapping(header, cells.slice(2)).minutes).toBe(-1);
    const { rows, mapping, clockColumn } = parseAgendaTable(cells, { startDate: '2026-12-08', endDate: '2026-12-09' });
    expect([mapping.minutes, clockColumn]).toEqual([-1, 1]);
    expect(rows.map((r) => [r.title, r.plannedMinutes, r.slot?.start, r.sitting?.date])).toEqual([
      ['Chào cờ; tuyên bố lý do', 30, '07:30', '2026-12-08'],
      ['Báo cáo tình hình kinh tế - xã hội', undefined, '08:00', '2026-12-08'],
      ['Chất vấn và trả lời chất vấn', undefined, '07:30', '2026-12-09'],
    ]);
  });

  it('takes minutes from "Thời lượng (phút)", not from a "Thời gian" column of clock times', async () => {
    const cells = await timetableWorkbook();
    expect(findHeaderRow(cells)).toBe(1);
    expect(guessAgendaMapping(cells[1], cells.slice(2))).toMatchObject({ number: 0, title: 2, presenter: 3, minutes: 4 });
    // Named "Thời gian" alone, clock times are still not minutes; durations are.
    expect(guessAgendaMapping(['Nội dung', 'Thời gian'], [['Chào cờ', '7h30'], ['Khai mạc', '7h35']]).minutes).toBe(-1);
    expect(guessAgendaMapping(['Nội dung', 'Thời gian'], [['Chào cờ', '5'], ['Thảo luận', '1h30']]).minutes).toBe(1);
    const { rows } = parseAgendaTable(cells, { startDate: '2027-12-15' });
    expect(rows.map((r) => [r.title, r.plannedMinutes])).toEqual([
      ['Chào cờ', 5],
      ['Tuyên bố lý do, giới thiệu đại biểu', 5],
      ['Diễn văn khai mạc kỳ họp', 15],
      ['Thảo luận tại tổ', 120],
      ['Bế mạc kỳ họp', 15],
    ]);
    // The clock times are still each row's slot: the hours of the sittings an import creates.
    expect(rows.map((r) => r.slot)).toEqual([{ start: '07:30', end: '07:35' }, { start: '07:35' }, { start: '07:40' }, { start: '13:30' }, { start: '07:30' }]);
  });

  it('takes minutes from a timetable of start times alone: until the next start in the sitting, the last one the default', () => {
    const text = [
      'STT,Thời gian,Nội dung,Cơ quan trình bày',
      '"NGÀY THỨ NHẤT: Thứ Ba, ngày 15/12/2026"',
      'Buổi sáng',
      '1,7 giờ 30,Chào cờ; tuyên bố lý do,Chánh Văn phòng',
      '2,7 giờ 40,Diễn văn khai mạc kỳ họp,Chủ tịch HĐND huyện',
      '3,8 giờ 00,Báo cáo tình hình kinh tế - xã hội,Chủ tịch UBND huyện',
      '4,9 giờ 30,Giải lao,',
      '5,9 giờ 45,Tờ trình về dự toán ngân sách,UBND huyện',
      'Buổi chiều',
      '6,13 giờ 30,Thảo luận tại tổ,Các tổ đại biểu',
      '7,15 giờ 30,Tổng hợp ý kiến thảo luận tổ,Thư ký kỳ họp',
    ].join('\n');
    const { rows, problems } = parseAgendaTable(rowsFromText(text), { startDate: '2026-12-15', endDate: '2026-12-16' });
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.title, r.plannedMinutes, r.slot?.start])).toEqual([
      ['Chào cờ; tuyên bố lý do', 10, '07:30'],
      ['Diễn văn khai mạc kỳ họp', 20, '07:40'],
      ['Báo cáo tình hình kinh tế - xã hội', 90, '08:00'],
      ['Giải lao', 15, '09:30'],
      // The last of its sitting: nothing ends it, so the kind's default (undefined here).
      ['Tờ trình về dự toán ngân sách', undefined, '09:45'],
      ['Thảo luận tại tổ', 120, '13:30'],
      ['Tổng hợp ý kiến thảo luận tổ', undefined, '15:30'],
    ]);
  });

  it('takes minutes from a "Thời gian" column of slots ("7h30 - 7h45"); a start time alone, last in its sitting, gives the default', () => {
    const text = [
      'CHƯƠNG TRÌNH KỲ HỌP THỨ HAI',
      'STT,Thời gian,Nội dung,Cơ quan trình bày',
      '"NGÀY THỨ NHẤT: Thứ Ba, ngày 15/12/2026"',
      'Buổi sáng',
      '1,7h30 - 7h45,Chào cờ; tuyên bố lý do,Phó Chủ tịch HĐND xã',
      '2,07:45–08:00,Khai mạc kỳ họp,Chủ tịch HĐND xã',
      '3,9h45 - 11h00,Thảo luận tại hội trường,',
      '4,13 giờ 30 đến 14 giờ,Báo cáo kết quả giám sát,',
      '5,14h40,Bế mạc kỳ họp,Chủ tịch HĐND xã',
      '6,9h30 - 8h00,Giải lao,',
    ].join('\n');
    const cells = rowsFromText(text);
    expect(guessAgendaMapping(cells[1], cells.slice(2)).minutes).toBe(1);
    const { rows, problems } = parseAgendaTable(cells, { startDate: '2026-12-15', endDate: '2026-12-16' });
    expect(rows.map((r) => [r.title, r.plannedMinutes])).toEqual([
      ['Chào cờ; tuyên bố lý do', 15],
      ['Khai mạc kỳ họp', 15],
      ['Thảo luận tại hội trường', 75],
      ['Báo cáo kết quả giám sát', 30],
      ['Bế mạc kỳ họp', undefined],
    ]);
    expect(problems).toEqual([{ line: 10, problems: [{ problem: 'minutesInvalid', params: { value: '9h30 - 8h00', max: 600 } }] }]);
  });

  it('names the title as the Vietnamese preview’s column does, “Nội dung”', () => {
    const { problems } = parseAgendaTable(rowsFromText('STT,Nội dung,Thời lượng (phút)\n1,,15'));
    expect(problems[0].problems.map((p) => importProblems.vi[p.problem])).toEqual(['thiếu nội dung.']);
    expect(importProblems.vi.titleLong).toMatch(/^nội dung dài quá/);
  });

  it('takes day and part headings merged across the row, their text in the STT column, as the sitting below', async () => {
    const { rows, problems } = parseAgendaTable(await timetableWorkbook(), { startDate: '2027-12-15' });
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.title, r.sitting && `${r.sitting.date} ${r.sitting.part}`])).toEqual([
      ['Chào cờ', '2027-12-15 morning'],
      ['Tuyên bố lý do, giới thiệu đại biểu', '2027-12-15 morning'],
      ['Diễn văn khai mạc kỳ họp', '2027-12-15 morning'],
      ['Thảo luận tại tổ', '2027-12-15 afternoon'],
      ['Bế mạc kỳ họp', '2027-12-16 morning'],
    ]);
  });

  it('reads an XLSX with merged title rows, day and part columns merged down, sub-items by number', async () => {
    const cells = (await readSheet('chuong-trinh.xlsx', await officeWorkbook())).rows;
    expect(findHeaderRow(cells)).toBe(3);
    const { rows, problems } = parseAgendaTable(cells, { startDate: '2026-12-08' });
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.line, r.title, r.kind, r.presenter, r.plannedMinutes, r.sub, r.sitting && `${r.sitting.date} ${r.sitting.part}`])).toEqual([
      [5, 'Chào cờ', 'opening', '', 5, false, '2026-12-08 morning'],
      [6, 'Báo cáo tình hình kinh tế - xã hội năm 2026', 'report', 'UBND tỉnh', 20, false, '2026-12-08 morning'],
      [7, 'Báo cáo thẩm tra của Ban Kinh tế - Ngân sách', 'verification', 'Ban KT-NS', 10, true, '2026-12-08 morning'],
      [8, 'Thảo luận tổ', 'discussion', '', 120, false, '2026-12-08 afternoon'],
      [9, 'Chất vấn và trả lời chất vấn', 'questioning', 'Thường trực HĐND', 150, false, '2026-12-09 morning'],
      [10, 'Bế mạc kỳ họp', 'closing', 'Chủ tịch HĐND', 15, false, '2026-12-09 morning'],
    ]);
  });

  it('reads a CSV with a BOM, headers without diacritics, the columns day, part, title, kind, presenter, minutes', async () => {
    const csv = '\uFEFFngay,buoi,tieu de,loai,nguoi trinh bay,phut\n1,sang,Khai mac ky hop,khai mac,Chu tich HDND,10\n,,Tờ trình về dự toán ngân sách,to trinh,UBND,15\n,chieu,- Thảo luận,thao luan,,60\n2,sáng,Biểu quyết thông qua nghị quyết,bieu quyet,,30\n';
    const cells = (await readSheet('agenda.csv', enc(csv))).rows;
    const { rows, problems } = parseAgendaTable(cells, { startDate: '2026-07-14' });
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.kind, r.sub, r.sitting?.date, r.sitting?.part])).toEqual([
      ['opening', false, '2026-07-14', 'morning'],
      ['submission', false, '2026-07-14', 'morning'],
      ['discussion', true, '2026-07-14', 'afternoon'],
      ['vote', false, '2026-07-15', 'morning'],
    ]);
  });

  it('reads English headers in any order, a date with a part, and one sitting column', () => {
    const a = parseAgendaTable(rowsFromText('minutes,title,date,part,kind\n15,Opening,08/12/2026,morning,opening\n20,Report,2026-12-08,afternoon,report'));
    expect(a.problems).toEqual([]);
    expect(a.rows.map((r) => [r.title, r.plannedMinutes, r.sitting])).toEqual([
      ['Opening', 15, { date: '2026-12-08', part: 'morning' }],
      ['Report', 20, { date: '2026-12-08', part: 'afternoon' }],
    ]);
    const b = parseAgendaTable(rowsFromText('Nội dung;Phiên họp\nKhai mạc;Sáng 08/12/2026\nBáo cáo;Chiều thứ Ba, 08/12/2026\nChất vấn;Ngày 2 - sáng'), { startDate: '2026-12-08' });
    expect(b.problems).toEqual([]);
    expect(b.rows.map((r) => [r.kind, r.sitting])).toEqual([
      ['opening', { date: '2026-12-08', part: 'morning' }],
      ['report', { date: '2026-12-08', part: 'afternoon' }],
      ['questioning', { date: '2026-12-09', part: 'morning' }],
    ]);
  });

  it('takes heading rows ("NGÀY THỨ NHẤT", "Buổi chiều") as the sitting of the rows below', () => {
    const text = 'Nội dung\tNgười trình bày\tThời gian\nNGÀY THỨ NHẤT (08/12/2026)\nBuổi sáng\nKhai mạc\tChủ tọa\t10\nBuổi chiều\nThảo luận tại hội trường\t\t90\nNgày thứ hai\nBuổi sáng\nBế mạc\t\t10';
    const { rows, problems } = parseAgendaTable(rowsFromText(text), { startDate: '2026-12-08' });
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.title, r.sitting?.date, r.sitting?.part])).toEqual([
      ['Khai mạc', '2026-12-08', 'morning'],
      ['Thảo luận tại hội trường', '2026-12-08', 'afternoon'],
      ['Bế mạc', '2026-12-09', 'morning'],
    ]);
  });

  it('counts rows with errors, each with all its problems, and leaves sub-items of a bad row out', () => {
    const good = parseAgendaTable(rowsFromText('tieu de,loai\nBáo cáo,xyz\n- Thẩm tra,thẩm tra\nTờ trình,tờ trình'));
    expect(good.problems.map((p) => p.line)).toEqual([2, 3]);
    expect(good.rows.map((r) => r.line)).toEqual([4]);
    const text = 'tieu de,loai,phut,ngay,buoi\nBáo cáo,báo cáo,mười,hôm nay,trưa\n- Thẩm tra,thẩm tra,10,,\nTờ trình,tờ trình,15,1,sáng\n- Thảo luận,thảo luận,abc,,';
    const { rows, problems } = parseAgendaTable(rowsFromText(text));
    expect(problems.length).toBe(4); // four bad rows, eight problems
    expect(problems.map((p) => [p.line, p.problems.map((x) => x.problem)])).toEqual([
      [2, ['dayInvalid', 'partInvalid', 'minutesInvalid']],
      [3, ['parentBad']],
      [4, ['noStartDate']],
      [5, ['minutesInvalid', 'noStartDate', 'parentBad']], // day 1 carries down
    ]);
    expect(rows).toEqual([]);
  });

  it('reads day, minute and sitting cells as people write them', () => {
    expect(['1', 'Ngày 2', 'ngay thu nhat', 'Day 3', 'Thứ Hai, 08/12/2026', '31/02/2026'].map(dayFromText)).toEqual([
      { day: 1 }, { day: 2 }, { day: 1 }, { day: 3 }, { date: '2026-12-08' }, null,
    ]);
    expect(['15', "15'", '15 phút', '1 giờ 30', '1h30', '0:45', '10,5', '-5', 'mười'].map(minutesFromText)).toEqual([15, 15, 15, 90, 90, 45, null, null, null]);
    expect(sittingCell('Buổi chiều ngày 2')).toEqual({ day: { day: 2 }, part: 'afternoon' });
  });

  it('finds fields mapped to the same column', () => {
    const m = guessAgendaMapping(['Nội dung', 'Loại', 'Phút']);
    expect(twiceMapped(m)).toEqual([]);
    expect(twiceMapped({ ...m, presenter: 1 })).toEqual(['kind', 'presenter']);
  });
});

describe('files the import refuses, with a sentence and nothing read', () => {
  const hex = (h: string) => new Uint8Array(h.match(/../g)!.map((x) => parseInt(x, 16))).buffer as ArrayBuffer;
  const reason = async (name: string, data: ArrayBuffer) => readSheet(name, data).then(() => 'read', (e: { reason: string }) => e.reason);

  it('refuses Windows-1258 text and TCVN3 (ABC) text instead of importing mojibake', async () => {
    // "Tiêu đề,Loại / Tờ trình về ngân sách,tờ trình" saved as Windows-1258 (tones as combining marks).
    const cp1258 = '5469ea7520f0eacc2c4c6f61f2690a54f5cc20747269cc6e682076eacc206e67e26e2073e163682c74f5cc20747269cc6e680a';
    expect(await reason('chuong-trinh.csv', hex(cp1258))).toBe('spreadsheet.legacy');
    // The same words typed with a .VnTime font: valid Unicode, wrong letters.
    const tcvn3 = await xlsxOf([['Néi dung', 'Lo¹i'], ['Tê tr×nh vÒ ng©n s¸ch', 'tê tr×nh'], ['Th¶o luËn', 'th¶o luËn']]);
    expect(await reason('chuong-trinh.xlsx', tcvn3)).toBe('spreadsheet.legacy');
    // Real Vietnamese with a few symbols is still read.
    expect(await reason('ok.csv', enc('Nội dung,Ghi chú\nBáo cáo ® số 1,«mật»\nTờ trình,±5 phút\n'))).toBe('read');
  });

  it('refuses an empty file, a file that is not a spreadsheet, and a renamed non-workbook', async () => {
    expect(await reason('empty.csv', enc(''))).toBe('spreadsheet.empty');
    expect(await reason('blank.csv', enc('\n\n,,\n'))).toBe('spreadsheet.empty');
    expect(await reason('chuong-trinh.docx', enc('PK...'))).toBe('spreadsheet.docxCorrupt');
    expect(await reason('chuong-trinh.pdf', enc('%PDF-1.7'))).toBe('spreadsheet.unsupported');
    expect(await reason('chuong-trinh.xlsx', enc('not a zip'))).toBe('spreadsheet.corrupt');
  });
  it('a programme with a merged date column and time slots but no "Buổi" column: the slot tells morning from afternoon; "Cơ quan, người thực hiện" is the presenter; the closing flag salute closes', async () => {
    const c = (value: string, more: object = {}) => ({ value, ...more });
    const data = [
      [c('CHƯƠNG TRÌNH KỲ HỌP THỨ MƯỜI MỘT, HĐND TỈNH KHÓA XIII', { columnSpan: 4 }), null, null, null],
      [c('Ngày'), c('Thời gian'), c('Nội dung'), c('Cơ quan, người thực hiện')],
      [c('Thứ Năm, ngày 10/12/2026', { rowSpan: 3 }), c('7h30 - 7h45'), c('Chào cờ; tuyên bố lý do, giới thiệu đại biểu'), c('Chánh Văn phòng')],
      [null, c('8h00 - 8h20'), c('Báo cáo tình hình kinh tế - xã hội năm 2026'), c('UBND tỉnh')],
      [null, c('13h30 - 16h30'), c('Thảo luận tại hội trường'), null],
      [c('Thứ Sáu, ngày 11/12/2026', { rowSpan: 3 }), c('7h30 - 10h30'), c('Chất vấn và trả lời chất vấn'), c('Thường trực HĐND')],
      [null, c('11h00 - 11h15'), c('Diễn văn bế mạc kỳ họp'), c('Chủ tịch HĐND tỉnh')],
      [null, c('11h15 - 11h20'), c('Chào cờ bế mạc'), null],
    ];
    const b = await writeXlsxFile(data as never, {}).toBuffer();
    const cells = (await readSheet('chuong-trinh.xlsx', b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer)).rows;
    const { rows, problems } = parseAgendaTable(cells, { startDate: '2026-12-10', endDate: '2026-12-11' });
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.title, r.kind, r.presenter, r.plannedMinutes, r.sitting && `${r.sitting.date} ${r.sitting.part}`])).toEqual([
      ['Chào cờ; tuyên bố lý do, giới thiệu đại biểu', 'opening', 'Chánh Văn phòng', 15, '2026-12-10 morning'],
      ['Báo cáo tình hình kinh tế - xã hội năm 2026', 'report', 'UBND tỉnh', 20, '2026-12-10 morning'],
      ['Thảo luận tại hội trường', 'discussion', '', 180, '2026-12-10 afternoon'],
      ['Chất vấn và trả lời chất vấn', 'questioning', 'Thường trực HĐND', 180, '2026-12-11 morning'],
      ['Diễn văn bế mạc kỳ họp', 'closing', 'Chủ tịch HĐND tỉnh', 15, '2026-12-11 morning'],
      ['Chào cờ bế mạc', 'closing', '', 5, '2026-12-11 morning'],
    ]);
    // A file for another session's dates is told, not filed under no sitting.
    expect(parseAgendaTable(cells, { startDate: '2026-07-08', endDate: '2026-07-09' }).problems[0].problems[0].problem).toBe('dayOutside');
  });
});

async function xlsxOf(rows: string[][]): Promise<ArrayBuffer> {
  const b = await writeXlsxFile(rows.map((r) => r.map((value) => ({ value }))), {}).toBuffer();
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

describe('the personnel items of a programme', () => {
  it('files the confidence vote with the election and the dismissal as personnel work, so the Personnel view places its ballot there', async () => {
    const cells = (await readSheet('chuong-trinh.xlsx', await xlsxOf([
      ['STT', 'Nội dung', 'Người thực hiện'],
      ['1', 'Miễn nhiệm Ủy viên UBND huyện đối với ông Ngô Quốc Bảo', 'Chủ tọa'],
      ['2', 'Bầu bổ sung Ủy viên UBND huyện', 'Chủ tọa'],
      ['3', 'Lấy phiếu tín nhiệm đối với người giữ chức vụ do HĐND huyện bầu', 'Chủ tọa'],
      ['4', 'Bỏ phiếu tín nhiệm đối với Phó Chủ tịch UBND huyện', 'Chủ tọa'],
      ['5', 'Nghị quyết xác nhận kết quả lấy phiếu tín nhiệm đối với người giữ chức vụ do HĐND huyện bầu', 'Chủ tọa'],
    ]))).rows;
    const { rows, problems } = parseAgendaTable(cells, { startDate: '2024-12-09', endDate: '2024-12-10' });
    expect(problems).toEqual([]);
    // Before, the confidence votes were "other" and the view's new ballot went to the dismissal's item.
    // The resolution confirming the confidence vote's results is put to the vote (it was "other").
    expect(rows.map((r) => r.kind)).toEqual(['election', 'election', 'election', 'election', 'vote']);
  });
});

describe('the roll call’s report in a programme', () => {
  it('is procedure, as the templates have it, not a report to read: no reading time, no document number asked for', async () => {
    const cells = (await readSheet('chuong-trinh.xlsx', await xlsxOf([
      ['STT', 'Nội dung', 'Người thực hiện'],
      ['1', 'Báo cáo số lượng đại biểu có mặt', 'Chánh Văn phòng HĐND và UBND xã'],
      ['2', 'Báo cáo kết quả điểm danh đại biểu', 'Chánh Văn phòng'],
      ['3', 'Báo cáo tình hình kinh tế - xã hội năm 2026', 'Chủ tịch UBND xã'],
      ['4', 'Thông báo của Ủy ban MTTQ Việt Nam xã', 'Chủ tịch Ủy ban MTTQ'],
    ]))).rows;
    const { rows, problems } = parseAgendaTable(cells, { startDate: '2026-12-08', endDate: '2026-12-08' });
    expect(problems).toEqual([]);
    // The first two were reports: the minutes asked for their document numbers and the review counted them as reading.
    expect(rows.map((r) => r.kind)).toEqual(['other', 'other', 'report', 'report']);
  });
});

describe('last year’s programme file read for this year’s session', () => {
  it('says the first date the file writes, and reads its days moved onto the session’s', () => {
    const text = [
      'STT,Ngày,Buổi,Nội dung',
      '1,15/12/2026,Sáng,Khai mạc kỳ họp',
      '2,15/12/2026,Chiều,Thảo luận tại tổ',
      '3,16/12/2026,Sáng,Bế mạc kỳ họp',
    ].join('\n');
    const session = { startDate: '2027-12-14', endDate: '2027-12-15' };
    const asWritten = parseAgendaTable(rowsFromText(text), session);
    expect(asWritten.firstDate).toBe('2026-12-15');
    expect(asWritten.problems.map((p) => p.problems[0].problem)).toEqual(['dayOutside', 'dayOutside', 'dayOutside']);
    const moved = parseAgendaTable(rowsFromText(text), { ...session, shiftDays: 364 });
    expect(moved.problems).toEqual([]);
    expect(moved.rows.map((r) => `${r.sitting?.date} ${r.sitting?.part}`)).toEqual(['2027-12-14 morning', '2027-12-14 afternoon', '2027-12-15 morning']);
    // Still the file's own first date: the console says which day it moves.
    expect(moved.firstDate).toBe('2026-12-15');
  });
});

describe('the kind a programme’s title gives', () => {
  it('reads a questioning or discussion sitting named "Phiên …" as that kind, not as "other"', () => {
    const rows = [['STT', 'Nội dung'], ['1', 'Phiên chất vấn và trả lời chất vấn'], ['2', 'Phiên giải trình, chất vấn'], ['3', 'Phiên thảo luận tại hội trường'], ['4', 'Phiên khai mạc']];
    const { rows: read, problems } = parseAgendaTable(rows, { startDate: '2026-12-08', endDate: '2026-12-09' });
    expect(problems).toEqual([]);
    expect(read.map((r) => r.kind)).toEqual(['questioning', 'questioning', 'discussion', 'opening']);
  });
});
