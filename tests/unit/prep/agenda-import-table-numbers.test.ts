// @vitest-environment jsdom
/**
 * Word's own numbering read where offices put it: in a table's STT column numbered with the
 * Numbering button (the number is not in the cell's text), and as a list's levels say to count it:
 * a level that does not start again under the one above it (w:lvlRestart) and "Legal style
 * numbering" (w:isLgl, "1.1" under part "I"). The fixture is a provincial council's two-day
 * programme of 25 items (tests/fixtures/province/build-programme-table-numbered.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAgendaTable } from '../../../common/agenda/import';
import { readProgrammeSheet } from '../../../src/lib/programmeFile';
import { readSheet } from '../../../src/lib/spreadsheet';
import { level } from '../../fixtures/province/build-programme-word-lists';
import { PROGRAMME_TABLE_NUMBERED, TABLE_NUMBERED_DATES, tableDocument, type Numbered } from '../../fixtures/province/build-programme-table-numbered';

const fixture = (name: string): ArrayBuffer => {
  const b = fs.readFileSync(path.join(import.meta.dirname, '../../fixtures/province', name));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};
const buffer = (b: Uint8Array): ArrayBuffer => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
/** The STT column of a one-table document, from its header on. */
const numbers = async (rows: (string | Numbered)[][], lists: string | null) => (await readSheet('ct.docx', buffer(tableDocument([['STT', 'Nội dung', 'Thời gian'], ...rows], lists)))).rows.slice(1).map((r) => r[0]);
const n = (ilvl: number, numId = 1): Numbered => ({ ilvl, numId });
const list = (levels: string) => `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>${levels}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;

describe('a programme table whose STT column Word numbers', () => {
  it('reads each row’s number as Word shows it: parts I–VI, items 1–25 on through the parts and both days, the breaks unnumbered', async () => {
    const sheet = await readProgrammeSheet(PROGRAMME_TABLE_NUMBERED, fixture(PROGRAMME_TABLE_NUMBERED));
    expect(sheet.fromParagraphs).toBe(false);
    const rows = sheet.rows.slice(sheet.rows.findIndex((r) => r[0] === 'STT'));
    expect(rows.slice(0, 8)).toEqual([
      ['STT', 'Nội dung', 'Người trình bày', 'Thời gian'],
      ['NGÀY THỨ NHẤT: Thứ Tư, ngày 09/12/2026', '', '', ''],
      ['Buổi sáng', '', '', ''],
      ['I.', 'PHIÊN KHAI MẠC', '', ''],
      ['1.', 'Chào cờ', 'Ban Tổ chức', '7h30 - 7h35'],
      ['2.', 'Tuyên bố lý do, giới thiệu đại biểu; báo cáo số lượng đại biểu có mặt', 'Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh', '7h35 - 7h45'],
      ['3.', 'Phát biểu khai mạc kỳ họp', 'Chủ tịch HĐND tỉnh', '7h45 - 8h05'],
      ['II.', 'TRÌNH BÀY CÁC BÁO CÁO, TỜ TRÌNH', '', ''],
    ]);
    expect(rows.find((r) => r[1] === 'Nghỉ giải lao')).toEqual(['', 'Nghỉ giải lao', '', '9h10 - 9h25']);
    const numbered = rows.map((r) => r[0]).filter((s) => /^[\dIVX]+\.$/.test(s));
    expect(numbered.filter((s) => /^[IVX]+\.$/.test(s))).toEqual(['I.', 'II.', 'III.', 'IV.', 'V.', 'VI.']);
    // "Restart list after" unticked on the items' level: they count on under each part.
    expect(numbered.filter((s) => /^\d+\.$/.test(s))).toEqual(Array.from({ length: 25 }, (_, i) => `${i + 1}.`));
    expect(rows.at(-1)).toEqual(['25.', 'Chào cờ bế mạc', 'Ban Tổ chức', '15h55 - 16h00']);
  });

  it('imports as the office set it: six parts over their 25 items and two breaks, each in its sitting with its time', async () => {
    const sheet = await readProgrammeSheet(PROGRAMME_TABLE_NUMBERED, fixture(PROGRAMME_TABLE_NUMBERED));
    const { rows, problems } = parseAgendaTable(sheet.rows, TABLE_NUMBERED_DATES);
    expect(problems).toEqual([]);
    expect(rows.filter((r) => !r.sub).map((r) => [r.title, r.sitting?.date, r.sitting?.part])).toEqual([
      ['Phiên khai mạc', '2026-12-09', 'morning'],
      ['Trình bày các báo cáo, tờ trình', '2026-12-09', 'morning'],
      ['Thảo luận tại tổ', '2026-12-09', 'afternoon'],
      ['Thảo luận, chất vấn tại hội trường', '2026-12-10', 'morning'],
      ['Xem xét, thông qua các nghị quyết', '2026-12-10', 'afternoon'],
      ['Bế mạc', '2026-12-10', 'afternoon'],
    ]);
    expect(rows.filter((r) => r.sub && r.kind !== 'break')).toHaveLength(25);
    expect(rows.filter((r) => r.kind === 'break').map((r) => r.slot)).toEqual([{ start: '09:10', end: '09:25' }, { start: '09:30', end: '09:45' }]);
    expect(rows.find((r) => r.title === 'Chất vấn và trả lời chất vấn')).toMatchObject({
      sub: true,
      kind: 'questioning',
      presenter: 'Giám đốc Sở Nông nghiệp và Môi trường; Giám đốc Sở Y tế',
      plannedMinutes: 90,
      slot: { start: '09:45', end: '11:15' },
      sitting: { date: '2026-12-10', part: 'morning' },
    });
    expect(rows.find((r) => r.title.startsWith('Bầu bổ sung'))).toMatchObject({ kind: 'election', plannedMinutes: 35, slot: { start: '15:00', end: '15:35' } });
  });

  it('counts cells and paragraphs as one list in document order, and keeps a cell’s text after its number', async () => {
    const lists = list(`${level(0, 'decimal', '%1.')}${level(1, 'lowerLetter', '%2)')}`);
    const doc = tableDocument([['STT', 'Nội dung'], [n(0), 'Báo cáo'], [n(0), 'Tờ trình'], ['', { ilvl: 1, numId: 1, text: 'Báo cáo thẩm tra' }]], lists, [
      { text: 'Khai mạc kỳ họp', style: 'ListParagraph', num: { numId: 1, ilvl: 0 } },
    ]);
    const rows = (await readSheet('ct.docx', buffer(doc))).rows;
    expect(rows.slice(-3)).toEqual([['2.', 'Báo cáo'], ['3.', 'Tờ trình'], ['', 'a) Báo cáo thẩm tra']]);
  });
});

describe('how a list’s levels count (w:lvlRestart, w:isLgl)', () => {
  const parts = (sub: string) => [n(0), n(1), n(1), n(0), n(1)].map((c) => [c, sub]);

  it('starts a level again under the one above it by default, never with w:lvlRestart 0, and only under the level it names', async () => {
    expect(await numbers(parts('x'), list(`${level(0, 'upperRoman', '%1.')}${level(1, 'decimal', '%2.')}`))).toEqual(['I.', '1.', '2.', 'II.', '1.']);
    expect(await numbers(parts('x'), list(`${level(0, 'upperRoman', '%1.')}${level(1, 'decimal', '%2.', { restart: 0 })}`))).toEqual(['I.', '1.', '2.', 'II.', '3.']);
    // Three levels: the third restarts only under the first (w:lvlRestart 1), so it counts on past the second.
    const three = list(`${level(0, 'upperRoman', '%1.')}${level(1, 'decimal', '%2.')}${level(2, 'lowerLetter', '%3)', { restart: 1 })}`);
    expect(await numbers([n(0), n(1), n(2), n(1), n(2), n(0), n(2)].map((c) => [c, 'x']), three)).toEqual(['I.', '1.', 'a)', '2.', 'b)', 'II.', 'a)']);
  });

  it('writes every counter of a legal-style level as a number: “1.1” under part “I”, as Word shows it', async () => {
    const legal = (on: boolean | string) => list(`${level(0, 'upperRoman', '%1.')}${level(1, 'decimal', '%1.%2', { legal: on })}`);
    expect(await numbers(parts('x'), legal(true))).toEqual(['I.', '1.1', '1.2', 'II.', '2.1']);
    expect(await numbers(parts('x'), legal('1'))).toEqual(['I.', '1.1', '1.2', 'II.', '2.1']);
    // Turned off, the part's counter is written as the part's level writes it.
    for (const off of ['0', 'false', 'off']) expect(await numbers(parts('x'), legal(off))).toEqual(['I.', 'I.1', 'I.2', 'II.', 'II.1']);
  });

  it('reads a damaged or nonsensical list as Word falls back: a bad w:lvlRestart or w:start as absent, an unknown list unnumbered, damaged numbering as none', async () => {
    for (const bad of ['abc', '-1', '7', '']) {
      expect(await numbers(parts('x'), list(`${level(0, 'upperRoman', '%1.')}${level(1, 'decimal', '%2.', { restart: bad })}`)), bad).toEqual(['I.', '1.', '2.', 'II.', '1.']);
    }
    expect(await numbers(parts('x'), list(`${level(0, 'upperRoman', '%1.')}${level(1, 'decimal', '%2.').replace('<w:start w:val="1"/>', '<w:start w:val="x"/>')}`))).toEqual(['I.', '1.', '2.', 'II.', '1.']);
    // A cell in a list numbering.xml does not define: its text alone, as Word shows it.
    expect(await numbers([[n(0, 9), 'Chào cờ']], list(level(0, 'decimal', '%1.')))).toEqual(['']);
    // numbering.xml damaged or missing: the table still reads, its STT cells empty.
    expect(await numbers([[n(0), 'Chào cờ']], '<w:abstractNum')).toEqual(['']);
    expect(await numbers([[n(0), 'Chào cờ']], null)).toEqual(['']);
  });
});
