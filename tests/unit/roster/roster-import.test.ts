import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { guessMapping, headerIndex, mapRows } from '../../../src/features/roster/rosterImport';
import { readSheet, rowsFromText } from '../../../src/lib/spreadsheet';
import { communeRosterXlsx, xlsx } from '../../xlsx';
import { matchesPerson } from '../../../src/lib/format';
import { newEngine, ok, refused, seedBasics } from '../helpers';
import type { Delegate } from '../../../common/roster/model';

/** A person on the roster, as the preview gets them from the state. */
const person = (id: number, fullName: string, seatNumber: number | null, more: Partial<Delegate> = {}): Delegate => ({
  id, fullName, seatNumber, title: '', group: '', agency: '', committee: '', voting: true, ...more,
});

const CSV = `\uFEFFSố ghế;Họ và tên;Chức vụ;Cơ quan;Tổ đại biểu;Ban;Biểu quyết
1;Nguyễn Văn Dũng;Chủ tịch HĐND;;Tổ 1;;Có
2;"Trần Thị Hoa; Phó ban";Phó Trưởng ban;;Tổ 1;Ban Pháp chế;có
;Giám đốc Sở Tài chính;Giám đốc;Sở Tài chính;;;Khách mời
`;

describe('roster import parsing', () => {
  it('reads a semicolon CSV with a BOM and quotes, and maps Vietnamese headers', () => {
    const rows = rowsFromText(CSV);
    expect(rows).toHaveLength(4);
    expect(rows[2][1]).toBe('Trần Thị Hoa; Phó ban');
    const mapping = guessMapping(rows[0]);
    expect(mapping).toEqual({ seatNumber: 0, fullName: 1, title: 2, agency: 3, group: 4, committee: 5, voting: 6 });
    const { rows: ok, errors } = mapRows(rows, mapping);
    expect(errors).toEqual([]);
    expect(ok[1]).toEqual({ line: 3, fullName: 'Trần Thị Hoa; Phó ban', title: 'Phó Trưởng ban', agency: '', group: 'Tổ 1', committee: 'Ban Pháp chế', seatNumber: 2, voting: true });
    expect(ok[2]).toMatchObject({ seatNumber: null, voting: false, agency: 'Sở Tài chính' });
  });

  it('reports every bad row by its line and keeps the good ones', () => {
    const rows = rowsFromText(
      ['Seat,Full name,Voting', '1,A,yes', 'x7,B,yes', '1,C,yes', ',,yes', '5,D,maybe', '9,E,no', '12,F,'].join('\n'),
    );
    const { rows: ok, errors } = mapRows(rows, guessMapping(rows[0]), { roster: [person(1, 'Holder', 12)] });
    expect(errors).toEqual([
      { line: 3, problem: 'seatInvalid', value: 'x7' },
      { line: 4, problem: 'seatTwice', value: '1', first: 2 },
      { line: 5, problem: 'nameMissing', value: '' },
      { line: 6, problem: 'votingUnknown', value: 'maybe' },
      { line: 8, problem: 'seatTaken', value: '12 (Holder)' },
    ]);
    expect(ok.map((r) => [r.line, r.fullName, r.voting])).toEqual([
      [2, 'A', true],
      [7, 'E', false],
    ]);
  });

  it('skips blank lines without shifting line numbers, and finds a header below blank rows', async () => {
    const rows = (await readSheet('ds.xlsx', await xlsx([[null], ['Họ và tên', 'Số ghế'], ['A', 1], [null, null], ['', 'x']]))).rows;
    expect(rows[1]).toEqual(['Họ và tên', 'Số ghế']);
    const { rows: ok, errors } = mapRows(rows, guessMapping(rows[headerIndex(rows)]));
    expect(ok.map((r) => [r.line, r.fullName])).toEqual([[3, 'A']]);
    expect(errors.map((e) => [e.line, e.problem])).toEqual([[5, 'nameMissing'], [5, 'seatInvalid']]);
  });

  it('reads the first sheet of an XLSX file', async () => {
    const data = await xlsx([
      ['Họ và tên', 'Số ghế', 'Tổ'],
      ['Lê Văn Tám', 3, 'Tổ 2'],
    ]);
    const rows = (await readSheet('dai-bieu.xlsx', data)).rows;
    expect(rows).toEqual([
      ['Họ và tên', 'Số ghế', 'Tổ'],
      ['Lê Văn Tám', '3', 'Tổ 2'],
    ]);
    const { rows: ok } = mapRows(rows, guessMapping(rows[0]));
    expect(ok[0]).toMatchObject({ fullName: 'Lê Văn Tám', seatNumber: 3, group: 'Tổ 2' });
  });
});

