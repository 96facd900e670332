/**
 * A printed list of delegates groups its people under Roman numerals in the STT column ("I | Thường
 * trực HĐND", "II. Các Ban", a bare "III", "IV | Khách mời"): each such row heads a section, never a
 * person; the people under it are numbered 1, 2, 3… in Arabic and are people. Read from Excel (the
 * heading merged across the row), from a Word table and from lines pasted from it.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { guessMapping, headerIndex, mapRows } from '../../../src/features/roster/rosterImport';
import { readSheet, rowsFromPaste } from '../../../src/lib/spreadsheet';
import { pastedList } from '../../../src/features/roster/pastedList';
import { communeSectionsXlsx } from '../../xlsx';
import { communeSectionsDocx } from '../../office-docx';
import { communeSections } from '../../ward';

// The Word files are read with the browser's DOMParser, the Excel ones in Node: both here, as prepare-votes.test.ts does.
globalThis.DOMParser ??= (new JSDOM('').window as unknown as { DOMParser: typeof DOMParser }).DOMParser;

const arrayBuffer = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
const people = communeSections().flatMap((s) => s.people);
const delegates = people.filter(([, , group]) => group !== '');

function read(rows: string[][]) {
  return mapRows(rows, guessMapping(rows[headerIndex(rows)]), {});
}

/** What every reading of the list must give: the 35 delegates in their Tổ, the two guests, no heading as anyone. */
function expectTheList(result: ReturnType<typeof read>) {
  expect(result.errors).toEqual([]);
  expect(result.rows.map((r) => r.fullName)).toEqual(people.map(([name]) => name));
  expect(result.rows.filter((r) => r.voting).map((r) => [r.fullName, r.title, r.group])).toEqual(delegates);
  expect(result.rows.filter((r) => !r.voting).map((r) => [r.fullName, r.group])).toEqual([
    ['Quách Thế Tản', ''],
    ['Đinh Thị Ngọc Ánh', ''],
  ]);
}

describe('a list grouped under Roman numerals in its STT column', () => {
  it('reads each Roman row of an Excel list as a heading, its people as people', async () => {
    const sheet = await readSheet('danh-sach-dai-bieu.xlsx', arrayBuffer(await communeSectionsXlsx()));
    expect(sheet.rows.slice(2, 4)).toEqual([
      ['I', 'Thường trực HĐND', '', ''],
      ['1', 'Nguyễn Văn An', 'Chủ tịch HĐND xã', 'Tổ 1'],
    ]);
    expectTheList(read(sheet.rows));
  });

  it('reads them so in a Word table too, and in its lines pasted', async () => {
    const sheet = await readSheet('danh-sach-dai-bieu.docx', await communeSectionsDocx());
    expectTheList(read(sheet.rows));
    // The same table copied from Word without its header: the names' column found, the numerals no one.
    const pasted = sheet.rows.slice(headerIndex(sheet.rows) + 1).map((r) => r.join('\t')).join('\n');
    const list = pastedList(rowsFromPaste(pasted))!;
    expectTheList(mapRows(list.rows, list.mapping, { hasHeader: false }));
  });

  it('takes a Roman row’s text for the section it names: a Tổ its group, "Khách mời" its guests', () => {
    const rows = [
      ['STT', 'Họ và tên', 'Chức vụ'],
      ['I', 'TỔ ĐẠI BIỂU SỐ 1', ''],
      ['1', 'Nguyễn Văn An', 'Chủ tịch HĐND xã'],
      ['II.', 'Khách mời', ''],
      ['1', 'Quách Thế Tản', 'Trưởng Công an xã'],
    ];
    expect(read(rows).rows.map((r) => [r.fullName, r.group, r.voting])).toEqual([
      ['Nguyễn Văn An', 'Tổ đại biểu số 1', true],
      ['Quách Thế Tản', '', false],
    ]);
  });

  it('keeps a person numbered with a numeral-like cell, and a name in capitals that starts as one', () => {
    const rows = [
      ['STT', 'Họ và tên', 'Chức vụ'],
      ['1', 'VI VĂN LONG', 'Đại biểu'],
      ['I', 'Lê Thị Hoa', 'Đại biểu'],
      ['2', 'Vi Thị Xuân', 'Đại biểu'],
    ];
    expect(read(rows).rows.map((r) => r.fullName)).toEqual(['VI VĂN LONG', 'Lê Thị Hoa', 'Vi Thị Xuân']);
  });
});
