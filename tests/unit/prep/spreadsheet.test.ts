import { describe, expect, it } from 'vitest';
import { en, vi } from '../../../src/lib/i18n/index';
import { en as spreadsheetEn } from '../../../src/lib/i18n/spreadsheet';
import { readSheet, rowsFromText, SpreadsheetError, spreadsheetErrorKey, type SpreadsheetReason } from '../../../src/lib/spreadsheet';
import { xlsx } from '../../xlsx';

const bytes = (s: string) => new TextEncoder().encode(s).buffer as ArrayBuffer;

async function refusal(name: string, data: ArrayBuffer): Promise<SpreadsheetReason> {
  try {
    await readSheet(name, data);
  } catch (e) {
    expect(e).toBeInstanceOf(SpreadsheetError);
    return spreadsheetErrorKey(e);
  }
  throw new Error(`${name} was read`);
}

describe('reading a spreadsheet into rows of text', () => {
  it('reads CSV with a BOM, semicolons and quotes; blank lines keep later line numbers', async () => {
    const rows = (await readSheet('ds.csv', bytes('\uFEFFHọ và tên;Ghế\n"Trần Thị Hoa; Phó ban";2\n\n  Lê Văn Tám ;3\n\n'))).rows;
    expect(rows).toEqual([['Họ và tên', 'Ghế'], ['Trần Thị Hoa; Phó ban', '2'], [''], ['Lê Văn Tám', '3']]);
  });

  it('reads lines pasted from Excel (tabs) and commas', () => {
    expect(rowsFromText('Báo cáo\tbáo cáo\t20\nThảo luận\tthảo luận\t')).toEqual([['Báo cáo', 'báo cáo', '20'], ['Thảo luận', 'thảo luận', '']]);
    expect(rowsFromText('a,"b, c",d')).toEqual([['a', 'b, c', 'd']]);
  });

  it('reads an XLSX sheet as the chair sees it: numbers, dates, booleans, blank rows kept', async () => {
    const data = await xlsx([
      ['Tên', 'Phút', 'Ngày', 'Có'],
      ['  Khai mạc  ', 20, new Date(Date.UTC(2026, 11, 8)), true],
      [null, null, null, null],
      ['Thảo luận', 0.1 + 0.2, new Date(Date.UTC(2026, 11, 9, 13, 30)), false],
      [null, null],
    ]);
    expect((await readSheet('Chuong-trinh.XLSX', data)).rows).toEqual([
      ['Tên', 'Phút', 'Ngày', 'Có'],
      ['Khai mạc', '20', '2026-12-08', 'true'],
      ['', '', '', ''],
      ['Thảo luận', '0.3', '2026-12-09 13:30', 'false'],
    ]);
  });

  it('refuses corrupt, unsupported, non-UTF-8 and empty files with a reason in both languages', async () => {
    expect(await refusal('hong.xlsx', bytes('not a zip'))).toBe('spreadsheet.corrupt');
    expect(await refusal('cut.xlsx', bytes('PK\u0003\u0004 truncated'))).toBe('spreadsheet.corrupt');
    expect(await refusal('old.xls', bytes('\u00d0\u00cf\u0011\u00e0'))).toBe('spreadsheet.oldFormat');
    expect(await refusal('chuong-trinh.doc', bytes('\u00d0\u00cf\u0011\u00e0'))).toBe('spreadsheet.oldFormat');
    expect(await refusal('agenda.pdf', bytes('%PDF-1.7'))).toBe('spreadsheet.unsupported');
    // "Họ tên" saved by an old Excel in Windows-1258: not UTF-8, and named as a legacy Vietnamese encoding.
    expect(await refusal('ansi.csv', new Uint8Array([0x48, 0xf5, 0x20, 0x74, 0xea, 0x6e]).buffer)).toBe('spreadsheet.legacy');
    // "café" in Latin-1: not UTF-8, not Vietnamese either.
    expect(await refusal('latin.csv', new Uint8Array([0x63, 0x61, 0x66, 0xe9]).buffer)).toBe('spreadsheet.encoding');
    expect(await refusal('blank.csv', bytes('\uFEFF\n\n'))).toBe('spreadsheet.empty');
    expect(await refusal('blank.xlsx', await xlsx([[null]]))).toBe('spreadsheet.empty');
    for (const key of Object.keys(spreadsheetEn) as (keyof typeof spreadsheetEn)[]) {
      // A file's refusal names the file; pasted lines have no name to give.
      const named = !key.endsWith('Pasted');
      expect(en[key].includes('{name}'), key).toBe(named);
      expect(vi[key].includes('{name}'), key).toBe(named);
      expect(vi[key]).not.toBe(en[key]);
    }
  });
});
