/**
 * A line set with a dash under an item of a part ("II. TRÌNH BÀY …" › "1. Tờ trình về …" › "- Báo
 * cáo thẩm tra của Ban Kinh tế - Ngân sách"): items have two levels, the part and its items, so the
 * line is the item's own, the document taken up with it or who presents it, never an item beside it
 * (it used to be one, "Báo cáo thẩm tra…" as the part's next item). A numbered line stays an item.
 * And a day changed only in a day column, after a break at the day's end: the part ends there as at
 * a day's heading row, the break is the day's last item of its own and the new day starts on the row
 * the file says (the break used to stay inside the part, as if the part went on into the next day).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinToItem, parseAgendaTable, programmeTable } from '../../../common/agenda/import';
import { isHeading, joinRows } from '../../../common/timing/stats';
import { readSheet } from '../../../src/lib/spreadsheet';
import { DASH_DATES, DASH_SEATS, PROGRAMME_DASH_LINES } from '../../fixtures/province/build-programme-dash-lines';
import { newEngine, ok } from '../helpers';

const HEADER = ['STT', 'Nội dung', 'Cơ quan, người thực hiện', 'Thời gian (phút)'];
const DATES = { startDate: '2026-12-10', endDate: '2026-12-11' };
const read = (table: string[][]) => {
  const { rows, problems } = parseAgendaTable(table, DATES);
  expect(problems).toEqual([]);
  return rows;
};
const PART = [
  HEADER,
  ['II.', 'TRÌNH BÀY CÁC BÁO CÁO, TỜ TRÌNH', '', ''],
  ['1', 'Tờ trình về dự toán ngân sách địa phương năm 2027', 'Giám đốc Sở Tài chính', '20'],
];

describe('a dash line under an item of a part', () => {
  it('joins the item: a document to its title, its presenter cell to the presenters, its minutes to the item’s', () => {
    const rows = read([
      ...PART,
      ['', '- Báo cáo thẩm tra của Ban Kinh tế - Ngân sách HĐND tỉnh', 'Trưởng Ban Kinh tế - Ngân sách', '10'],
      ['2', 'Tờ trình về kế hoạch đầu tư công năm 2027', 'Phó Chủ tịch UBND tỉnh', '15'],
    ]);
    expect(rows.map((r) => [r.title, r.sub, r.kind, r.presenter, r.plannedMinutes, r.joined])).toEqual([
      ['Trình bày các báo cáo, tờ trình', false, 'other', '', 0, undefined],
      [
        'Tờ trình về dự toán ngân sách địa phương năm 2027; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách HĐND tỉnh',
        true,
        'submission',
        'Giám đốc Sở Tài chính; Trưởng Ban Kinh tế - Ngân sách',
        30,
        [4],
      ],
      ['Tờ trình về kế hoạch đầu tư công năm 2027', true, 'submission', 'Phó Chủ tịch UBND tỉnh', 15, undefined],
    ]);
  });

  it('adds who presents to the presenters, the label or the verb left out; a dash in the STT column reads the same', () => {
    const rows = read([
      ...PART,
      ['', '– Trình bày: Phó Chủ tịch UBND tỉnh Trần Minh Đức', '', ''],
      ['•', 'Dự thảo Nghị quyết về dự toán ngân sách địa phương năm 2027', '', ''],
      ['', '+ Trưởng Ban Kinh tế - Ngân sách trình bày báo cáo thẩm tra', '', '10'],
      ['', '- Bà Lê Thị Hoa, Phó Trưởng Ban Kinh tế - Ngân sách', '', ''],
    ]);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({
      title: 'Tờ trình về dự toán ngân sách địa phương năm 2027; Dự thảo Nghị quyết về dự toán ngân sách địa phương năm 2027',
      presenter: 'Giám đốc Sở Tài chính; Phó Chủ tịch UBND tỉnh Trần Minh Đức; Trưởng Ban Kinh tế - Ngân sách trình bày báo cáo thẩm tra; Bà Lê Thị Hoa, Phó Trưởng Ban Kinh tế - Ngân sách',
      plannedMinutes: 30,
      joined: [4, 5, 6, 7],
    });
  });

  it('reads a presenter and a document as offices type them', () => {
    const item = { title: 'Tờ trình về giá đất', presenter: 'Giám đốc Sở Tài chính' };
    const join = (title: string, presenter = '') => joinToItem(item, { title, presenter });
    expect(join('Trình bày: Phó Chủ tịch UBND tỉnh')).toEqual({ title: item.title, presenter: 'Giám đốc Sở Tài chính; Phó Chủ tịch UBND tỉnh' });
    expect(join('Giám đốc Sở Nông nghiệp và Môi trường trình bày')).toEqual({ title: item.title, presenter: 'Giám đốc Sở Tài chính; Giám đốc Sở Nông nghiệp và Môi trường' });
    expect(join('Đ/c Nguyễn Văn Hùng')).toEqual({ title: item.title, presenter: 'Giám đốc Sở Tài chính; Đ/c Nguyễn Văn Hùng' });
    expect(join('Ông Phạm Văn Long')).toEqual({ title: item.title, presenter: 'Giám đốc Sở Tài chính; Ông Phạm Văn Long' });
    // Folded, "Ba" (three) is "bà": a document still.
    expect(join('Ba dự thảo nghị quyết kèm theo')).toEqual({ title: 'Tờ trình về giá đất; Ba dự thảo nghị quyết kèm theo', presenter: item.presenter });
    // A presenter already named is not named twice.
    expect(join('Báo cáo thẩm tra của Ban Kinh tế - Ngân sách', 'giám đốc sở tài chính')).toEqual({ title: 'Tờ trình về giá đất; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách', presenter: item.presenter });
    // The label alone, the presenter in its cell.
    expect(join('Trình bày:', 'Phó Giám đốc Sở Tài chính')).toEqual({ title: item.title, presenter: 'Giám đốc Sở Tài chính; Phó Giám đốc Sở Tài chính' });
  });

  it('leaves an item what it is: lettered or numbered lines, a break set with a dash, dashes as a part’s own items, and a dash under a main item', () => {
    const shape = (table: string[][]) => read(table).map((r) => [r.title, r.sub, r.kind]);
    expect(shape([...PART, ['a)', 'Báo cáo thẩm tra của Ban Kinh tế - Ngân sách', 'Trưởng Ban Kinh tế - Ngân sách', '10'], ['', '- Giải lao', '', '15'], ['1.2', 'Tờ trình về giá đất', 'Giám đốc Sở Tài chính', '10']])).toEqual([
      ['Trình bày các báo cáo, tờ trình', false, 'other'],
      ['Tờ trình về dự toán ngân sách địa phương năm 2027', true, 'submission'],
      ['Báo cáo thẩm tra của Ban Kinh tế - Ngân sách', true, 'verification'],
      ['Giải lao', true, 'break'],
      ['Tờ trình về giá đất', true, 'submission'],
    ]);
    // Right under the part, before any numbered item: the part's items.
    expect(shape([HEADER, ['V.', 'BIỂU QUYẾT THÔNG QUA CÁC NGHỊ QUYẾT', '', ''], ['', '- Nghị quyết về dự toán ngân sách năm 2027', 'Chủ tọa kỳ họp', '10'], ['', '- Nghị quyết về giá đất', 'Chủ tọa kỳ họp', '10']])).toEqual([
      ['Biểu quyết thông qua các nghị quyết', false, 'vote'],
      ['Nghị quyết về dự toán ngân sách năm 2027', true, 'vote'],
      ['Nghị quyết về giá đất', true, 'vote'],
    ]);
    // No part: the item is a main item, and the dash line its sub-item, as before.
    expect(shape([HEADER, ['1', 'Tờ trình về dự toán ngân sách năm 2027', 'Giám đốc Sở Tài chính', '20'], ['', '- Báo cáo thẩm tra của Ban Kinh tế - Ngân sách', 'Trưởng Ban Kinh tế - Ngân sách', '10']])).toEqual([
      ['Tờ trình về dự toán ngân sách năm 2027', false, 'submission'],
      ['Báo cáo thẩm tra của Ban Kinh tế - Ngân sách', true, 'verification'],
    ]);
  });

  it('names the line when joining it would make the item too long, or when the item has errors; the item keeps its own', () => {
    const { rows, problems } = parseAgendaTable([...PART, ['', `- Báo cáo thẩm tra ${'rất dài '.repeat(60)}`, '', ''], ['2', 'Tờ trình về giá đất', 'Giám đốc Sở Tài chính', 'mười'], ['', '- Báo cáo thẩm tra của Ban Kinh tế - Ngân sách', '', '']], DATES);
    expect(rows.map((r) => r.title)).toEqual(['Trình bày các báo cáo, tờ trình', 'Tờ trình về dự toán ngân sách địa phương năm 2027']);
    expect(problems.map((p) => [p.line, p.problems.map((q) => q.problem)])).toEqual([
      [4, ['joinedLong']],
      [5, ['minutesInvalid']],
      [6, ['parentBad']],
    ]);
  });
});

describe('a new day given only in the day column, after a break', () => {
  it('ends the part: the break is the day’s last item of its own, the next day’s rows in that day', () => {
    const rows = read([
      ['Ngày', 'Buổi', 'STT', 'Nội dung', 'Cơ quan, người thực hiện', 'Thời gian (phút)'],
      ['Thứ Năm, ngày 10/12/2026', 'Chiều', 'III.', 'THẢO LUẬN TẠI HỘI TRƯỜNG', '', ''],
      ['', '', '1', 'Thảo luận về tình hình kinh tế - xã hội', 'Đại biểu HĐND tỉnh', '120'],
      ['', '', '', 'Giải lao', '', '15'],
      ['Thứ Sáu, ngày 11/12/2026', 'Sáng', '2', 'Thảo luận về dự thảo các nghị quyết (tiếp)', 'Đại biểu HĐND tỉnh', '60'],
      ['', '', '3', 'Giải trình, làm rõ ý kiến đại biểu', 'Chủ tịch UBND tỉnh', '20'],
    ]);
    expect(rows.map((r) => [r.title, r.sub, r.sitting?.date, r.sitting?.part])).toEqual([
      ['Thảo luận tại hội trường', false, '2026-12-10', 'afternoon'],
      ['Thảo luận về tình hình kinh tế - xã hội', true, '2026-12-10', 'afternoon'],
      ['Giải lao', false, '2026-12-10', 'afternoon'],
      ['Thảo luận về dự thảo các nghị quyết (tiếp)', false, '2026-12-11', 'morning'],
      ['Giải trình, làm rõ ý kiến đại biểu', false, '2026-12-11', 'morning'],
    ]);
  });

  it('reads a sitting column ("Sáng 11/12/2026") the same, and the same day written again goes on with the part', () => {
    const shape = (table: string[][]) => read(table).map((r) => [r.title, r.sub, r.sitting?.date]);
    expect(
      shape([
        ['Phiên họp', 'STT', 'Nội dung', 'Thời gian (phút)'],
        ['Chiều 10/12/2026', 'II.', 'TRÌNH BÀY CÁC BÁO CÁO', ''],
        ['', '1', 'Báo cáo công tác của Tòa án nhân dân tỉnh', '10'],
        ['', '', 'Nghỉ giải lao 15 phút', ''],
        ['Sáng 11/12/2026', '2', 'Báo cáo công tác của Viện kiểm sát nhân dân tỉnh', '10'],
      ]),
    ).toEqual([
      ['Trình bày các báo cáo', false, '2026-12-10'],
      ['Báo cáo công tác của Tòa án nhân dân tỉnh', true, '2026-12-10'],
      ['Nghỉ giải lao 15 phút', false, '2026-12-10'],
      ['Báo cáo công tác của Viện kiểm sát nhân dân tỉnh', false, '2026-12-11'],
    ]);
    expect(
      shape([
        ['Ngày', 'STT', 'Nội dung', 'Thời gian (phút)'],
        ['10/12/2026', 'II.', 'TRÌNH BÀY CÁC BÁO CÁO', ''],
        ['10/12/2026', '1', 'Báo cáo công tác của Tòa án nhân dân tỉnh', '10'],
        ['', '', 'Nghỉ giải lao 15 phút', ''],
        ['10/12/2026', '2', 'Báo cáo công tác của Viện kiểm sát nhân dân tỉnh', '10'],
      ]).map(([title, sub]) => [title, sub]),
    ).toEqual([
      ['Trình bày các báo cáo', false],
      ['Báo cáo công tác của Tòa án nhân dân tỉnh', true],
      ['Nghỉ giải lao 15 phút', true],
      ['Báo cáo công tác của Viện kiểm sát nhân dân tỉnh', true],
    ]);
  });
});

describe('the office’s file (chuong-trinh-dong-gach-dau-dong.xlsx: days and parts of day in merged columns)', () => {
  const sheet = async () => {
    const b = fs.readFileSync(path.join(import.meta.dirname, '../../fixtures/province', PROGRAMME_DASH_LINES));
    return (await readSheet(PROGRAMME_DASH_LINES, b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer)).rows;
  };

  it('imports every dash line into its item, the part’s own dash items as items, and each day where the file starts it', async () => {
    const { rows, problems } = parseAgendaTable(programmeTable(await sheet()), DASH_DATES);
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(24);
    // No dash line became an item of its own, nor was lost.
    expect(rows.some((r) => /^Báo cáo thẩm tra|^Trình bày:|^Dự thảo|^Đồng chí/.test(r.title))).toBe(false);
    expect(rows.flatMap((r) => r.joined ?? [])).toEqual([12, 14, 15, 16, 18, 28]);
    const item = (start: string) => rows.find((r) => r.title.startsWith(start))!;
    expect(item('Tờ trình về kế hoạch đầu tư công')).toMatchObject({
      title: 'Tờ trình về kế hoạch đầu tư công năm 2027; Dự thảo Nghị quyết về kế hoạch đầu tư công năm 2027; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách HĐND tỉnh',
      presenter: 'Ủy ban nhân dân tỉnh; Phó Chủ tịch UBND tỉnh Trần Minh Đức; Phó Trưởng Ban Kinh tế - Ngân sách',
      plannedMinutes: 25,
      sub: true,
    });
    expect(item('Nhóm vấn đề thứ nhất').presenter).toBe('Giám đốc Sở Nông nghiệp và Môi trường; Đồng chí Phó Chủ tịch UBND tỉnh phụ trách lĩnh vực trả lời làm rõ thêm');
    // The first day's last break on its own, the second day's first row on the 11th.
    expect([item('Giải lao'), item('Thảo luận về dự thảo')].map((r) => [r.sub, r.sitting])).toEqual([
      [false, { date: '2026-12-10', part: 'afternoon' }],
      [false, { date: '2026-12-11', part: 'morning' }],
    ]);

    const { engine } = newEngine();
    ok(engine, 'council.save', { name: 'HĐND tỉnh Quảng Trị', level: 'province', term: 9, totalSeats: DASH_SEATS });
    ok(engine, 'session.create', { number: 6, term: 9, kind: 'regular', ...DASH_DATES });
    ok(engine, 'agenda.import', { rows });
    const live = joinRows(engine.current.agenda, engine.current.timing.items);
    expect(live.filter((r) => isHeading(r, live)).map((r) => r.item.title)).toEqual([
      'Phiên khai mạc',
      'Trình bày các báo cáo, tờ trình',
      'Thảo luận tại hội trường',
      'Chất vấn và trả lời chất vấn',
      'Biểu quyết thông qua các nghị quyết',
      'Bế mạc kỳ họp',
    ]);
    const idOf = (title: string) => live.find((r) => r.item.title === title)!.item.id;
    expect(live.filter((r) => r.timing.parentId === idOf('Trình bày các báo cáo, tờ trình')).map((r) => r.item.title.split(';')[0])).toEqual([
      'Tờ trình về dự toán thu ngân sách nhà nước trên địa bàn, thu, chi ngân sách địa phương năm 2027',
      'Tờ trình về kế hoạch đầu tư công năm 2027',
      'Tờ trình về chính sách hỗ trợ học sinh, trẻ em vùng đồng bào dân tộc thiểu số',
      'Nghỉ giải lao 15 phút',
      'Báo cáo công tác năm 2026 của Tòa án nhân dân tỉnh',
    ]);
    expect(engine.current.sittings.map((s) => [s.date, s.part])).toEqual([
      ['2026-12-10', 'morning'],
      ['2026-12-10', 'afternoon'],
      ['2026-12-11', 'morning'],
      ['2026-12-11', 'afternoon'],
    ]);
  });
});