describe('roster headers as offices write them', () => {
  it('recognises full_name, họ và tên, HO VA TEN and finds the header under merged title rows', async () => {
    const { guessMapping: guess, headerIndex: header, rosterTwiceMapped } = await import('../../../src/features/roster/rosterImport');
    expect(guess(['full_name', 'seat_number', 'group']).fullName).toBe(0);
    expect(guess(['STT', 'Họ và tên', 'Chức vụ']).fullName).toBe(1);
    expect(guess(['stt', 'HO VA TEN', 'to dai bieu']).group).toBe(2);
    const rows = [['DANH SÁCH ĐẠI BIỂU HĐND TỈNH', '', ''], ['Khóa VIII, nhiệm kỳ 2026–2031', '', ''], ['', '', ''], ['STT', 'Họ và tên', 'Số ghế'], ['1', 'Nguyễn Văn An', '1']];
    expect(header(rows)).toBe(3);
    const { rows: ok, errors } = mapRows(rows, guess(rows[3]));
    expect(errors).toEqual([]);
    expect(ok.map((r) => [r.line, r.fullName, r.seatNumber])).toEqual([[5, 'Nguyễn Văn An', 1]]);
    const m = guess(rows[3]);
    expect(rosterTwiceMapped({ ...m, title: m.fullName })).toEqual(['fullName', 'title']);
  });
});

describe('runs of spaces in names', () => {
  it('are one space on import, on add and on edit, and search finds the name either way', () => {
    const rows = rowsFromText('Họ và tên;Tổ đại biểu\nNguyễn  Thị  Thanh  Hoa;Tổ   2\n');
    const { rows: parsed } = mapRows(rows, guessMapping(rows[0]));
    expect(parsed[0]).toMatchObject({ fullName: 'Nguyễn Thị Thanh Hoa', group: 'Tổ 2' });

    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'roster.import', { rows: [{ line: 2, fullName: 'Trần  Văn\tBình', group: 'Tổ  1' }] });
    const { id } = ok(engine, 'delegate.add', { fullName: ' Lê   Thị  Mai ', title: 'Phó  Chủ tịch' });
    expect(engine.current.delegates.map((d) => [d.fullName, d.group, d.title]).sort()).toEqual([
      ['Lê Thị Mai', '', 'Phó Chủ tịch'],
      ['Trần Văn Bình', 'Tổ 1', ''],
    ]);
    ok(engine, 'delegate.update', { id, fullName: 'Lê  Thị  Mai', agency: 'Sở  Tài chính' });
    expect(engine.current.delegates.find((d) => d.id === id)).toMatchObject({ fullName: 'Lê Thị Mai', agency: 'Sở Tài chính' });

    const hoa = { fullName: 'Nguyễn Thị Thanh Hoa', seatNumber: 7 };
    expect(matchesPerson('thi  thanh', hoa)).toBe(true);
    expect(matchesPerson('thi thanh', { ...hoa, fullName: 'Nguyễn  Thị  Thanh  Hoa' })).toBe(true);
  });
});

describe('a name twice', () => {
  // An office list without seats, imported twice, or with one person on two lines.
  const LIST = '\uFEFFSTT,Họ và tên,Chức vụ,Tổ đại biểu\r\n1,Nguyễn Văn An,Đại biểu,Tổ 1\r\n2,Nguyễn  văn An,Đại biểu,Tổ 1\r\n3,Lê Thị Hoa,Đại biểu,Tổ 2\r\n4,Nguyễn Văn Ân,Đại biểu,Tổ 3\r\n';

  it('is a problem of the preview, on the roster or earlier in the file; a name with other diacritics is another person', () => {
    const rows = rowsFromText(LIST);
    const { rows: good, errors, known } = mapRows(rows, guessMapping(rows[0]), { roster: [person(1, 'Lê Thị Hoa', null, { title: 'Đại biểu', group: 'Tổ 2' })] });
    expect(errors).toEqual([{ line: 3, problem: 'nameTwice', value: 'Nguyễn văn An', first: 2 }]);
    expect(known).toEqual([{ line: 4, fullName: 'Lê Thị Hoa' }]);
    expect(good.map((r) => r.fullName)).toEqual(['Nguyễn Văn An', 'Nguyễn Văn Ân']);
  });

  it('refuses the whole import in the engine, naming the line, and changes nothing', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const rows = [
      { line: 2, fullName: 'Nguyễn Văn An' },
      { line: 3, fullName: 'Lê Thị Hoa' },
    ];
    ok(engine, 'roster.import', { rows });
    // The same list again: every name is already on the roster.
    expect(refused(engine, 'roster.import', { rows }).vi).toBe('Dòng 2: Nguyễn Văn An đã có trong danh sách. Chưa nhập người nào.');
    expect(refused(engine, 'roster.import', { rows: [{ line: 2, fullName: 'Trần Văn Bình' }, { line: 5, fullName: 'Trần  Văn Bình' }] }).en).toBe(
      'Line 5: Trần Văn Bình is already on line 2 of the file. Nothing was imported.',
    );
    expect(engine.current.delegates).toHaveLength(2);
  });
});

