/**
 * "Restore from a file…": the copy saved on a USB stick, sent by the Backups panel to the chair's
 * own listener (POST /backup-upload, upload.ts) and restored as the command line restores it.
 * Every refusal (another page, another origin, a form's type, too large, not a database, a newer
 * Gavel's) changes nothing: the database, the list of backups and the temporary folder as they were.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { adminReply, Keeper } from '../../../electron/features/backups/keeper';
import { takeBackupUpload } from '../../../electron/features/backups/upload';
import { backupsDir, listBackups } from '../../../electron/features/backups/store';
import { startServer, type GavelServer } from '../../../electron/server/server';
import { BACKUP_UPLOAD_MAX_MB } from '../../../common/limits';
import type { Reply } from '../../../electron/engine/protocol';
import { LATEST_VERSION } from '../../../electron/store/migrations/index';
import { dumpDb, manualClock, ok, tempDir } from '../helpers';
import { staticDir } from '../server/ws-client';

const keepers: Keeper[] = [];
let server: GavelServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
  keepers.splice(0).forEach((k) => k.db.open && k.close());
});

/** A council with Hằng, saved away (a copy on "the USB stick"), then Việt added after it. */
async function servedWithSavedCopy() {
  const clock = manualClock();
  const keeper = new Keeper(path.join(tempDir(), 'gavel.sqlite'), { clock: () => clock, log: () => {} });
  keepers.push(keeper);
  ok(keeper.engine, 'council.save', { name: 'Hội đồng nhân dân xã Lương Sơn', level: 'commune', term: 1, totalSeats: 30 });
  ok(keeper.engine, 'session.create', { number: 3, term: 1, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09' });
  ok(keeper.engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng' });
  const backup = keeper.backup('manual')!;
  const usb = path.join(tempDir(), 'gavel-HDND-xa-Luong-Son-ky-hop-3.sqlite');
  fs.copyFileSync(path.join(backupsDir(keeper.file), backup.name), usb);
  ok(keeper.engine, 'delegate.add', { fullName: 'Đặng Quốc Việt' });
  server = await startServer({
    engine: keeper.engine,
    staticDir: staticDir(),
    host: '127.0.0.1',
    port: 0,
    lanHost: '127.0.0.1',
    admin: (r, l, a) => adminReply(keeper, r, l, a),
    backups: { copyOf: (n, l) => keeper.copyOf(n, l), failed: () => keeper.failed(), onHealth: (f) => keeper.onHealth(f), restoreUpload: (f, n, l, a) => keeper.restoreFile(f, n, l, a) },
  });
  keeper.onSwap = (next) => server!.replaceEngine(next);
  return { keeper, usb, port: server.port };
}

function post(port: number, body: Buffer, opts: { headers?: Record<string, string>; query?: string } = {}): Promise<{ status: number; reply: Reply | null }> {
  const host = `127.0.0.1:${port}`;
  const headers = { Host: host, Origin: `http://${host}`, 'Content-Type': 'application/octet-stream', 'Sec-Fetch-Site': 'same-origin', 'Content-Length': String(body.length), ...opts.headers };
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: `/backup-upload?lang=vi&name=${encodeURIComponent('bản sao.sqlite')}${opts.query ?? ''}`, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, reply: (res.headers['content-type'] ?? '').startsWith('application/json') ? JSON.parse(text) : null });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

const delegates = (keeper: Keeper) => keeper.engine.db.prepare('SELECT full_name FROM delegate ORDER BY id').pluck().all();
const uploadsLeft = () => fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('gavel-upload-')).length;

/** What must not move when a restore is refused. */
function state(keeper: Keeper) {
  return { db: dumpDb(keeper.engine.db), backups: listBackups(keeper.file).map((b) => b.name), files: fs.readdirSync(path.dirname(keeper.file)).sort() };
}

describe('restoring a saved copy chosen in the Backups panel', () => {
  it('restores it, listed as brought in, undone from “Before a restore”', async () => {
    const { keeper, usb, port } = await servedWithSavedCopy();
    const before = uploadsLeft();
    const { status, reply } = await post(port, fs.readFileSync(usb));
    expect(status).toBe(200);
    expect(reply?.ok).toBe(true);
    expect(delegates(keeper)).toEqual(['Nguyễn Thị Hằng']);
    const reasons = listBackups(keeper.file).map((b) => b.reason);
    expect(reasons).toEqual(expect.arrayContaining(['brought-in', 'before-restore', 'after-restore']));
    expect(uploadsLeft()).toBe(before);
    // Undone as any restore: "Before a restore" brings Việt back.
    const undo = listBackups(keeper.file).find((b) => b.reason === 'before-restore')!;
    expect(adminReply(keeper, { op: 'backups.restore', name: undo.name }, 'vi').ok).toBe(true);
    expect(delegates(keeper)).toEqual(['Nguyễn Thị Hằng', 'Đặng Quốc Việt']);
  });

  it('refuses another page, another origin, a form, another method, changing nothing', async () => {
    const { keeper, usb, port } = await servedWithSavedCopy();
    const was = state(keeper);
    const left = uploadsLeft();
    const body = fs.readFileSync(usb);
    expect((await post(port, body, { headers: { Origin: 'http://evil.example' } })).status).toBe(403);
    expect((await post(port, body, { headers: { Origin: `http://localhost:${port + 1}` } })).status).toBe(403);
    expect((await post(port, body, { headers: { 'Sec-Fetch-Site': 'same-site' } })).status).toBe(403);
    expect((await post(port, body, { headers: { Host: `gavel.evil.example:${port}` } })).status).toBe(403);
    // What a plain form (or a no-cors fetch) of another page can send: not the console's type.
    expect((await post(port, body, { headers: { 'Content-Type': 'multipart/form-data; boundary=x' } })).status).toBe(415);
    const get = await new Promise<number>((resolve) => http.get({ host: '127.0.0.1', port, path: '/backup-upload' }, (res) => (res.resume(), resolve(res.statusCode ?? 0))));
    expect(get).toBe(405);
    expect(state(keeper)).toEqual(was);
    expect(uploadsLeft()).toBe(left);
  });

  it('is not there on the LAN listener: a display or a guest on the hall network gets nothing', async () => {
    const { keeper, usb } = await servedWithSavedCopy();
    const was = state(keeper);
    const status = await server!.sharing(true);
    const lan = new URL(status.urls[0]);
    const port = Number(lan.port);
    const answer = await post(port, fs.readFileSync(usb), { headers: { Host: lan.host, Origin: lan.origin } });
    expect(answer.status).toBe(403);
    expect(state(keeper)).toEqual(was);
  });

  it('refuses a file larger than the limit from its length, before reading it, in words', async () => {
    const { keeper, port } = await servedWithSavedCopy();
    const was = state(keeper);
    const { status, reply } = await post(port, Buffer.alloc(16), { headers: { 'Content-Length': String(BACKUP_UPLOAD_MAX_MB * 1024 * 1024 + 1) } });
    expect(status).toBe(413);
    expect(reply?.ok === false && reply.error.message).toContain(`${BACKUP_UPLOAD_MAX_MB} MB`);
    expect(state(keeper)).toEqual(was);
  });

  it('refuses a body that grows past the limit as it comes (no length said), and removes what it wrote', async () => {
    let restored = 0;
    const left = uploadsLeft();
    const chunks = (async function* () {
      for (let i = 0; i < 10; i++) yield Buffer.alloc(1024, 1);
    })();
    const answer = await takeBackupUpload(
      () => (restored++, { ok: true, revision: 0, value: null }),
      { method: 'POST', url: '/backup-upload?lang=en', headers: (n) => (n === 'content-type' ? 'application/octet-stream' : null), body: Readable.from(chunks), ownOrigin: () => true },
      'test',
      4096,
    );
    expect(answer.status).toBe(413);
    expect(answer.reply?.ok === false && answer.reply.error.message).toContain('nothing was restored');
    expect(restored).toBe(0);
    expect(uploadsLeft()).toBe(left);
  });

  it('refuses a document chosen by mistake, and a newer Gavel’s copy, in words, changing nothing', async () => {
    const { keeper, usb, port } = await servedWithSavedCopy();
    const was = state(keeper);
    const doc = await post(port, Buffer.from('Biên bản kỳ họp thứ 3 — không phải cơ sở dữ liệu'));
    expect(doc.status).toBe(200);
    expect(doc.reply?.ok).toBe(false);
    expect(!doc.reply?.ok && doc.reply?.error.message).toContain('bản sao.sqlite không phải là bản sao lưu của Gavel');
    const newer = path.join(tempDir(), 'newer.sqlite');
    fs.copyFileSync(usb, newer);
    const db = new Database(newer);
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.close();
    const future = await post(port, fs.readFileSync(newer));
    expect(!future.reply?.ok && future.reply?.error.code).toBe('backup-from-future');
    const damaged = fs.readFileSync(usb);
    damaged.fill(0x55, 4096, 8192);
    const broken = await post(port, damaged);
    expect(broken.reply?.ok).toBe(false);
    expect(state(keeper)).toEqual(was);
  });
});
