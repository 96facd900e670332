/**
 * A restore is undo's boundary. The restored copy carries the undo steps it had when it was taken:
 * without a boundary, Ctrl+Z right after a restore took back what was done before the backup (a
 * speech started an hour ago, a request to speak, a delegate added), which nobody at the rostrum
 * expects. After a restore no step from before it is offered or taken, in any scope, whichever way
 * the backup was put in place (the Backups panel, a copy chosen from a USB stick, the command line,
 * the desktop app's offer when the database will not open); Undo says there is nothing to undo
 * since the restore. An ordinary restart keeps the steps, as before. On real SQLite files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { adminReply, Keeper } from '../../../electron/features/backups/keeper';
import { runBackupCli } from '../../../electron/features/backups/cli';
import { restoreBackup } from '../../../electron/features/backups/restore';
import { backupsDir, type HeldTimers } from '../../../electron/features/backups/store';
import { formatDateTime } from '../../../common/dates';
import { dumpDb, manualClock, ok, refused, seedBasics, tempDir } from '../helpers';

const keepers: Keeper[] = [];
afterEach(() => keepers.splice(0).forEach((k) => k.db.open && k.close()));

/** The scopes given a step before the backup. */
const SCOPES = ['roster', 'timing', 'queue', 'questions'] as const;

/**
 * A sitting under way with a step in each of SCOPES (a delegate added, the item started, a
 * request to speak, a question slip), backed up; then the sitting goes on (another delegate).
 */
