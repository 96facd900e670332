// @vitest-environment jsdom
/**
 * Programmes typed in Word as paragraphs in three more ways offices type them
 * (tests/fixtures/province/build-programme-word-lists.ts), each read as Word shows it: numbered by
 * paragraph styles (the w:numPr on "List Number" and the office's "Phần" in styles.xml), numbered
 * again from 1 each part of day (a w:num with w:startOverride, another list), and each item's time
 * at the end of its line. A list of delegates typed as paragraphs is refused, saying what it is.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAgendaTable } from '../../../common/agenda/import';
import { delegateListHeading, paragraphProgramme, trailingTime } from '../../../common/agenda/paragraphs';
import { readProgrammeSheet } from '../../../src/lib/programmeFile';
import { readSheet } from '../../../src/lib/spreadsheet';
import {
  level,
  PROGRAMME_RESTARTED,
  PROGRAMME_STYLE_NUMBERED,
  PROGRAMME_TIMES_AT_END,
  wordDocument,
  WORD_LISTS_DATES,
  type Para,
} from '../../fixtures/province/build-programme-word-lists';
import { en, vi } from '../../../src/lib/i18n/spreadsheet';

const fixture = (name: string): ArrayBuffer => {
  const b = fs.readFileSync(path.join(import.meta.dirname, '../../fixtures/province', name));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};
const buffer = (b: Uint8Array): ArrayBuffer => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
/** The rows read from the programme's paragraphs, from the header on. */
const programmeRows = (rows: string[][]) => rows.slice(rows.findIndex((r) => r[0] === 'STT') + 1);

