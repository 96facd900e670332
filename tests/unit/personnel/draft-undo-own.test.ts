import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/store/db';
import { migrate } from '../../../electron/store/migrate';
import { dumpDb, newEngine, ok, refused, schemaBefore, tempDir } from '../helpers';
import { setUp, view } from './fixtures';
import { personnelUndo } from '../../../src/features/personnel/personnel';

/**
 * Each personnel draft undoes and redoes its own steps (they carry the draft's id, `subjectId`):
 * Undo and Redo on draft B take B's last step whatever was done on draft A between, never A's.
 * Before, the drafts shared one stack: B's Undo could not reach B's step behind A's, and B's Redo
 * did A's step again.
 */
function twoDrafts(file?: string) {
  const ctx = setUp(file);
  const [lan, binh] = ctx.officials;
  const people = [{ delegateId: lan, honorific: 'mr' as const }, { delegateId: binh, honorific: 'ms' as const }];
  const a = ok(ctx.engine, 'personnel.prepare', { kind: 'election', title: 'Chủ tịch Hội đồng nhân dân tỉnh', people }).id;
  const b = ok(ctx.engine, 'personnel.prepare', { kind: 'dismissal', title: 'Miễn nhiệm Trưởng Ban Pháp chế', people: [people[0]] }).id;
  return { ...ctx, a, b };
}

/** The database but the journal and the undo stacks, which record the steps themselves. */
const rows = (db: Db) => {
  const { journal: _j, undo_step: _u, redo_step: _r, field_change: _f, ...rest } = dumpDb(db);
  return rest;
};
const title = (ctx: { engine: Parameters<typeof view>[0] }, id: number) => view(ctx.engine, id).title;