describe('people without a seat', () => {
  it('are listed after the seated ones by given name, in the Vietnamese alphabet', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const names = ['Đặng Thị Ngọc Thủy', 'Nguyễn Văn An', 'Ngô Công Lan', 'Huỳnh Thị Hà', 'Hồ Đức Việt', 'Trần Thị Bình', 'Lê Quốc Đông', 'Phạm Văn Dung', 'Vũ Thị Ánh'];
    ok(engine, 'roster.import', { rows: names.map((fullName, i) => ({ line: i + 2, fullName })) });
    ok(engine, 'delegate.add', { fullName: 'Bùi Văn Yến', seatNumber: 1 });
    expect(engine.current.delegates.map((d) => d.fullName)).toEqual([
      'Bùi Văn Yến',
      'Nguyễn Văn An',
      'Vũ Thị Ánh',
      'Trần Thị Bình',
      'Phạm Văn Dung',
      'Lê Quốc Đông',
      'Huỳnh Thị Hà',
      'Ngô Công Lan',
      'Đặng Thị Ngọc Thủy',
      'Hồ Đức Việt',
    ]);
  });
});

describe('a list laid out in sections', () => {
  it('takes "TỔ ĐẠI BIỂU SỐ 1" as the group and "II. KHÁCH MỜI" as guests of the rows below, not as rows without a name', async () => {
    const data = await xlsx([
      ['DANH SÁCH ĐẠI BIỂU HĐND XÃ TÂN PHÚ', null, null, null, null],
      ['STT', 'Họ và tên', 'Ngày sinh', 'Chức vụ', 'Đơn vị'],
      ['TỔ ĐẠI BIỂU SỐ 1', null, null, null, null],
      [1, 'Nguyễn Văn An', new Date(Date.UTC(1970, 2, 1)), 'Chủ tịch HĐND xã', 'HĐND xã'],
      [2, 'Lê Thị Hoa', new Date(Date.UTC(1981, 6, 9)), 'Đại biểu HĐND xã', 'Ấp Phú Hòa'],
      [null, 'Tổ đại biểu số 2', null, null, null],
      [3, 'Trần Văn Bình', null, 'Đại biểu HĐND xã', 'Ấp Tân Lợi'],
      ['II. KHÁCH MỜI', null, null, null, null],
      [4, 'Võ Thị Nhung', null, 'Trưởng ấp Phú Hòa', 'Ấp Phú Hòa'],
      [5, null, null, null, null],
      [null, 'Tô Văn Nam', null, null, null],
    ]);
    const rows = (await readSheet('ds.xlsx', data)).rows;
    const { rows: good, errors } = mapRows(rows, guessMapping(rows[headerIndex(rows)]));
    expect(good.map((r) => [r.fullName, r.group, r.voting])).toEqual([
      ['Nguyễn Văn An', 'Tổ đại biểu số 1', true],
      ['Lê Thị Hoa', 'Tổ đại biểu số 1', true],
      ['Trần Văn Bình', 'Tổ đại biểu số 2', true],
      ['Võ Thị Nhung', '', false],
      ['Tô Văn Nam', '', false],
    ]);
    // A numbered line without a name is still a row without a name.
    expect(errors).toEqual([{ line: 10, problem: 'nameMissing', value: '' }]);
  });
});

