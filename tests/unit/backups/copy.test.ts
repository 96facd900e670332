/**
 * "Save a copy…" in browser mode, over real HTTP against a real keeper: the name a copy is offered
 * under, only a listed backup by its name (no path), only on the chair's loopback listener and from
 * its own pages, and a download that is a whole SQLite database holding the records. And the
 * warning every chair's view shows while backups fail, pushed over the real WebSocket.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { adminReply, Keeper } from '../../../electron/features/backups/keeper';
import { asciiWords, copyFileName } from '../../../electron/features/backups/copy';
import { backupsDir } from '../../../electron/features/backups/store';
import { startServer, type GavelServer } from '../../../electron/server/server';
import type { ServerMessage } from '../../../electron/engine/protocol';
import { dumpDb, manualClock, ok, tempDir } from '../helpers';
import { staticDir } from '../server/ws-client';

const keepers: Keeper[] = [];
let server: GavelServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
  keepers.splice(0).forEach((k) => k.db.open && k.close());
});

function keeperWithCouncil() {
  const clock = manualClock();
  const keeper = new Keeper(path.join(tempDir(), 'gavel.sqlite'), { clock: () => clock, log: () => {} });
  keepers.push(keeper);
  ok(keeper.engine, 'council.save', { name: 'Hội đồng nhân dân xã Lương Sơn', level: 'commune', term: 1, totalSeats: 30 });
  ok(keeper.engine, 'session.create', { number: 3, term: 1, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09' });
  ok(keeper.engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng' });
  return keeper;
}

async function serveKeeper(keeper: Keeper) {
  server = await startServer({
    engine: keeper.engine,
    staticDir: staticDir(),
    host: '127.0.0.1',
    port: 0,
    lanHost: '127.0.0.1',
    admin: (r, l, a) => adminReply(keeper, r, l, a),
    backups: { copyOf: (n, l) => keeper.copyOf(n, l), failed: () => keeper.failed(), onHealth: (f) => keeper.onHealth(f) },
  });
  return server;
}

describe('the name a copy is offered under', () => {
  it('names council, session, day and time in ASCII, as the office files it', () => {
    const at = new Date(2026, 11, 8, 17, 30, 12).getTime();
    expect(copyFileName({ council: 'Hội đồng nhân dân xã Lương Sơn', session: 3, at }, 'vi')).toBe('gavel-HDND-xa-Luong-Son-ky-hop-3-2026-12-08-1730.sqlite');
    expect(copyFileName({ council: 'HĐND tỉnh Hòa Bình', session: 11, at }, 'en')).toBe('gavel-HDND-tinh-Hoa-Binh-session-11-2026-12-08-1730.sqlite');
    // Before a council or a session is entered, the time alone.
    expect(copyFileName({ council: null, session: null, at: new Date(2026, 0, 5, 8, 5).getTime() }, 'vi')).toBe('gavel-2026-01-05-0805.sqlite');
    // Nothing a file system or a mail program would refuse: slashes, quotes, colons go.
    expect(asciiWords('HĐND phường "Bến Thành" / TP.HCM: khóa X')).toBe('HDND-phuong-Ben-Thanh-TP-HCM-khoa-X');
    expect(asciiWords('Ủy ban '.repeat(20))).toMatch(/^[A-Za-z0-9-]{1,60}$/);
  });
});

describe('GET /backup/<name>: a copy of a listed backup as a download', () => {
  it('sends a whole, consistent SQLite database with the records, under the council’s and session’s name', async () => {
    const keeper = keeperWithCouncil();
    const backup = keeper.backup('manual')!;
    // Written after the backup: not in it.
    ok(keeper.engine, 'delegate.add', { fullName: 'Sau bản sao lưu' });
    const s = await serveKeeper(keeper);
    const res = await fetch(`${s.url}backup/${encodeURIComponent(backup.name)}?lang=vi`, { headers: { 'sec-fetch-site': 'same-origin' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.sqlite3');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="gavel-HDND-xa-Luong-Son-ky-hop-3-\d{4}-\d{2}-\d{2}-\d{4}\.sqlite"$/);
    const file = path.join(tempDir(), 'copy.sqlite');
    fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const copy = new Database(file, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT full_name FROM delegate ORDER BY id').pluck().all()).toEqual(['Nguyễn Thị Hằng']);
    expect(copy.prepare('SELECT name FROM council').pluck().get()).toBe('Hội đồng nhân dân xã Lương Sơn');
    copy.close();
    // The English console's copy says "session".
    const en = await fetch(`${s.url}backup/${encodeURIComponent(backup.name)}?lang=en`);
    expect(en.headers.get('content-disposition')).toContain('-session-3-');
  });

  it('"Save a copy of the current state": a fresh backup by hand, named in the reply, then that copy', async () => {
    const keeper = keeperWithCouncil();
    const s = await serveKeeper(keeper);
    const reply = adminReply(keeper, { op: 'backups.now' }, 'en');
    expect(reply).toMatchObject({ ok: true, value: { written: expect.stringMatching(/-manual\.sqlite$/) } });
    const written = (reply as { value: { written: string } }).value.written;
    const res = await fetch(`${s.url}backup/${encodeURIComponent(written)}`);
    const file = path.join(tempDir(), 'now.sqlite');
    fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const copy = new Database(file, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT full_name FROM delegate').pluck().all()).toEqual(['Nguyễn Thị Hằng']);
    copy.close();
  });

  it('sends nothing but a listed backup, by its name: no path, no database, no file beside it; a sentence, state unchanged', async () => {
    const keeper = keeperWithCouncil();
    const backup = keeper.backup('manual')!;
    fs.writeFileSync(path.join(backupsDir(keeper.file), 'notes.txt'), 'not a backup');
    fs.writeFileSync(path.join(backupsDir(keeper.file), 'gavel-20261208T013000000Z-bogus.sqlite'), 'not listed');
    const s = await serveKeeper(keeper);
    const before = dumpDb(keeper.db);
    for (const asked of [
      'gavel.sqlite',
      '..%2Fgavel.sqlite',
      '../gavel.sqlite',
      '%2e%2e/gavel.sqlite',
      encodeURIComponent(path.join(backupsDir(keeper.file), backup.name)),
      'notes.txt',
      'gavel-20261208T013000000Z-bogus.sqlite',
      `${backup.name}%00`,
      '%E0%A4%A',
      '',
    ]) {
      const res = await fetch(`${s.url}backup/${asked}?lang=en`);
      expect(res.status, asked).toBe(404);
      const body = await res.text();
      // (a "../" the client already resolved away asks for /gavel.sqlite, no file of the UI either)
      expect(body, asked).toMatch(/^(There is no backup named |Not found$)/);
      expect(body, asked).not.toContain('SQLite format');
    }
    expect((await fetch(`${s.url}backup/x?lang=vi`).then((r) => r.text()))).toBe('Không có bản sao lưu tên x.');
    expect(dumpDb(keeper.db)).toEqual(before);
  });

  it('only to the chair’s own pages on loopback: refused to another page, a foreign Host, other methods and the LAN listener', async () => {
    const keeper = keeperWithCouncil();
    const backup = keeper.backup('manual')!;
    const s = await serveKeeper(keeper);
    const at = `${s.url}backup/${encodeURIComponent(backup.name)}`;
    for (const site of ['cross-site', 'same-site']) expect((await fetch(at, { headers: { 'sec-fetch-site': site } })).status, site).toBe(403);
    // DNS rebinding: a foreign name resolving to 127.0.0.1.
    const rebound = await new Promise<number>((resolve) => {
      const req = http.get(at, { headers: { host: `evil.example:${s.port}` } }, (r) => {
        r.resume();
        resolve(r.statusCode ?? 0);
      });
      req.on('error', () => resolve(0));
    });
    expect(rebound).toBe(403);
    for (const method of ['POST', 'PUT', 'DELETE']) expect((await fetch(at, { method })).status, method).toBe(405);
    // The LAN listener (sharing on) never serves a backup, with its display token or without.
    const { urls } = await s.sharing(true);
    const lan = new URL(urls[0]);
    for (const q of ['', lan.search]) {
      const res = await fetch(`${lan.origin}/backup/${encodeURIComponent(backup.name)}${q}`);
      expect(res.status, q).not.toBe(200);
      expect(Buffer.from(await res.arrayBuffer()).includes('SQLite format')).toBe(false);
    }
  });
});

describe('the warning while backups fail, pushed to the chair’s console', () => {
  it('tells each chair’s socket on connecting and at each change, until a backup is written', async () => {
    const keeper = keeperWithCouncil();
    keeper.backup('manual');
    const s = await serveKeeper(keeper);
    const inbox: ServerMessage[] = [];
    const ws = new WebSocket(`ws://127.0.0.1:${s.port}/ws`, { origin: `http://127.0.0.1:${s.port}` });
    ws.on('message', (d) => inbox.push(JSON.parse(d.toString()) as ServerMessage));
    await new Promise((r) => ws.once('open', r));
    const told = () => inbox.filter((m): m is Extract<ServerMessage, { kind: 'backups' }> => m.kind === 'backups').map((m) => m.failed);
    await expect.poll(told).toEqual([null]);
    // After the hello: the console knows it is the chair's before it is told.
    expect(inbox.findIndex((m) => m.kind === 'hello')).toBeLessThan(inbox.findIndex((m) => m.kind === 'backups'));

    // A periodic backup fails (a file stands where the folder should be): told at once, with why.
    const dir = backupsDir(keeper.file);
    fs.renameSync(dir, `${dir}.away`);
    fs.writeFileSync(dir, 'a file');
    expect(keeper.backup('periodic')).toBeNull();
    await expect.poll(() => told().length).toBe(2);
    expect(told()[1]).toMatchObject({ reason: 'periodic', text: { en: expect.stringContaining('a file stands where the backups folder should be') } });

    // A console connecting now is told too.
    const late: ServerMessage[] = [];
    const ws2 = new WebSocket(`ws://127.0.0.1:${s.port}/ws`, { origin: `http://127.0.0.1:${s.port}` });
    ws2.on('message', (d) => late.push(JSON.parse(d.toString()) as ServerMessage));
    await expect.poll(() => late.find((m) => m.kind === 'backups')).toMatchObject({ failed: { reason: 'periodic' } });

    // Put right, the next backup is written: the warning goes, on both.
    fs.rmSync(dir);
    fs.renameSync(`${dir}.away`, dir);
    expect(keeper.backup('periodic')).not.toBeNull();
    await expect.poll(() => told().at(-1)).toBeNull();
    await expect.poll(() => late.filter((m) => m.kind === 'backups').at(-1)).toMatchObject({ failed: null });
    ws.close();
    ws2.close();
  });

  it('never tells a LAN display', async () => {
    const keeper = keeperWithCouncil();
    const s = await serveKeeper(keeper);
    const { urls } = await s.sharing(true);
    const u = new URL(urls[0]);
    const got: ServerMessage[] = [];
    const ws = new WebSocket(`ws://127.0.0.1:${u.port}/ws${u.search}`, { origin: `http://127.0.0.1:${u.port}` });
    ws.on('message', (d) => got.push(JSON.parse(d.toString()) as ServerMessage));
    await expect.poll(() => got.some((m) => m.kind === 'hello')).toBe(true);
    fs.rmSync(backupsDir(keeper.file), { recursive: true, force: true });
    fs.writeFileSync(backupsDir(keeper.file), 'a file');
    keeper.backup('periodic');
    await new Promise((r) => setTimeout(r, 100));
    expect(got.some((m) => m.kind === 'backups')).toBe(false);
    ws.close();
  });
});
