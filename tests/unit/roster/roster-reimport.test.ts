/**
 * The office's roster file imported again after a change: the preview says who is added and who
 * is updated (old → new, per field), and the one `roster.import` command applies both in one
 * transaction, taken back by one undo. People are matched by full name, or by seat when only the
 * name's diacritics differ; nobody missing from the file is removed.
 */
import { describe, expect, it } from 'vitest';
import { guessMapping, headerIndex, mapRows, updateCommandRow } from '../../../src/features/roster/rosterImport';
import { readSheet } from '../../../src/lib/spreadsheet';
import type { Engine } from '../../../electron/engine/engine';
import type { Db } from '../../../electron/store/db';
import { wardRosterXlsx, xlsx, type Cell } from '../../xlsx';
import { councilPlaces } from '../../../common/council/units';
import { wardDelegates } from '../../ward';
import { dumpDb, newEngine, ok, refused, seedBasics } from '../helpers';

/** Every row but the journal and the undo and redo steps: what an undo must put back. */
function rows(db: Db) {
  const { journal: _j, undo_step: _u, redo_step: _r, ...rest } = dumpDb(db);
  return rest;
}

const HEADER: Cell[] = ['Số ghế', 'Họ và tên', 'Chức vụ', 'Tổ đại biểu'];

/** The file read as the console reads it, previewed against the engine's roster. */
async function preview(engine: Engine, name: string, data: ArrayBuffer) {
  const sheet = (await readSheet(name, data)).rows;
  return mapRows(sheet, guessMapping(sheet[headerIndex(sheet)]), { roster: engine.current.delegates });
}

/** What the panel sends on confirm. */
const command = (p: Awaited<ReturnType<typeof preview>>) => ({ rows: p.rows, updates: p.updates.map(updateCommandRow) });

const byName = (engine: Engine) => Object.fromEntries(engine.current.delegates.map((d) => [d.fullName, d]));

