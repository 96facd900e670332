import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../electron/engine/engine';
import { closeStore, openStore } from '../../../electron/store/db';
import { dumpDb, newEngine, ok, refused, seedBasics, tempDir } from '../helpers';

/** A council with its session, and an item that can be started. */
function setUp(file?: string) {
  const env = newEngine(file);
  seedBasics(env.engine);
  return env;
}

const names = (engine: Engine) => engine.current.delegates.map((d) => d.fullName);

describe('redo', () => {
  it('does again what undo took back, named the same, and the offers follow', () => {
    const { engine } = setUp();
    const hang = ok(engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng', seatNumber: 1 }).id;
    expect(engine.current.redo.roster).toBeUndefined();
    const undone = ok(engine, 'undo', { scope: 'roster' });
    expect(names(engine)).toEqual([]);
    expect(engine.current.undo.roster).toBeUndefined();
    expect(engine.current.redo.roster).toMatchObject({ action: 'add', subject: 'Nguyễn Thị Hằng' });
    expect(ok(engine, 'redo', { scope: 'roster' })).toEqual(undone);
    // The same person, under the same id: what pointed at them before the undo still does.
    expect(engine.current.delegates).toMatchObject([{ id: hang, fullName: 'Nguyễn Thị Hằng', seatNumber: 1 }]);
    expect(engine.current.redo.roster).toBeUndefined();
    expect(engine.current.undo.roster).toMatchObject({ action: 'add', subject: 'Nguyễn Thị Hằng' });
    // Redone, it is the latest step again: undo takes it back once more.
    ok(engine, 'undo', { scope: 'roster' });
    expect(names(engine)).toEqual([]);
  });

  it('redoes several undos last-undone first, then has nothing left', () => {
    const { engine } = setUp();
    ok(engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng', seatNumber: 1 });
    ok(engine, 'delegate.add', { fullName: 'Đặng Quốc Việt', seatNumber: 2 });
    ok(engine, 'delegate.add', { fullName: 'Hoàng Thị Thu Hương', seatNumber: 3 });
    ok(engine, 'undo', { scope: 'roster' });
    ok(engine, 'undo', { scope: 'roster' });
    expect(names(engine)).toEqual(['Nguyễn Thị Hằng']);
    expect(ok(engine, 'redo', { scope: 'roster' })).toMatchObject({ action: 'add', subject: 'Đặng Quốc Việt' });
    expect(ok(engine, 'redo', { scope: 'roster' })).toMatchObject({ action: 'add', subject: 'Hoàng Thị Thu Hương' });
    expect(names(engine)).toEqual(['Nguyễn Thị Hằng', 'Đặng Quốc Việt', 'Hoàng Thị Thu Hương']);
    const r = refused(engine, 'redo', { scope: 'roster' }, 'nothing-to-redo');
    expect(r.vi).toBe('Không có thao tác nào để làm lại: chỉ làm lại được những gì vừa hoàn tác, khi chưa có thao tác mới.');
  });

  it('is gone once a new step is taken in the scope, and only in that scope', () => {
    const { engine } = setUp();
    const { id: itemId } = ok(engine, 'agenda.add', { title: 'Báo cáo kinh tế - xã hội năm 2026', kind: 'report' });
    ok(engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng', seatNumber: 1 });
    ok(engine, 'undo', { scope: 'roster' });
    ok(engine, 'agenda.update', { id: itemId, title: 'Báo cáo tình hình kinh tế - xã hội', kind: 'report', plannedMinutes: 30 });
    ok(engine, 'undo', { scope: 'prep' });
    // A step in the roster drops the roster's redo; the programme's waits.
    ok(engine, 'delegate.add', { fullName: 'Đặng Quốc Việt', seatNumber: 2 });
    expect(engine.current.redo.roster).toBeUndefined();
    refused(engine, 'redo', { scope: 'roster' }, 'nothing-to-redo');
    expect(names(engine)).toEqual(['Đặng Quốc Việt']);
    expect(engine.current.redo.prep).toMatchObject({ action: 'edit' });
    ok(engine, 'redo', { scope: 'prep' });
    expect(engine.current.agenda.find((i) => i.id === itemId)?.title).toBe('Báo cáo tình hình kinh tế - xã hội');
  });

  it('refuses, changing nothing, when a later command changed the rows since the undo', () => {
    const { engine } = setUp();
    const { id: itemId } = ok(engine, 'agenda.add', { title: 'Khai mạc kỳ họp', kind: 'opening' });
    ok(engine, 'item.start', { id: itemId, current: 'pause' });
    ok(engine, 'undo', { scope: 'timing' });
    // The item the start was about is removed from the programme (another scope): nothing to start again.
    ok(engine, 'agenda.remove', { id: itemId });
    const r = refused(engine, 'redo', { scope: 'timing' }, 'redo-overtaken');
    expect(r.en).toBe('This can no longer be redone: a later action changed the same records since it was undone. Nothing was changed.');
    expect(r.vi).toBe('Không thể làm lại nữa: một thao tác sau khi hoàn tác đã thay đổi chính những mục này. Chưa có gì thay đổi.');
  });

  it('refuses a step of another session, and does it once that session is selected again', () => {
    const { engine } = setUp();
    const first = engine.current.sessions.currentId!;
    const { id: itemId } = ok(engine, 'agenda.add', { title: 'Khai mạc kỳ họp', kind: 'opening' });
    ok(engine, 'item.start', { id: itemId, current: 'pause' });
    ok(engine, 'undo', { scope: 'timing' });
    const { id: second } = ok(engine, 'session.create', { number: 12, term: 16, kind: 'thematic', startDate: '2027-01-15', endDate: '2027-01-15' });
    ok(engine, 'session.select', { id: second });
    expect(engine.current.redo.timing).toMatchObject({ action: 'start', elsewhere: { sessionId: first } });
    refused(engine, 'redo', { scope: 'timing' }, 'redo-other-session');
    ok(engine, 'session.select', { id: first });
    expect(engine.current.redo.timing).toMatchObject({ action: 'start' });
    expect(engine.current.redo.timing!.elsewhere).toBeUndefined();
    ok(engine, 'redo', { scope: 'timing' });
    expect(engine.current.timing.items.find((i) => i.id === itemId)?.status).toBe('running');
  });

  it('a "next item" undone by mistake and redone brings the new item’s queue forward again', () => {
    const { engine } = setUp();
    // Not a report: a report's own floor is the discussion after it (speakers/slices.ts), so its queue would not come back.
    const { id: report } = ok(engine, 'agenda.add', { title: 'Khai mạc kỳ họp', kind: 'opening' });
    const { id: discussion } = ok(engine, 'agenda.add', { title: 'Thảo luận tại hội trường', kind: 'discussion' });
    ok(engine, 'item.start', { id: report });
    ok(engine, 'item.start', { id: discussion, current: 'finish' });
    expect(engine.current.speakers.itemId).toBe(discussion);
    ok(engine, 'undo', { scope: 'timing' });
    expect(engine.current.speakers.itemId).toBe(report);
    expect(ok(engine, 'redo', { scope: 'timing' })).toMatchObject({ scope: 'timing', action: 'start', subject: 'Thảo luận tại hội trường' });
    expect(engine.current.speakers.itemId).toBe(discussion);
    expect(engine.current.timing.items.find((i) => i.id === discussion)?.status).toBe('running');
    expect(engine.current.timing.items.find((i) => i.id === report)?.status).toBe('finished');
  });

  it('refuses bad input with a sentence, changing nothing', () => {
    const { engine } = setUp();
    expect(refused(engine, 'redo', {}).code).toBe('invalid');
    expect(refused(engine, 'redo', { scope: '' }).code).toBe('invalid');
    expect(refused(engine, 'redo', { scope: 'x'.repeat(41) }).code).toBe('invalid');
    expect(refused(engine, 'redo', { scope: 'roster', extra: 1 }).code).toBe('invalid');
    refused(engine, 'redo', { scope: 'no-such-scope' }, 'nothing-to-redo');
  });

  it('a secretary may redo in the scopes a secretary may undo in, and no other', () => {
    const { engine } = setUp();
    ok(engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng', seatNumber: 1 });
    const { id: itemId } = ok(engine, 'agenda.add', { title: 'Khai mạc kỳ họp', kind: 'opening' });
    ok(engine, 'item.start', { id: itemId, current: 'pause' });
    ok(engine, 'undo', { scope: 'roster' });
    ok(engine, 'undo', { scope: 'timing' });
    const asSecretary = (scope: string) => engine.dispatch({ type: 'redo', scope }, { actor: 'Thư ký', lang: 'vi', role: 'secretary' });
    const before = dumpDb(engine.db);
    const timing = asSecretary('timing');
    expect(timing.ok ? null : timing.error.code).toBe('role-forbidden');
    expect(dumpDb(engine.db)).toEqual(before);
    expect(asSecretary('roster').ok).toBe(true);
    expect(names(engine)).toEqual(['Nguyễn Thị Hằng']);
  });

  it('survives a restart', () => {
    const file = path.join(tempDir(), 'redo.sqlite');
    const first = setUp(file);
    ok(first.engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng', seatNumber: 1 });
    ok(first.engine, 'undo', { scope: 'roster' });
    closeStore(first.db);
    const db = openStore(file);
    const engine = new Engine(db);
    expect(engine.current.redo.roster).toMatchObject({ action: 'add', subject: 'Nguyễn Thị Hằng' });
    ok(engine, 'redo', { scope: 'roster' });
    expect(names(engine)).toEqual(['Nguyễn Thị Hằng']);
    closeStore(db);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });
});
