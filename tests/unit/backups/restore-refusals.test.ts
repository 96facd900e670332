/**
 * What goes wrong with backups in practice, from the console's maintenance channel: a file in
 * the backups folder that is not a Gavel backup, a restore while a vote is counted, a backups
 * folder that cannot be written. Each is refused with a sentence, and the session runs on.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { adminReply, Keeper } from '../../../electron/features/backups/keeper';
import { runBackupCli } from '../../../electron/features/backups/cli';
import { readActivity } from '../../../electron/features/activity/store';
import { en as panelEn, vi as panelVi } from '../../../common/backups/labels';
import { backupsDir, fileSystemReason, listBackups } from '../../../electron/features/backups/store';
import { LATEST_VERSION } from '../../../electron/store/migrations/index';
import { APPLICATION_ID } from '../../../electron/store/db';
import type { Reply } from '../../../electron/engine/protocol';
import { dumpDb, itemUnderWay, manualClock, ok, schemaBefore, seedBasics, tempDir } from '../helpers';

const keepers: Keeper[] = [];
afterEach(() => keepers.splice(0).forEach((k) => k.db.open && k.close()));

function councilKeeper() {
  const clock = manualClock();
  const keeper = new Keeper(path.join(tempDir(), 'gavel.sqlite'), { clock: () => clock, log: () => {} });
  keepers.push(keeper);
  seedBasics(keeper.engine);
  ok(keeper.engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng' });
  keeper.backup('manual');
  return keeper;
}

function refusal(reply: Reply): { code: string; message: string } {
  if (reply.ok) throw new Error('expected a refusal');
  return reply.error;
}

const filesBeside = (keeper: Keeper) => fs.readdirSync(path.dirname(keeper.file)).filter((f) => f.startsWith('gavel-before-restore'));

describe('a restore of a file that is not a Gavel backup', () => {
  const cases: [string, (file: string) => void, string, RegExp][] = [
    ['an empty file', (f) => fs.writeFileSync(f, ''), 'backup-not-gavel', /không phải là bản sao lưu của Gavel/],
    ['an empty SQLite database', (f) => new Database(f).exec('VACUUM').close(), 'backup-not-gavel', /không phải là bản sao lưu của Gavel/],
    [
      'another program’s database',
      (f) => {
        const db = new Database(f);
        db.exec('CREATE TABLE contacts (name TEXT)');
        db.close();
      },
      'backup-not-gavel',
      /không phải là bản sao lưu của Gavel/,
    ],
    [
      'a backup from a newer Gavel',
      (f) => {
        const db = new Database(f);
        db.exec('CREATE TABLE future (x)');
        db.pragma(`application_id = ${APPLICATION_ID}`);
        db.pragma(`user_version = ${LATEST_VERSION + 1}`);
        db.close();
      },
      'backup-from-future',
      /phiên bản Gavel mới hơn/,
    ],
    [
      // It passes every check of a backup, and only an upgrade finds it cannot be opened.
      'an older Gavel backup missing a table an upgrade needs',
      (f) => {
        const { db } = schemaBefore('question-extra-time', f);
        db.exec('DROP TABLE answer');
        db.pragma(`application_id = ${APPLICATION_ID}`);
        db.close();
      },
      'backup-unusable',
      /Không thể nâng cấp bản sao lưu/,
    ],
  ];
  for (const [what, write, code, vi] of cases) {
    it(`${what}: refused with a sentence, nothing moved, the session runs on`, () => {
      const keeper = councilKeeper();
      const name = 'gavel-20261208T013000000Z-manual.sqlite';
      write(path.join(backupsDir(keeper.file), name));
      const error = refusal(adminReply(keeper, { op: 'backups.restore', name }, 'vi'));
      expect(error.code).toBe(code);
      expect(error.message).toMatch(vi);
      expect(error.message).toContain(name);
      expect(filesBeside(keeper)).toEqual([]);
      expect(keeper.db.open).toBe(true);
      expect(keeper.engine.current.delegates.map((d) => d.fullName)).toEqual(['Nguyễn Thị Hằng']);
      ok(keeper.engine, 'delegate.add', { fullName: 'Đặng Quốc Việt' });
      // And the next start opens the same database, not the refused file.
      keeper.close();
      const again = new Keeper(keeper.file, { log: () => {} });
      keepers.push(again);
      expect(again.engine.current.delegates.map((d) => d.fullName)).toEqual(['Nguyễn Thị Hằng', 'Đặng Quốc Việt']);
    });
  }
});

describe('a restore while a vote is open', () => {
  it('is refused, naming the vote, and the vote keeps its count', () => {
    const keeper = councilKeeper();
    const [backup] = keeper.list();
    itemUnderWay(keeper.engine, { title: 'Nghị quyết về giá đất', kind: 'vote' });
    const id = ok(keeper.engine, 'vote.create', { resolutionTitle: 'Nghị quyết về giá đất', method: 'hands' }).id;
    ok(keeper.engine, 'vote.open', { id, present: 33 });
    ok(keeper.engine, 'vote.tally', { id, for: 30, against: 2, abstain: 1 });
    const error = refusal(adminReply(keeper, { op: 'backups.restore', name: backup.name }, 'en'));
    expect(error.code).toBe('restore-vote-open');
    expect(error.message).toContain('“Nghị quyết về giá đất”');
    expect(filesBeside(keeper)).toEqual([]);
    const vote = keeper.db.prepare('SELECT status, for_count AS f FROM vote WHERE id = ?').get(id);
    expect(vote).toEqual({ status: 'open', f: 30 });
    // Once it is closed, the restore goes ahead.
    ok(keeper.engine, 'vote.close', { id });
    expect(adminReply(keeper, { op: 'backups.restore', name: backup.name }, 'en').ok).toBe(true);
  });

  it('is refused for an open personnel vote too, naming it, and its counts stay', () => {
    const keeper = councilKeeper();
    const [backup] = keeper.list();
    const engine = keeper.engine;
    const official = ok(engine, 'delegate.add', { fullName: 'Lương Xuân Quý', title: 'Chủ tịch HĐND tỉnh' }).id;
    const counters = ['Phạm Văn Đức', 'Lê Thị Mai', 'Vũ Văn Hải'].map((fullName) => ok(engine, 'delegate.add', { fullName }).id);
    const title = 'Lấy phiếu tín nhiệm năm 2026';
    const { id } = ok(engine, 'personnel.prepare', { kind: 'confidence', title, people: [{ delegateId: official, body: 'council', honorific: 'mr', exemptReason: '' }] });
    ok(engine, 'personnel.committee', { id, head: counters[0], members: counters.slice(1) });
    ok(engine, 'personnel.open', { id, present: 5 });
    ok(engine, 'personnel.ballots', { id, issued: 5, returned: 5, valid: 5, invalid: 0 });
    const error = refusal(adminReply(keeper, { op: 'backups.restore', name: backup.name }, 'vi'));
    expect(error.code).toBe('restore-vote-open');
    expect(error.message).toContain(`«${title}»`);
    expect(filesBeside(keeper)).toEqual([]);
    expect(keeper.engine.current.personnel.find((v) => v.id === id)).toMatchObject({ status: 'open', ballots: { issued: 5, valid: 5 } });
  });
});

describe('a backups folder that cannot be written', () => {
  it('says which folder and why, in the console’s language, and the session runs on', () => {
    const keeper = councilKeeper();
    const dir = backupsDir(keeper.file);
    fs.rmSync(dir, { recursive: true });
    fs.writeFileSync(dir, 'a file where the folder should be');
    const vi = refusal(adminReply(keeper, { op: 'backups.now' }, 'vi'));
    expect(vi.code).toBe('backup-failed');
    expect(vi.message).toBe(`Không sao lưu được cơ sở dữ liệu vào thư mục ${dir}: có một tệp nằm ở chỗ của thư mục sao lưu (hãy đổi tên hoặc di chuyển tệp đó). Không có thay đổi nào khác.`);
    const en = refusal(adminReply(keeper, { op: 'backups.now' }, 'en'));
    expect(en.message).toContain('a file stands where the backups folder should be');
    expect(fs.readFileSync(dir, 'utf8')).toBe('a file where the folder should be');
    // The panel opens on it all the same: no backup listed, the failure and why, not "Something went wrong".
    expect(adminReply(keeper, { op: 'backups.list' }, 'en')).toMatchObject({ ok: true, value: { backups: [], failed: { text: { en: expect.stringContaining('a file stands where the backups folder should be') } } } });
    ok(keeper.engine, 'delegate.add', { fullName: 'Hoàng Thị Thu Hương' });
    // Moved away, the next backup by hand is written again.
    fs.rmSync(dir);
    expect(adminReply(keeper, { op: 'backups.now' }, 'en').ok).toBe(true);
  });

  it('names a full disk as full: SQLite says SQLITE_FULL, the sentence says to free some space', () => {
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    expect(fileSystemReason(full, path.join(tempDir(), 'x.partial'))).toMatchObject({ code: 'ENOSPC' });
    // Anything that is not SQLite's is passed on as it is.
    const other = Object.assign(new Error('gone'), { code: 'ENOENT' });
    expect(fileSystemReason(other, 'x')).toBe(other);
  });

  // A read-only disk and a full one, for real: a read-only bind mount and a small tmpfs over the
  // backups folder (root only: where mounting is not allowed, this is skipped).
  const mounts: string[] = [];
  afterEach(() => mounts.splice(0).forEach((m) => execFileSync('umount', [m])));
  const mount = (...args: string[]): boolean => {
    try {
      execFileSync('mount', args, { stdio: 'ignore' });
      // A remount changes a mount already listed.
      if (!args.includes('remount,bind,ro')) mounts.push(args.at(-1)!);
      return true;
    } catch {
      return false;
    }
  };

  it('says a read-only or a full disk in words and what to do, shows an automatic backup that failed in the panel until one is written, and loses nothing', (t) => {
    const keeper = councilKeeper();
    const dir = backupsDir(keeper.file);
    if (!mount('--bind', dir, dir)) return t.skip();
    if (!mount('-o', 'remount,bind,ro', dir)) return t.skip();
    const entered = () => keeper.engine.current.delegates.map((d) => d.fullName);
    // A sitting's or a periodic backup: nothing is thrown into the command's path; the panel says so.
    expect(keeper.backup('periodic')).toBeNull();
    const listed = adminReply(keeper, { op: 'backups.list' }, 'vi');
    expect(listed).toMatchObject({ ok: true, value: { failed: { reason: 'periodic' } } });
    const failed = (listed as { value: { failed: { text: { vi: string; en: string } } } }).value.failed;
    expect(failed.text.vi).toBe(`Không sao lưu được cơ sở dữ liệu vào thư mục ${dir}: ổ đĩa chỉ cho phép đọc (hãy chuyển thư mục dữ liệu sang ổ đĩa ghi được). Không có thay đổi nào khác.`);
    expect(failed.text.en).toContain(': the disk is read-only (move the data folder to a disk that can be written to).');
    // By hand: refused with the same reason, not "the file system refused (SQLITE_CANTOPEN)".
    expect(refusal(adminReply(keeper, { op: 'backups.now' }, 'en')).message).toContain('the disk is read-only (move the data folder');
    ok(keeper.engine, 'delegate.add', { fullName: 'Sau khi ổ đĩa hỏng' });

    // A full disk: a tmpfs too small for a copy.
    execFileSync('umount', [mounts.pop()!]);
    if (!mount('-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', dir)) return t.skip();
    expect(refusal(adminReply(keeper, { op: 'backups.now' }, 'vi')).message).toContain(': ổ đĩa đã đầy (hãy giải phóng dung lượng).');
    // No half copy is left to fill the disk further.
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(entered()).toEqual(['Nguyễn Thị Hằng', 'Sau khi ổ đĩa hỏng']);

    // Put right: the next backup is written and the panel's warning goes.
    execFileSync('umount', [mounts.pop()!]);
    expect(adminReply(keeper, { op: 'backups.now' }, 'en')).toMatchObject({ ok: true, value: { failed: null } });
    expect(adminReply(keeper, { op: 'backups.list' }, 'en')).toMatchObject({ ok: true, value: { failed: null } });
    expect(listBackups(keeper.file)[0].reason).toBe('manual');
  });

  it('names a data folder on a read-only disk as read-only when the backups folder is yet to be made, not "refused (ENOENT)"', (t) => {
    const clock = manualClock();
    const data = tempDir();
    const keeper = new Keeper(path.join(data, 'gavel.sqlite'), { clock: () => clock, log: () => {} });
    keepers.push(keeper);
    seedBasics(keeper.engine);
    // No backup yet: the first (the morning's opening) makes the folder, on a disk gone read-only.
    expect(fs.existsSync(backupsDir(keeper.file))).toBe(false);
    if (!mount('--bind', data, data)) return t.skip();
    if (!mount('-o', 'remount,bind,ro', data)) return t.skip();
    expect(keeper.backup('sitting-open')).toBeNull();
    const failed = keeper.failed()!;
    expect(failed.text.en).toBe(`The database could not be backed up into ${backupsDir(keeper.file)}: the disk is read-only (move the data folder to a disk that can be written to). Nothing else was changed.`);
    expect(failed.text.vi).toContain(': ổ đĩa chỉ cho phép đọc (hãy chuyển thư mục dữ liệu sang ổ đĩa ghi được).');
    expect(refusal(adminReply(keeper, { op: 'backups.now' }, 'en')).message).toContain('the disk is read-only');
    // The sitting goes on: the database was open before the disk went read-only.
    ok(keeper.engine, 'delegate.add', { fullName: 'Vẫn ghi được' });
    execFileSync('umount', [mounts.pop()!]);
    expect(adminReply(keeper, { op: 'backups.now' }, 'en')).toMatchObject({ ok: true, value: { failed: null } });
  });

  it('refuses a restore whose “Before a restore” copy cannot be written, saying why and what to do, and changes nothing', (t) => {
    const keeper = councilKeeper();
    const [backup] = keeper.list();
    ok(keeper.engine, 'delegate.add', { fullName: 'Sau bản sao lưu' });
    const dir = backupsDir(keeper.file);
    if (!mount('--bind', dir, dir)) return t.skip();
    if (!mount('-o', 'remount,bind,ro', dir)) return t.skip();
    const before = dumpDb(keeper.db);
    const revision = keeper.engine.current.revision;
    const engine = keeper.engine;
    const vi = refusal(adminReply(keeper, { op: 'backups.restore', name: backup.name }, 'vi'));
    expect(vi.code).toBe('restore-unprotected');
    expect(vi.message).toBe(
      `Chưa khôi phục gì: không sao lưu được dữ liệu hiện tại vào thư mục ${dir} trước khi khôi phục: ổ đĩa chỉ cho phép đọc (hãy chuyển thư mục dữ liệu sang ổ đĩa ghi được). Thiếu bản sao đó thì không hoàn tác được việc khôi phục; khắc phục xong, hãy khôi phục lại.`,
    );
    expect(refusal(adminReply(keeper, { op: 'backups.restore', name: backup.name }, 'en')).message).toBe(
      `Nothing was restored: what is there now could not first be backed up into ${dir}: the disk is read-only (move the data folder to a disk that can be written to). Without that copy the restore could not be undone; put that right, then restore again.`,
    );
    // The session runs on, on the same engine and the same file: nothing kept aside, nothing lost.
    expect(keeper.engine).toBe(engine);
    expect(keeper.db.open).toBe(true);
    expect(keeper.engine.current.revision).toBe(revision);
    expect(dumpDb(keeper.db)).toEqual(before);
    expect(filesBeside(keeper)).toEqual([]);
    expect(keeper.engine.current.delegates.map((d) => d.fullName)).toEqual(['Nguyễn Thị Hằng', 'Sau bản sao lưu']);
    ok(keeper.engine, 'delegate.add', { fullName: 'Vẫn ghi được' });
    // Put right, the same restore goes ahead, and can be undone from the panel.
    execFileSync('umount', [mounts.pop()!]);
    const done = adminReply(keeper, { op: 'backups.restore', name: backup.name }, 'en');
    expect(done).toMatchObject({ ok: true, value: { beforeRestore: expect.stringContaining('before-restore') } });
    expect(keeper.engine.current.delegates.map((d) => d.fullName)).toEqual(['Nguyễn Thị Hằng']);
  });

  it('the command line takes the same “Before a restore” copy first, so its restore is undone the same way, and is refused as the console is when it cannot be written', (t) => {
    const keeper = councilKeeper();
    const [backup] = keeper.list();
    ok(keeper.engine, 'delegate.add', { fullName: 'Sau bản sao lưu' });
    const file = keeper.file;
    const dir = path.dirname(file);
    keeper.close();
    const names = (f: string) => {
      const k = new Keeper(f, { log: () => {} });
      const all = k.engine.current.delegates.map((d) => d.fullName);
      const entry = readActivity(k.db).entries[0];
      k.close();
      return { all, entry };
    };

    // The backups folder read-only: refused with the console's sentence, in the language asked, and nothing moved.
    const backups = backupsDir(file);
    if (mount('--bind', backups, backups) && mount('-o', 'remount,bind,ro', backups)) {
      const bytes = fs.readFileSync(file);
      const lines: string[] = [];
      expect(runBackupCli(['restore', backup.name, '--data-dir', dir, '--lang', 'vi'], (l) => lines.push(l))).toBe(2);
      expect(lines).toEqual([
        `gavel: Chưa khôi phục gì: không sao lưu được dữ liệu hiện tại vào thư mục ${backups} trước khi khôi phục: ổ đĩa chỉ cho phép đọc (hãy chuyển thư mục dữ liệu sang ổ đĩa ghi được). Thiếu bản sao đó thì không hoàn tác được việc khôi phục; khắc phục xong, hãy khôi phục lại.`,
      ]);
      expect(runBackupCli(['restore', backup.name, '--data-dir', dir], (l) => lines.push(l))).toBe(2);
      expect(lines.at(-1)).toBe(
        `gavel: Nothing was restored: what is there now could not first be backed up into ${backups}: the disk is read-only (move the data folder to a disk that can be written to). Without that copy the restore could not be undone; put that right, then restore again.`,
      );
      expect(fs.readFileSync(file)).toEqual(bytes);
      expect(fs.readdirSync(dir).filter((f) => f.startsWith('gavel-before-restore'))).toEqual([]);
      expect(names(file).all).toEqual(['Nguyễn Thị Hằng', 'Sau bản sao lưu']);
      execFileSync('umount', [mounts.pop()!]);
    } else t.annotate('no read-only mount here: the refusal was not tried');

    // Put right: restored, and what was there is a "Before a restore" backup, named as the panel names it.
    const lines: string[] = [];
    expect(runBackupCli(['restore', backup.name, '--data-dir', dir, '--lang', 'vi'], (l) => lines.push(l))).toBe(0);
    const before = listBackups(file).find((b) => b.reason === 'before-restore')!;
    expect(before).toBeDefined();
    expect(lines[0]).toMatch(new RegExp(`^Đã khôi phục ${backup.name} vào .*gavel\\.sqlite\\. Cơ sở dữ liệu trước đó được giữ lại với tên gavel-before-restore-`));
    expect(lines[1]).toBe(`Dữ liệu trước khi khôi phục đã được sao lưu thành ${before.name}, trong danh sách là «${panelVi['backups.reason.before-restore']}»: khôi phục bản đó nếu cần hoàn tác.`);
    const restored = names(file);
    expect(restored.all).toEqual(['Nguyễn Thị Hằng']);
    // The Activity view names it, as after the panel's restore.
    expect(restored.entry).toMatchObject({ type: 'backup.restored', payload: { name: backup.name, beforeRestore: before.name } });

    // Undone by restoring it (English this time, the panel's English name for it).
    const undo: string[] = [];
    expect(runBackupCli(['restore', before.name, '--data-dir', dir], (l) => undo.push(l))).toBe(0);
    expect(undo[1]).toMatch(new RegExp(`^What was there before is backed up as gavel-[^ ]+-before-restore\\.sqlite, listed as “${panelEn['backups.reason.before-restore']}”: restore it to undo this\\.$`));
    expect(names(file).all).toEqual(['Nguyễn Thị Hằng', 'Sau bản sao lưu']);
  });
});