describe('importing the roster file again', () => {
  it('shows who is updated, field by field, besides who is added, and applies both at once; one undo takes it all back', async () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    // Last month's file, the name typed without diacritics by someone in a hurry.
    const first = await preview(engine, 'ds.xlsx', await xlsx([
      ['DANH SÁCH ĐẠI BIỂU HĐND TỈNH', null, null, null],
      HEADER,
      [1, 'Nguyen Thi Hang', 'Đại biểu HĐND tỉnh', 'Tổ 1'],
      [2, 'Trần Văn Bình', 'Đại biểu HĐND tỉnh', 'Tổ 1'],
      [3, 'Lê Văn Cường', 'Đại biểu HĐND tỉnh', 'Tổ 2'],
      [4, 'Võ Thành An', 'Đại biểu HĐND tỉnh', 'Tổ 2'],
    ]));
    ok(engine, 'roster.import', command(first));
    const { id: hang } = byName(engine)['Nguyen Thi Hang'];

    // This month's: the name corrected, Bình re-seated, Cường in another group with a new post
    // (the seat cell left empty), An no longer listed, a new delegate, one row still wrong.
    const again = await preview(engine, 'ds-moi.xlsx', await xlsx([
      ['DANH SÁCH ĐẠI BIỂU HĐND TỈNH (cập nhật)', null, null, null],
      HEADER,
      [1, 'Nguyễn Thị Hằng', 'Đại biểu HĐND tỉnh', 'Tổ 1'],
      [7, 'Trần Văn Bình', 'Đại biểu HĐND tỉnh', 'Tổ 1'],
      [null, 'Lê Văn Cường', 'Phó Trưởng Ban Pháp chế', 'Tổ 3'],
      [8, 'Phạm Thị Dung', 'Đại biểu HĐND tỉnh', 'Tổ 3'],
      ['x9', 'Đỗ Văn Em', 'Đại biểu HĐND tỉnh', 'Tổ 3'],
    ]));
    expect(again.rows.map((r) => [r.line, r.fullName, r.seatNumber])).toEqual([[6, 'Phạm Thị Dung', 8]]);
    expect(again.updates.map((u) => [u.line, u.fullName, u.changes])).toEqual([
      [3, 'Nguyen Thi Hang', [{ field: 'fullName', from: 'Nguyen Thi Hang', to: 'Nguyễn Thị Hằng' }]],
      [4, 'Trần Văn Bình', [{ field: 'seatNumber', from: 2, to: 7 }]],
      // An empty seat cell leaves the seat as it is: the roster is filled in by hand too.
      [5, 'Lê Văn Cường', [{ field: 'title', from: 'Đại biểu HĐND tỉnh', to: 'Phó Trưởng Ban Pháp chế' }, { field: 'group', from: 'Tổ 2', to: 'Tổ 3' }]],
    ]);
    expect(again.errors).toEqual([{ line: 7, problem: 'seatInvalid', value: 'x9' }]);
    expect(again.known).toEqual([]);
    // Võ Thành An is not in the file: said, not removed.
    expect(again.missing).toBe(1);

    const before = rows(db);
    expect(ok(engine, 'roster.import', command(again))).toEqual({ added: 1, updated: 3 });
    const now = byName(engine);
    expect(now['Nguyễn Thị Hằng']).toMatchObject({ id: hang, seatNumber: 1, group: 'Tổ 1' });
    expect(now['Trần Văn Bình'].seatNumber).toBe(7);
    expect(now['Lê Văn Cường']).toMatchObject({ seatNumber: 3, title: 'Phó Trưởng Ban Pháp chế', group: 'Tổ 3' });
    expect(now['Phạm Thị Dung'].seatNumber).toBe(8);
    expect(now['Võ Thành An'].seatNumber).toBe(4);
    expect(engine.current.delegates).toHaveLength(5);
    expect(engine.current.undo.roster).toMatchObject({ action: 'import', count: 4 });

    // The same file once more: everyone is as it says, nothing to do.
    const same = await preview(engine, 'ds-moi.xlsx', await xlsx([HEADER, [1, 'Nguyễn Thị Hằng', 'Đại biểu HĐND tỉnh', 'Tổ 1'], [7, 'Trần Văn Bình', 'Đại biểu HĐND tỉnh', 'Tổ 1']]));
    expect([same.rows, same.updates, same.known.map((k) => k.fullName)]).toEqual([[], [], ['Nguyễn Thị Hằng', 'Trần Văn Bình']]);

    ok(engine, 'undo', { scope: 'roster' });
    expect(rows(db)).toEqual(before);
    ok(engine, 'redo', { scope: 'roster' });
    expect(byName(engine)['Nguyễn Thị Hằng'].id).toBe(hang);
  });

  it('moves people along a row of seats in an order that keeps each seat one person’s, and undoes it; refuses two people trading seats, changing nothing', async () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    const csv = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
    ok(engine, 'roster.import', { rows: [1, 2, 3].map((seat, i) => ({ line: i + 2, fullName: ['Nguyễn Văn An', 'Lê Thị Bích', 'Hồ Văn Cảnh'][i], seatNumber: seat })) });
    const before = rows(db);
    // Everyone one seat on: 1 → 2 waits for 2 → 3, which waits for 3 → 4.
    const shift = await preview(engine, 'ds.csv', csv('Số ghế;Họ và tên\n2;Nguyễn Văn An\n3;Lê Thị Bích\n4;Hồ Văn Cảnh\n'));
    expect(shift.errors).toEqual([]);
    ok(engine, 'roster.import', command(shift));
    expect(engine.current.delegates.map((d) => [d.seatNumber, d.fullName])).toEqual([[2, 'Nguyễn Văn An'], [3, 'Lê Thị Bích'], [4, 'Hồ Văn Cảnh']]);
    ok(engine, 'undo', { scope: 'roster' });
    expect(rows(db)).toEqual(before);

    // A swap has no such order: each line says so, and the engine refuses it whole.
    const swap = await preview(engine, 'ds.csv', csv('Số ghế;Họ và tên\n2;Nguyễn Văn An\n1;Lê Thị Bích\n'));
    expect(swap.errors).toEqual([
      { line: 2, problem: 'seatSwap', value: '2' },
      { line: 3, problem: 'seatSwap', value: '1' },
    ]);
    expect(swap.updates).toEqual([]);
    const [an, bich] = engine.current.delegates;
    expect(refused(engine, 'roster.import', { rows: [], updates: [{ line: 2, id: an.id, seatNumber: 2 }, { line: 3, id: bich.id, seatNumber: 1 }] }).vi).toBe(
      'Tệp đổi ghế giữa các đại biểu (1, 2): một lần nhập không thể giao một ghế cho người khác khi người đang ngồi vẫn còn giữ ghế đó. Hãy sửa một trong các ghế đó bằng tay trước rồi nhập lại. Chưa nhập người nào.',
    );
    // A seat someone keeps, in the preview and in the engine.
    const taken = await preview(engine, 'ds.csv', csv('Số ghế;Họ và tên\n3;Nguyễn Văn An\nx;Lê Thị Bích\n'));
    expect(taken.errors).toEqual([
      { line: 2, problem: 'seatTaken', value: '3 (Hồ Văn Cảnh)' },
      { line: 3, problem: 'seatInvalid', value: 'x' },
    ]);
    // Bích is on a bad line, not missing from the file: only Cảnh is.
    expect(taken.missing).toBe(1);
    expect(refused(engine, 'roster.import', { rows: [], updates: [{ line: 2, id: an.id, seatNumber: 3 }] }).en).toBe('Line 2: Seat 3 is already taken by Hồ Văn Cảnh.');
    expect(rows(db)).toEqual(before);
  });

  it('a seat left only by a refused move is still taken: a new person put on it is refused in the preview as the engine refuses it', async () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    const csv = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
    ok(engine, 'roster.import', { rows: [1, 2, 3].map((seat, i) => ({ line: i + 2, fullName: ['Nguyễn Văn An', 'Lê Thị Bích', 'Hồ Văn Cảnh'][i], seatNumber: seat })) });
    const before = rows(db);
    // Bích's move onto Cảnh's seat is refused, so An's onto Bích's cannot be made, and An keeps seat 1.
    const p = await preview(engine, 'ds.csv', csv('Số ghế;Họ và tên\n2;Nguyễn Văn An\n3;Lê Thị Bích\n1;Phạm Văn Dũng\n'));
    expect(p.errors).toEqual([
      { line: 2, problem: 'seatSwap', value: '2' },
      { line: 3, problem: 'seatTaken', value: '3 (Hồ Văn Cảnh)' },
      { line: 4, problem: 'seatTaken', value: '1 (Nguyễn Văn An)' },
    ]);
    expect(p.rows).toEqual([]);
    // What the engine says of the same person, had the preview let him through.
    expect(refused(engine, 'roster.import', { rows: [{ line: 4, fullName: 'Phạm Văn Dũng', seatNumber: 1 }], updates: [] }).en).toBe('Line 4: Seat 1 is already taken by Nguyễn Văn An.');
    expect(rows(db)).toEqual(before);
  });

  it('refuses a bad update whole, naming its line: an unknown person, a name that is another’s, a new person on a seat kept, nothing at all', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    ok(engine, 'roster.import', { rows: [{ line: 2, fullName: 'Nguyễn Văn An', seatNumber: 1 }, { line: 3, fullName: 'Lê Thị Bích', seatNumber: 2 }] });
    const [an] = engine.current.delegates;
    const before = dumpDb(db);
    expect(refused(engine, 'roster.import', { rows: [{ line: 2, fullName: 'Phạm Văn Dũng' }], updates: [{ line: 3, id: 999, title: 'Đại biểu' }] }).en).toMatch(/^Line 3: /);
    expect(refused(engine, 'roster.import', { rows: [], updates: [{ line: 4, id: an.id, fullName: 'Lê  Thị Bích' }] }).vi).toBe('Dòng 4: Lê Thị Bích đã có trong danh sách. Chưa nhập người nào.');
    expect(refused(engine, 'roster.import', { rows: [{ line: 5, fullName: 'Phạm Văn Dũng', seatNumber: 1 }], updates: [{ line: 2, id: an.id, title: 'Đại biểu' }] }).en).toBe('Line 5: Seat 1 is already taken by Nguyễn Văn An.');
    expect(refused(engine, 'roster.import', { rows: [], updates: [{ line: 2, id: an.id, title: '   ' }] }).en).toMatch(/^Line 2: /);
    expect(refused(engine, 'roster.import', { rows: [], updates: [] }).en).toBe('The file has nobody to add and nobody to update. Nothing was imported.');
    expect(dumpDb(db)).toEqual(before);
  });
});