function stepsBackedUp(dir = tempDir()) {
  const clock = manualClock(Date.now() - 3_600_000);
  const keeper = new Keeper(path.join(dir, 'gavel.sqlite'), { clock: () => clock, log: () => {} });
  keepers.push(keeper);
  const engine = keeper.engine;
  seedBasics(engine);
  const official = ok(engine, 'delegate.add', { fullName: 'Hà Minh Đức', voting: false }).id;
  const respondentId = ok(engine, 'respondent.add', { delegateId: official, agency: 'Sở Tài chính' }).id;
  const sittingId = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
  ok(engine, 'sitting.open', { id: sittingId });
  const itemId = ok(engine, 'agenda.add', { title: 'Thảo luận tại hội trường', kind: 'discussion' }).id;
  ok(engine, 'agenda.assign', { id: itemId, sittingId });
  const hang = ok(engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng' }).id;
  ok(engine, 'question.register', { askerId: hang, respondentId, text: 'Tiến độ giải ngân vốn đầu tư công?' });
  ok(engine, 'item.start', { id: itemId, current: 'finish' });
  ok(engine, 'speaker.request', { delegateId: hang });
  clock.advance(60_000);
  const backup = keeper.backup('manual')!;
  clock.advance(20 * 60_000);
  ok(engine, 'delegate.add', { fullName: 'Thêm sau khi sao lưu' });
  return { keeper, clock, backup, dir };
}

const undoScopes = (keeper: Keeper) => Object.keys(keeper.engine.current.undo).sort();

/**
 * What a chair meets pressing Undo in every scope after the restore: a sentence, and nothing
 * changes. `redone`: a scope with a step taken and undone since the restore, still to redo.
 */
function nothingSinceRestore(keeper: Keeper, redone?: string) {
  expect(keeper.engine.current.undo).toEqual({});
  expect(Object.keys(keeper.engine.current.redo)).toEqual(redone ? [redone] : []);
  const restoredAt = keeper.engine.current.undoBoundary.restoredAt!;
  expect(restoredAt).toBeGreaterThan(0);
  const before = dumpDb(keeper.db);
  for (const scope of SCOPES) {
    const said = refused(keeper.engine, 'undo', { scope }, 'nothing-to-undo-since-restore');
    expect(said.en).toBe(`There is nothing to undo since the backup was restored (${formatDateTime(restoredAt, 'en')}): what was done before the restore cannot be undone.`);
    expect(said.vi).toBe(`Không còn thao tác nào để hoàn tác kể từ khi khôi phục bản sao lưu (${formatDateTime(restoredAt, 'vi')}): các thao tác trước khi khôi phục không hoàn tác được.`);
    refused(keeper.engine, 'undo.skip', { scope }, 'nothing-to-undo-since-restore');
    if (scope === redone) continue;
    // Redo right after the restore says the same boundary, not the plain "nothing to redo".
    const redo = refused(keeper.engine, 'redo', { scope }, 'nothing-to-redo-since-restore');
    expect(redo.en).toBe(`There is nothing to redo since the backup was restored (${formatDateTime(restoredAt, 'en')}): what was undone before the restore cannot be redone.`);
    expect(redo.vi).toBe(`Không có thao tác nào để làm lại kể từ khi khôi phục bản sao lưu (${formatDateTime(restoredAt, 'vi')}): các thao tác đã hoàn tác trước khi khôi phục không làm lại được.`);
  }
  expect(dumpDb(keeper.db)).toEqual(before);
}

describe('undo after a restore', () => {
  it('offers and takes no step from before the restore, in any scope, and says why in both languages (the Backups panel)', () => {
    const { keeper, backup } = stepsBackedUp();
    expect(undoScopes(keeper)).toEqual(expect.arrayContaining([...SCOPES]));
    expect(keeper.engine.current.undoBoundary).toEqual({ restoredAt: null });
    expect(adminReply(keeper, { op: 'backups.restore', name: backup.name }, 'vi').ok).toBe(true);
    // The copy's own rows are back: the item running as at the backup (held), Hằng waiting to speak.
    expect(keeper.engine.current.speakers.queue.map((s) => s.delegateId)).toHaveLength(1);
    nothingSinceRestore(keeper);
  });

  it('undoes what is done after the restore, then stops at it', () => {
    const { keeper, backup } = stepsBackedUp();
    adminReply(keeper, { op: 'backups.restore', name: backup.name }, 'en');
    const id = ok(keeper.engine, 'delegate.add', { fullName: 'Sau khi khôi phục' }).id;
    expect(keeper.engine.current.undo.roster).toMatchObject({ action: 'add', subject: 'Sau khi khôi phục' });
    // A step taken since the restore: nothing undone is the ordinary "nothing to redo".
    refused(keeper.engine, 'redo', { scope: 'roster' }, 'nothing-to-redo');
    ok(keeper.engine, 'undo', { scope: 'roster' });
    expect(keeper.engine.current.delegates.some((d) => d.id === id)).toBe(false);
    // Redone and undone again as any step taken since.
    ok(keeper.engine, 'redo', { scope: 'roster' });
    ok(keeper.engine, 'undo', { scope: 'roster' });
    refused(keeper.engine, 'undo', { scope: 'roster' }, 'nothing-to-undo-since-restore');
  });

  it('holds across a restart after the restore, and an ordinary restart keeps every step', () => {
    const { keeper, backup } = stepsBackedUp();
    const file = keeper.file;
    // An ordinary restart first: the steps are all there, and undo takes the latest back.
    const scopes = undoScopes(keeper);
    keeper.close();
    const again = new Keeper(file, { log: () => {} });
    keepers.push(again);
    expect(undoScopes(again)).toEqual(scopes);
    expect(again.engine.current.undoBoundary).toEqual({ restoredAt: null });
    ok(again.engine, 'undo', { scope: 'roster' });
    expect(again.engine.current.delegates.map((d) => d.fullName)).not.toContain('Thêm sau khi sao lưu');
    // Then a restore, and a restart after it: still nothing from before the restore.
    adminReply(again, { op: 'backups.restore', name: backup.name }, 'en');
    ok(again.engine, 'delegate.add', { fullName: 'Sau khi khôi phục' });
    again.close();
    const third = new Keeper(file, { log: () => {} });
    keepers.push(third);
    expect(Object.keys(third.engine.current.undo)).toEqual(['roster']);
    ok(third.engine, 'undo', { scope: 'roster' });
    nothingSinceRestore(third, 'roster');
  });

  it('is the boundary for a copy chosen from a USB stick in the Backups panel', () => {
    const { keeper, backup } = stepsBackedUp();
    const usb = path.join(tempDir(), 'gavel-HDND-ky-hop-11.sqlite');
    fs.copyFileSync(path.join(backupsDir(keeper.file), backup.name), usb);
    expect(keeper.restoreFile(usb, 'gavel-HDND-ky-hop-11.sqlite', 'vi').ok).toBe(true);
    nothingSinceRestore(keeper);
  });

  it('is the boundary for the command line, by a backup’s name and by a copy’s path', () => {
    for (const by of ['name', 'path'] as const) {
      const { keeper, backup } = stepsBackedUp();
      const file = keeper.file;
      const usb = path.join(tempDir(), 'gavel-HDND-ky-hop-11.sqlite');
      fs.copyFileSync(path.join(backupsDir(file), backup.name), usb);
      keeper.close();
      const lines: string[] = [];
      expect(runBackupCli(['restore', by === 'name' ? backup.name : usb, '--data-dir', path.dirname(file)], (l) => lines.push(l)), lines.join('\n')).toBe(0);
      const opened = new Keeper(file, { log: () => {} });
      keepers.push(opened);
      nothingSinceRestore(opened);
    }
  });

  it('is the boundary for the desktop app’s restore when the database will not open', () => {
    const { keeper, backup } = stepsBackedUp();
    const file = keeper.file;
    keeper.close();
    // As main.ts does it once the chair accepts the backup offered: put in place, opened, journaled.
    const held: HeldTimers = { timers: [] };
    restoreBackup(file, backup.name, Date.now(), undefined, held);
    const opened = new Keeper(file, { log: () => {} });
    keepers.push(opened);
    opened.settleRestore(backup.name, null, 'system', held.timers);
    nothingSinceRestore(opened);
  });
});
