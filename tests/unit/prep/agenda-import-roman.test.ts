/**
 * A programme whose STT column numbers the parts "I", "II.", "III" and their items 1, 2, 3 (or
 * 1.1), the titles unnumbered, as a commune office types it: each Roman numeral makes its row a
 * part heading, the rows numbered under it its sub-items, until the next part or the next day.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAgendaTable, partNumber, programmeTable } from '../../../common/agenda/import';
import { isHeading, joinRows } from '../../../common/timing/stats';
import { readSheet } from '../../../src/lib/spreadsheet';
import { PROGRAMME_ROMAN, ROMAN_DATES, ROMAN_SEATS } from '../../fixtures/province/build-programme-roman';
import { newEngine, ok } from '../helpers';

const file = path.join(import.meta.dirname, '../../fixtures/province', PROGRAMME_ROMAN);
const sheet = async () => {
  const b = fs.readFileSync(file);
  return (await readSheet(PROGRAMME_ROMAN, b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer)).rows;
};
const HEADER = ['STT', 'Nội dung', 'Cơ quan, người thực hiện', 'Thời gian (phút)'];
const PARTS = ['Phiên khai mạc', 'Trình bày các báo cáo, tờ trình', 'Thảo luận tại hội trường', 'Chất vấn và trả lời chất vấn', 'Công tác nhân sự', 'Biểu quyết thông qua các nghị quyết', 'Bế mạc kỳ họp'];

describe('Roman numerals in the STT column', () => {
  it('reads "I", "II.", "IV", "Phần I" as a part, and nothing else', () => {
    for (const n of ['I', 'I.', 'II', 'III', 'IV', 'IV.', 'V)', 'IX', 'XII', 'Phần I', 'PHẦN II', 'Phần thứ III', 'phần 2', 'Phan IV.', ' VI ']) expect(partNumber(n), n).toBe(true);
    // "i)", "v." letter an item's parts; "IIII" is no numeral; "1", "1.1" number items.
    for (const n of ['', 'i', 'i)', 'v.', 'IIII', 'VX', 'A', 'B.', '1', '1.1', 'Phần', 'Phần a', 'Nguyễn Văn I']) expect(partNumber(n), n).toBe(false);
  });

  it('imports the office file: seven parts over their numbered items, a verification "1.1" under its part', async () => {
    const { rows, problems } = parseAgendaTable(programmeTable(await sheet()), ROMAN_DATES);
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(26);
    expect(rows.filter((r) => !r.sub).map((r) => r.title)).toEqual([...PARTS.slice(0, 2), 'Nghỉ giải lao', ...PARTS.slice(2)]);
    // The parts plan no time of their own: their items carry it.
    expect(rows.filter((r) => PARTS.includes(r.title)).every((r) => r.plannedMinutes === 0)).toBe(true);
    const row = (start: string) => rows.find((r) => r.title.startsWith(start))!;
    expect(row('Chào cờ')).toMatchObject({ sub: true, plannedMinutes: 5, presenter: 'Ban Tổ chức', sitting: { date: '2026-12-17', part: 'morning' } });
    expect(row('Báo cáo thẩm tra của Ban Kinh tế')).toMatchObject({ sub: true, kind: 'verification', plannedMinutes: 15 });
    expect(row('Nhóm vấn đề thứ hai')).toMatchObject({ sub: true, kind: 'questioning', sitting: { date: '2026-12-17', part: 'afternoon' } });
    expect(row('Nghị quyết về dự toán ngân sách xã')).toMatchObject({ sub: true, kind: 'vote', sitting: { date: '2026-12-18', part: 'morning' } });
    // The numeral is the STT's, never put into the title.
    expect(rows.some((r) => /^[IVX]+\.?\s/.test(r.title))).toBe(false);

    const { engine } = newEngine();
    ok(engine, 'council.save', { name: 'HĐND xã Tân Lập', level: 'commune', term: 1, totalSeats: ROMAN_SEATS });
    ok(engine, 'session.create', { number: 5, term: 1, kind: 'regular', ...ROMAN_DATES });
    ok(engine, 'agenda.import', { rows });
    const live = joinRows(engine.current.agenda, engine.current.timing.items);
    expect(live.filter((r) => isHeading(r, live)).map((r) => r.item.title)).toEqual(PARTS);
    const idOf = (title: string) => live.find((r) => r.item.title === title)!.item.id;
    const under = (part: string) => live.filter((r) => r.timing.parentId === idOf(part)).map((r) => r.item.title);
    expect(under('Trình bày các báo cáo, tờ trình')).toHaveLength(5);
    expect(under('Công tác nhân sự')).toEqual(['Bầu Phó Chủ tịch Ủy ban nhân dân xã nhiệm kỳ 2026 - 2031']);
    expect(under('Bế mạc kỳ họp')).toEqual(['Phát biểu bế mạc kỳ họp', 'Chào cờ bế mạc']);
    expect(engine.current.sittings.map((s) => [s.date, s.part])).toEqual([
      ['2026-12-17', 'morning'],
      ['2026-12-17', 'afternoon'],
      ['2026-12-18', 'morning'],
    ]);
  });

  it('takes "Phần I" as a part, a part numbered in the title too once only, and items lettered "a", "b" in STT as its own', () => {
    const { rows, problems } = parseAgendaTable([
      HEADER,
      ['Phần I', 'Khai mạc kỳ họp', '', ''],
      ['1', 'Chào cờ', 'Ban Tổ chức', '5'],
      ['2', 'Diễn văn khai mạc', 'Chủ tịch HĐND xã', '10'],
      ['PHẦN II', 'II. Thảo luận tại hội trường', '', ''],
      ['1', '1. Thảo luận về dự toán ngân sách năm 2027', 'Đại biểu HĐND xã', '60'],
      ['III.', 'Biểu quyết thông qua các nghị quyết', '', ''],
      ['a', 'Nghị quyết về dự toán ngân sách năm 2027', 'Chủ tọa kỳ họp', '10'],
      ['b', 'Nghị quyết về kế hoạch đầu tư công năm 2027', 'Chủ tọa kỳ họp', '10'],
    ]);
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.title, r.sub])).toEqual([
      ['Khai mạc kỳ họp', false],
      ['Chào cờ', true],
      ['Diễn văn khai mạc', true],
      ['Thảo luận tại hội trường', false],
      ['Thảo luận về dự toán ngân sách năm 2027', true],
      ['Biểu quyết thông qua các nghị quyết', false],
      ['Nghị quyết về dự toán ngân sách năm 2027', true],
      ['Nghị quyết về kế hoạch đầu tư công năm 2027', true],
    ]);
  });

  it('reads a capital "I" as a numeral in STT only: a presenter or a title named "I" is text', () => {
    const { rows } = parseAgendaTable([
      HEADER,
      ['1', 'Báo cáo công tác năm 2026', 'I', '20'],
      ['2', 'I', 'Ông Nguyễn Văn I', '10'],
      ['i)', 'Báo cáo thẩm tra', 'Trưởng Ban Pháp chế', '10'],
    ]);
    // "1" and "2" with no part above are main items; "i)" letters a part of the item before it.
    expect(rows.map((r) => [r.title, r.sub])).toEqual([
      ['Báo cáo công tác năm 2026', false],
      ['I', false],
      ['Báo cáo thẩm tra', true],
    ]);
  });

  it('ends a part at the next day, named in a heading row or in the day column', () => {
    const headings = parseAgendaTable([
      HEADER,
      ['NGÀY THỨ NHẤT', '', '', ''],
      ['Buổi sáng', '', '', ''],
      ['III', 'Thảo luận tại hội trường', '', ''],
      ['1', 'Thảo luận về dự toán', 'Đại biểu HĐND xã', '60'],
      ['NGÀY THỨ HAI', '', '', ''],
      ['Buổi sáng', '', '', ''],
      ['2', 'Bầu Phó Chủ tịch UBND xã', 'Chủ tọa kỳ họp', '30'],
    ], ROMAN_DATES).rows;
    expect(headings.map((r) => r.sub)).toEqual([false, true, false]);

    const dayColumn = parseAgendaTable([
      ['STT', 'Ngày', 'Buổi', 'Nội dung', 'Thời gian (phút)'],
      ['I', '17/12/2026', 'Sáng', 'Thảo luận tại hội trường', ''],
      ['1', '', '', 'Thảo luận về dự toán', '60'],
      ['2', '18/12/2026', 'Sáng', 'Bầu Phó Chủ tịch UBND xã', '30'],
    ], ROMAN_DATES);
    expect(dayColumn.problems).toEqual([]);
    expect(dayColumn.rows.map((r) => [r.sub, r.sitting?.date])).toEqual([[false, '2026-12-17'], [true, '2026-12-17'], [false, '2026-12-18']]);
  });

  it('leaves a file without Roman parts as it was: "1", "2" are main items, "1.1" a sub-item', () => {
    const { rows } = parseAgendaTable([
      HEADER,
      ['1', 'Báo cáo tình hình kinh tế - xã hội', 'Chủ tịch UBND xã', '30'],
      ['1.1', 'Báo cáo thẩm tra', 'Trưởng Ban Kinh tế - Ngân sách', '15'],
      ['2', 'Tờ trình về dự toán ngân sách', 'Phó Chủ tịch UBND xã', '15'],
    ]);
    expect(rows.map((r) => r.sub)).toEqual([false, true, false]);
  });
});