describe('a ward’s list in capitals headings imported again unchanged', () => {
  /** The ward's 35 delegates imported from its Excel list, then the same list previewed again, as the panel previews it. */
  async function again(decomposed: boolean) {
    const { engine } = newEngine();
    ok(engine, 'council.save', { name: 'Hội đồng nhân dân quận Hà Đông', level: 'district', term: 1, totalSeats: 35 });
    const b = await wardRosterXlsx(decomposed);
    const data = b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
    const read = async () => {
      const sheet = (await readSheet('danh-sach-dai-bieu.xlsx', data)).rows;
      return mapRows(sheet, guessMapping(sheet[headerIndex(sheet)]), { roster: engine.current.delegates, places: councilPlaces(engine.current.council) });
    };
    expect(ok(engine, 'roster.import', command(await read()))).toEqual({ added: 35, updated: 0 });
    return { engine, preview: await read() };
  }

  it.each([false, true])('says no one changes, its groups as the roster keeps them (diacritics apart: %s)', async (decomposed) => {
    const { engine, preview } = await again(decomposed);
    expect(byName(engine)['Nguyễn Văn An']).toMatchObject({ group: 'Tổ đại biểu số 1 - phường Hà Đông', title: 'Bí thư Đảng ủy phường', seatNumber: 1 });
    expect(new Set(engine.current.delegates.map((d) => d.group)).size).toBe(5);
    expect(preview.updates).toEqual([]);
    expect(preview.rows).toEqual([]);
    expect(preview.known).toHaveLength(35);
    expect(preview.missing).toBe(0);
  });
});

