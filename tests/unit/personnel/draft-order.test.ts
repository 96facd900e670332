import { describe, expect, it } from 'vitest';
import { dumpDb, ok, refused } from '../helpers';
import { setUp, view } from './fixtures';
import { compareNames } from '../../../common/roster/names';
import { ballotPapersModel } from '../../../electron/features/personnel/ballot-paper';

/**
 * A draft's list in the order Vietnamese ballots list people (by given name, in the Vietnamese
 * alphabet, then middle and family names), in one undoable step; and a draft's edit as its own
 * step, named by the honorific it changed when that is all it changed.
 */
const HARD = ['Trần Văn An', 'Lê Văn Án', 'Đỗ Thị Ánh', 'Phạm Anh', 'Nguyễn Văn Ấn', 'Hồ Thị Ân', 'Vũ Văn Đức', 'Lê Dũng', 'Bùi Thị Dung', 'Ngô Văn An', 'Nguyễn An', 'Trịnh Văn Ăn', 'Lý Văn Đỗ', 'Đặng Văn Bình'];
const SORTED = ['Nguyễn An', 'Ngô Văn An', 'Trần Văn An', 'Lê Văn Án', 'Phạm Anh', 'Đỗ Thị Ánh', 'Trịnh Văn Ăn', 'Hồ Thị Ân', 'Nguyễn Văn Ấn', 'Đặng Văn Bình', 'Bùi Thị Dung', 'Lê Dũng', 'Lý Văn Đỗ', 'Vũ Văn Đức'];

describe('the order of names on a ballot', () => {
  it('is by given name in the Vietnamese alphabet (Ă after A, Đ after D, tones in order), then middle and family names', () => {
    expect([...HARD].sort(compareNames)).toEqual(SORTED);
    // The tone of the given name decides before the family name: An before Án whatever the family.
    expect(compareNames('Trần Văn An', 'Lê Văn Án')).toBeLessThan(0);
    // A shared given name: the middle name, then the family name (Ngô before Nguyễn, not by code point).
    expect(compareNames('Ngô Văn An', 'Nguyễn Văn An')).toBeLessThan(0);
    expect(compareNames('Nguyễn Thị Lan', 'Nguyễn Văn Lan')).toBeLessThan(0);
    // Decomposed input (NFD, as some keyboards type it) sorts as composed.
    expect(compareNames('Đỗ Thị Ánh'.normalize('NFD'), 'Phạm Anh')).toBeGreaterThan(0);
  });
});

function draftOf(names: readonly string[]) {
  const ctx = setUp();
  const ids = names.map((fullName) => ok(ctx.engine, 'delegate.add', { fullName, title: '' }).id);
  const id = ok(ctx.engine, 'personnel.prepare', { kind: 'election', title: 'Phó Chủ tịch Ủy ban nhân dân tỉnh', posts: 2, people: ids.map((delegateId) => ({ delegateId, honorific: 'mr' as const })) }).id;
  return { ...ctx, id };
}
const names = (v: { people: { fullName: string }[] }) => v.people.map((p) => p.fullName);

