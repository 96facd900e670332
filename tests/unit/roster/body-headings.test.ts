/**
 * A printed list of delegates heads the parts of a Roman section with the bodies' names, numbered in
 * Arabic ("1. Ban Pháp chế" merged across the row, "2 | Ban Kinh tế - Ngân sách" in the names'
 * column, "3. BAN VĂN HÓA - XÃ HỘI"): each heads a part, never a delegate named "Ban Pháp chế", and a
 * Ban is its people's committee. Ban and Đoàn are family names too: Ban Thị Hoa, Đoàn Văn Hậu and
 * Ban Văn Hóa stay people, whatever their row holds.
 */
import { describe, expect, it } from 'vitest';
import { bodyHeading, guessMapping, headerIndex, mapRows } from '../../../src/features/roster/rosterImport';
import { readSheet, rowsFromPaste } from '../../../src/lib/spreadsheet';
import { pastedList } from '../../../src/features/roster/pastedList';
import { communeByBodyXlsx } from '../../xlsx';
import { communeByBody, type PersonRow } from '../../ward';

const arrayBuffer = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
const people = communeByBody().filter((r): r is PersonRow => 'person' in r);
const read = (rows: string[][]) => mapRows(rows, guessMapping(rows[headerIndex(rows)]), {});

describe('a list whose committees and offices are headed in Arabic numbers', () => {
  it('reads every body’s row of the Excel list as a heading: 35 delegates, 3 guests, each committee’s people in it', async () => {
    const sheet = await readSheet('danh-sach-theo-ban.xlsx', arrayBuffer(await communeByBodyXlsx()));
    // The committee's heading all in its STT cell, merged across the row; the next committee's in the names' column.
    expect(sheet.rows.find((r) => r[0].startsWith('1. Ban'))).toEqual(['1. Ban Pháp chế', '', '', '']);
    expect(sheet.rows.find((r) => r[1].startsWith('Ban Kinh'))).toEqual(['2', 'Ban Kinh tế - Ngân sách', '', '']);
    const result = read(sheet.rows);
    expect(result.errors).toEqual([]);
    expect(result.leftOut).toEqual([]);
    expect(result.rows.map((r) => [r.fullName, r.title, r.group, r.committee, r.voting])).toEqual(people.map((p) => [...p.person, p.committee, p.voting]));
    expect(result.rows.filter((r) => r.voting)).toHaveLength(35);
    expect(result.rows.map((r) => r.fullName).filter((n) => /^(?:Ban|Đoàn|Văn phòng|Thường trực|Các)\b/iu.test(n))).toEqual(['Ban Thị Hoa', 'Đoàn Văn Hậu', 'Ban Văn Hóa']);
  });

  it('reads them so in the list’s lines pasted without its header', async () => {
    const sheet = await readSheet('danh-sach-theo-ban.xlsx', arrayBuffer(await communeByBodyXlsx()));
    const pasted = sheet.rows.slice(headerIndex(sheet.rows) + 1).map((r) => r.join('\t')).join('\n');
    const list = pastedList(rowsFromPaste(pasted))!;
    const result = mapRows(list.rows, list.mapping, { hasHeader: false });
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => [r.fullName, r.committee, r.voting])).toEqual(people.map((p) => [p.person[0], p.committee, p.voting]));
  });

  it('keeps a person whose family name is Ban or Đoàn, with a number, alone on the row, or with a title', () => {
    for (const row of [['1', 'Ban Thị Hoa', '', ''], ['', 'Ban Văn Hóa', '', ''], ['2', 'Đoàn Văn Hậu', '', ''], ['3', 'Ban Pháp chế', 'Ủy viên', 'Tổ 1'], ['BAN VĂN DŨNG', '', '', '']]) {
      expect(bodyHeading(row, 1), row.join(' | ')).toBeNull();
    }
    const rows = [
      ['STT', 'Họ và tên', 'Chức vụ', 'Tổ đại biểu'],
      ['1', 'Ban Thị Hoa', '', ''],
      ['2', 'Đoàn Văn Hậu', '', ''],
      ['', 'Ban Văn Hóa', '', ''],
    ];
    expect(read(rows).rows.map((r) => [r.fullName, r.committee])).toEqual([['Ban Thị Hoa', ''], ['Đoàn Văn Hậu', ''], ['Ban Văn Hóa', '']]);
  });

  it('heads a part with a body however it is set: merged, in the names’ column, alone, in capitals', () => {
    expect(bodyHeading(['1. Ban Pháp chế', '', '', ''], 1)).toEqual({ text: 'Ban Pháp chế', committee: true });
    expect(bodyHeading(['2', 'Ban Kinh tế - Ngân sách', '', ''], 1)).toEqual({ text: 'Ban Kinh tế - Ngân sách', committee: true });
    expect(bodyHeading(['3.', 'Ban Dân tộc', '', ''], 1)).toEqual({ text: 'Ban Dân tộc', committee: true });
    expect(bodyHeading(['', 'BAN ĐÔ THỊ', '', ''], 1)).toEqual({ text: 'BAN ĐÔ THỊ', committee: true });
    expect(bodyHeading(['1', 'Thường trực HĐND', '', ''], 1)).toEqual({ text: 'Thường trực HĐND', committee: false });
    expect(bodyHeading(['a)', 'Tổ đại biểu số 2', '', ''], 1)).toBeNull(); // a letter is no STT number: the whole row decides
    expect(bodyHeading(['2', 'Đoàn đại biểu Quốc hội tỉnh', '', ''], 1)).toEqual({ text: 'Đoàn đại biểu Quốc hội tỉnh', committee: false });
  });
});