describe('a roster imported before group headings were put in sentence case', () => {
  it('is already as the file has it: a group differing only in letter case is no change, another group still is', async () => {
    const { engine } = newEngine();
    ok(engine, 'council.save', { name: 'Hội đồng nhân dân quận Hà Đông', level: 'district', term: 1, totalSeats: 35 });
    // What the import stored then: each group as the Word list types it, in capitals.
    const people = wardDelegates().flatMap(({ group, people }) => people.map(([fullName, title, seatNumber]) => ({ fullName, title, seatNumber, group })));
    ok(engine, 'roster.import', { rows: people.map((p, i) => ({ line: i + 3, ...p })) });
    expect(byName(engine)['Nguyễn Văn An'].group).toBe('TỔ ĐẠI BIỂU SỐ 1 - PHƯỜNG HÀ ĐÔNG');

    const b = await wardRosterXlsx();
    const sheet = (await readSheet('danh-sach-dai-bieu.xlsx', b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer)).rows;
    const places = councilPlaces(engine.current.council);
    const preview = mapRows(sheet, guessMapping(sheet[headerIndex(sheet)]), { roster: engine.current.delegates, places });
    expect(preview.updates).toEqual([]);
    expect(preview.known).toHaveLength(35);

    // The same file with the last of Tổ 1 moved to Tổ 2 and a title in capitals: the move is a change, the capitals are not.
    const last = wardDelegates()[0].people[6][0];
    const moved = sheet.map((r) => (r[1] === last ? [r[0], r[1], r[2], 'TỔ ĐẠI BIỂU SỐ 2 - PHƯỜNG KIẾN HƯNG', r[4]] : r[1] === 'Nguyễn Văn An' ? [r[0], r[1], r[2].toLocaleUpperCase('vi'), ...r.slice(3)] : r));
    const again = mapRows(moved, guessMapping(moved[headerIndex(moved)]), { roster: engine.current.delegates, places });
    expect(again.updates.map((u) => [u.fullName, u.changes])).toEqual([[last, [{ field: 'group', from: 'TỔ ĐẠI BIỂU SỐ 1 - PHƯỜNG HÀ ĐÔNG', to: 'Tổ đại biểu số 2 - phường Kiến Hưng' }]]]);
    expect(again.known).toHaveLength(34);
  });
});