describe('headings as an office writes them', () => {
  it('reads "Chức vụ, đơn vị công tác" as the title and "Cơ quan công tác" as the agency, under title rows', async () => {
    const data = await xlsx([
      ['HỘI ĐỒNG NHÂN DÂN', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', null],
      ['TỈNH QUẢNG NGÃI', null, null, 'Độc lập - Tự do - Hạnh phúc', null],
      [null, null, null, null, null],
      ['DANH SÁCH ĐẠI BIỂU HĐND TỈNH KHÓA XIII, NHIỆM KỲ 2021 - 2026', null, null, null, null],
      ['STT', 'Họ và tên', 'Chức vụ, đơn vị công tác', 'Tổ đại biểu', 'Số ghế'],
      [1, 'Nguyễn Thị Hằng', 'Phó Giám đốc Sở Tài chính', 'Tổ số 1', 1],
      [2, 'Đặng Quốc Việt', 'Chủ tịch UBND xã Bình Sơn', 'Tổ số 2', 2],
    ]);
    const rows = (await readSheet('danh-sach.xlsx', data)).rows;
    expect(headerIndex(rows)).toBe(4);
    expect(guessMapping(rows[4])).toMatchObject({ fullName: 1, title: 2, group: 3, seatNumber: 4, agency: -1 });
    const { rows: good } = mapRows(rows, guessMapping(rows[4]));
    expect(good[0]).toMatchObject({ fullName: 'Nguyễn Thị Hằng', title: 'Phó Giám đốc Sở Tài chính', group: 'Tổ số 1', seatNumber: 1 });
    // Both kept apart: the combined column is not taken for the agency too.
    expect(guessMapping(['Họ và tên', 'Chức vụ', 'Cơ quan công tác'])).toMatchObject({ title: 1, agency: 2 });
    expect(guessMapping(['Họ và tên', 'Chức danh', 'Đơn vị công tác', 'Đơn vị bầu cử'])).toMatchObject({ title: 1, agency: 2 });
  });
});

describe('a group cell merged down over its members', () => {
  it('gives each delegate below it the group; a guest takes none, a section heading ends it', async () => {
    const c = (value: string | number, more: object = {}) => ({ value, ...more });
    const data = [
      [c('DANH SÁCH ĐẠI BIỂU HĐND TỈNH', { columnSpan: 5 }), null, null, null, null],
      [c('STT'), c('Họ và tên'), c('Chức vụ'), c('Tổ đại biểu'), c('Tư cách')],
      [c(1), c('Nguyễn Thị Hằng'), c('Chủ tịch HĐND tỉnh'), c('Tổ 1 (Thành phố)', { rowSpan: 3 }), c('Đại biểu')],
      [c(2), c('Đặng Quốc Việt'), c('Giám đốc Sở Tài chính'), null, c('Đại biểu')],
      [c(3), c('Trần Văn Dũng'), c('Giám đốc Sở Xây dựng'), null, c('Khách mời')],
      [c(4), c('Lê Thị Thu Hương'), c('Bí thư Huyện ủy'), c('Tổ 2 (Huyện Bình Sơn)', { rowSpan: 2 }), c('Đại biểu')],
      [c(5), c('Phạm Minh Đức'), c('Chủ tịch UBND huyện'), null, c('Đại biểu')],
      [c('II. KHÁCH MỜI', { columnSpan: 5 }), null, null, null, null],
      [c(6), c('Hoàng Thị Ngọc Ánh'), c('Chánh án TAND tỉnh'), null, null],
    ];
    const b = await writeXlsxFile(data as never, {}).toBuffer();
    const rows = (await readSheet('ds.xlsx', b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer)).rows;
    const { rows: good, errors } = mapRows(rows, guessMapping(rows[headerIndex(rows)]));
    expect(errors).toEqual([]);
    expect(good.map((r) => [r.fullName, r.group, r.voting])).toEqual([
      ['Nguyễn Thị Hằng', 'Tổ 1 (Thành phố)', true],
      ['Đặng Quốc Việt', 'Tổ 1 (Thành phố)', true],
      ['Trần Văn Dũng', '', false],
      ['Lê Thị Thu Hương', 'Tổ 2 (Huyện Bình Sơn)', true],
      ['Phạm Minh Đức', 'Tổ 2 (Huyện Bình Sơn)', true],
      ['Hoàng Thị Ngọc Ánh', '', false],
    ]);
  });
});

describe('a commune office’s list, as it is printed', () => {
  async function communeList(): Promise<string[][]> {
    const b = await communeRosterXlsx([['Nguyễn Văn Thắng', 'Chủ tịch HĐND xã', 'Tổ 1'], ['Trần Văn  Bình', 'Chủ tịch UBND xã', 'Tổ 1'], ['Lò Văn Quyết', 'Trưởng thôn Bản Lác', 'Tổ 2']]);
    return (await readSheet('danh-sach-dai-bieu.xlsx', b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer)).rows;
  }

  it('imports the people only: not the columns’ numbers under the header, nor the total and the signature block below them', async () => {
    const rows = await communeList();
    const result = mapRows(rows, guessMapping(rows[headerIndex(rows)]));
    // Before, "(2)" was a person and the total, "TM. THƯỜNG TRỰC HĐND", "CHỦ TỊCH" and the signer's name four rows without a name.
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => [r.line, r.fullName, r.group])).toEqual([
      [7, 'Nguyễn Văn Thắng', 'Tổ 1'],
      [8, 'Trần Văn Bình', 'Tổ 1'],
      [10, 'Lò Văn Quyết', 'Tổ 2'],
    ]);
    expect(result.footer).toEqual({ line: 11, text: 'Tổng số: 03 đại biểu' });
  });

  it('reads the same list saved as CSV by Excel the same way', async () => {
    const rows = await communeList();
    const csv = '\uFEFF' + rows.map((r) => r.map((v) => (/[",]/.test(v) ? `"${v}"` : v)).join(',')).join('\r\n');
    const fromCsv = rowsFromText(csv);
    const result = mapRows(fromCsv, guessMapping(fromCsv[headerIndex(fromCsv)]));
    expect([result.errors, result.rows.map((r) => r.fullName), result.footer?.line]).toEqual([[], ['Nguyễn Văn Thắng', 'Trần Văn Bình', 'Lò Văn Quyết'], 11]);
  });

  it('keeps the office’s STT order on the roster for people without a seat, after anyone listed before, and a list without STT by name', async () => {
    const { engine } = newEngine();
    seedBasics(engine);
    // Chair first, then the people's committee chair, then a village head: not given-name order (Thắng, Bình, Quyết).
    const rows = await communeList();
    const result = mapRows(rows, guessMapping(rows[headerIndex(rows)]));
    expect(result.keepOrder).toBe(true);
    ok(engine, 'roster.import', { rows: result.rows, keepOrder: result.keepOrder });
    const names = () => engine.current.delegates.map((d) => d.fullName);
    expect(names()).toEqual(['Nguyễn Văn Thắng', 'Trần Văn Bình', 'Lò Văn Quyết']);
    // A second STT list (the guests) goes after the first; someone added by hand, and a list with
    // no STT column, after the listed people, by name as before.
    const guests = [['STT', 'Họ và tên', 'Chức vụ'], ['1', 'Vũ Thị Yến', 'Bí thư Đảng ủy xã'], ['2', 'Đào Văn An', 'Trưởng Công an xã']];
    const g = mapRows(guests, guessMapping(guests[0]));
    ok(engine, 'roster.import', { rows: g.rows, keepOrder: g.keepOrder });
    ok(engine, 'delegate.add', { fullName: 'Phan Thị Xuân' });
    const plain = [['Họ và tên', 'Chức vụ'], ['Hà Văn Tú', 'Công chức'], ['Mai Văn Bảo', 'Công chức']];
    const p = mapRows(plain, guessMapping(plain[0]));
    expect(p.keepOrder).toBe(false);
    ok(engine, 'roster.import', { rows: p.rows, keepOrder: p.keepOrder });
    expect(names()).toEqual(['Nguyễn Văn Thắng', 'Trần Văn Bình', 'Lò Văn Quyết', 'Vũ Thị Yến', 'Đào Văn An', 'Mai Văn Bảo', 'Hà Văn Tú', 'Phan Thị Xuân']);
    // Undone, the import takes its people and their places in the list with it.
    ok(engine, 'undo', { scope: 'roster' });
    expect(names()).toEqual(['Nguyễn Văn Thắng', 'Trần Văn Bình', 'Lò Văn Quyết', 'Vũ Thị Yến', 'Đào Văn An', 'Phan Thị Xuân']);
  });

  it('still names a row without a name inside the list, and a lone name is a person, not the end of the list', () => {
    const rows = [['STT', 'Họ và tên', 'Chức vụ'], ['', 'Tống Sơn Hà', ''], ['2', '', 'Trưởng thôn'], ['3', 'Lê Văn Ân', '']];
    const result = mapRows(rows, guessMapping(rows[0]));
    expect([result.rows.map((r) => r.fullName), result.errors.map((e) => [e.line, e.problem]), result.footer]).toEqual([['Tống Sơn Hà', 'Lê Văn Ân'], [[3, 'nameMissing']], null]);
  });
});
