/**
 * A copy saved away ("Save a copy…", on a USB stick) restored from the terminal, as an office
 * does on a new laptop or after the data folder was lost: the copy says it is "openable by
 * Gavel's restore", and `npm run backup -- restore` took only a backup's name in backups/.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Keeper } from '../../../electron/features/backups/keeper';
import { runBackupCli } from '../../../electron/features/backups/cli';
import { writeCopy } from '../../../electron/features/backups/copy';
import { backupsDir, listBackups } from '../../../electron/features/backups/store';
import { LATEST_VERSION } from '../../../electron/store/migrations/index';
import { APPLICATION_ID } from '../../../electron/store/db';
import { ok, seedBasics, tempDir } from '../helpers';

/** A session with Nguyễn Thị Hằng on its roster, saved to a "USB stick" folder as the panel saves a copy; then a later change. */
function savedAway() {
  const dir = tempDir();
  const keeper = new Keeper(path.join(dir, 'gavel.sqlite'), { log: () => {} });
  seedBasics(keeper.engine);
  ok(keeper.engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng' });
  const backup = keeper.backup('manual')!;
  const stick = tempDir();
  const copy = path.join(stick, 'gavel-HDND-tinh-Hoa-Binh-ky-hop-11-2026-12-08-1730.sqlite');
  writeCopy(path.join(backupsDir(keeper.file), backup.name), copy);
  ok(keeper.engine, 'delegate.add', { fullName: 'Thêm sau khi lưu bản sao' });
  keeper.close();
  return { dir, copy, stick };
}

const run = (args: string[]) => {
  const lines: string[] = [];
  const code = runBackupCli(args, (l) => lines.push(l));
  return { code, lines };
};

const names = (dir: string) => {
  const keeper = new Keeper(path.join(dir, 'gavel.sqlite'), { log: () => {} });
  try {
    return keeper.engine.current.delegates.map((d) => d.fullName);
  } finally {
    keeper.close();
  }
};

describe('restoring a copy saved away, by its path', () => {
  it('brings it in among the backups, restores it, and can be undone by restoring “Before a restore”', () => {
    const { dir, copy } = savedAway();
    const { code, lines } = run(['restore', copy, '--data-dir', dir, '--lang', 'vi']);
    expect(code, lines.join('\n')).toBe(0);
    const brought = listBackups(path.join(dir, 'gavel.sqlite')).find((b) => b.reason === 'brought-in')!;
    expect(lines[0]).toBe(`Đã đưa bản sao ${copy} vào danh sách sao lưu với tên ${brought.name}, trong danh sách là «Đưa vào từ bản sao đã lưu».`);
    expect(lines[1]).toMatch(new RegExp(`^Đã khôi phục ${brought.name} vào `));
    expect(names(dir)).toEqual(['Nguyễn Thị Hằng']);
    // The copy on the stick is read, never moved or changed.
    expect(fs.existsSync(copy)).toBe(true);
    // Undone as any restore: the state before it is listed as "Before a restore".
    const before = listBackups(path.join(dir, 'gavel.sqlite')).find((b) => b.reason === 'before-restore')!;
    expect(run(['restore', before.name, '--data-dir', dir]).code).toBe(0);
    expect(names(dir)).toContain('Thêm sau khi lưu bản sao');
  });

  it('starts a new laptop from the copy: no database and no backups yet', () => {
    const { copy } = savedAway();
    const fresh = tempDir();
    const { code, lines } = run(['restore', copy, '--data-dir', fresh]);
    expect(code, lines.join('\n')).toBe(0);
    expect(names(fresh)).toEqual(['Nguyễn Thị Hằng']);
  });

  it('refuses a file that is not a Gavel database, one from a newer Gavel, or a damaged one, in the language asked; nothing written, the database unchanged', () => {
    const { dir, stick } = savedAway();
    const document = path.join(stick, 'chuong-trinh.docx');
    fs.writeFileSync(document, 'PK\u0003\u0004 not a database at all, a Word file chosen by mistake');
    const other = path.join(stick, 'contacts.sqlite');
    new Database(other).exec('CREATE TABLE contacts (name TEXT)').close();
    const newer = path.join(stick, 'newer.sqlite');
    const db = new Database(newer);
    db.exec('CREATE TABLE future (x)');
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.close();
    const damaged = path.join(stick, 'damaged.sqlite');
    const whole = fs.readFileSync(savedAway().copy);
    fs.writeFileSync(damaged, Buffer.concat([whole.subarray(0, 4096), Buffer.alloc(whole.length - 4096, 0x5a)]));

    const folder = () => fs.readdirSync(dir).concat(fs.readdirSync(backupsDir(path.join(dir, 'gavel.sqlite')))).sort();
    const before = folder();
    const bytes = fs.readFileSync(path.join(dir, 'gavel.sqlite'));
    const refused = (file: string, lang: 'vi' | 'en') => {
      const said = run(['restore', file, '--data-dir', dir, '--lang', lang]);
      expect(said.code).toBe(2);
      return said.lines.at(-1)!;
    };
    expect(refused(document, 'vi')).toBe(`gavel: ${document} không phải là bản sao lưu của Gavel (tệp rỗng hoặc của chương trình khác); chưa khôi phục gì. Hãy chọn bản sao lưu khác.`);
    expect(refused(other, 'en')).toBe(`gavel: ${other} is not a Gavel backup (it is empty or belongs to another program); nothing was restored. Choose another backup.`);
    expect(refused(newer, 'vi')).toMatch(/do phiên bản Gavel mới hơn tạo ra; chưa khôi phục gì/);
    expect(refused(damaged, 'en')).toBe(`gavel: The backup ${damaged} is damaged (it fails its integrity check); nothing was restored. Choose another backup.`);
    // Cut short on its way to the stick (pulled out too soon): said the same way, in Vietnamese too.
    const cut = path.join(stick, 'Bản sao bị cắt ngắn.sqlite');
    fs.writeFileSync(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    expect(refused(cut, 'vi')).toBe(`gavel: Bản sao lưu ${cut} bị hỏng (không qua kiểm tra toàn vẹn); chưa khôi phục gì. Hãy chọn bản sao lưu khác.`);
    expect(folder()).toEqual(before);
    expect(fs.readFileSync(path.join(dir, 'gavel.sqlite')).equals(bytes)).toBe(true);
    expect(names(dir)).toContain('Thêm sau khi lưu bản sao');
  });

  it('takes a data folder copied by hand with what its -wal holds, and writes nothing beside it on the stick', () => {
    // The office copies Gavel's data folder to a USB stick while Gavel runs (or after a crash):
    // gavel.sqlite holds the session as of the last checkpoint, gavel.sqlite-wal what came since.
    const dir = tempDir();
    const keeper = new Keeper(path.join(dir, 'gavel.sqlite'), { log: () => {} });
    seedBasics(keeper.engine);
    ok(keeper.engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng' });
    keeper.db.pragma('wal_checkpoint(TRUNCATE)');
    ok(keeper.engine, 'delegate.add', { fullName: 'Trần Văn Dũng (chỉ có trong tệp -wal)' });
    const stick = path.join(tempDir(), 'USB của văn phòng', 'Dữ liệu Gavel');
    fs.mkdirSync(stick, { recursive: true });
    const copy = path.join(stick, 'gavel.sqlite');
    fs.copyFileSync(keeper.file, copy);
    fs.copyFileSync(`${keeper.file}-wal`, `${copy}-wal`);
    keeper.close();
    // A whole database the same way, every page still in its -wal (a session started minutes ago).
    const young = tempDir();
    const youngKeeper = new Keeper(path.join(young, 'gavel.sqlite'), { log: () => {} });
    seedBasics(youngKeeper.engine);
    ok(youngKeeper.engine, 'delegate.add', { fullName: 'Lê Minh Khoa' });
    const youngStick = path.join(tempDir(), 'Bản sao dữ liệu');
    fs.mkdirSync(youngStick);
    const youngCopy = path.join(youngStick, 'gavel.sqlite');
    fs.copyFileSync(youngKeeper.file, youngCopy);
    fs.copyFileSync(`${youngKeeper.file}-wal`, `${youngCopy}-wal`);
    youngKeeper.close();
    const stickFiles = (folder: string) => fs.readdirSync(folder).sort();
    const onStick = stickFiles(stick);
    const onYoungStick = stickFiles(youngStick);

    const fresh = tempDir();
    const restored = run(['restore', copy, '--data-dir', fresh]);
    expect(restored.code, restored.lines.join('\n')).toBe(0);
    expect(names(fresh).sort()).toEqual(['Nguyễn Thị Hằng', 'Trần Văn Dũng (chỉ có trong tệp -wal)']);
    const other = tempDir();
    const whole = run(['restore', youngCopy, '--data-dir', other]);
    expect(whole.code, whole.lines.join('\n')).toBe(0);
    expect(names(other)).toEqual(['Lê Minh Khoa']);
    // Read, never written to: no -shm or -wal left on the office's stick, the files there unchanged.
    expect(stickFiles(stick)).toEqual(onStick);
    expect(stickFiles(youngStick)).toEqual(onYoungStick);
  });

  it('refuses a copy while a Gavel has the database open, bringing nothing in', () => {
    const { dir, copy } = savedAway();
    const keeper = new Keeper(path.join(dir, 'gavel.sqlite'), { log: () => {} });
    try {
      const before = listBackups(keeper.file).map((b) => b.name);
      const { code, lines } = run(['restore', copy, '--data-dir', dir]);
      expect(code).toBe(2);
      expect(lines.at(-1)).toMatch(/is open in a running Gavel/);
      expect(listBackups(keeper.file).map((b) => b.name)).toEqual(before);
    } finally {
      keeper.close();
    }
  });
});
