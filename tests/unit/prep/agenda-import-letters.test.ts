/**
 * Parts lettered "A.", "B.", "C." at the top of a programme, over rows numbered 1, 2, 3, as some
 * offices letter them: each capital letter makes its row a part heading, its numbered rows its
 * sub-items, as a Roman numeral does. Lower-case "a)", "b." stay an item's own parts (sub-items),
 * and a file whose items are themselves lettered A, B, C keeps them as main items.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAgendaTable, programmeTable } from '../../../common/agenda/import';
import { isHeading, joinRows } from '../../../common/timing/stats';
import { readSheet } from '../../../src/lib/spreadsheet';
import { LETTERS_DATES, LETTERS_SEATS, PROGRAMME_LETTERS } from '../../fixtures/province/build-programme-letters';
import { newEngine, ok } from '../helpers';

const HEADER = ['STT', 'Nội dung', 'Cơ quan, người thực hiện', 'Thời gian (phút)'];
const shape = (table: string[][]) => {
  const { rows, problems } = parseAgendaTable(table);
  expect(problems).toEqual([]);
  return rows.map((r) => [r.title, r.sub]);
};

describe('capital letters in a programme', () => {
  it('make a part of a row lettered "A.", "B)" or "C" in STT over rows numbered 1, 2…, the numbered rows its sub-items', () => {
    expect(
      shape([
        HEADER,
        ['A.', 'PHIÊN KHAI MẠC', '', ''],
        ['1', 'Chào cờ', 'Ban Tổ chức', '5'],
        ['2', 'Diễn văn khai mạc kỳ họp', 'Chủ tịch HĐND tỉnh', '15'],
        ['B)', 'TRÌNH BÀY CÁC BÁO CÁO, TỜ TRÌNH', '', ''],
        ['1.', 'Báo cáo tình hình kinh tế - xã hội năm 2026', 'Chủ tịch UBND tỉnh', '30'],
        ['', 'a) Báo cáo thẩm tra của Ban Kinh tế - Ngân sách', 'Trưởng Ban Kinh tế - Ngân sách', '15'],
        ['2.', 'Tờ trình về dự toán ngân sách năm 2027', 'Phó Chủ tịch UBND tỉnh', '15'],
        ['C', 'BẾ MẠC KỲ HỌP', '', ''],
        ['3', 'Phát biểu bế mạc kỳ họp', 'Chủ tịch HĐND tỉnh', '15'],
      ]),
    ).toEqual([
      ['Phiên khai mạc', false],
      ['Chào cờ', true],
      ['Diễn văn khai mạc kỳ họp', true],
      ['Trình bày các báo cáo, tờ trình', false],
      ['Báo cáo tình hình kinh tế - xã hội năm 2026', true],
      ['Báo cáo thẩm tra của Ban Kinh tế - Ngân sách', true],
      ['Tờ trình về dự toán ngân sách năm 2027', true],
      ['Bế mạc kỳ họp', false],
      ['Phát biểu bế mạc kỳ họp', true],
    ]);
  });

  it('read "A. " before a title as a part when "1. " titles follow, past a heading of the day, the mark left out', () => {
    const { rows, problems } = parseAgendaTable([
      ['Nội dung', 'Người trình bày', 'Thời gian'],
      ['A. PHIÊN KHAI MẠC', '', ''],
      ['Buổi sáng', '', ''],
      ['1. Chào cờ', 'Ban Tổ chức', '5'],
      ['2. Báo cáo số lượng đại biểu có mặt', 'Chánh Văn phòng', '5'],
      ['Đ. THẢO LUẬN', '', '60'],
      ['1. Thảo luận tại tổ', 'Các tổ đại biểu', ''],
      ['2. Thảo luận tại hội trường', 'Đại biểu HĐND tỉnh', ''],
    ]);
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.title, r.sub, r.plannedMinutes])).toEqual([
      ['Phiên khai mạc', false, 0],
      ['Chào cờ', true, 5],
      ['Báo cáo số lượng đại biểu có mặt', true, 5],
      // A part's minutes go to its untimed items, as a Roman part's do.
      ['Thảo luận', false, 0],
      ['Thảo luận tại tổ', true, 30],
      ['Thảo luận tại hội trường', true, 30],
    ]);
  });

  it('keep lower-case "a)", "b." under a numbered row as its sub-items', () => {
    expect(
      shape([
        HEADER,
        ['1', 'Trình bày các báo cáo, tờ trình', '', ''],
        ['a)', 'Báo cáo kết quả giám sát', 'Phó Chủ tịch HĐND tỉnh', '15'],
        ['b.', 'Tờ trình về kế hoạch đầu tư công', 'Phó Chủ tịch UBND tỉnh', '15'],
        ['2', 'Thảo luận tại hội trường', 'Đại biểu HĐND tỉnh', '60'],
      ]),
    ).toEqual([
      ['Trình bày các báo cáo, tờ trình', false],
      ['Báo cáo kết quả giám sát', true],
      ['Tờ trình về kế hoạch đầu tư công', true],
      ['Thảo luận tại hội trường', false],
    ]);
  });

  it('keep items lettered "A.", "B.", "C." with no numbered rows under them as main items, and a lone "A" too', () => {
    expect(
      shape([
        HEADER,
        ['A.', 'Khai mạc kỳ họp', 'Chủ tịch HĐND xã', '15'],
        ['B.', 'Báo cáo tình hình kinh tế - xã hội', 'Chủ tịch UBND xã', '30'],
        ['', '- Báo cáo thẩm tra của Ban Kinh tế - Xã hội', 'Trưởng Ban', '10'],
        ['C.', 'Bế mạc kỳ họp', 'Chủ tịch HĐND xã', '10'],
      ]),
    ).toEqual([
      ['Khai mạc kỳ họp', false],
      ['Báo cáo tình hình kinh tế - xã hội', false],
      ['Báo cáo thẩm tra của Ban Kinh tế - Xã hội', true],
      ['Bế mạc kỳ họp', false],
    ]);
    expect(shape([HEADER, ['A', 'Thảo luận tại hội trường', 'Đại biểu HĐND xã', '60']])).toEqual([['Thảo luận tại hội trường', false]]);
    // A title that starts with a capital and a full stop, with nothing numbered after it, keeps its words.
    expect(shape([['Nội dung', 'Thời gian'], ['A. Lincoln và bài học về dân chủ', '30'], ['Bế mạc kỳ họp', '10']])).toEqual([
      ['A. Lincoln và bài học về dân chủ', false],
      ['Bế mạc kỳ họp', false],
    ]);
  });
});

describe('the office file with parts lettered A. to G.', () => {
  const PARTS = ['Phiên khai mạc', 'Trình bày các báo cáo, tờ trình', 'Thảo luận tại hội trường', 'Chất vấn và trả lời chất vấn', 'Công tác nhân sự', 'Biểu quyết thông qua các nghị quyết', 'Bế mạc kỳ họp'];
  const sheet = async () => {
    const b = fs.readFileSync(path.join(import.meta.dirname, '../../fixtures/province', PROGRAMME_LETTERS));
    return (await readSheet(PROGRAMME_LETTERS, b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer)).rows;
  };

  it('imports seven parts over their numbered items, over two days, the letters never in a title', async () => {
    const { rows, problems } = parseAgendaTable(programmeTable(await sheet()), LETTERS_DATES);
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(28);
    expect(rows.filter((r) => !r.sub).map((r) => r.title)).toEqual([...PARTS.slice(0, 2), 'Nghỉ giải lao', ...PARTS.slice(2)]);
    expect(rows.filter((r) => PARTS.includes(r.title)).every((r) => r.plannedMinutes === 0)).toBe(true);
    const row = (start: string) => rows.find((r) => r.title.startsWith(start))!;
    expect(row('Báo cáo thẩm tra của Ban Văn hóa')).toMatchObject({ sub: true, kind: 'verification', plannedMinutes: 10 });
    expect(row('Nhóm vấn đề thứ hai')).toMatchObject({ sub: true, kind: 'questioning', sitting: { date: '2026-12-09', part: 'morning' } });
    expect(row('Bầu bổ sung')).toMatchObject({ sub: true, kind: 'election', sitting: { date: '2026-12-09', part: 'afternoon' } });
    expect(rows.some((r) => /^[A-ZĐ][.)]\s/u.test(r.title))).toBe(false);

    const { engine } = newEngine();
    ok(engine, 'council.save', { name: 'HĐND tỉnh Quảng Trị', level: 'province', term: 9, totalSeats: LETTERS_SEATS });
    ok(engine, 'session.create', { number: 2, term: 9, kind: 'regular', ...LETTERS_DATES });
    ok(engine, 'agenda.import', { rows });
    const live = joinRows(engine.current.agenda, engine.current.timing.items);
    expect(live.filter((r) => isHeading(r, live)).map((r) => r.item.title)).toEqual(PARTS);
    expect(engine.current.sittings.map((s) => [s.date, s.part])).toEqual([
      ['2026-12-08', 'morning'],
      ['2026-12-08', 'afternoon'],
      ['2026-12-09', 'morning'],
      ['2026-12-09', 'afternoon'],
    ]);
  });
});
