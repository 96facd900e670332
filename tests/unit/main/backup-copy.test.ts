/**
 * The desktop app's "Save a copy…", without Electron: the save dialog's options, where a copy may
 * not go (over the running database or a backup), and the save itself with the dialog answered by
 * the test: a whole database where chosen, nothing on a cancel, a sentence on a refusal.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Keeper } from '../../../electron/features/backups/keeper';
import { copyTarget, saveCopyAs, saveDialogOptions } from '../../../electron/main/backup-copy';
import { backupsDir } from '../../../electron/features/backups/store';
import { manualClock, ok, seedBasics, tempDir } from '../helpers';

const keepers: Keeper[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  keepers.splice(0).forEach((k) => k.db.open && k.close());
});

function keeperWithBackup() {
  const clock = manualClock();
  const keeper = new Keeper(path.join(tempDir(), 'gavel.sqlite'), { clock: () => clock, log: () => {} });
  keepers.push(keeper);
  seedBasics(keeper.engine);
  ok(keeper.engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng' });
  const backup = keeper.backup('manual')!;
  const save = (name: string, choose: (fileName: string) => Promise<string | null>, lang: 'vi' | 'en' = 'en') => saveCopyAs(name, lang, { copyOf: (n, l) => keeper.copyOf(n, l), dbFile: keeper.file, choose });
  return { keeper, backup, save };
}

describe('the save dialog', () => {
  it('offers the copy’s name in the folder given, as a Gavel database, in the console’s language', () => {
    const vi = saveDialogOptions('gavel-HDND-tinh-Hoa-Binh-ky-hop-11-2026-12-08-1730.sqlite', 'vi', '/home/thuky/Documents');
    expect(vi).toMatchObject({
      title: 'Lưu bản sao của bản sao lưu',
      buttonLabel: 'Lưu bản sao',
      defaultPath: path.join('/home/thuky/Documents', 'gavel-HDND-tinh-Hoa-Binh-ky-hop-11-2026-12-08-1730.sqlite'),
      filters: [{ name: 'Cơ sở dữ liệu Gavel (SQLite)', extensions: ['sqlite'] }],
    });
    expect(vi.properties).toContain('showOverwriteConfirmation');
    expect(saveDialogOptions('x.sqlite', 'en', '/tmp').title).toBe('Save a copy of the backup');
  });

  it('writes where chosen, adding .sqlite to a bare name, but never over the database, its journal files, a backup or a file a restore kept aside', () => {
    const db = '/data/gavel.sqlite';
    expect(copyTarget('/media/usb/ky-hop-3.sqlite', db)).toBe('/media/usb/ky-hop-3.sqlite');
    expect(copyTarget('/media/usb/ky-hop-3', db)).toBe('/media/usb/ky-hop-3.sqlite');
    expect(copyTarget('/data/copy-for-office.sqlite', db)).toBe('/data/copy-for-office.sqlite');
    for (const own of ['/data/gavel.sqlite', '/data/gavel', '/data/gavel.sqlite-wal', '/data/gavel.sqlite-shm', '/data/backups/gavel-20261208T013000000Z-manual.sqlite', '/data/backups/new.sqlite', '/data/gavel-before-restore-20261208T013000000Z.sqlite', '/data/x/../backups/a.sqlite']) {
      expect(copyTarget(own, db), own).toBeNull();
    }
  });
});

describe('saving a copy', () => {
  it('writes a whole database holding the records where the chair chose, under the name offered', async () => {
    const { save, backup } = keeperWithBackup();
    const usb = tempDir();
    let offered = '';
    const reply = await save(backup.name, async (fileName) => {
      offered = fileName;
      return path.join(usb, fileName);
    });
    expect(offered).toMatch(/^gavel-HDND-tinh-Hoa-Binh-session-11-\d{4}-\d{2}-\d{2}-\d{4}\.sqlite$/);
    expect(reply).toEqual({ ok: true, saved: path.join(usb, offered) });
    // No temporary file is left beside it.
    expect(fs.readdirSync(usb)).toEqual([offered]);
    const copy = new Database(path.join(usb, offered), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT full_name FROM delegate').pluck().all()).toEqual(['Nguyễn Thị Hằng']);
    copy.close();
  });

  it('does nothing when the dialog is cancelled', async () => {
    const { save, backup } = keeperWithBackup();
    expect(await save(backup.name, async () => null)).toEqual({ ok: true, saved: null });
  });

  it('refuses with a sentence, writing nothing: a name not listed (no dialog shown), the database itself, a folder gone', async () => {
    const { keeper, save, backup } = keeperWithBackup();
    let asked = 0;
    const missing = await save('../gavel.sqlite', async () => (asked++, '/tmp/x.sqlite'));
    expect(missing).toMatchObject({ ok: false, error: { code: 'backup-missing', message: 'There is no backup named ../gavel.sqlite.' } });
    expect(asked).toBe(0);

    const size = fs.statSync(keeper.file).size;
    const over = await save(backup.name, async () => keeper.file, 'vi');
    expect(over).toMatchObject({ ok: false, error: { code: 'copy-over-own' } });
    expect(over.ok || over.error.message).toBe(`Không thể lưu bản sao đè lên cơ sở dữ liệu của Gavel hoặc các bản sao lưu của nó (${keeper.file}); hãy chọn nơi khác, chẳng hạn USB hoặc thư mục dùng chung của cơ quan.`);
    expect(fs.statSync(keeper.file).size).toBe(size);
    expect(await save(backup.name, async () => path.join(backupsDir(keeper.file), 'x.sqlite'))).toMatchObject({ ok: false, error: { code: 'copy-over-own' } });

    // A USB stick taken out between the dialog and the copy.
    const gone = path.join(tempDir(), 'usb-removed', 'copy.sqlite');
    const failed = await save(backup.name, async () => gone);
    expect(failed).toMatchObject({ ok: false, error: { code: 'copy-failed', message: `The copy could not be saved as ${gone}: that folder is no longer there (a USB stick taken out?). The backup itself is unchanged; choose another place, or try again.` } });
    expect(fs.existsSync(path.dirname(gone))).toBe(false);
    expect(keeper.list().map((b) => b.name)).toContain(backup.name);
  });
});

describe('a copy on a USB stick pulled out right after “saved”', () => {
  it('is flushed to the disk and checked whole before it takes the offered name, and the folder is flushed after the rename', async () => {
    const { save, backup, keeper } = keeperWithBackup();
    const usb = tempDir();
    const steps: string[] = [];
    const fsync = fs.fsyncSync;
    vi.spyOn(fs, 'fsyncSync').mockImplementation((fd) => (steps.push(fs.fstatSync(fd).isDirectory() ? 'flush folder' : 'flush file'), fsync(fd)));
    const rename = fs.renameSync;
    vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
      // What takes the name is the whole backup, and a sound database.
      expect(fs.readFileSync(from)).toEqual(fs.readFileSync(path.join(backupsDir(keeper.file), backup.name)));
      const db = new Database(String(from), { readonly: true });
      steps.push(`rename (${db.pragma('integrity_check', { simple: true })})`);
      db.close();
      rename(from, to);
    });
    const reply = await save(backup.name, async (fileName) => path.join(usb, fileName));
    expect(reply).toMatchObject({ ok: true });
    expect(steps).toEqual(['flush file', 'rename (ok)', 'flush folder']);
  });

  it('a copy that fails its check, or a stick full or pulled out mid-copy, leaves no half file under the name, and an older copy there as it was', async () => {
    const { save, backup, keeper } = keeperWithBackup();
    const usb = tempDir();
    const target = path.join(usb, 'copy.sqlite');
    fs.writeFileSync(target, 'the copy saved yesterday');

    // The backup damaged on the laptop's disk since it was written: the copy fails integrity_check.
    const file = path.join(backupsDir(keeper.file), backup.name);
    const whole = fs.readFileSync(file);
    const damaged = Buffer.from(whole);
    damaged.fill(0xff, 4096, damaged.length);
    fs.writeFileSync(file, damaged);
    const renamed = vi.spyOn(fs, 'renameSync');
    expect(await save(backup.name, async () => target)).toMatchObject({ ok: false, error: { code: 'copy-failed' } });
    expect(renamed).not.toHaveBeenCalled();
    expect(fs.readdirSync(usb)).toEqual(['copy.sqlite']);
    expect(fs.readFileSync(target, 'utf8')).toBe('the copy saved yesterday');
    fs.writeFileSync(file, whole);

    // The stick fills up half way through the copy.
    vi.spyOn(fs, 'copyFileSync').mockImplementation((_from, to) => {
      fs.writeFileSync(to, whole.subarray(0, whole.length / 2));
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    });
    const full = await save(backup.name, async () => target);
    expect(full).toMatchObject({ ok: false, error: { code: 'copy-failed' } });
    expect(full.ok || full.error.message).toContain('full');
    expect(fs.readdirSync(usb)).toEqual(['copy.sqlite']);
    expect(fs.readFileSync(target, 'utf8')).toBe('the copy saved yesterday');
  });
});
