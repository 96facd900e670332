/**
 * A database file copied while Gavel had it open (the data folder copied to a USB stick during the
 * sitting, or after a crash) holds its latest changes in gavel.sqlite-wal beside it, up to a whole
 * sitting's. The Backups panel's "Restore from a file…" sends the one file chosen: restored, it
 * silently lacked them. Now the file says it was open (store/open-mark.ts) and the restore is
 * refused in words, nothing moved; the same file with its -wal (the command line) is whole, and a
 * file closed cleanly, our own backups and copies saved from them restore as before. Real SQLite
 * files in temporary folders, the real upload route over HTTP.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { adminReply, Keeper } from '../../../electron/features/backups/keeper';
import { backupsDir, listBackups } from '../../../electron/features/backups/store';
import { runBackupCli } from '../../../electron/features/backups/cli';
import { markedOpen } from '../../../electron/store/open-mark';
import { startServer, type GavelServer } from '../../../electron/server/server';
import type { Reply } from '../../../electron/engine/protocol';
import { dumpDb, ok, seedBasics, tempDir } from '../helpers';
import { staticDir } from '../server/ws-client';

const keepers: Keeper[] = [];
let server: GavelServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
  keepers.splice(0).forEach((k) => k.db.open && k.close());
});

const keeperAt = (file: string) => {
  const keeper = new Keeper(file, { log: () => {} });
  keepers.push(keeper);
  return keeper;
};

/**
 * The laptop in the hall: Hằng on the roster, folded into the file by a checkpoint, then Dũng added,
 * who is only in gavel.sqlite-wal. Its data folder copied to the stick while it runs.
 */
function copiedWhileOpen() {
  const hall = keeperAt(path.join(tempDir(), 'gavel.sqlite'));
  seedBasics(hall.engine);
  ok(hall.engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng' });
  hall.db.pragma('wal_checkpoint(TRUNCATE)');
  ok(hall.engine, 'delegate.add', { fullName: 'Trần Văn Dũng' });
  const stick = path.join(tempDir(), 'Dữ liệu Gavel');
  fs.mkdirSync(stick);
  const copy = path.join(stick, 'gavel.sqlite');
  fs.copyFileSync(hall.file, copy);
  fs.copyFileSync(`${hall.file}-wal`, `${copy}-wal`);
  return { hall, copy };
}

/** The office's laptop, where the copy is restored, served as the console serves it. */
async function office() {
  const keeper = keeperAt(path.join(tempDir(), 'gavel.sqlite'));
  seedBasics(keeper.engine);
  ok(keeper.engine, 'delegate.add', { fullName: 'Lê Minh Khoa' });
  server = await startServer({
    engine: keeper.engine,
    staticDir: staticDir(),
    host: '127.0.0.1',
    port: 0,
    lanHost: '127.0.0.1',
    admin: (r, l, a) => adminReply(keeper, r, l, a),
    backups: { copyOf: (n, l) => keeper.copyOf(n, l), failed: () => keeper.failed(), onHealth: (f) => keeper.onHealth(f), restoreUpload: (f, n, l, a, o) => keeper.restoreFile(f, n, l, a, o) },
  });
  keeper.onSwap = (next) => server!.replaceEngine(next);
  return { keeper, port: server.port };
}

/** "Restore from a file…": the one file chosen, as the panel posts it. */
function upload(port: number, file: string, lang: 'vi' | 'en', query = ''): Promise<Reply & { status?: number }> {
  const body = fs.readFileSync(file);
  const host = `127.0.0.1:${port}`;
  const headers = { Host: host, Origin: `http://${host}`, 'Content-Type': 'application/octet-stream', 'Sec-Fetch-Site': 'same-origin', 'Content-Length': String(body.length) };
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: `/backup-upload?lang=${lang}&name=${encodeURIComponent(path.basename(file))}${query}`, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ ...JSON.parse(Buffer.concat(chunks).toString('utf8')), status: res.statusCode }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const delegates = (keeper: Keeper) => keeper.engine.db.prepare('SELECT full_name FROM delegate ORDER BY id').pluck().all();
const marked = (file: string) => {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return markedOpen(db);
  } finally {
    db.close();
  }
};

