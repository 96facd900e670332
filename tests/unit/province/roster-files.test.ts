/**
 * A provincial council office's list of delegates (tests/fixtures/province, built by its
 * build.ts), as the XLSX it keeps and the CSV Excel saves from it: a header over two rows whose
 * delegation column is named in its second row ("Đơn vị bầu cử /" over "Tổ đại biểu"), the
 * delegation merged down over its members, the total and the signatures below.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSheet } from '../../../src/lib/spreadsheet';
import { columnName, guessMapping, headerCells, headerRowCount, mapRows } from '../../../src/features/roster/rosterImport';
import { DELEGATIONS, PEOPLE } from '../../fixtures/province/build';

const dir = path.join(import.meta.dirname, '../../fixtures/province');
const file = (name: string) => {
  const b = fs.readFileSync(path.join(dir, name));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

describe.each(['danh-sach-dai-bieu.xlsx', 'danh-sach-dai-bieu.csv'])('the province list of delegates, %s', (name) => {
  it('names the delegation column from the header’s second row and puts each delegate in their delegation', async () => {
    const rows = (await readSheet(name, file(name))).rows;
    expect(headerCells(rows)).toEqual(['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị bầu cử /\nTổ đại biểu', 'Ghi chú']);
    const mapping = guessMapping(headerCells(rows));
    expect(mapping).toMatchObject({ fullName: 1, title: 2, group: 3 });
    const { rows: people, errors, footer, keepOrder } = mapRows(rows, mapping);
    expect(errors).toEqual([]);
    expect(people.map((p) => [p.fullName, p.title, p.group])).toEqual(PEOPLE);
    expect(new Set(people.map((p) => p.group)).size).toBe(DELEGATIONS.length);
    expect(people.every((p) => p.voting)).toBe(true);
    expect(footer?.text).toBe('Tổng số: 79 đại biểu (01 ghế khuyết)');
    expect(keepOrder).toBe(true);
  });
});

describe('a header over two rows', () => {
  it('names each column as the reader sees it, both rows, a cell merged across over each of its parts', () => {
    const rows = [
      ['DANH SÁCH ĐẠI BIỂU'],
      ['STT', 'Họ và tên', 'Ngày sinh', '', 'Chức vụ', 'Đơn vị bầu cử /', 'Ghi chú'],
      ['', '', 'Nam', 'Nữ', '', 'Tổ đại biểu', ''],
      ['1', 'Lê Văn An', '02/03/1970', '', 'Giám đốc', 'Tổ 1', ''],
      ['2', 'Trần Thị Bình', '', '05/06/1975', 'Phó Giám đốc', 'Tổ 2', ''],
    ];
    expect(headerCells(rows)).toEqual(['STT', 'Họ và tên', 'Ngày sinh\nNam', 'Ngày sinh\nNữ', 'Chức vụ', 'Đơn vị bầu cử /\nTổ đại biểu', 'Ghi chú']);
    expect(headerCells(rows).map(columnName)).toEqual(['STT', 'Họ và tên', 'Ngày sinh / Nam', 'Ngày sinh / Nữ', 'Chức vụ', 'Đơn vị bầu cử / Tổ đại biểu', 'Ghi chú']);
    expect(headerRowCount(rows)).toBe(2);
    // The "Nam | Nữ" row is the header's, not a person without a name.
    const { rows: people, errors } = mapRows(rows, guessMapping(headerCells(rows)));
    expect(errors).toEqual([]);
    expect(people.map((p) => [p.fullName, p.group])).toEqual([
      ['Lê Văn An', 'Tổ 1'],
      ['Trần Thị Bình', 'Tổ 2'],
    ]);
  });

  it('does not carry a cell’s text over a column after it that only the second row names', () => {
    const rows = [
      ['STT', 'Họ và tên', 'Chức vụ', ''],
      ['', '', '', 'Tổ đại biểu'],
      ['1', 'Lê Văn An', 'Giám đốc', 'Tổ 1'],
    ];
    expect(headerCells(rows).map(columnName)).toEqual(['STT', 'Họ và tên', 'Chức vụ', 'Tổ đại biểu']);
  });

  it('is one row when the row under it is a delegation’s heading or a person', () => {
    const head = ['STT', 'Họ và tên', 'Chức vụ', 'Tổ đại biểu'];
    expect(headerCells([head, ['Tổ đại biểu số 1'], ['1', 'Lê Văn An', 'Giám đốc', '']])).toEqual(head);
    expect(headerCells([head, ['1', 'Lê Văn An', 'Giám đốc', 'Tổ 1']])).toEqual(head);
    const { rows } = mapRows([head, ['Tổ đại biểu số 1'], ['1', 'Lê Văn An', 'Giám đốc', '']], guessMapping(head));
    expect(rows.map((r) => r.group)).toEqual(['Tổ đại biểu số 1']);
  });
});