describe('a programme numbered by paragraph styles (the numbering on the style, not the paragraph)', () => {
  it('reads the parts and items as Word numbers them: parts I–V over both days, items from 1 under each part', async () => {
    const sheet = await readProgrammeSheet(PROGRAMME_STYLE_NUMBERED, fixture(PROGRAMME_STYLE_NUMBERED));
    expect(sheet.fromParagraphs).toBe(true);
    const rows = programmeRows(sheet.rows);
    expect(rows.slice(2, 12)).toEqual([
      ['', 'I. PHIÊN KHAI MẠC', ''],
      ['1', 'Chào cờ', '7h30 - 7h35'],
      ['2', 'Tuyên bố lý do, giới thiệu đại biểu; báo cáo số lượng đại biểu có mặt', '7h35 - 7h45'],
      ['3', 'Phát biểu khai mạc kỳ họp', '7h45 - 8h05'],
      // "List Bullet": its dash, from the style.
      ['', '- Đồng chí Trần Tú Anh, Chủ tịch HĐND tỉnh', ''],
      ['', 'II. TRÌNH BÀY CÁC BÁO CÁO, TỜ TRÌNH', ''],
      ['1', 'Báo cáo tình hình kinh tế - xã hội năm 2026; mục tiêu, nhiệm vụ, giải pháp năm 2027', '8h05 - 8h35'],
      ['', '- Báo cáo thẩm tra của Ban Kinh tế - Ngân sách HĐND tỉnh', ''],
      ['2', 'Tờ trình về dự toán ngân sách nhà nước năm 2027', '8h35 - 8h55'],
      // In "List Number" with its numbering turned off (w:numId 0): no number, and the next item is 3.
      ['', 'Nghỉ giải lao', '8h55 - 9h10'],
    ]);
    expect(rows[12]).toEqual(['3', 'Báo cáo công tác của Tòa án nhân dân tỉnh năm 2026', '9h10 - 9h25']);
    expect(rows.filter((r) => /^[IVX]+\. /.test(r[1] ?? '')).map((r) => r[1])).toEqual([
      'I. PHIÊN KHAI MẠC',
      'II. TRÌNH BÀY CÁC BÁO CÁO, TỜ TRÌNH',
      'III. THẢO LUẬN TẠI TỔ',
      'IV. THẢO LUẬN, CHẤT VẤN',
      'V. BẾ MẠC',
    ]);
  });

  it('imports as the same programme typed with its numbers: parts over their items, each in its sitting', async () => {
    const sheet = await readProgrammeSheet(PROGRAMME_STYLE_NUMBERED, fixture(PROGRAMME_STYLE_NUMBERED));
    const { rows, problems } = parseAgendaTable(sheet.rows, WORD_LISTS_DATES);
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.title, r.sub, r.sitting?.date, r.sitting?.part])).toEqual([
      ['Phiên khai mạc', false, '2026-12-08', 'morning'],
      ['Chào cờ', true, '2026-12-08', 'morning'],
      ['Tuyên bố lý do, giới thiệu đại biểu; báo cáo số lượng đại biểu có mặt', true, '2026-12-08', 'morning'],
      ['Phát biểu khai mạc kỳ họp', true, '2026-12-08', 'morning'],
      ['Trình bày các báo cáo, tờ trình', false, '2026-12-08', 'morning'],
      ['Báo cáo tình hình kinh tế - xã hội năm 2026; mục tiêu, nhiệm vụ, giải pháp năm 2027; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách HĐND tỉnh', true, '2026-12-08', 'morning'],
      ['Tờ trình về dự toán ngân sách nhà nước năm 2027', true, '2026-12-08', 'morning'],
      ['Nghỉ giải lao', true, '2026-12-08', 'morning'],
      ['Báo cáo công tác của Tòa án nhân dân tỉnh năm 2026', true, '2026-12-08', 'morning'],
      ['Thảo luận tại tổ', false, '2026-12-08', 'afternoon'],
      ['Thảo luận tại tổ về các báo cáo, tờ trình, dự thảo nghị quyết', true, '2026-12-08', 'afternoon'],
      ['Thảo luận, chất vấn', false, '2026-12-09', 'morning'],
      ['Thảo luận tại hội trường', true, '2026-12-09', 'morning'],
      ['Chất vấn và trả lời chất vấn', true, '2026-12-09', 'morning'],
      ['Bế mạc', false, '2026-12-09', 'afternoon'],
      ['Biểu quyết thông qua các nghị quyết', true, '2026-12-09', 'afternoon'],
      ['Phát biểu bế mạc kỳ họp', true, '2026-12-09', 'afternoon'],
      ['Chào cờ bế mạc', true, '2026-12-09', 'afternoon'],
    ]);
    // The dash line in "List Bullet" under an item of a part is that item's: who presents it.
    expect(rows.find((r) => r.title === 'Phát biểu khai mạc kỳ họp')).toMatchObject({ presenter: 'Đồng chí Trần Tú Anh, Chủ tịch HĐND tỉnh', plannedMinutes: 20, slot: { start: '07:45', end: '08:05' } });
    expect(rows.find((r) => r.title.startsWith('Chất vấn'))?.presenter).toBe('Giám đốc Sở Tài chính; Giám đốc Sở Nông nghiệp và Môi trường');
    // Each row named by its paragraph: the letterhead line (1), title (2), session (3), notice (4), day (5), part of day (6), part I (7), Chào cờ (8).
    expect(sheet.places?.[rows[1].line - 1]).toEqual({ paragraph: 8 });
  });

  it('takes the numbering from the style a style is based on, the level from the list’s link to the style, and none where the paragraph turns it off', async () => {
    // Word's own "List Number" (its w:numPr has no w:ilvl; the list's level names the style) and a
    // style of the office's based on it.
    const styles = `<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="MucChuongTrinh"><w:name w:val="Mục chương trình"/><w:basedOn w:val="ListNumber"/><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListNumber2"><w:name w:val="List Number 2"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>`;
    const lists = `<w:abstractNum w:abstractNumId="3"><w:multiLevelType w:val="multilevel"/>${level(0, 'decimal', '%1.', { style: 'ListNumber' })}${level(1, 'lowerLetter', '%2)', { style: 'ListNumber2' })}</w:abstractNum>
<w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num>`;
    const paras: Para[] = [
      { text: 'Sáng ngày 08/12/2026' },
      { text: '7h30 - 7h45: Khai mạc kỳ họp', style: 'ListNumber' },
      { text: '7h45 - 8h45: Trình bày các báo cáo:', style: 'MucChuongTrinh' },
      { text: 'Báo cáo tình hình kinh tế - xã hội', style: 'ListNumber2' },
      { text: 'Báo cáo công tác phòng, chống tham nhũng', style: 'ListNumber2' },
      { text: 'Nghỉ giải lao 15 phút', style: 'ListNumber', num: { numId: 0 } },
      { text: '9h00 - 11h00: Thảo luận tại hội trường', style: 'MucChuongTrinh' },
    ];
    const sheet = await readProgrammeSheet('ct.docx', buffer(wordDocument(paras, styles, lists)));
    expect(programmeRows(sheet.rows)).toEqual([
      ['Sáng ngày 08/12/2026'],
      ['1', 'Khai mạc kỳ họp', '7h30 - 7h45'],
      ['2', 'Trình bày các báo cáo:', '7h45 - 8h45'],
      ['', 'a) Báo cáo tình hình kinh tế - xã hội', ''],
      ['', 'b) Báo cáo công tác phòng, chống tham nhũng', ''],
      ['', 'Nghỉ giải lao 15 phút', ''],
      ['3', 'Thảo luận tại hội trường', '9h00 - 11h00'],
    ]);
  });

  it('reads a list defined by a list style (w:numStyleLink) with the levels of the list that style names', async () => {
    const styles = `<w:style w:type="numbering" w:customStyle="1" w:styleId="DanhSachCT"><w:name w:val="Danh sách chương trình"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>`;
    const lists = `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/><w:styleLink w:val="DanhSachCT"/>${level(0, 'upperRoman', '%1.')}${level(1, 'decimal', '%2.')}</w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="multilevel"/><w:numStyleLink w:val="DanhSachCT"/></w:abstractNum>
<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>`;
    const item = (text: string, ilvl: number): Para => ({ text, style: 'ListParagraph', num: { numId: 3, ilvl } });
    const sheet = await readProgrammeSheet('ct.docx', buffer(wordDocument([{ text: 'Buổi sáng' }, item('PHIÊN KHAI MẠC', 0), item('Chào cờ', 1), item('Khai mạc kỳ họp', 1)], styles, lists)));
    expect(programmeRows(sheet.rows)).toEqual([['Buổi sáng'], ['', 'I. PHIÊN KHAI MẠC', ''], ['1', 'Chào cờ', ''], ['2', 'Khai mạc kỳ họp', '']]);
  });
});