describe('a database file copied while Gavel had it open', () => {
  it('is refused alone from the panel, in words, nothing moved; the latest changes are not silently lost', async () => {
    const { copy } = copiedWhileOpen();
    const { keeper, port } = await office();
    const before = { db: dumpDb(keeper.engine.db), backups: listBackups(keeper.file).map((b) => b.name) };
    for (const lang of ['vi', 'en'] as const) {
      const reply = await upload(port, copy, lang);
      expect(reply.ok).toBe(false);
      if (reply.ok) continue;
      expect(reply.error.code).toBe('backup-wal-missing');
      expect(reply.error.message).toBe(
        lang === 'vi'
          ? 'gavel.sqlite được chép khi Gavel đang mở tệp (hoặc sau khi Gavel dừng mà chưa đóng tệp): những thay đổi mới nhất nằm trong tệp gavel.sqlite-wal ở bên cạnh, tệp này không được chép theo; chưa khôi phục gì. Hãy lưu bản sao trên máy cũ (Nhật ký, Alt+J: Lưu bản sao dữ liệu hiện tại…) rồi khôi phục bản sao đó; hoặc khôi phục bằng dòng lệnh khi có tệp gavel.sqlite-wal bên cạnh (npm run backup -- restore TỆP), lệnh này lấy cả hai tệp.'
          : 'gavel.sqlite was copied while Gavel had it open (or after Gavel stopped without closing it): its latest changes are in the file gavel.sqlite-wal that was beside it, which did not come with it; nothing was restored. Save a copy on the laptop it came from (Activity, Alt+J: Save a copy of the current state…) and restore that; or restore it from the command line with gavel.sqlite-wal beside it (npm run backup -- restore FILE), which takes both.',
      );
    }
    expect({ db: dumpDb(keeper.engine.db), backups: listBackups(keeper.file).map((b) => b.name) }).toEqual(before);
    expect(delegates(keeper)).toEqual(['Lê Minh Khoa']);
    // The command line says the same of the file without its -wal, and brings nothing in.
    fs.rmSync(`${copy}-wal`);
    const dir = tempDir();
    const lines: string[] = [];
    expect(runBackupCli(['restore', copy, '--data-dir', dir], (l) => lines.push(l))).toBe(2);
    expect(lines.at(-1)).toBe(`gavel: ${copy} was copied while Gavel had it open (or after Gavel stopped without closing it): its latest changes are in the file ${copy}-wal that was beside it, which did not come with it; nothing was restored. Save a copy on the laptop it came from (Activity, Alt+J: Save a copy of the current state…) and restore that; or restore it from the command line with ${copy}-wal beside it (npm run backup -- restore FILE), which takes both. If that file is lost, run this again with --without-wal to restore what this file holds: the changes made after its last save point may be missing.`);
    expect(listBackups(path.join(dir, 'gavel.sqlite'))).toEqual([]);
    // …and, asked in so many words, restores what the file holds: Hằng, folded in before the copy; not Dũng, only in the lost -wal.
    lines.length = 0;
    expect(runBackupCli(['restore', copy, '--data-dir', dir, '--without-wal', '--lang', 'vi'], (l) => lines.push(l)), lines.join('\n')).toBe(0);
    const brought = listBackups(path.join(dir, 'gavel.sqlite')).find((b) => b.reason === 'brought-in')!;
    expect(marked(path.join(backupsDir(path.join(dir, 'gavel.sqlite')), brought.name))).toBe(false);
    const restored = keeperAt(path.join(dir, 'gavel.sqlite'));
    expect(delegates(restored)).toEqual(['Nguyễn Thị Hằng']);
  });

  it('is whole with its -wal beside it (the command line takes both), and a copy saved from it restores alone', async () => {
    const { copy } = copiedWhileOpen();
    const dir = tempDir();
    const lines: string[] = [];
    expect(runBackupCli(['restore', copy, '--data-dir', dir], (l) => lines.push(l)), lines.join('\n')).toBe(0);
    const brought = listBackups(path.join(dir, 'gavel.sqlite')).find((b) => b.reason === 'brought-in')!;
    // Whole once folded: the brought-in backup carries no mark, so a copy saved from it is restored anywhere.
    expect(marked(path.join(backupsDir(path.join(dir, 'gavel.sqlite')), brought.name))).toBe(false);
    const restored = keeperAt(path.join(dir, 'gavel.sqlite'));
    expect(delegates(restored)).toEqual(['Nguyễn Thị Hằng', 'Trần Văn Dũng']);
    const saved = path.join(tempDir(), 'gavel-ban-sao.sqlite');
    fs.copyFileSync(path.join(backupsDir(restored.file), brought.name), saved);
    restored.close();
    const { keeper, port } = await office();
    expect((await upload(port, saved, 'vi')).ok).toBe(true);
    expect(delegates(keeper)).toEqual(['Nguyễn Thị Hằng', 'Trần Văn Dũng']);
  });

  it('restores a file Gavel closed cleanly, and our own backups, taken while it ran, carry no mark', async () => {
    const { hall } = copiedWhileOpen();
    const backup = hall.backup('manual')!;
    expect(marked(hall.file)).toBe(true);
    expect(marked(path.join(backupsDir(hall.file), backup.name))).toBe(false);
    hall.close();
    // Closed: everything folded into the file, the -wal gone, the mark taken off.
    expect(fs.existsSync(`${hall.file}-wal`)).toBe(false);
    expect(marked(hall.file)).toBe(false);
    const { keeper, port } = await office();
    expect((await upload(port, hall.file, 'en')).ok).toBe(true);
    expect(delegates(keeper)).toEqual(['Nguyễn Thị Hằng', 'Trần Văn Dũng']);
  });
});

