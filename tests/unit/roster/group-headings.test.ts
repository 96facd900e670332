/**
 * A list typed group by group, as a commune or provincial office keeps one for a 35-seat council:
 * each "Tổ đại biểu" over its electoral units ("Đơn vị bầu cử số 3"), each unit over its one to
 * three delegates. The headings outnumber the names in places; the names are still found, the
 * headings are no one, and each person is in their Tổ.
 */
import { describe, expect, it } from 'vitest';
import { rowsFromPaste } from '../../../src/lib/spreadsheet';
import { nameColumn, pastedList } from '../../../src/features/roster/pastedList';
import { mapRows } from '../../../src/features/roster/rosterImport';
import { isDelegateList, isProgramme } from '../../../src/lib/wrongList';

const FAMILY = ['Nguyễn Văn', 'Trần Thị', 'Lê Hoàng', 'Phạm Minh', 'Hoàng Thị', 'Vũ Đức', 'Đặng Thị'];
const GIVEN = 'An Bình Cường Dung Đông Giang Hà Hải Hạnh Hòa Hùng Hương Khánh Lan Linh Long Mai Minh Nam Nga Ngọc Phong Phúc Quang Quyên Sơn Tâm Thảo Thắng Thu Trang Trung Tuấn Vân Yến'.split(' ');
const NAMES = GIVEN.map((g, i) => `${FAMILY[i % FAMILY.length]} ${g}`);

/** 35 delegates in 7 Tổ of 5, each Tổ in 3 units of 1 or 2 (2, 2, 1). */
function typedList(): string {
  const lines = ['DANH SÁCH ĐẠI BIỂU HĐND XÃ TÂN LẬP KHÓA I, NHIỆM KỲ 2026 - 2031'];
  let n = 0;
  for (let group = 1; group <= 7; group++) {
    lines.push(`TỔ ĐẠI BIỂU SỐ ${group}`);
    for (const [unit, size] of [[1, 2], [2, 2], [3, 1]]) {
      lines.push(`Đơn vị bầu cử số ${(group - 1) * 3 + unit}`);
      for (let k = 0; k < size; k++, n++) lines.push(`${n + 1}. ${NAMES[n]}`);
    }
  }
  return lines.join('\n');
}

describe('a typed list with many group headings', () => {
  it('has its names found, though the headings are nearly half of its lines', () => {
    const rows = rowsFromPaste(typedList());
    expect(rows.length).toBe(1 + 7 + 21 + 35);
    expect(nameColumn(rows)).toBe(0);
    expect(isDelegateList(rows)).toBe(true);
    expect(isProgramme(rows)).toBe(false);
  });

  it('imports the 35 delegates, each in their Tổ, no heading as a person', () => {
    const list = pastedList(rowsFromPaste(typedList()))!;
    const { rows, errors } = mapRows(list.rows, list.mapping, { hasHeader: false });
    // The list's title is no one either.
    expect(rows.map((r) => r.fullName)).toEqual(NAMES);
    expect(errors).toEqual([]);
    expect(rows.slice(0, 5).map((r) => r.group)).toEqual(Array(5).fill('Tổ đại biểu số 1'));
    expect(rows.at(-1)!.group).toBe('Tổ đại biểu số 7');
  });

  it('takes an electoral unit for the group when no Tổ is over it', () => {
    const text = 'Đơn vị bầu cử số 1\n1. Nguyễn Văn An\nĐơn vị bầu cử số 2\n2. Trần Thị Bình\n3. Lê Hoàng Cường\n';
    const list = pastedList(rowsFromPaste(text))!;
    expect(mapRows(list.rows, list.mapping, { hasHeader: false }).rows.map((r) => [r.fullName, r.group])).toEqual([
      ['Nguyễn Văn An', 'Đơn vị bầu cử số 1'],
      ['Trần Thị Bình', 'Đơn vị bầu cử số 2'],
      ['Lê Hoàng Cường', 'Đơn vị bầu cử số 2'],
    ]);
  });

  it('finds no names in headings alone, nor in a list with one name', () => {
    expect(nameColumn(rowsFromPaste('TỔ ĐẠI BIỂU SỐ 1\nĐơn vị bầu cử số 1\nTỔ ĐẠI BIỂU SỐ 2\n'))).toBe(-1);
    expect(nameColumn(rowsFromPaste('TỔ ĐẠI BIỂU SỐ 1\nĐơn vị bầu cử số 1\n1. Nguyễn Văn An\nGhi chú: danh sách tạm\n'))).toBe(-1);
  });
});