describe('a numbered list restarting part-way', () => {
  it('numbers each part of day from 1 where Word restarts it (w:startOverride), and another list from its own 1', async () => {
    const sheet = await readProgrammeSheet(PROGRAMME_RESTARTED, fixture(PROGRAMME_RESTARTED));
    expect(sheet.fromParagraphs).toBe(true);
    const rows = programmeRows(sheet.rows);
    expect(rows.map((r) => (r.length === 1 ? r[0] : r[0] || r[1].slice(0, 2)))).toEqual([
      'Sáng ngày 08/12/2026 (Thứ Ba)', '1', '2', 'a)', 'b)', '3', '4',
      'Chiều ngày 08/12/2026', '1', '2',
      'Sáng ngày 09/12/2026 (Thứ Tư)', '1', '2', 'a)', 'b)', '3',
      'Chiều ngày 09/12/2026', '1', '2', '3',
    ]);
    const { rows: items, problems } = parseAgendaTable(sheet.rows, WORD_LISTS_DATES);
    expect(problems).toEqual([]);
    expect(items.map((r) => [r.title, r.sub, r.sitting?.date, r.sitting?.part, r.slot?.start])).toEqual([
      ['Khai mạc kỳ họp', false, '2026-12-08', 'morning', '07:30'],
      ['Trình bày các báo cáo, tờ trình:', false, '2026-12-08', 'morning', '07:45'],
      ['Báo cáo tình hình kinh tế - xã hội năm 2026', true, '2026-12-08', 'morning', undefined],
      ['Tờ trình về dự toán ngân sách nhà nước năm 2027', true, '2026-12-08', 'morning', undefined],
      ['Nghỉ giải lao', false, '2026-12-08', 'morning', '08:45'],
      ['Thảo luận tại hội trường', false, '2026-12-08', 'morning', '09:00'],
      ['Thảo luận tại tổ', false, '2026-12-08', 'afternoon', '14:00'],
      ['Báo cáo tổng hợp ý kiến thảo luận tại tổ', false, '2026-12-08', 'afternoon', '16:00'],
      ['Chất vấn và trả lời chất vấn', false, '2026-12-09', 'morning', '07:30'],
      ['Trình bày các dự thảo nghị quyết:', false, '2026-12-09', 'morning', '09:30'],
      ['Nghị quyết về dự toán ngân sách nhà nước năm 2027', true, '2026-12-09', 'morning', undefined],
      ['Nghị quyết về kế hoạch đầu tư công năm 2027', true, '2026-12-09', 'morning', undefined],
      ['Thảo luận tại hội trường về các dự thảo nghị quyết', false, '2026-12-09', 'morning', '10:30'],
      ['Biểu quyết thông qua các nghị quyết', false, '2026-12-09', 'afternoon', '14:00'],
      ['Phát biểu bế mạc kỳ họp', false, '2026-12-09', 'afternoon', '15:30'],
      ['Chào cờ bế mạc', false, '2026-12-09', 'afternoon', '15:50'],
    ]);
    // The heading's hour is shared by its lettered parts (30 + 30), as in a table.
    expect(items.filter((r) => r.sub && r.sitting?.date === '2026-12-08').map((r) => r.plannedMinutes)).toEqual([30, 30]);
  });

  it('restarts at the number the override gives, and a w:lvlOverride’s own level (its format) for that list only', async () => {
    const lists = `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>${level(0, 'decimal', '%1.')}</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">${level(0, 'upperRoman', '%1.')}</w:lvlOverride></w:num>`;
    const p = (text: string, numId: number): Para => ({ text, style: 'ListParagraph', num: { numId, ilvl: 0 } });
    const sheet = await readProgrammeSheet('ct.docx', buffer(wordDocument([{ text: 'Buổi sáng' }, p('Chào cờ', 1), p('Khai mạc', 1), p('Báo cáo', 2), p('Tờ trình', 2), p('Bế mạc', 1), p('BẾ MẠC', 3)], '', lists)));
    expect(programmeRows(sheet.rows).slice(1).map((r) => r[0] || r[1])).toEqual(['1', '2', '5', '6', '7', 'I. BẾ MẠC']);
  });
});

