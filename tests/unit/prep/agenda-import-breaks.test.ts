/**
 * A break ("Giải lao", "Nghỉ giải lao 15 phút") inside a part of the programme, lettered "A.", "B."
 * or numbered "I.", "II.": it belongs to the part it sits in, and the items after it stay in the
 * part (it used to end the part, so they landed outside it as main items, their "2. " left in the
 * title). At a part's end, before the next part or day, it is a main item as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAgendaTable, programmeTable } from '../../../common/agenda/import';
import { isHeading, joinRows } from '../../../common/timing/stats';
import { readSheet } from '../../../src/lib/spreadsheet';
import { BREAKS_DATES, BREAKS_SEATS, PROGRAMME_BREAKS } from '../../fixtures/province/build-programme-breaks';
import { newEngine, ok } from '../helpers';

const HEADER = ['STT', 'Nội dung', 'Cơ quan, người thực hiện', 'Thời gian (phút)'];
const DATES = { startDate: '2026-12-08', endDate: '2026-12-09' };
const parse = (table: string[][]) => {
  const { rows, problems } = parseAgendaTable(table, DATES);
  expect(problems).toEqual([]);
  return rows;
};
const shape = (table: string[][]) => parse(table).map((r) => [r.title, r.kind, r.sub]);

describe('a break inside a part of the programme', () => {
  it('stays in a part lettered "A.", "B." in STT, and the items numbered after it too, over two days', () => {
    const rows = parse([
      HEADER,
      ['NGÀY THỨ NHẤT (Thứ Ba, ngày 08/12/2026)', '', '', ''],
      ['Buổi sáng', '', '', ''],
      ['A.', 'PHIÊN KHAI MẠC', '', ''],
      ['1', 'Chào cờ', 'Ban Tổ chức', '5'],
      ['2', 'Diễn văn khai mạc kỳ họp', 'Chủ tịch HĐND tỉnh', '15'],
      ['B.', 'TRÌNH BÀY CÁC BÁO CÁO, TỜ TRÌNH', '', ''],
      ['1', 'Báo cáo tình hình kinh tế - xã hội năm 2026', 'Chủ tịch UBND tỉnh', '30'],
      ['2', 'Báo cáo thẩm tra của Ban Kinh tế - Ngân sách', 'Trưởng Ban Kinh tế - Ngân sách', '15'],
      ['', 'Nghỉ giải lao 15 phút', '', ''],
      ['3', 'Tờ trình về dự toán ngân sách địa phương năm 2027', 'Giám đốc Sở Tài chính', '20'],
      ['4', 'Báo cáo công tác của Tòa án nhân dân tỉnh', 'Chánh án Tòa án nhân dân tỉnh', '10'],
      ['NGÀY THỨ HAI (Thứ Tư, ngày 09/12/2026)', '', '', ''],
      ['Buổi sáng', '', '', ''],
      ['C.', 'CHẤT VẤN VÀ TRẢ LỜI CHẤT VẤN', '', ''],
      ['1', 'Nhóm vấn đề thứ nhất: quản lý đất đai, khoáng sản', 'Giám đốc Sở Nông nghiệp và Môi trường', '60'],
      ['', 'Giải lao', '', '10'],
      ['2', 'Nhóm vấn đề thứ hai: y tế cơ sở, giáo dục', 'Giám đốc Sở Y tế', '60'],
    ]);
    expect(rows.map((r) => [r.title, r.kind, r.sub, r.plannedMinutes, r.sitting?.date])).toEqual([
      ['Phiên khai mạc', 'opening', false, 0, '2026-12-08'],
      ['Chào cờ', 'opening', true, 5, '2026-12-08'],
      ['Diễn văn khai mạc kỳ họp', 'opening', true, 15, '2026-12-08'],
      ['Trình bày các báo cáo, tờ trình', 'other', false, 0, '2026-12-08'],
      ['Báo cáo tình hình kinh tế - xã hội năm 2026', 'report', true, 30, '2026-12-08'],
      ['Báo cáo thẩm tra của Ban Kinh tế - Ngân sách', 'verification', true, 15, '2026-12-08'],
      // The break's minutes from its title, none being in the minutes column.
      ['Nghỉ giải lao 15 phút', 'break', true, 15, '2026-12-08'],
      ['Tờ trình về dự toán ngân sách địa phương năm 2027', 'submission', true, 20, '2026-12-08'],
      ['Báo cáo công tác của Tòa án nhân dân tỉnh', 'report', true, 10, '2026-12-08'],
      ['Chất vấn và trả lời chất vấn', 'questioning', false, 0, '2026-12-09'],
      ['Nhóm vấn đề thứ nhất: quản lý đất đai, khoáng sản', 'questioning', true, 60, '2026-12-09'],
      ['Giải lao', 'break', true, 10, '2026-12-09'],
      ['Nhóm vấn đề thứ hai: y tế cơ sở, giáo dục', 'questioning', true, 60, '2026-12-09'],
    ]);
  });

  it('stays in a part numbered "II. " in the title over items "1. ", "2. ": the item after it is read as the part’s, its number left out', () => {
    expect(
      shape([
        ['Nội dung', 'Cơ quan, người thực hiện', 'Thời gian'],
        ['II. TRÌNH BÀY CÁC BÁO CÁO, TỜ TRÌNH', '', ''],
        ['1. Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2026', 'Chủ tịch UBND xã', '30'],
        ['Giải lao', '', '15'],
        ['2. Tờ trình về dự toán ngân sách xã năm 2027', 'Phó Chủ tịch UBND xã', '15'],
        ['III. THẢO LUẬN TẠI HỘI TRƯỜNG', '', ''],
        ['1. Thảo luận về các báo cáo, tờ trình', 'Đại biểu HĐND xã', '60'],
      ]),
    ).toEqual([
      ['Trình bày các báo cáo, tờ trình', 'other', false],
      ['Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2026', 'report', true],
      ['Giải lao', 'break', true],
      ['Tờ trình về dự toán ngân sách xã năm 2027', 'submission', true],
      ['Thảo luận tại hội trường', 'discussion', false],
      ['Thảo luận về các báo cáo, tờ trình', 'discussion', true],
    ]);
  });

  it('reads a break merged across the row (its text in the STT cell) as the break it is, inside its part', () => {
    expect(
      shape([
        HEADER,
        ['III', 'THẢO LUẬN TẠI HỘI TRƯỜNG', '', ''],
        ['1', 'Thảo luận về tình hình kinh tế - xã hội năm 2026', 'Đại biểu HĐND tỉnh', '90'],
        ['Giải lao', '', '', ''],
        ['2', 'Thảo luận về tình hình kinh tế - xã hội năm 2026 (tiếp)', 'Đại biểu HĐND tỉnh', '60'],
      ]),
    ).toEqual([
      ['Thảo luận tại hội trường', 'discussion', false],
      ['Thảo luận về tình hình kinh tế - xã hội năm 2026', 'discussion', true],
      ['Giải lao', 'break', true],
      ['Thảo luận về tình hình kinh tế - xã hội năm 2026 (tiếp)', 'discussion', true],
    ]);
  });

  it('keeps a break between an item’s own parts "a)", "b)" and "c)" with them, and "c)" under the item, not under the break', () => {
    expect(
      shape([
        HEADER,
        ['1', 'Trình bày các báo cáo thẩm tra:', '', ''],
        ['', 'a) Báo cáo thẩm tra của Ban Kinh tế - Ngân sách', 'Trưởng Ban Kinh tế - Ngân sách', '15'],
        ['', 'b) Báo cáo thẩm tra của Ban Văn hóa - Xã hội', 'Trưởng Ban Văn hóa - Xã hội', '15'],
        ['', 'Nghỉ giải lao', '', '15'],
        ['', 'c) Báo cáo thẩm tra của Ban Pháp chế', 'Trưởng Ban Pháp chế', '15'],
        ['2', 'Thảo luận tại hội trường', 'Đại biểu HĐND tỉnh', '60'],
      ]),
    ).toEqual([
      ['Trình bày các báo cáo thẩm tra:', 'other', false],
      ['Báo cáo thẩm tra của Ban Kinh tế - Ngân sách', 'verification', true],
      ['Báo cáo thẩm tra của Ban Văn hóa - Xã hội', 'verification', true],
      ['Nghỉ giải lao', 'break', true],
      ['Báo cáo thẩm tra của Ban Pháp chế', 'verification', true],
      ['Thảo luận tại hội trường', 'discussion', false],
    ]);
  });

  it('leaves a break at a part’s end, before the next part, the next day or between main items, a main item of its own', () => {
    expect(
      shape([
        HEADER,
        ['NGÀY THỨ NHẤT (Thứ Ba, ngày 08/12/2026)', '', '', ''],
        ['Buổi sáng', '', '', ''],
        ['I', 'PHIÊN KHAI MẠC', '', ''],
        ['1', 'Chào cờ', 'Ban Tổ chức', '5'],
        ['', 'Giải lao', '', '15'],
        ['II', 'TRÌNH BÀY CÁC BÁO CÁO', '', ''],
        ['1', 'Báo cáo tình hình kinh tế - xã hội năm 2026', 'Chủ tịch UBND tỉnh', '30'],
        ['', 'Nghỉ giải lao', '', '15'],
        ['NGÀY THỨ HAI (Thứ Tư, ngày 09/12/2026)', '', '', ''],
        ['Buổi sáng', '', '', ''],
        ['1', 'Thảo luận tại hội trường', 'Đại biểu HĐND tỉnh', '90'],
        ['', 'Giải lao', '', '15'],
        ['2', 'Biểu quyết thông qua các nghị quyết', 'Chủ tọa kỳ họp', '30'],
      ]),
    ).toEqual([
      ['Phiên khai mạc', 'opening', false],
      ['Chào cờ', 'opening', true],
      ['Giải lao', 'break', false],
      ['Trình bày các báo cáo', 'other', false],
      ['Báo cáo tình hình kinh tế - xã hội năm 2026', 'report', true],
      ['Nghỉ giải lao', 'break', false],
      ['Thảo luận tại hội trường', 'discussion', false],
      ['Giải lao', 'break', false],
      ['Biểu quyết thông qua các nghị quyết', 'vote', false],
    ]);
  });

  it('takes a break’s minutes from its title only when no column gives them', () => {
    const rows = parse([
      HEADER,
      ['1', 'Báo cáo tình hình kinh tế - xã hội năm 2026', 'Chủ tịch UBND tỉnh', '30'],
      ['', 'Nghỉ giải lao 20 phút', '', ''],
      ['2', 'Tờ trình về dự toán ngân sách năm 2027', 'Giám đốc Sở Tài chính', '15'],
      ['', 'Giải lao (10 phút)', '', ''],
      ['3', 'Báo cáo thẩm tra của Ban Kinh tế - Ngân sách', 'Trưởng Ban Kinh tế - Ngân sách', '15'],
      ['', 'Nghỉ giải lao 15 phút', '', '20'],
      ['4', 'Thảo luận tại hội trường', 'Đại biểu HĐND tỉnh', '60'],
      ['', 'Giải lao', '', ''],
    ]);
    expect(rows.filter((r) => r.kind === 'break').map((r) => r.plannedMinutes)).toEqual([20, 10, 20, undefined]);
  });

  it('lets a part’s minutes go to its untimed items around the break, the break keeping its own', () => {
    const rows = parse([
      ['STT', 'Nội dung', 'Cơ quan, người thực hiện', 'Thời gian (phút)'],
      ['B.', 'TRÌNH BÀY CÁC BÁO CÁO, TỜ TRÌNH', '', '60'],
      ['1', 'Báo cáo tình hình kinh tế - xã hội năm 2026', 'Chủ tịch UBND tỉnh', ''],
      ['2', 'Báo cáo thẩm tra của Ban Kinh tế - Ngân sách', 'Trưởng Ban Kinh tế - Ngân sách', ''],
      ['', 'Giải lao', '', '15'],
      ['3', 'Tờ trình về dự toán ngân sách năm 2027', 'Giám đốc Sở Tài chính', ''],
      ['C.', 'THẢO LUẬN TẠI HỘI TRƯỜNG', '', ''],
      ['1', 'Thảo luận về các báo cáo, tờ trình', 'Đại biểu HĐND tỉnh', '90'],
    ]);
    expect(rows.slice(0, 5).map((r) => [r.title, r.plannedMinutes])).toEqual([
      ['Trình bày các báo cáo, tờ trình', 0],
      ['Báo cáo tình hình kinh tế - xã hội năm 2026', 20],
      ['Báo cáo thẩm tra của Ban Kinh tế - Ngân sách', 20],
      ['Giải lao', 15],
      ['Tờ trình về dự toán ngân sách năm 2027', 20],
    ]);
  });
});

describe('the office file with breaks inside its parts', () => {
  const file = path.join(import.meta.dirname, '../../fixtures/province', PROGRAMME_BREAKS);
  const sheet = async () => {
    const b = fs.readFileSync(file);
    return (await readSheet(PROGRAMME_BREAKS, b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer)).rows;
  };
  const PARTS = ['Phiên khai mạc', 'Trình bày các báo cáo, tờ trình', 'Thảo luận tại hội trường', 'Chất vấn và trả lời chất vấn', 'Công tác nhân sự', 'Biểu quyết thông qua các nghị quyết', 'Bế mạc kỳ họp'];

  it('imports seven parts, each break inside a part under it with the items after it, the one at a part’s end on its own', async () => {
    const { rows, problems } = parseAgendaTable(programmeTable(await sheet()), BREAKS_DATES);
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(32);
    expect(rows.filter((r) => !r.sub).map((r) => r.title)).toEqual([...PARTS.slice(0, 4), 'Nghỉ giải lao', ...PARTS.slice(4)]);
    expect(rows.filter((r) => r.kind === 'break').map((r) => [r.title, r.sub, r.plannedMinutes])).toEqual([
      ['Nghỉ giải lao 15 phút', true, 15],
      ['Giải lao', true, undefined],
      ['Giải lao', true, 10],
      ['Nghỉ giải lao', false, 15],
    ]);
    // No item number left in a title.
    expect(rows.some((r) => /^(\d+|[IVX]+)\.\s/.test(r.title))).toBe(false);

    const { engine } = newEngine();
    ok(engine, 'council.save', { name: 'HĐND tỉnh Hà Tĩnh', level: 'province', term: 19, totalSeats: BREAKS_SEATS });
    ok(engine, 'session.create', { number: 5, term: 19, kind: 'regular', ...BREAKS_DATES });
    ok(engine, 'agenda.import', { rows });
    const live = joinRows(engine.current.agenda, engine.current.timing.items);
    expect(live.filter((r) => isHeading(r, live)).map((r) => r.item.title)).toEqual(PARTS);
    const idOf = (title: string) => live.find((r) => r.item.title === title)!.item.id;
    const under = (part: string) => live.filter((r) => r.timing.parentId === idOf(part)).map((r) => r.item.title);
    expect(under('Trình bày các báo cáo, tờ trình')).toEqual([
      'Báo cáo tình hình kinh tế - xã hội năm 2026; mục tiêu, nhiệm vụ, giải pháp năm 2027',
      'Báo cáo thẩm tra của Ban Kinh tế - Ngân sách HĐND tỉnh',
      'Tờ trình về dự toán thu ngân sách nhà nước trên địa bàn, thu, chi ngân sách địa phương năm 2027',
      'Nghỉ giải lao 15 phút',
      'Báo cáo công tác năm 2026 của Tòa án nhân dân tỉnh',
      'Báo cáo công tác năm 2026 của Viện kiểm sát nhân dân tỉnh',
      'Thông báo của Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh về công tác tham gia xây dựng chính quyền',
    ]);
    expect(under('Thảo luận tại hội trường')).toEqual([
      'Thảo luận về tình hình kinh tế - xã hội và dự toán ngân sách năm 2027',
      'Giải lao',
      'Thảo luận về tình hình kinh tế - xã hội và dự toán ngân sách năm 2027 (tiếp)',
      'Giải trình, làm rõ ý kiến đại biểu',
    ]);
    expect(under('Chất vấn và trả lời chất vấn')).toHaveLength(4);
    expect(engine.current.sittings.map((s) => [s.date, s.part])).toEqual([
      ['2026-12-10', 'morning'],
      ['2026-12-10', 'afternoon'],
      ['2026-12-11', 'morning'],
      ['2026-12-11', 'afternoon'],
    ]);
  });
});
