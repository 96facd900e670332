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
import { guessMapping, headerCells, mapRows } from '../../../src/features/roster/rosterImport';
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
  it('is one row when the row under it is a delegation’s heading or a person', () => {
    const head = ['STT', 'Họ và tên', 'Chức vụ', 'Tổ đại biểu'];
    expect(headerCells([head, ['Tổ đại biểu số 1'], ['1', 'Lê Văn An', 'Giám đốc', '']])).toEqual(head);
    expect(headerCells([head, ['1', 'Lê Văn An', 'Giám đốc', 'Tổ 1']])).toEqual(head);
    const { rows } = mapRows([head, ['Tổ đại biểu số 1'], ['1', 'Lê Văn An', 'Giám đốc', '']], guessMapping(head));
    expect(rows.map((r) => r.group)).toEqual(['Tổ đại biểu số 1']);
  });
});
