/**
 * The programme's import and the roster's each ask "are these pasted lines mostly names?" (two
 * rows at least, three in five): one count serves both. Over pastes shaped as offices send them,
 * each import refuses and accepts exactly what it did before the count was shared (the expected
 * values were read from the two separate counts, before the change; only the roster's column of
 * names differs, where section headings had outnumbered the names).
 */
import { describe, expect, it } from 'vitest';
import { rowsFromText } from '../../../src/lib/spreadsheet';
import { isDelegateList, isProgramme } from '../../../src/lib/wrongList';
import { nameColumn } from '../../../src/features/roster/pastedList';
import { loneText } from '../../../src/features/roster/rosterImport';

/** Each paste and what the two imports made of it: [a list of delegates, a programme, the names' column]. */
const PASTES: [string, string, [boolean, boolean, number]][] = [
  ['names one to a line', 'Nguyễn Văn Hùng\nLê Thị Thu Hằng\nTrần Quốc Cường\n', [true, false, 0]],
  ['one name only', 'Nguyễn Văn Hùng\n', [false, false, -1]],
  ['numbered, with honorifics', '1. Ông Nguyễn Văn Hùng\n2. Bà Lê Thị Thu Hằng\n3. Đ/c Trần Quốc Cường\n', [true, false, 0]],
  ['names and their titles after a dash', 'Nguyễn Văn An – Phó Chủ tịch UBND tỉnh\nLê Văn Nam - Giám đốc Sở Tài chính\nHồ Thị Kim Yến\n', [false, false, 0]],
  ['Excel rows with numbers', '1\tNguyễn Văn Hùng\tBí thư Tỉnh ủy\tTổ 1\n2\tLê Thị Thu Hằng\tChủ tịch HĐND tỉnh\tTổ 1\n3\tTrần Quốc Cường\tPhó Chủ tịch\tTổ 2\n', [true, false, 1]],
  ['half names, half notes', 'Nguyễn Văn Hùng\nVắng có lý do\nLê Thị Thu Hằng\nĐi công tác\nTrần Quốc Cường\nỐm\n', [false, false, -1]],
  ['three names in five lines', 'Nguyễn Văn Hùng\nLê Thị Thu Hằng\nTrần Quốc Cường\nGhi chú: danh sách tạm\nCập nhật ngày 01/12\n', [true, false, 0]],
  ['a dated title over names', 'DANH SÁCH ĐẠI BIỂU DỰ KỲ HỌP NGÀY 09/12/2026\nNguyễn Văn Hùng\nLê Thị Thu Hằng\nTrần Quốc Cường\n', [true, false, 0]],
  ['programme paragraphs naming presenters', 'Buổi sáng\n1. 7h30 - 7h35: Chào cờ\n2. 7h35 - 7h55: Khai mạc kỳ họp\n- Đồng chí Hoàng Nghĩa Hiếu, Chủ tịch HĐND tỉnh\n', [false, true, -1]],
  ['programme table without header', '1\tKhai mạc kỳ họp\tHoàng Nghĩa Hiếu\t7h30 - 7h50\n2\tBáo cáo kinh tế - xã hội\tNguyễn Văn Hùng\t7h50 - 8h20\n', [false, true, 2]],
  ['presenters one to a line with times', '7h30 Nguyễn Văn Hùng\n8h00 Lê Thị Thu Hằng\n8h30 Trần Quốc Cường\n', [false, true, -1]],
  ['items without times', 'Chào cờ\nKhai mạc kỳ họp\nBáo cáo thẩm tra\n', [false, false, -1]],
  // With section headings, which the count leaves aside now: each import refuses as before; the
  // roster's finds the names' column where the headings had outnumbered them (-1 before).
  ['a Tổ over its units', 'TỔ ĐẠI BIỂU SỐ 1\nĐơn vị bầu cử số 1\n1. Nguyễn Văn Hùng\nĐơn vị bầu cử số 2\n2. Lê Thị Thu Hằng\n', [true, false, 0]],
  ['presenters under headings of Tổ', 'Tổ 1\n7h30 Nguyễn Văn Hùng\nTổ 2\n8h00 Lê Thị Thu Hằng\nTổ 3\n8h30 Trần Quốc Cường\n', [false, true, -1]],
  ['a programme naming a Tổ', 'Thảo luận tại Tổ\nTổ 1: Nguyễn Văn Hùng\nBuổi chiều\n14h00 Lê Thị Thu Hằng\n', [false, true, -1]],
  ['units with notes', 'ĐƠN VỊ BẦU CỬ SỐ 1\nNguyễn Văn Hùng\nTrần Quốc Cường\nĐƠN VỊ BẦU CỬ SỐ 2\nLê Thị Thu Hằng\nGhi chú\nVắng\n', [true, false, 0]],
  // A label of places alone on its line is no row of people; beside a note in a second cell it counts as one.
  ['a label of places alone, and beside a note', 'Gồm: xã Tân Lập, xã Tân Phước\nNguyễn Văn Hùng\nLê Thị Thu Hằng\nGồm: xã Hòa Sơn, xã Hòa Bình\tghi chú\nVắng\n', [false, false, -1]],
  ['a label of places alone among three names', 'Gồm: xã Tân Lập, xã Tân Phước\nNguyễn Văn Hùng\nLê Thị Thu Hằng\nTrần Quốc Cường\nVắng\n', [true, false, 0]],
];

describe('one count of names for both imports', () => {
  for (const [what, text, [list, programme, column]] of PASTES) {
    it(`refuses and accepts as before: ${what}`, () => {
      const rows = rowsFromText(text);
      expect([isDelegateList(rows), isProgramme(rows), nameColumn(rows)]).toEqual([list, programme, column]);
    });
  }
});

describe('a row’s lone text', () => {
  it('is the one filled cell of a row (a heading, a total, a label), else none', () => {
    expect(loneText(['', 'TỔ ĐẠI BIỂU SỐ 1', ' '])).toBe('TỔ ĐẠI BIỂU SỐ 1');
    expect(loneText(['Gồm: xã Tân Lập, xã Tân Phước'])).toBe('Gồm: xã Tân Lập, xã Tân Phước');
    expect(loneText(['1', 'Nguyễn Văn Hùng'])).toBeNull();
    expect(loneText(['', '  '])).toBeNull();
    expect(loneText([])).toBeNull();
  });
});