describe("a personnel draft's own undo and redo", () => {
  it('takes back and does again each draft its own steps, interleaved, whatever the other did between', () => {
    const ctx = twoDrafts();
    const { engine, a, b } = ctx;
    ok(engine, 'personnel.update', { id: a, title: 'A1' });
    ok(engine, 'personnel.update', { id: b, title: 'B1' });
    ok(engine, 'personnel.update', { id: a, title: 'A2' });
    ok(engine, 'personnel.sortByName', { id: a });
    // Each draft offers its own latest step, as data: the action, the name, the draft's id.
    expect(engine.current.undoOf['personnel-draft']).toMatchObject({
      [a]: { action: 'sort', subject: 'A2', subjectId: a },
      [b]: { action: 'edit', subject: 'B1', subjectId: b },
    });

    // B's Undo takes B's edit, behind A's two steps.
    expect(ok(engine, 'undo', { scope: 'personnel-draft', subjectId: b })).toEqual({ scope: 'personnel-draft', action: 'edit', subject: 'B1', subjectId: b });
    expect([title(ctx, a), title(ctx, b)]).toEqual(['A2', 'Miễn nhiệm Trưởng Ban Pháp chế']);
    // A's Undo: its sort, then its edit to A2; B untouched.
    ok(engine, 'undo', { scope: 'personnel-draft', subjectId: a });
    expect(view(engine, a).people.map((p) => p.fullName)).toEqual(['Lương Xuân Quý', 'Trần Thị Hoa']);
    ok(engine, 'undo', { scope: 'personnel-draft', subjectId: a });
    expect([title(ctx, a), title(ctx, b)]).toEqual(['A1', 'Miễn nhiệm Trưởng Ban Pháp chế']);
    expect(engine.current.redoOf['personnel-draft']).toMatchObject({ [a]: { action: 'edit', subject: 'A2' }, [b]: { action: 'edit', subject: 'B1' } });

    // B's Redo does B's edit again, though A's were undone after it; then B has nothing to redo.
    ok(engine, 'redo', { scope: 'personnel-draft', subjectId: b });
    expect([title(ctx, a), title(ctx, b)]).toEqual(['A1', 'B1']);
    refused(engine, 'redo', { scope: 'personnel-draft', subjectId: b }, 'nothing-to-redo');
    // A new step on B leaves A's undone steps to redo (only B's own would go).
    ok(engine, 'personnel.update', { id: b, title: 'B2' });
    ok(engine, 'redo', { scope: 'personnel-draft', subjectId: a });
    ok(engine, 'redo', { scope: 'personnel-draft', subjectId: a });
    expect(view(engine, a)).toMatchObject({ title: 'A2' });
    expect(view(engine, a).people.map((p) => p.fullName)).toEqual(['Trần Thị Hoa', 'Lương Xuân Quý']);
    expect(title(ctx, b)).toBe('B2');
    // Back to the start on each, one by one.
    for (const _ of [1, 2, 3]) ok(engine, 'undo', { scope: 'personnel-draft', subjectId: a });
    for (const _ of [1, 2]) ok(engine, 'undo', { scope: 'personnel-draft', subjectId: b });
    expect([title(ctx, a), title(ctx, b)]).toEqual(['Chủ tịch Hội đồng nhân dân tỉnh', 'Miễn nhiệm Trưởng Ban Pháp chế']);
    refused(engine, 'undo', { scope: 'personnel-draft', subjectId: a }, 'nothing-to-undo');
    refused(engine, 'undo', { scope: 'personnel-draft', subjectId: b }, 'nothing-to-undo');
  });

  it("never redoes draft A's step from draft B, and each panel offers its own draft's step only", () => {
    const ctx = twoDrafts();
    const { engine, db, a, b } = ctx;
    ok(engine, 'personnel.update', { id: a, title: 'A1' });
    ok(engine, 'undo', { scope: 'personnel-draft', subjectId: a });
    // A's undone edit waits on A; B has nothing to redo, and its panel offers none of A's steps.
    const before = rows(db);
    const r = refused(engine, 'redo', { scope: 'personnel-draft', subjectId: b }, 'nothing-to-redo');
    expect(r.en).toBeTruthy();
    expect(rows(db)).toEqual(before);
    expect(engine.current.redoOf['personnel-draft']?.[b]).toBeUndefined();
    ok(engine, 'personnel.update', { id: b, title: 'B1' });
    expect(personnelUndo(view(engine, b), engine.current.undoOf['personnel-draft']?.[b])).toMatchObject({ action: 'edit', subject: 'B1' });
    expect(personnelUndo(view(engine, a), engine.current.undoOf['personnel-draft']?.[b])).toBeNull();
    expect(engine.current.undoOf['personnel-draft']?.[a]).toBeUndefined();
    // B's new step left A's redo: A's Redo still does A's edit.
    ok(engine, 'redo', { scope: 'personnel-draft', subjectId: a });
    expect([title(ctx, a), title(ctx, b)]).toEqual(['A1', 'B1']);
  });

  it("refuses a deleted draft's step with a sentence naming it, in both languages, changing nothing", () => {
    const ctx = twoDrafts();
    const { engine, db, a, b } = ctx;
    ok(engine, 'personnel.update', { id: a, title: 'Bầu Phó Chủ tịch' });
    ok(engine, 'personnel.update', { id: b, title: 'B1' });
    ok(engine, 'personnel.sortByName', { id: a });
    ok(engine, 'undo', { scope: 'personnel-draft', subjectId: a });
    ok(engine, 'personnel.remove', { id: a });
    const before = dumpDb(db);
    for (const type of ['undo', 'redo'] as const) {
      const r = refused(engine, type, { scope: 'personnel-draft', subjectId: a }, 'undo-personnel-removed');
      expect(r.en).toBe('The draft “Bầu Phó Chủ tịch” has been deleted, so its changes can no longer be undone or redone.');
      expect(r.vi).toBe('Bản nháp «Bầu Phó Chủ tịch» đã bị xóa nên không thể hoàn tác hay làm lại các thay đổi của nó nữa.');
      expect(dumpDb(db)).toEqual(before);
    }
    // An honorific's step names the person, its subject.
    const c = ok(engine, 'personnel.prepare', { kind: 'election', title: 'C', people: [{ delegateId: ctx.officials[3], honorific: 'mr' }] }).id;
    ok(engine, 'personnel.update', { id: c, people: [{ personId: view(engine, c).people[0].id, honorific: 'ms' }] });
    ok(engine, 'personnel.remove', { id: c });
    const gone = dumpDb(db);
    const r = refused(engine, 'undo', { scope: 'personnel-draft', subjectId: c }, 'undo-personnel-removed-person');
    expect(r.en).toBe('The draft listing Đinh Thị Lan has been deleted, so the change of their honorific can no longer be undone or redone.');
    expect(r.vi).toBe('Bản nháp có Đinh Thị Lan trong danh sách đã bị xóa nên không thể hoàn tác hay làm lại việc đổi danh xưng của Đinh Thị Lan nữa.');
    expect(dumpDb(db)).toEqual(gone);
    // Refused for good: it may be set aside, and B's own steps were never in its way.
    ok(engine, 'undo.skip', { scope: 'personnel-draft', subjectId: a });
    expect(ok(engine, 'undo', { scope: 'personnel-draft', subjectId: b })).toMatchObject({ action: 'edit', subject: 'B1' });
    // Bad inputs: a subject that is not an id is refused at the boundary, changing nothing.
    const still = dumpDb(db);
    refused(engine, 'undo', { scope: 'personnel-draft', subjectId: 0 }, 'invalid');
    refused(engine, 'undo', { scope: 'personnel-draft', subjectId: '12' }, 'invalid');
    refused(engine, 'redo', { scope: 'personnel-draft', subjectId: 1.5 }, 'invalid');
    expect(dumpDb(db)).toEqual(still);
  });

  it('keeps each draft its steps across a restart', () => {
    const file = path.join(tempDir(), 'gavel.sqlite');
    const first = twoDrafts(file);
    ok(first.engine, 'personnel.update', { id: first.a, title: 'A1' });
    ok(first.engine, 'personnel.update', { id: first.b, title: 'B1' });
    ok(first.engine, 'undo', { scope: 'personnel-draft', subjectId: first.a });
    first.db.close();
    const { engine } = newEngine(file);
    expect(engine.current.undoOf['personnel-draft']).toMatchObject({ [first.b]: { action: 'edit', subject: 'B1', subjectId: first.b } });
    expect(engine.current.redoOf['personnel-draft']).toMatchObject({ [first.a]: { action: 'edit', subject: 'A1', subjectId: first.a } });
    ok(engine, 'redo', { scope: 'personnel-draft', subjectId: first.a });
    ok(engine, 'undo', { scope: 'personnel-draft', subjectId: first.b });
    expect([view(engine, first.a).title, view(engine, first.b).title]).toEqual(['A1', 'Miễn nhiệm Trưởng Ban Pháp chế']);
  });
});

