/**
 * Lines pasted into the wrong import: a list of delegates (names one to a line, numbered, or a
 * table copied from Excel, with or without its header) pasted into the programme's import is
 * refused with its sentence, as its Word file is; a programme pasted into the roster's is refused
 * the other way round. Neither refuses its own list, though a programme names its presenters and
 * a list of delegates may date its title.
 */
import { describe, expect, it } from 'vitest';
import { readProgrammeText } from '../../../src/lib/programmeFile';
import { rowsFromText } from '../../../src/lib/spreadsheet';
import { isDelegateList, isProgramme } from '../../../src/lib/wrongList';
import { nameColumn } from '../../../src/features/roster/pastedList';
import { isPersonName } from '../../../common/roster/names';
import { en, vi } from '../../../src/lib/i18n/spreadsheet';

const NAMES = 'Nguyễn Văn Hùng\nLê Thị Thu Hằng\nTrần Quốc Cường\nHoàng Thị Minh Nga\nVõ Văn Thắng\n';
const DELEGATE_LISTS: Record<string, string> = {
  'names one to a line': NAMES,
  'numbered names': '1. Nguyễn Văn Hùng\n2. Lê Thị Thu Hằng\n3. Trần Quốc Cường\n',
  'Excel rows with their header': 'STT\tHọ và tên\tChức vụ\tTổ đại biểu\n1\tNguyễn Văn Hùng\tBí thư Tỉnh ủy\tTổ 1\n2\tLê Thị Thu Hằng\tChủ tịch HĐND tỉnh\tTổ 1\n',
  'Excel rows without it': '1\tNguyễn Văn Hùng\tBí thư Tỉnh ủy\tTổ 1\n2\tLê Thị Thu Hằng\tChủ tịch HĐND tỉnh\tTổ 1\n3\tTrần Quốc Cường\tPhó Chủ tịch HĐND tỉnh\tTổ 2\n',
  'names with their titles after a comma': 'Ông Nguyễn Văn Hùng, Bí thư Tỉnh ủy\nBà Lê Thị Thu Hằng, Chủ tịch HĐND tỉnh\n',
  'groups typed as headings': 'TỔ ĐẠI BIỂU SỐ 1\n1. Nguyễn Văn Hùng - Bí thư Tỉnh ủy\nTỔ ĐẠI BIỂU SỐ 2\n1. Lê Văn Nam\n',
};
const PROGRAMMES: Record<string, string> = {
  'paragraphs from Word': 'NGÀY THỨ NHẤT: Thứ Tư, ngày 09/12/2026\nBuổi sáng\n1. 7h30 - 7h35: Chào cờ\n2. 7h35 - 7h55: Khai mạc kỳ họp\n- Đồng chí Hoàng Nghĩa Hiếu, Chủ tịch HĐND tỉnh\n',
  'a table from Excel with its header': 'STT\tNội dung\tNgười trình bày\tThời gian\n1\tChào cờ\tBan Tổ chức\t7h30 - 7h35\n2\tKhai mạc kỳ họp\tHoàng Nghĩa Hiếu\t7h35 - 7h55\n',
  'a table without header, its presenters named': '1\tKhai mạc kỳ họp\tHoàng Nghĩa Hiếu\t7h30 - 7h50\n2\tBáo cáo kinh tế - xã hội\tNguyễn Văn Hùng\t7h50 - 8h20\n',
};

describe('a list of delegates pasted into the programme’s import', () => {
  for (const [what, text] of Object.entries(DELEGATE_LISTS)) {
    it(`is refused, saying what it is and where it goes: ${what}`, () => {
      expect(() => readProgrammeText(text)).toThrow(expect.objectContaining({ reason: 'spreadsheet.delegatesPasted' }));
    });
  }

  it('says so in both languages, naming the roster’s place', () => {
    expect(en['spreadsheet.delegatesPasted']).toContain('list of delegates');
    expect(en['spreadsheet.delegatesPasted']).toContain('Roster (Alt+2)');
    expect(vi['spreadsheet.delegatesPasted']).toContain('danh sách đại biểu');
    expect(vi['spreadsheet.delegatesPasted']).toContain('Đại biểu (Alt+2)');
    expect(en['spreadsheet.programmePasted']).toContain('Agenda (Alt+3)');
    expect(vi['spreadsheet.programmePasted']).toContain('Chương trình (Alt+3)');
  });

  for (const [what, text] of Object.entries(PROGRAMMES)) {
    it(`leaves a programme to be read: ${what}`, () => {
      expect(readProgrammeText(text).rows.length).toBeGreaterThan(1);
      expect(isProgramme(rowsFromText(text))).toBe(true);
    });
  }

  it('reads items without days or times, which name no person, as before', () => {
    expect(readProgrammeText('Chào cờ\nKhai mạc kỳ họp\nBáo cáo thẩm tra\n').rows).toEqual([['Chào cờ'], ['Khai mạc kỳ họp'], ['Báo cáo thẩm tra']]);
    expect(readProgrammeText('').rows).toEqual([]);
  });
});

describe('a programme pasted into the roster’s import', () => {
  it('is known by its header, or its days and times in lines that are not names', () => {
    for (const text of Object.values(DELEGATE_LISTS)) expect(isProgramme(rowsFromText(text)), text).toBe(false);
    // A list of delegates dated in its title is still one.
    expect(isProgramme(rowsFromText(`DANH SÁCH ĐẠI BIỂU DỰ KỲ HỌP NGÀY 09/12/2026\n${NAMES}`))).toBe(false);
    expect(isDelegateList(rowsFromText(`DANH SÁCH ĐẠI BIỂU DỰ KỲ HỌP NGÀY 09/12/2026\n${NAMES}`))).toBe(true);
    expect(isProgramme([])).toBe(false);
    expect(isDelegateList([])).toBe(false);
  });

  it('finds the column of names of a list pasted without its header', () => {
    expect(nameColumn(rowsFromText(DELEGATE_LISTS['Excel rows without it']))).toBe(1);
    expect(nameColumn(rowsFromText(NAMES))).toBe(0);
    expect(nameColumn(rowsFromText('Chào cờ\nKhai mạc kỳ họp\n'))).toBe(-1);
  });
});

describe('a person’s name', () => {
  it('is two to five capitalised words from a family name, an honorific before it allowed', () => {
    for (const name of ['Nguyễn Văn Hùng', 'Hồ Thị Kim Yến', 'Ông Lê Văn Nam', 'Bà Đặng Thị Lan', 'Đồng chí Trần Tú Anh', 'Lý Hải']) expect(isPersonName(name), name).toBe(true);
    for (const text of ['Chào cờ', 'Báo cáo thẩm tra', 'Nguyễn', 'Nguyễn Văn hùng', 'Lê Văn Nam, Bí thư', 'Trần Quốc Cường Phó Chủ Tịch Tỉnh', '', 'NGUYỄN VĂN HÙNG']) expect(isPersonName(text), text).toBe(false);
  });
});
