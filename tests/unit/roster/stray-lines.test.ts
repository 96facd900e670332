/**
 * A Word list of delegates carries lines that are no one: what a group covers ("Gồm: phường A, xã
 * B"), a label ("Thành phần:"). Pasted or in a file, they used to be imported as people; they are
 * left out and named, and a person whose title names a commune is still a person.
 */
import { describe, expect, it } from 'vitest';
import { rowsFromPaste } from '../../../src/lib/spreadsheet';
import { pastedList } from '../../../src/features/roster/pastedList';
import { mapRows, notAPerson } from '../../../src/features/roster/rosterImport';

const PASTED = ['TỔ ĐẠI BIỂU SỐ 1', 'Gồm: phường A, xã B', '1. Nguyễn Văn An', '2. Trần Thị Bình', 'Thành phần:', 'phường Hòa Sơn, xã Hòa Bình, thị trấn Cư Yên', '3. Lê Văn Cường', '4. Phạm Thị Dung'].join('\n');

describe('a line among the names that is no person', () => {
  it('is left out of a pasted list and named with its line', () => {
    const list = pastedList(rowsFromPaste(PASTED))!;
    const { rows, errors, leftOut } = mapRows(list.rows, list.mapping, { hasHeader: false });
    expect(rows.map((r) => r.fullName)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung']);
    expect(errors).toEqual([]);
    expect(leftOut).toEqual([
      { line: 2, text: 'Gồm: phường A, xã B' },
      { line: 5, text: 'Thành phần:' },
      { line: 6, text: 'phường Hòa Sơn, xã Hòa Bình, thị trấn Cư Yên' },
    ]);
  });

  it('is left out of a file’s name column too, the people around it imported', () => {
    const file = [['STT', 'Họ và tên', 'Chức vụ'], ['', 'Thành phần:', ''], ['1', 'Nguyễn Văn An', 'Chủ tịch UBND xã'], ['', 'Gồm: xã A, xã B', ''], ['2', 'Trần Thị Bình', 'Bí thư Đảng ủy xã']];
    const { rows, leftOut } = mapRows(file, { fullName: 1, title: 2, agency: -1, group: -1, committee: -1, seatNumber: 0, voting: -1 });
    expect(rows.map((r) => r.fullName)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
    expect(leftOut.map((l) => l.line)).toEqual([2, 4]);
  });

  it('never takes a person for one: a name with a title naming places, or a name alone', () => {
    for (const cell of ['Nguyễn Văn An, Chủ tịch UBND xã Hòa Sơn, huyện Lương Sơn', 'Nguyễn Văn An', 'Hồ Thị Kim Yến', 'Ông Lê Văn Nam']) expect(notAPerson(cell)).toBe(false);
    for (const cell of ['Gồm: phường A, xã B', 'GỒM CÁC XÃ: A, B', 'Thành phần', 'Danh sách kèm theo:', 'Tổng số: 30 đại biểu', 'xã Tân Lập, xã Tân Phước']) expect(notAPerson(cell)).toBe(true);
  });
});
