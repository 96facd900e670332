/**
 * Rows without a number inside a part of an office's programme, over two days: "Phát biểu khai mạc kỳ
 * họp" between "1. Chào cờ" and "2. Báo cáo …" under "I. PHIÊN KHAI MẠC" is one of the part's items,
 * and the numbered items after it stay in the part (it used to end the part, and they fell outside it,
 * main items of their own). A "- Báo cáo thẩm tra" line under a numbered item is that item's (joined to
 * its title and presenters: items have two levels) and the part goes on after it. An unnumbered row right before a new part or a new day is a main item of its own, as
 * a break there is. Lettered parts ("A.", "B.") read the same.
 */
import { describe, expect, it } from 'vitest';
import { parseAgendaTable } from '../../../common/agenda/import';

const HEADER = ['STT', 'Nội dung', 'Cơ quan, người thực hiện', 'Thời gian (phút)'];
const read = (table: string[][]) => {
  const { rows, problems } = parseAgendaTable(table, { startDate: '2026-12-08', endDate: '2026-12-09' });
  expect(problems).toEqual([]);
  return rows;
};
const shape = (table: string[][]) => read(table).map((r) => [r.title, r.sub]);

/** Two days as a provincial office sets them: Roman parts, unnumbered rows among the numbered ones. */
const TWO_DAYS = [
  ['ỦY BAN NHÂN DÂN TỈNH', '', '', ''],
  ['CHƯƠNG TRÌNH KỲ HỌP THỨ MƯỜI HAI, HĐND TỈNH KHÓA XI', '', '', ''],
  HEADER,
  ['', 'NGÀY THỨ NHẤT (08/12/2026)', '', ''],
  ['', 'Buổi sáng', '', ''],
  ['I.', 'PHIÊN KHAI MẠC', '', ''],
  ['1', 'Chào cờ', 'Ban Tổ chức', '5'],
  ['', 'Phát biểu khai mạc kỳ họp', 'Chủ tịch HĐND tỉnh', '15'],
  ['2', 'Báo cáo tình hình kinh tế - xã hội năm 2026, phương hướng, nhiệm vụ năm 2027', 'Chủ tịch UBND tỉnh', '30'],
  ['', '- Báo cáo thẩm tra của Ban Kinh tế - Ngân sách', 'Trưởng Ban Kinh tế - Ngân sách', '15'],
  ['3', 'Tờ trình về dự toán ngân sách địa phương năm 2027', 'Phó Chủ tịch UBND tỉnh', '15'],
  ['', 'Thông qua chương trình kỳ họp', 'Chủ tọa kỳ họp', '5'],
  ['II.', 'THẢO LUẬN TẠI HỘI TRƯỜNG', '', ''],
  ['1', 'Thảo luận về tình hình kinh tế - xã hội', 'Đại biểu HĐND tỉnh', '90'],
  ['', 'Phát biểu giải trình của Giám đốc Sở Tài chính', 'Giám đốc Sở Tài chính', '10'],
  ['2', 'Thảo luận về dự toán ngân sách năm 2027', 'Đại biểu HĐND tỉnh', '60'],
  ['', 'Kết luận phiên thảo luận', 'Chủ tọa kỳ họp', '10'],
  ['', 'NGÀY THỨ HAI (09/12/2026)', '', ''],
  ['', 'Buổi sáng', '', ''],
  ['III.', 'CHẤT VẤN VÀ TRẢ LỜI CHẤT VẤN', '', ''],
  ['1', 'Nhóm vấn đề thứ nhất: quản lý đất đai, tài nguyên', 'Giám đốc Sở Nông nghiệp và Môi trường', '60'],
  ['', 'Phát biểu của Chủ tịch UBND tỉnh làm rõ thêm', 'Chủ tịch UBND tỉnh', '10'],
  ['2', 'Nhóm vấn đề thứ hai: giáo dục và đào tạo', 'Giám đốc Sở Giáo dục và Đào tạo', '60'],
  ['IV.', 'PHIÊN BẾ MẠC', '', ''],
  ['1', 'Biểu quyết thông qua các nghị quyết', 'Chủ tọa kỳ họp', '30'],
  ['', 'Phát biểu bế mạc kỳ họp', 'Chủ tịch HĐND tỉnh', '15'],
];

