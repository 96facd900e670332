/**
 * Lines pasted into an import are a table only when the whole paste says so: a tab anywhere (Excel,
 * a Word table), or a comma, semicolon or bar on every line alike. A programme's titles carry
 * commas and semicolons of their own ("Tờ trình số 12/TTr-UBND, về dự toán ngân sách năm 2027"):
 * each such line is one item, never split into columns.
 */
import { describe, expect, it } from 'vitest';
import { rowsFromPaste } from '../../../src/lib/spreadsheet';
import { readProgrammeText } from '../../../src/lib/programmeFile';
import { parseAgendaTable } from '../../../common/agenda/import';

/** A provincial council's year-end programme copied from Word, unnumbered: some titles with a comma, some without. */
const PROGRAMME = [
  'Chào cờ',
  'Khai mạc kỳ họp',
  'Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2026, phương hướng, nhiệm vụ năm 2027',
  'Tờ trình số 12/TTr-UBND, về dự toán ngân sách năm 2027',
  'Báo cáo thẩm tra của Ban Kinh tế - Ngân sách',
  'Tờ trình số 15/TTr-UBND; về kế hoạch đầu tư công năm 2027',
  'Bế mạc kỳ họp',
].join('\n');

describe('pasted lines', () => {
  it('keep each title of a programme whole, whatever commas and semicolons it has', () => {
    expect(rowsFromPaste(PROGRAMME)).toEqual(PROGRAMME.split('\n').map((l) => [l]));
    const { rows } = readProgrammeText(PROGRAMME);
    const { rows: items, problems } = parseAgendaTable(rows);
    expect(problems).toEqual([]);
    expect(items.map((r) => r.title)).toEqual(PROGRAMME.split('\n'));
  });

  it('keep two titles whole that have one comma each, read as a sentence’s', () => {
    const text = 'Tờ trình số 12/TTr-UBND, về dự toán ngân sách năm 2027\nTờ trình số 13/TTr-UBND, về phân bổ vốn đầu tư công năm 2027\n';
    expect(rowsFromPaste(text)).toEqual([['Tờ trình số 12/TTr-UBND, về dự toán ngân sách năm 2027'], ['Tờ trình số 13/TTr-UBND, về phân bổ vốn đầu tư công năm 2027']]);
  });

  it('split a table whose every line has as many semicolons or commas, quotes honoured', () => {
    expect(rowsFromPaste('Nội dung;Loại;Phút\nKhai mạc kỳ họp;Khai mạc;15\nTờ trình số 12/TTr-UBND, về dự toán;Tờ trình;20\n')).toEqual([
      ['Nội dung', 'Loại', 'Phút'],
      ['Khai mạc kỳ họp', 'Khai mạc', '15'],
      ['Tờ trình số 12/TTr-UBND, về dự toán', 'Tờ trình', '20'],
    ]);
    expect(rowsFromPaste('STT,Nội dung,Phút\n1,Khai mạc kỳ họp,15\n2,"Tờ trình số 12/TTr-UBND, về dự toán ngân sách năm 2027",20\n')).toEqual([
      ['STT', 'Nội dung', 'Phút'],
      ['1', 'Khai mạc kỳ họp', '15'],
      ['2', 'Tờ trình số 12/TTr-UBND, về dự toán ngân sách năm 2027', '20'],
    ]);
  });

  it('split at tabs, heading rows of one cell kept, as Excel and Word copy them', () => {
    expect(rowsFromPaste('NGÀY THỨ NHẤT\n1\tTờ trình số 12/TTr-UBND, về dự toán\t20\n')).toEqual([['NGÀY THỨ NHẤT'], ['1', 'Tờ trình số 12/TTr-UBND, về dự toán', '20']]);
  });

  it('are not a table when one line has more commas than the others, or is alone', () => {
    expect(rowsFromPaste('Khai mạc,15\nBáo cáo kinh tế - xã hội, Quốc phòng,20\n')).toEqual([['Khai mạc,15'], ['Báo cáo kinh tế - xã hội, Quốc phòng,20']]);
    expect(rowsFromPaste('Tờ trình số 12/TTr-UBND,Về dự toán')).toEqual([['Tờ trình số 12/TTr-UBND,Về dự toán']]);
    expect(rowsFromPaste('')).toEqual([]);
    expect(rowsFromPaste('\n\n')).toEqual([]);
  });

  it('keep their blank lines, so each row is named by its line', () => {
    expect(rowsFromPaste('Chào cờ\n\nKhai mạc kỳ họp\n')).toEqual([['Chào cờ'], [''], ['Khai mạc kỳ họp']]);
  });
});
