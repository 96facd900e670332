/**
 * Honorifics in an office's list ("Ông Nguyễn Văn An", "Bà Trần Thị Bích", "Đ/c Lê Hoàng Nam"):
 * taken off the names on import, from a file and from pasted lines, and said in the preview, so a
 * person is stored, matched and sorted by their name; a family name that reads like one
 * ("Ông Ích Khiêm") is never cut.
 */
import { describe, expect, it } from 'vitest';
import { withoutHonorific } from '../../../common/roster/names';
import { guessMapping, mapRows } from '../../../src/features/roster/rosterImport';
import { pastedList } from '../../../src/features/roster/pastedList';
import { rowsFromPaste, rowsFromText } from '../../../src/lib/spreadsheet';
import { newEngine, ok, seedBasics } from '../helpers';
import type { Delegate } from '../../../common/roster/model';

describe('an honorific before a name', () => {
  it('is taken off, as the office wrote it', () => {
    expect(withoutHonorific('Ông Nguyễn Văn An')).toEqual({ name: 'Nguyễn Văn An', honorific: 'Ông' });
    expect(withoutHonorific('Bà Trần Thị Bích')).toEqual({ name: 'Trần Thị Bích', honorific: 'Bà' });
    expect(withoutHonorific('Đ/c Lê Hoàng Nam')).toEqual({ name: 'Lê Hoàng Nam', honorific: 'Đ/c' });
    expect(withoutHonorific('Đồng chí  Hồ Thị Kim Yến')).toEqual({ name: 'Hồ Thị Kim Yến', honorific: 'Đồng chí' });
    expect(withoutHonorific('đ/c Phạm Minh Tuấn')).toEqual({ name: 'Phạm Minh Tuấn', honorific: 'đ/c' });
    expect(withoutHonorific('ÔNG NGUYỄN VĂN AN')).toEqual({ name: 'NGUYỄN VĂN AN', honorific: 'ÔNG' });
    // A name outside the common family names after a title that is never a family name.
    expect(withoutHonorific('Đồng chí Y Biêr Niê')).toEqual({ name: 'Y Biêr Niê', honorific: 'Đồng chí' });
    expect(withoutHonorific('Mr. Nguyễn Văn An')).toEqual({ name: 'Nguyễn Văn An', honorific: 'Mr.' });
  });

  it('never takes a part of the name: "Ông" and "Bà" as family names, an honorific alone, a name of one word', () => {
    for (const name of ['Ông Ích Khiêm', 'Ông Văn Tùng', 'Bà Triệu', 'Ông', 'Đồng chí', 'Đ/c An', 'Nguyễn Văn An', 'Ông bà Nguyễn Văn An', '']) {
      expect(withoutHonorific(name), name).toEqual({ name: name.trim(), honorific: '' });
    }
  });
});

const person = (id: number, fullName: string, seatNumber: number | null): Delegate => ({ id, fullName, seatNumber, title: '', group: '', agency: '', committee: '', voting: true });

describe('a list with honorifics', () => {
  const FILE = 'STT;Họ và tên;Chức vụ;Tổ đại biểu\n1;Ông Nguyễn Văn An;Bí thư Tỉnh ủy;Tổ 1\n2;Bà Trần Thị Bích;Phó Chủ tịch HĐND tỉnh;Tổ 1\n3;Đ/c Lê Hoàng Nam;Giám đốc Sở Tài chính;Tổ 2\n4;Ông Ích Khiêm;Trưởng thôn Bản Lác;Tổ 2\n';

  it('imports the names without them, says which lines lost which, and commits them so', () => {
    const rows = rowsFromText(FILE);
    const read = mapRows(rows, guessMapping(rows[0]));
    expect(read.errors).toEqual([]);
    expect(read.rows.map((r) => r.fullName)).toEqual(['Nguyễn Văn An', 'Trần Thị Bích', 'Lê Hoàng Nam', 'Ông Ích Khiêm']);
    expect(read.stripped).toEqual([
      { line: 2, honorific: 'Ông', fullName: 'Nguyễn Văn An' },
      { line: 3, honorific: 'Bà', fullName: 'Trần Thị Bích' },
      { line: 4, honorific: 'Đ/c', fullName: 'Lê Hoàng Nam' },
    ]);
    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'roster.import', { rows: read.rows });
    expect(engine.current.delegates.map((d) => d.fullName).sort()).toEqual(['Lê Hoàng Nam', 'Nguyễn Văn An', 'Trần Thị Bích', 'Ông Ích Khiêm']);
  });

  it('knows the people already on the roster by their names, not as new people', () => {
    const rows = rowsFromText(FILE);
    const read = mapRows(rows, guessMapping(rows[0]), { roster: [person(1, 'Nguyễn Văn An', 1), person(2, 'Trần Thị Bích', 2)] });
    expect(read.rows.map((r) => r.fullName)).toEqual(['Lê Hoàng Nam', 'Ông Ích Khiêm']);
    expect(read.updates.map((u) => u.fullName)).toEqual(['Nguyễn Văn An', 'Trần Thị Bích']);
    expect(read.updates.flatMap((u) => u.changes.map((c) => c.field))).not.toContain('fullName');
  });

  it('knows a person the roster already holds with the honorific, and takes it off their name there', () => {
    const rows = rowsFromText(FILE);
    const read = mapRows(rows, guessMapping(rows[0]), { roster: [person(1, 'Ông Nguyễn Văn An', 1), person(2, 'Bà Trần Thị Bích', null)] });
    expect(read.rows.map((r) => r.fullName)).toEqual(['Lê Hoàng Nam', 'Ông Ích Khiêm']);
    expect(read.updates.map((u) => u.changes.find((c) => c.field === 'fullName'))).toEqual([
      { field: 'fullName', from: 'Ông Nguyễn Văn An', to: 'Nguyễn Văn An' },
      { field: 'fullName', from: 'Bà Trần Thị Bích', to: 'Trần Thị Bích' },
    ]);
  });

  it('finds one person written with and without the honorific twice in the file', () => {
    const rows = rowsFromText('Họ và tên;Tổ đại biểu\nÔng Nguyễn Văn An;Tổ 1\nNguyễn Văn An;Tổ 1\n');
    expect(mapRows(rows, guessMapping(rows[0])).errors).toEqual([{ line: 3, problem: 'nameTwice', value: 'Nguyễn Văn An', first: 2 }]);
  });

  it('takes them off pasted lines too, the title typed after the name kept', () => {
    const list = pastedList(rowsFromPaste('1. Ông Nguyễn Văn Hùng, Bí thư Tỉnh ủy\n2. Bà Lê Thị Thu Hằng – Chủ tịch HĐND tỉnh\n3. Đồng chí Trần Quốc Cường\n'))!;
    const read = mapRows(list.rows, list.mapping, { hasHeader: false });
    expect(read.rows.map((r) => [r.fullName, r.title])).toEqual([
      ['Nguyễn Văn Hùng', 'Bí thư Tỉnh ủy'],
      ['Lê Thị Thu Hằng', 'Chủ tịch HĐND tỉnh'],
      ['Trần Quốc Cường', ''],
    ]);
    expect(read.stripped.map((s) => s.honorific)).toEqual(['Ông', 'Bà', 'Đồng chí']);
  });
});