/** The copy on the stick without its -wal: all the office has. */
function fileAlone() {
  const { copy } = copiedWhileOpen();
  fs.rmSync(`${copy}-wal`);
  return copy;
}

const state = (keeper: Keeper) => ({ db: dumpDb(keeper.engine.db), backups: listBackups(keeper.file).map((b) => b.name) });

describe('restoring what a file copied while open holds, without its -wal (the chair’s explicit choice)', () => {
  it('restores what the file holds up to its last save point, keeping what was there as “Before a restore”, the open mark taken off', async () => {
    const copy = fileAlone();
    const { keeper, port } = await office();
    const refused = await upload(port, copy, 'en');
    expect(refused.ok || refused.error.code).toBe('backup-wal-missing');
    const reply = await upload(port, copy, 'vi', '&withoutWal=1');
    expect(reply.ok, JSON.stringify(reply)).toBe(true);
    // Hằng was folded into the file; Dũng was only in the -wal left on the hall's laptop.
    expect(delegates(keeper)).toEqual(['Nguyễn Thị Hằng']);
    const backups = listBackups(keeper.file);
    const before = backups.find((b) => b.reason === 'before-restore')!;
    const brought = backups.find((b) => b.reason === 'brought-in')!;
    // What was there (Khoa) is kept first, as any restore keeps it: restoring it undoes this one.
    const kept = new Database(path.join(backupsDir(keeper.file), before.name), { readonly: true });
    expect(kept.prepare('SELECT full_name FROM delegate').pluck().all()).toEqual(['Lê Minh Khoa']);
    kept.close();
    // The copy restored carries no open mark: saved again and taken to another laptop, it restores as any backup.
    expect(marked(path.join(backupsDir(keeper.file), brought.name))).toBe(false);
    const saved = path.join(tempDir(), 'gavel-ban-sao.sqlite');
    fs.copyFileSync(path.join(backupsDir(keeper.file), brought.name), saved);
    await server!.close();
    server = null;
    const other = await office();
    expect((await upload(other.port, saved, 'en')).ok).toBe(true);
    expect(delegates(other.keeper)).toEqual(['Nguyễn Thị Hằng']);
  });

  it('still refuses a damaged file as damaged, and changes nothing', async () => {
    const copy = fileAlone();
    // Its pages after the first two overwritten (a stick pulled out mid-copy): the header still says SQLite.
    const page = 4096;
    const fd = fs.openSync(copy, 'r+');
    for (let p = 2; p < Math.floor(fs.statSync(copy).size / page); p++) fs.writeSync(fd, Buffer.alloc(page, 0x5a), 0, page, p * page);
    fs.closeSync(fd);
    const { keeper, port } = await office();
    const before = state(keeper);
    for (const query of ['', '&withoutWal=1']) {
      const reply = await upload(port, copy, 'en', query);
      expect(reply.ok || reply.error.code, query).toBe('backup-damaged');
    }
    expect(state(keeper)).toEqual(before);
  });

  it('refuses a flag that is not exactly withoutWal=1, in words, and changes nothing', async () => {
    const copy = fileAlone();
    const { keeper, port } = await office();
    const before = state(keeper);
    for (const query of ['&withoutWal=true', '&withoutWal=', '&withoutWal=1&withoutWal=1', '&withoutWal=0']) {
      const reply = await upload(port, copy, 'en', query);
      expect(reply.status, query).toBe(400);
      expect(reply.ok || reply.error.code, query).toBe('upload-bad-query');
    }
    const vi = await upload(port, copy, 'vi', '&withoutWal=yes');
    expect(vi.ok || vi.error.message).toBe('Địa chỉ tải lên không hợp lệ: withoutWal là «yes», trong khi chỉ có giá trị 1 (khôi phục phần dữ liệu có trong tệp) là hợp lệ; chưa khôi phục gì.');
    expect(state(keeper)).toEqual(before);
  });

  it('takes a whole file as before: with the flag, a file closed cleanly is restored whole', async () => {
    const { hall } = copiedWhileOpen();
    hall.close();
    const { keeper, port } = await office();
    expect((await upload(port, hall.file, 'en', '&withoutWal=1')).ok).toBe(true);
    expect(delegates(keeper)).toEqual(['Nguyễn Thị Hằng', 'Trần Văn Dũng']);
  });
});