describe('draft steps saved before they carried their draft (schema 38)', () => {
  it("move the draft's id from the subject to subjectId, or take it from the step's rows", () => {
    const { db, step } = schemaBefore('undo-subject');
    const images = (rows: object[]) => JSON.stringify(rows);
    const insert = db.prepare("INSERT INTO undo_step (scope, label, at, images, session_id, actor, action, subject) VALUES (?, ?, 0, ?, NULL, '', ?, ?)");
    insert.run('personnel-draft', 'edit', images([{ t: 'personnel_vote', k: 12, b: '{}', a: '{}' }]), 'edit', '12:Phó Chủ tịch: bầu bổ sung');
    insert.run('personnel-draft', 'sort', images([{ t: 'personnel_person', k: 40, b: JSON.stringify({ id: 40, vote_id: 7 }), a: '{}' }]), 'sort', 'Bầu Ủy viên');
    insert.run('personnel', 'open', images([{ t: 'personnel_vote', k: 12, b: '{}', a: '{}' }]), 'open', '12:Bầu Ủy viên');
    db.prepare("INSERT INTO redo_step (scope, label, at, images, actor, action, subject) VALUES ('personnel-draft', 'honorific', 0, ?, '', 'honorific', '7:Nguyễn Ngọc Lan')").run(images([]));
    migrate(db);
    expect(step.version).toBe(36);
    expect(db.prepare('SELECT scope, subject, subject_id FROM undo_step ORDER BY id').all()).toEqual([
      { scope: 'personnel-draft', subject: 'Phó Chủ tịch: bầu bổ sung', subject_id: 12 },
      { scope: 'personnel-draft', subject: 'Bầu Ủy viên', subject_id: 7 },
      // The counting scope's steps are its own stack: untouched.
      { scope: 'personnel', subject: '12:Bầu Ủy viên', subject_id: null },
    ]);
    expect(db.prepare('SELECT subject, subject_id FROM redo_step').all()).toEqual([{ subject: 'Nguyễn Ngọc Lan', subject_id: 7 }]);
  });
});
