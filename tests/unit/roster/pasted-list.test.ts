/**
 * A list pasted into the roster's import without its header: the names are found down their
 * column, and the titles, units, groups and seats beside them are mapped too, as a file's header
 * maps them; a title typed after a name's dash or comma becomes the person's title.
 */
import { describe, expect, it } from 'vitest';
import { rowsFromText } from '../../../src/lib/spreadsheet';
import { pastedList } from '../../../src/features/roster/pastedList';
import { mapRows } from '../../../src/features/roster/rosterImport';

/** The people the preview would import from the pasted text. */
function people(text: string) {
  const list = pastedList(rowsFromText(text));
  if (!list) return null;
  const { rows, errors } = mapRows(list.rows, list.mapping, { hasHeader: false });
  expect(errors).toEqual([]);
  return rows.map(({ fullName, title, agency, group, committee, seatNumber, voting }) => ({ fullName, title, agency, group, committee, seatNumber, voting }));
}
const person = (fullName: string, more: Partial<NonNullable<ReturnType<typeof people>>[number]> = {}) => ({ fullName, title: '', agency: '', group: '', committee: '', seatNumber: null, voting: true, ...more });

describe('a list pasted without its header', () => {
  it('maps the titles, units and groups copied from Excel beside the names', () => {
    const text = '1\tNguyễn Văn Hùng\tBí thư Tỉnh ủy\tTỉnh ủy Khánh Hòa\tTổ 1\n2\tLê Thị Thu Hằng\tChủ tịch\tHĐND tỉnh\tTổ 1\n3\tTrần Quốc Cường\tPhó Chủ tịch\tUBND tỉnh\tTổ 2\n';
    expect(people(text)).toEqual([
      person('Nguyễn Văn Hùng', { title: 'Bí thư Tỉnh ủy', agency: 'Tỉnh ủy Khánh Hòa', group: 'Tổ 1' }),
      person('Lê Thị Thu Hằng', { title: 'Chủ tịch', agency: 'HĐND tỉnh', group: 'Tổ 1' }),
      person('Trần Quốc Cường', { title: 'Phó Chủ tịch', agency: 'UBND tỉnh', group: 'Tổ 2' }),
    ]);
  });

  it('maps a seat, a committee and who is a guest by what their cells hold', () => {
    const text = 'Nguyễn Văn Hùng\tBan Pháp chế\t12\tĐại biểu HĐND\nLê Thị Thu Hằng\tBan Kinh tế - Ngân sách\t7\tKhách mời\n';
    expect(people(text)).toEqual([
      person('Nguyễn Văn Hùng', { committee: 'Ban Pháp chế', seatNumber: 12 }),
      person('Lê Thị Thu Hằng', { committee: 'Ban Kinh tế - Ngân sách', seatNumber: 7, voting: false }),
    ]);
  });

  it('takes a title typed after a name’s dash or comma, the list’s numbers dropped', () => {
    const text = '1. Nguyễn Văn An – Phó Chủ tịch UBND tỉnh\n2. Lê Văn Nam - Giám đốc Sở Tài chính\n3. Hồ Thị Kim Yến, Chánh án Tòa án nhân dân tỉnh\n4. Trần Tú Anh\n';
    expect(people(text)).toEqual([
      person('Nguyễn Văn An', { title: 'Phó Chủ tịch UBND tỉnh' }),
      person('Lê Văn Nam', { title: 'Giám đốc Sở Tài chính' }),
      person('Hồ Thị Kim Yến', { title: 'Chánh án Tòa án nhân dân tỉnh' }),
      person('Trần Tú Anh'),
    ]);
  });

  it('keeps a group’s heading typed between the names as the group of those under it', () => {
    const text = 'TỔ ĐẠI BIỂU SỐ 1\nNguyễn Văn An – Phó Chủ tịch UBND tỉnh\nLê Văn Nam – Giám đốc Sở Tài chính\nHồ Thị Kim Yến\n';
    expect(people(text)?.map((p) => [p.fullName, p.title, p.group])).toEqual([
      ['Nguyễn Văn An', 'Phó Chủ tịch UBND tỉnh', 'Tổ đại biểu số 1'],
      ['Lê Văn Nam', 'Giám đốc Sở Tài chính', 'Tổ đại biểu số 1'],
      ['Hồ Thị Kim Yến', '', 'Tổ đại biểu số 1'],
    ]);
  });

  it('finds no list where no column holds names: the preview says so, as before', () => {
    expect(pastedList(rowsFromText('Chào cờ\nKhai mạc kỳ họp\n'))).toBeNull();
    expect(pastedList(rowsFromText('Phó Chủ tịch UBND tỉnh – Nguyễn Văn An\nGiám đốc Sở – Lê Văn Nam\n'))).toBeNull();
    expect(pastedList([])).toBeNull();
  });
});