describe('sorting a draft by given name', () => {
  it('puts the list in that order, the ballot paper too, and Ctrl+Z takes it back exactly', () => {
    const { engine, db, id } = draftOf(HARD);
    const before = dumpDb(db);
    ok(engine, 'personnel.sortByName', { id });
    expect(names(view(engine, id))).toEqual(SORTED);
    expect(view(engine, id).people.map((p) => p.position)).toEqual(SORTED.map((_, i) => i + 1));
    expect(engine.current.undo['personnel-draft']).toMatchObject({ action: 'sort', subject: 'Phó Chủ tịch Ủy ban nhân dân tỉnh', subjectId: id });
    const paper = ballotPapersModel(db, 1, id)!;
    const table = paper.parts[0].blocks.find((b) => b.kind === 'table') as { rows: string[][] };
    expect(table.rows.slice(1).map((r) => r[1])).toEqual(SORTED);

    ok(engine, 'undo', { scope: 'personnel-draft' });
    expect(names(view(engine, id))).toEqual(HARD);
    const strip = ({ journal: _j, undo_step: _u, redo_step: _r, field_change: _f, ...rest }: Record<string, unknown>) => rest;
    expect(strip(dumpDb(db))).toEqual(strip(before));
    ok(engine, 'redo', { scope: 'personnel-draft' });
    expect(names(view(engine, id))).toEqual(SORTED);
  });

  it('says a list already in order is so, and refuses an opened vote, changing nothing', () => {
    const { engine, db, id, counters } = draftOf(SORTED);
    const r = refused(engine, 'personnel.sortByName', { id }, 'personnel-sorted');
    expect(r.en).toBe('The list of “Phó Chủ tịch Ủy ban nhân dân tỉnh” is already in the order of given names: nothing to change.');
    expect(r.vi).toBe('Danh sách «Phó Chủ tịch Ủy ban nhân dân tỉnh» đã xếp theo vần tên: không có gì thay đổi.');
    expect(engine.current.undo['personnel-draft']).toBeUndefined();
    ok(engine, 'personnel.update', { id, people: [...view(engine, id).people].reverse().map((p) => ({ personId: p.id })) });
    ok(engine, 'personnel.committee', { id, head: counters[0] });
    ok(engine, 'personnel.open', { id, present: 50 });
    const before = dumpDb(db);
    refused(engine, 'personnel.sortByName', { id }, 'personnel-not-draft');
    refused(engine, 'personnel.sortByName', { id: 999 }, 'not-found');
    expect(dumpDb(db)).toEqual(before);
  });
});

describe('a draft edit as an undo step', () => {
  it('names a change of one honorific by the person, and undo takes back just that', () => {
    const { engine, id } = draftOf(['Nguyễn Ngọc Lan', 'Trần Văn Bình']);
    const kept = view(engine, id).people.map((p) => ({ personId: p.id, honorific: p.honorific }));
    ok(engine, 'personnel.update', { id, title: 'Phó Chủ tịch UBND tỉnh' });
    expect(engine.current.undo['personnel-draft']).toMatchObject({ action: 'edit', subject: 'Phó Chủ tịch UBND tỉnh', subjectId: id });
    ok(engine, 'personnel.update', { id, people: [{ ...kept[0], honorific: 'ms' }, kept[1]] });
    expect(engine.current.undo['personnel-draft']).toMatchObject({ action: 'honorific', subject: 'Nguyễn Ngọc Lan', subjectId: id });
    expect(view(engine, id).people.map((p) => p.honorific)).toEqual(['ms', 'mr']);

    ok(engine, 'undo', { scope: 'personnel-draft' });
    expect(view(engine, id).people.map((p) => p.honorific)).toEqual(['mr', 'mr']);
    expect(view(engine, id).title).toBe('Phó Chủ tịch UBND tỉnh');
    expect(engine.current.undo['personnel-draft']).toMatchObject({ action: 'edit', subject: 'Phó Chủ tịch UBND tỉnh', subjectId: id });
    ok(engine, 'undo', { scope: 'personnel-draft' });
    expect(view(engine, id).title).toBe('Phó Chủ tịch Ủy ban nhân dân tỉnh');
  });

  it('refuses to undo a draft step once the ballot is opened, changing nothing', () => {
    const { engine, db, id, counters } = draftOf(['Nguyễn Ngọc Lan', 'Trần Văn Bình']);
    const kept = view(engine, id).people.map((p) => ({ personId: p.id }));
    ok(engine, 'personnel.update', { id, people: [{ ...kept[0], honorific: 'ms' }, kept[1]] });
    ok(engine, 'personnel.committee', { id, head: counters[0] });
    ok(engine, 'personnel.open', { id, present: 50 });
    const before = dumpDb(db);
    const r = refused(engine, 'undo', { scope: 'personnel-draft' }, 'undo-personnel-opened');
    expect(r.en).toBe('The ballot of “Phó Chủ tịch Ủy ban nhân dân tỉnh” has been opened, so its list can no longer be undone or redone.');
    expect(r.vi).toBe('Cuộc bỏ phiếu «Phó Chủ tịch Ủy ban nhân dân tỉnh» đã mở nên không thể hoàn tác hay làm lại danh sách nữa.');
    expect(dumpDb(db)).toEqual(before);
  });
});