describe('a time at the end of a line', () => {
  it('is the row’s time: in brackets, after a dash or a colon, “từ … đến …”; a break’s “(15 phút)” stays its length', async () => {
    const sheet = await readProgrammeSheet(PROGRAMME_TIMES_AT_END, fixture(PROGRAMME_TIMES_AT_END));
    expect(sheet.fromParagraphs).toBe(true);
    const { rows, problems } = parseAgendaTable(sheet.rows, WORD_LISTS_DATES);
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.title, r.kind, r.plannedMinutes, r.slot && `${r.slot.start}-${r.slot.end}`, `${r.sitting?.date} ${r.sitting?.part}`])).toEqual([
      ['Chào cờ', 'opening', 5, '07:30-07:35', '2026-12-08 morning'],
      ['Khai mạc kỳ họp', 'opening', 20, '07:35-07:55', '2026-12-08 morning'],
      ['Báo cáo tình hình kinh tế - xã hội năm 2026; mục tiêu, nhiệm vụ, giải pháp năm 2027', 'report', 35, '07:55-08:30', '2026-12-08 morning'],
      ['Nghỉ giải lao (15 phút)', 'break', 15, undefined, '2026-12-08 morning'],
      ['Tờ trình về dự toán ngân sách nhà nước năm 2027', 'submission', 30, '08:45-09:15', '2026-12-08 morning'],
      ['Thảo luận tại tổ về các báo cáo, tờ trình', 'discussion', 150, '14:00-16:30', '2026-12-08 afternoon'],
      ['Chất vấn và trả lời chất vấn', 'questioning', 150, '07:30-10:00', '2026-12-09 morning'],
      ['Biểu quyết thông qua các nghị quyết', 'vote', 60, '10:00-11:00', '2026-12-09 morning'],
      ['Bế mạc kỳ họp', 'closing', 20, '11:00-11:20', '2026-12-09 morning'],
    ]);
    // Who presents, on the dash line under the item, as with a time at the start.
    expect(rows[1].presenter).toBe('Đồng chí Trần Tú Anh, Chủ tịch HĐND tỉnh');
    expect(rows[2].presenter).toBe('Đồng chí Võ Trọng Hải, Chủ tịch UBND tỉnh');
  });

  it('is read only where it stands apart and is a time of a sitting', () => {
    expect(trailingTime('Khai mạc kỳ họp (7h30 - 7h35)')).toEqual({ time: '7h30 - 7h35', rest: 'Khai mạc kỳ họp' });
    expect(trailingTime('Báo cáo tình hình kinh tế - xã hội - 8h00-8h30')).toEqual({ time: '8h00-8h30', rest: 'Báo cáo tình hình kinh tế - xã hội' });
    expect(trailingTime('Thảo luận tại tổ (từ 14 giờ đến 14 giờ 30)')).toEqual({ time: '14 giờ đến 14 giờ 30', rest: 'Thảo luận tại tổ' });
    expect(trailingTime('Bế mạc kỳ họp: 16h30')).toEqual({ time: '16h30', rest: 'Bế mạc kỳ họp' });
    expect(trailingTime('Bế mạc kỳ họp lúc 16h30.')).toEqual({ time: '16h30', rest: 'Bế mạc kỳ họp' });
    expect(trailingTime('Bế mạc kỳ họp 16h00 - 16h30')).toEqual({ time: '16h00 - 16h30', rest: 'Bế mạc kỳ họp' });
    // A length, an hour no sitting starts at, a time alone after a space, dates and years: the title's.
    for (const line of ['Nghỉ giải lao (15 phút)', 'Thảo luận tại tổ (2 giờ)', 'Bế mạc kỳ họp 16h30', 'Kỳ họp thứ 12, nhiệm kỳ 2026 - 2031', '(Kèm theo Thông báo số 145/TB-HĐND ngày 25/11/2026)', '(7h30 - 8h00)']) {
      expect(trailingTime(line), line).toBeNull();
    }
    // A time at the start wins; a dash line with its time at the end is an item where nothing is numbered.
    expect(paragraphProgramme(['Buổi sáng', '7h30: Chào cờ (5 phút)', '- Khai mạc kỳ họp (7h35 - 7h55)']).rows.slice(2)).toEqual([
      ['', 'Chào cờ (5 phút)', '7h30'],
      ['', 'Khai mạc kỳ họp', '7h35 - 7h55'],
    ]);
  });
});

