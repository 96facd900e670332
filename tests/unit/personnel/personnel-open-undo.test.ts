import { describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/store/db';
import { dumpDb, ok, refused } from '../helpers';
import { prepareConfidence, RETIRING, setUp, view } from './fixtures';
import { personnelRedoScope, personnelUndo } from '../../../src/features/personnel/personnel';

/**
 * Opening a personnel vote is one undo step of the `personnel` scope, as a resolution vote's is:
 * Alt+O on the wrong ballot, before anything is recorded, is taken back by one Ctrl+Z, the vote a
 * draft again. A draft's edits have a scope of their own (`personnel-draft`), so one made while
 * another vote is counted leaves that vote's last count its Undo; and each draft step names its
 * draft by id, so two drafts of the same title do not both offer it.
 */
const TITLE = 'Lấy phiếu tín nhiệm năm 2026';

function draft() {
  const ctx = setUp();
  const id = prepareConfidence(ctx.engine, ctx.officials, { 7: RETIRING });
  ok(ctx.engine, 'personnel.committee', { id, head: ctx.counters[0], members: ctx.counters.slice(1) });
  return { ...ctx, id };
}

/** The database but the journal and the undo stacks, which record the steps themselves. */
const rows = (db: Db) => {
  const { journal: _j, undo_step: _u, redo_step: _r, ...rest } = dumpDb(db);
  return rest;
};

describe('undoing the opening of a personnel vote', () => {
  it('puts the vote back to a draft exactly, in one step, named in both languages; redo opens it again', () => {
    const { engine, db, id } = draft();
    const before = rows(db);
    ok(engine, 'personnel.open', { id, present: 56 });
    const opened = rows(db);
    expect(engine.current.undo.personnel).toMatchObject({ action: 'open', subject: `${id}:${TITLE}` });
    expect(ok(engine, 'undo', { scope: 'personnel' })).toMatchObject({ scope: 'personnel', action: 'open', subject: `${id}:${TITLE}` });
    expect(rows(db)).toEqual(before);
    expect(view(engine, id)).toMatchObject({ status: 'draft', openedAt: null });
    refused(engine, 'undo', { scope: 'personnel' }, 'nothing-to-undo');
    // The draft's panel offers the opening again on Ctrl+Y.
    expect(personnelRedoScope(view(engine, id), engine.current.redo)).toBe('personnel');
    ok(engine, 'redo', { scope: 'personnel' });
    expect(rows(db)).toEqual(opened);
  });

  it('takes the ballots back first, and refuses the opening while anything is recorded, in words, changing nothing', () => {
    const { engine, db, id } = draft();
    ok(engine, 'personnel.open', { id, present: 56 });
    ok(engine, 'personnel.ballots', { id, issued: 56, returned: 0, valid: 0, invalid: 0 });
    expect(engine.current.undo.personnel).toMatchObject({ action: 'ballots' });
    ok(engine, 'undo', { scope: 'personnel' });
    expect(view(engine, id).status).toBe('open');
    expect(engine.current.undo.personnel).toMatchObject({ action: 'open' });
    // A line recorded without a step of its own in the scope (no command does that today): the opening is refused.
    db.prepare('UPDATE personnel_person SET high = 3 WHERE id = ?').run(view(engine, id).people[0].id);
    const counted = rows(db);
    const r = refused(engine, 'undo', { scope: 'personnel' }, 'undo-personnel-counted');
    expect(r.en).toBe(`Ballots or counts are already recorded in “${TITLE}”, so its opening can no longer be undone: take them back first (Undo).`);
    expect(r.vi).toBe(`Cuộc bỏ phiếu «${TITLE}» đã ghi nhận số phiếu nên không thể hoàn tác việc bắt đầu kiểm phiếu nữa: hãy hoàn tác số phiếu trước.`);
    expect(rows(db)).toEqual(counted);
  });

  it('refuses to open it again (redo) while another personnel vote is open, changing nothing', () => {
    const ctx = draft();
    const { engine, db, id } = ctx;
    ok(engine, 'personnel.open', { id, present: 56 });
    ok(engine, 'undo', { scope: 'personnel' });
    // Another opening would drop the redo (a new step of the scope); a vote open without one still keeps a second from opening through redo.
    const other = ok(engine, 'personnel.prepare', { kind: 'election', title: 'Ủy viên Ủy ban nhân dân tỉnh', people: [{ delegateId: ctx.officials[5] }] }).id;
    db.prepare("UPDATE personnel_vote SET status = 'open' WHERE id = ?").run(other);
    const before = rows(db);
    const r = refused(engine, 'redo', { scope: 'personnel' }, 'personnel-already-open');
    expect(r.en).toContain('Ủy viên Ủy ban nhân dân tỉnh');
    expect(rows(db)).toEqual(before);
  });
});

describe('a draft edited while another vote is counted', () => {
  it('keeps the open vote’s last count its step, and each of two same-titled drafts offers only its own', () => {
    const ctx = draft();
    const { engine, officials, id } = ctx;
    const same = 'Bầu bổ sung Ủy viên Ủy ban nhân dân tỉnh';
    const people = [{ delegateId: officials[6], honorific: 'ms' as const }, { delegateId: officials[5], honorific: 'mr' as const }];
    const a = ok(engine, 'personnel.prepare', { kind: 'election', title: same, people }).id;
    const b = ok(engine, 'personnel.prepare', { kind: 'election', title: same, people }).id;
    ok(engine, 'personnel.open', { id, present: 56 });
    ok(engine, 'personnel.ballots', { id, issued: 56, returned: 56, valid: 56, invalid: 0 });
    ok(engine, 'personnel.count', { id, lines: [{ personId: view(engine, id).people[0].id, counts: { high: 49 } }] });

    // The secretary prepares the next ballot meanwhile: draft b's list sorted.
    ok(engine, 'personnel.sortByName', { id: b });
    const { undo } = engine.current;
    // Before, both were one scope: the open vote's Undo went (its Ctrl+Z would have taken the sort),
    // and both drafts, matched by title, offered b's sort.
    expect(personnelUndo(view(engine, id), undo.personnel)).toMatchObject({ action: 'line', subject: 'Lương Xuân Quý' });
    expect(personnelUndo(view(engine, b), undo['personnel-draft'])).toMatchObject({ action: 'sort', subject: same, subjectId: b });
    expect(personnelUndo(view(engine, a), undo['personnel-draft'])).toBeNull();

    // Ctrl+Z on the open vote takes back its line, not the sort; on draft b, the sort.
    ok(engine, 'undo', { scope: 'personnel' });
    expect(view(engine, id).people[0].counts.high).toBe(0);
    expect(view(engine, b).people.map((p) => p.fullName)).toEqual(['Quách Thế Tản', 'Nguyễn Thị Thu']);
    ok(engine, 'undo', { scope: 'personnel-draft' });
    expect(view(engine, b).people.map((p) => p.fullName)).toEqual(['Nguyễn Thị Thu', 'Quách Thế Tản']);
    expect(view(engine, id).ballots.issued).toBe(56);
  });
});