describe('an unnumbered row inside a numbered part', () => {
  it('belongs to the part when its numbered items go on after it, over two days, with each day its sitting', () => {
    const rows = read(TWO_DAYS);
    expect(rows.map((r) => [r.title, r.sub, r.sitting?.date])).toEqual([
      ['Phiên khai mạc', false, '2026-12-08'],
      ['Chào cờ', true, '2026-12-08'],
      ['Phát biểu khai mạc kỳ họp', true, '2026-12-08'],
      // The "- Báo cáo thẩm tra" line under it is its own, no item beside it.
      ['Báo cáo tình hình kinh tế - xã hội năm 2026, phương hướng, nhiệm vụ năm 2027; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách', true, '2026-12-08'],
      ['Tờ trình về dự toán ngân sách địa phương năm 2027', true, '2026-12-08'],
      // Right before a new part: its own main item.
      ['Thông qua chương trình kỳ họp', false, '2026-12-08'],
      ['Thảo luận tại hội trường', false, '2026-12-08'],
      ['Thảo luận về tình hình kinh tế - xã hội', true, '2026-12-08'],
      ['Phát biểu giải trình của Giám đốc Sở Tài chính', true, '2026-12-08'],
      ['Thảo luận về dự toán ngân sách năm 2027', true, '2026-12-08'],
      // Right before a new day: its own.
      ['Kết luận phiên thảo luận', false, '2026-12-08'],
      ['Chất vấn và trả lời chất vấn', false, '2026-12-09'],
      ['Nhóm vấn đề thứ nhất: quản lý đất đai, tài nguyên', true, '2026-12-09'],
      ['Phát biểu của Chủ tịch UBND tỉnh làm rõ thêm', true, '2026-12-09'],
      ['Nhóm vấn đề thứ hai: giáo dục và đào tạo', true, '2026-12-09'],
      ['Phiên bế mạc', false, '2026-12-09'],
      ['Biểu quyết thông qua các nghị quyết', true, '2026-12-09'],
      // The programme's last row: nothing of the part follows, its own.
      ['Phát biểu bế mạc kỳ họp', false, '2026-12-09'],
    ]);
    // Kinds as the titles say; one that says none takes its part's (a questioning part's item).
    const kind = (title: string) => rows.find((r) => r.title === title)?.kind;
    expect(kind('Phát biểu khai mạc kỳ họp')).toBe('opening');
    expect(kind('Phát biểu của Chủ tịch UBND tỉnh làm rõ thêm')).toBe('questioning');
    expect(kind('Phát biểu bế mạc kỳ họp')).toBe('closing');
  });

  it('keeps the part when the row is a "- Báo cáo thẩm tra" line under its numbered item, in the title column', () => {
    expect(
      shape([
        ['Nội dung', 'Người trình bày', 'Thời gian'],
        ['NGÀY THỨ NHẤT', '', ''],
        ['II. TRÌNH BÀY CÁC BÁO CÁO, TỜ TRÌNH', '', ''],
        ['1. Tờ trình về kế hoạch đầu tư công trung hạn', 'Phó Chủ tịch UBND tỉnh', '15'],
        ['– Báo cáo thẩm tra của Ban Kinh tế - Ngân sách', 'Trưởng Ban Kinh tế - Ngân sách', '10'],
        ['2. Tờ trình về giá đất năm 2027', 'Phó Chủ tịch UBND tỉnh', '15'],
        ['Phát biểu của đại diện Ủy ban MTTQ Việt Nam tỉnh', 'Chủ tịch Ủy ban MTTQ tỉnh', '10'],
        ['3. Báo cáo kết quả giám sát chuyên đề', 'Phó Chủ tịch HĐND tỉnh', '15'],
      ]),
    ).toEqual([
      ['Trình bày các báo cáo, tờ trình', false],
      ['Tờ trình về kế hoạch đầu tư công trung hạn; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách', true],
      ['Tờ trình về giá đất năm 2027', true],
      ['Phát biểu của đại diện Ủy ban MTTQ Việt Nam tỉnh', true],
      ['Báo cáo kết quả giám sát chuyên đề', true],
    ]);
  });

  it('reads a lettered part ("A.", "B.") the same: inside while its numbered items go on, its own before the next letter', () => {
    expect(
      shape([
        HEADER,
        ['', 'NGÀY THỨ NHẤT', '', ''],
        ['A.', 'PHIÊN KHAI MẠC', '', ''],
        ['1', 'Chào cờ', 'Ban Tổ chức', '5'],
        ['', 'Phát biểu khai mạc kỳ họp', 'Chủ tịch HĐND tỉnh', '15'],
        ['2', 'Báo cáo số lượng đại biểu có mặt', 'Chánh Văn phòng', '5'],
        ['', 'Thông qua chương trình kỳ họp', 'Chủ tọa kỳ họp', '5'],
        ['B.', 'THẢO LUẬN', '', ''],
        ['1', 'Thảo luận tại tổ', 'Các tổ đại biểu', '60'],
        ['', 'NGÀY THỨ HAI', '', ''],
        ['C.', 'BẾ MẠC', '', ''],
        ['1', 'Biểu quyết thông qua các nghị quyết', 'Chủ tọa kỳ họp', '30'],
        ['', 'Phát biểu bế mạc kỳ họp', 'Chủ tịch HĐND tỉnh', '15'],
        ['2', 'Chào cờ bế mạc', 'Ban Tổ chức', '5'],
      ]),
    ).toEqual([
      ['Phiên khai mạc', false],
      ['Chào cờ', true],
      ['Phát biểu khai mạc kỳ họp', true],
      ['Báo cáo số lượng đại biểu có mặt', true],
      ['Thông qua chương trình kỳ họp', false],
      ['Thảo luận', false],
      ['Thảo luận tại tổ', true],
      ['Bế mạc', false],
      ['Biểu quyết thông qua các nghị quyết', true],
      ['Phát biểu bế mạc kỳ họp', true],
      ['Chào cờ bế mạc', true],
    ]);
  });

  it('changes nothing outside a part: an unnumbered row between numbered main items is a main item', () => {
    expect(
      shape([
        HEADER,
        ['1', 'Chào cờ', 'Ban Tổ chức', '5'],
        ['', 'Phát biểu khai mạc kỳ họp', 'Chủ tịch HĐND tỉnh', '15'],
        ['2', 'Báo cáo tình hình kinh tế - xã hội', 'Chủ tịch UBND tỉnh', '30'],
        ['', '- Báo cáo thẩm tra của Ban Kinh tế - Ngân sách', 'Trưởng Ban Kinh tế - Ngân sách', '15'],
        ['3', 'Thảo luận tại hội trường', 'Đại biểu HĐND tỉnh', '60'],
      ]),
    ).toEqual([
      ['Chào cờ', false],
      ['Phát biểu khai mạc kỳ họp', false],
      ['Báo cáo tình hình kinh tế - xã hội', false],
      ['Báo cáo thẩm tra của Ban Kinh tế - Ngân sách', true],
      ['Thảo luận tại hội trường', false],
    ]);
  });
});