describe('a list of delegates typed as paragraphs', () => {
  const list = (lines: string[]) => buffer(wordDocument(lines.map((text) => ({ text })), '', null));

  it('is refused by the programme’s import, saying it is a list of delegates and where it goes, by its groups or its constituencies', async () => {
    for (const lines of [
      ['DANH SÁCH ĐẠI BIỂU HĐND TỈNH KHÓA XIX', 'TỔ ĐẠI BIỂU SỐ 1', '1. Nguyễn Văn Hùng - Bí thư Tỉnh ủy', '2. Trần Thị Lan', 'TỔ ĐẠI BIỂU SỐ 2', '1. Lê Văn Nam'],
      ['Đơn vị bầu cử số 1: phường Đông Hà, phường Nam Đông Hà', '1. Nguyễn Văn Hùng', '2. Trần Thị Lan', 'Đơn vị bầu cử số 2: xã Hải Lăng', '1. Lê Văn Nam'],
    ]) {
      await expect(readProgrammeSheet('danh-sach.docx', list(lines))).rejects.toMatchObject({ reason: 'spreadsheet.delegatesNotProgramme' });
    }
    expect(en['spreadsheet.delegatesNotProgramme']).toContain('Roster (Alt+2)');
    expect(vi['spreadsheet.delegatesNotProgramme']).toContain('Đại biểu (Alt+2)');
    // The list's own import refuses it too, asking for a table.
    await expect(readSheet('danh-sach.docx', list(['TỔ ĐẠI BIỂU SỐ 1', '1. Nguyễn Văn Hùng']))).rejects.toMatchObject({ reason: 'spreadsheet.noTable' });
  });

  it('is no programme that names its groups: days, parts of day or times say it is one', () => {
    expect(delegateListHeading(['Buổi chiều', '1. Thảo luận tại tổ', '- Tổ đại biểu số 1: phòng họp số 2', 'Tổ đại biểu số 2: hội trường'])).toBeNull();
    expect(delegateListHeading(['1. 14h00: Thảo luận tại tổ', 'Tổ đại biểu số 1: phòng họp số 2'])).toBeNull();
    expect(delegateListHeading(['I. ĐƠN VỊ BẦU CỬ SỐ 1', '1. Nguyễn Văn Hùng'])).toBe('I. ĐƠN VỊ BẦU CỬ SỐ 1');
  });
});
