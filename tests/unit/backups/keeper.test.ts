/**
 * The keeper: backups taken at the moments that matter, a restore that reopens the engine and
 * hands every screen (over a real WebSocket) the restored state, the maintenance channel's
 * refusals, and the command line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { adminReply, cannotOpenLine, Keeper, OpenRefused } from '../../../electron/features/backups/keeper';
import Database from 'better-sqlite3';
import { runBackupCli } from '../../../electron/features/backups/cli';
import { startServer, type GavelServer } from '../../../electron/server/server';
import type { ServerMessage } from '../../../electron/engine/protocol';
import { backupsDir, listBackups, writeBackup } from '../../../electron/features/backups/store';
import { journalRestore } from '../../../electron/features/backups/restored';
import { readJournal } from '../../../electron/store/journal';
import { manualClock, newEngine, ok, schemaBefore, seedBasics, tempDir } from '../helpers';
import { APPLICATION_ID } from '../../../electron/store/db';
import { migrations } from '../../../electron/store/migrations/index';
import { CLOSE_RESTORED } from '../../../common/closeCodes';
import { readActivity } from '../../../electron/features/activity/store';
import { actorLabel, describe as sentence, namesFrom } from '../../../src/features/activity/activity';
import { formatDateTime } from '../../../common/dates';
import { openSocket, staticDir } from '../server/ws-client';

const flush = () => new Promise((r) => setImmediate(r));

function keeperIn(dir = tempDir()) {
  const clock = manualClock();
  const keeper = new Keeper(path.join(dir, 'gavel.sqlite'), { clock: () => clock, log: () => {} });
  return { keeper, clock, dir };
}

/**
 * A database backed up ("Đã sao lưu" on its roster), then cut to `cut(size)` bytes as a failing
 * copy or a full disk leaves it, then opened: what opening it threw (undefined if it opened).
 */
function openedCutTo(cut: (size: number) => number) {
  const { keeper, dir } = keeperIn();
  seedBasics(keeper.engine);
  ok(keeper.engine, 'delegate.add', { fullName: 'Đã sao lưu' });
  const saved = keeper.backup('sitting-open')!;
  keeper.close();
  const file = path.join(dir, 'gavel.sqlite');
  fs.truncateSync(file, cut(fs.statSync(file).size));
  let refused: unknown;
  try {
    new Keeper(file, { log: () => {} }).close();
  } catch (e) {
    refused = e;
  }
  return { saved, dir, file, refused };
}

describe('a restore cut off by a kill', () => {
  const keepers: Keeper[] = [];
  afterEach(() => keepers.splice(0).forEach((k) => k.close()));
  it('between moving the database aside and putting the copy in place: the next start finishes it, not a new empty file', () => {
    const { keeper, dir } = keeperIn();
    const file = keeper.file;
    seedBasics(keeper.engine);
    ok(keeper.engine, 'delegate.add', { fullName: 'Trong bản sao lưu' });
    const backup = keeper.backup('manual')!;
    keeper.close();
    // What restoreBackup leaves between its two renames: the checked copy beside, no database.
    fs.copyFileSync(path.join(backupsDir(file), backup.name), `${file}.restoring`);
    fs.renameSync(file, path.join(dir, 'gavel-before-restore-20261208T013000000Z.sqlite'));
    const again = new Keeper(file, { log: () => {} });
    keepers.push(again);
    expect(again.engine.current.delegates.map((d) => d.fullName)).toContain('Trong bản sao lưu');
    expect(fs.existsSync(`${file}.restoring`)).toBe(false);
  });

  it('before the database was moved aside: the database stays, the half copy goes', () => {
    const { keeper } = keeperIn();
    const file = keeper.file;
    seedBasics(keeper.engine);
    ok(keeper.engine, 'delegate.add', { fullName: 'Hiện tại' });
    keeper.close();
    fs.writeFileSync(`${file}.restoring`, 'half a copy');
    const again = new Keeper(file, { log: () => {} });
    keepers.push(again);
    expect(again.engine.current.delegates.map((d) => d.fullName)).toContain('Hiện tại');
    expect(fs.existsSync(`${file}.restoring`)).toBe(false);
  });
});

describe('keeper', () => {
  let server: GavelServer | null = null;
  const keepers: Keeper[] = [];
  afterEach(async () => {
    await server?.close();
    server = null;
    for (const k of keepers.splice(0)) k.close();
    vi.useRealTimers();
  });

  it('backs up when a sitting opens and closes, every 10 minutes while one is open, and every 10 minutes of preparation that changed something', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { keeper } = keeperIn();
    keepers.push(keeper);
    seedBasics(keeper.engine);
    const { id } = ok(keeper.engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' });
    // An evening of preparation, no sitting open: its work is kept every 10 minutes it changed something.
    vi.advanceTimersByTime(10 * 60_000 - 1);
    expect(listBackups(keeper.file)).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(listBackups(keeper.file).map((b) => b.reason)).toEqual(['periodic']);
    // Listed (the panel, the Activity view's restore line, `npm run backup -- list`) without
    // saying "during a sitting": none was open, as in most of a council's periodic backups.
    const listed = (lang: 'vi' | 'en') => {
      const lines: string[] = [];
      runBackupCli(['list', '--data-dir', path.dirname(keeper.file), '--lang', lang], (l) => lines.push(l));
      return lines[0].split('\t').at(-1);
    };
    expect([listed('vi'), listed('en')]).toEqual(['Định kỳ 10 phút', 'Every 10 minutes']);
    vi.advanceTimersByTime(20 * 60_000);
    expect(listBackups(keeper.file)).toHaveLength(1); // nothing changed since: no copy of the same
    ok(keeper.engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng' });
    vi.advanceTimersByTime(10 * 60_000);
    expect(listBackups(keeper.file).map((b) => b.reason)).toEqual(['periodic', 'periodic']);
    ok(keeper.engine, 'sitting.open', { id });
    await flush();
    expect(listBackups(keeper.file).map((b) => b.reason)).toEqual(['sitting-open', 'periodic', 'periodic']);
    vi.advanceTimersByTime(10 * 60_000);
    expect(listBackups(keeper.file).map((b) => b.reason)).toEqual(['periodic', 'sitting-open', 'periodic', 'periodic']);
    ok(keeper.engine, 'sitting.close', { id });
    await flush();
    expect(listBackups(keeper.file)[0].reason).toBe('sitting-close');
    const count = listBackups(keeper.file).length;
    vi.advanceTimersByTime(30 * 60_000);
    expect(listBackups(keeper.file)).toHaveLength(count);
  });

  it('backs up when the chair opens the morning by starting its first item, and when an item of the afternoon suspends it', async () => {
    const { keeper } = keeperIn();
    keepers.push(keeper);
    seedBasics(keeper.engine);
    const morning = ok(keeper.engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    const afternoon = ok(keeper.engine, 'sitting.add', { date: '2026-12-08', part: 'afternoon', plannedStart: '13:30', plannedEnd: '17:00' }).id;
    const opening = ok(keeper.engine, 'agenda.add', { title: 'Khai mạc kỳ họp', kind: 'opening', plannedMinutes: 15 }).id;
    const report = ok(keeper.engine, 'agenda.add', { title: 'Báo cáo công tác của Tòa án nhân dân', kind: 'report', plannedMinutes: 15 }).id;
    ok(keeper.engine, 'agenda.assign', { id: opening, sittingId: morning });
    ok(keeper.engine, 'agenda.assign', { id: report, sittingId: afternoon });
    await flush();
    expect(listBackups(keeper.file)).toEqual([]);
    // Space on the first item opens the sitting: the same backup as its own command takes.
    ok(keeper.engine, 'item.start', { id: opening });
    await flush();
    expect(listBackups(keeper.file).map((b) => b.reason)).toEqual(['sitting-open']);
    // The item running, paused and resumed: the sitting stays open, no backup.
    ok(keeper.engine, 'item.pause', { id: opening });
    ok(keeper.engine, 'item.resume', { id: opening });
    await flush();
    expect(listBackups(keeper.file)).toHaveLength(1);
    // The afternoon's item started: the morning suspended, the afternoon open.
    ok(keeper.engine, 'item.start', { id: report, current: 'finish' });
    await flush();
    expect(listBackups(keeper.file).map((b) => b.reason)).toEqual(['sitting-open', 'sitting-open']);
    ok(keeper.engine, 'item.finish', { id: report });
    ok(keeper.engine, 'sitting.close', { id: afternoon });
    await flush();
    expect(listBackups(keeper.file)[0].reason).toBe('sitting-close');
  });

  it('restores a backup over the socket: the file kept aside, every screen given the restored state', async () => {
    const { keeper, dir } = keeperIn();
    keepers.push(keeper);
    seedBasics(keeper.engine);
    ok(keeper.engine, 'delegate.add', { fullName: 'Trước khi sao lưu' });
    const saved = keeper.backup('manual')!;
    ok(keeper.engine, 'delegate.add', { fullName: 'Sau khi sao lưu' });
    const staticDir = tempDir();
    fs.writeFileSync(path.join(staticDir, 'index.html'), 'x');
    const s = await startServer({
      engine: keeper.engine,
      staticDir,
      host: '127.0.0.1',
      port: 0,
      admin: (req, lang, actor) => adminReply(keeper, req, lang, actor),
    });
    server = s;
    keeper.onSwap = (e) => s.replaceEngine(e);

    const inbox: ServerMessage[] = [];
    const closes: number[] = [];
    const ws = new WebSocket(`ws://127.0.0.1:${s.port}/ws`, { origin: `http://127.0.0.1:${s.port}` });
    ws.on('message', (d) => inbox.push(JSON.parse(d.toString()) as ServerMessage));
    ws.on('close', (code) => closes.push(code));
    await new Promise((r) => ws.once('open', r));
    const ask = async (request: unknown, lang = 'en') => {
      ws.send(JSON.stringify({ kind: 'admin', id: inbox.length + 100, request, lang }));
      await expect.poll(() => inbox.some((m) => m.kind === 'admin')).toBe(true);
      const i = inbox.findIndex((m) => m.kind === 'admin');
      return inbox.splice(i, 1)[0] as Extract<ServerMessage, { kind: 'admin' }>;
    };

    const listed = await ask({ op: 'backups.list' });
    expect(listed.reply).toMatchObject({ ok: true, value: { backups: [{ name: saved.name, reason: 'manual' }] } });
    const bad = await ask({ op: 'backups.restore', name: '../gavel.sqlite' }, 'vi');
    expect(bad.reply).toMatchObject({ ok: false, error: { code: 'backup-missing', message: 'Không có bản sao lưu tên ../gavel.sqlite.' } });
    expect((await ask({ op: 'drop.tables' })).reply).toMatchObject({ ok: false, error: { code: 'admin-unknown' } });
    // A hand-made limit that is not a whole number reads the default, rather than failing inside SQLite.
    for (const limit of [1.5, -3, 1e300]) expect((await ask({ op: 'activity.read', limit })).reply, String(limit)).toMatchObject({ ok: true });
    expect(keeper.engine.current.delegates.map((d) => d.fullName).sort()).toEqual(['Sau khi sao lưu', 'Trước khi sao lưu']);

    const restored = await ask({ op: 'backups.restore', name: saved.name });
    expect(restored.reply.ok).toBe(true);
    const aside = (restored.reply as { value: { keptAside: string } }).value.keptAside;
    expect(fs.existsSync(path.join(dir, aside))).toBe(true);
    expect(keeper.engine.current.delegates.map((d) => d.fullName)).toEqual(['Trước khi sao lưu']);
    // The restored journal says, as its newest entry, which backup was restored, by which console, and where the replaced data went.
    const beforeName = (restored.reply as { value: { beforeRestore: string } }).value.beforeRestore;
    const log = readActivity(keeper.db);
    expect(log.entries[0]).toMatchObject({ type: 'backup.restored', actor: 'browser@127.0.0.1', payload: { name: saved.name, takenAt: saved.at, reason: 'manual', beforeRestore: beforeName } });
    expect(log.entries[0].revision).toBe(keeper.engine.current.revision);
    const names = namesFrom(keeper.engine.current, log.sittings);
    expect(listBackups(keeper.file).find((b) => b.name === beforeName)?.reason).toBe('before-restore');
    expect(sentence(log.entries[0], names, 'en')).toBe(`Restored the backup of ${formatDateTime(saved.at, 'en', { seconds: true })} (taken by hand): the entries before this one come from it; what was there before is kept in the backups as “Before a restore”`);
    expect(sentence(log.entries[0], names, 'vi')).toBe(`Khôi phục bản sao lưu lúc ${formatDateTime(saved.at, 'vi', { seconds: true })} (sao lưu thủ công): các mục trước mục này lấy từ bản sao lưu đó; dữ liệu trước đó được giữ trong danh sách bản sao lưu, mục «Trước khi khôi phục»`);
    expect(actorLabel(log.entries[0].actor, 'vi')).toBe(actorLabel('browser@127.0.0.1', 'vi'));
    // The screen is told why it must reconnect (a restore: CLOSE_RESTORED) and gets the restored state on its new socket.
    await expect.poll(() => closes).toEqual([CLOSE_RESTORED]);
    const again = new WebSocket(`ws://127.0.0.1:${s.port}/ws`, { origin: `http://127.0.0.1:${s.port}` });
    const snapshot = await new Promise<ServerMessage>((r) => again.once('message', (d) => r(JSON.parse(d.toString()) as ServerMessage)));
    expect(snapshot.kind === 'state' && snapshot.update.slices.delegates?.map((d) => d.fullName)).toEqual(['Trước khi sao lưu']);
    // Commands go to the new engine.
    const reply = new Promise<ServerMessage>((r) => again.on('message', (d) => {
      const m = JSON.parse(d.toString()) as ServerMessage;
      if (m.kind === 'reply') r(m);
    }));
    again.send(JSON.stringify({ kind: 'command', id: 1, command: { type: 'delegate.add', fullName: 'Mới' }, lang: 'en' }));
    expect(await reply).toMatchObject({ reply: { ok: true } });
    expect(keeper.engine.current.delegates).toHaveLength(2);
    again.close();

    // The restored database is backed up at once, newest; what was there before is just below it, and restoring it undoes the restore.
    const before = (restored.reply as { value: { beforeRestore: string } }).value.beforeRestore;
    expect(listBackups(keeper.file).slice(0, 2)).toMatchObject([{ reason: 'after-restore' }, { name: before, reason: 'before-restore' }]);
    keeper.restore(before);
    expect(keeper.engine.current.delegates.map((d) => d.fullName).sort()).toEqual(['Sau khi sao lưu', 'Trước khi sao lưu']);
  });

  it('refuses the maintenance channel to a LAN display', async () => {
    const { keeper } = keeperIn();
    keepers.push(keeper);
    seedBasics(keeper.engine);
    const staticDir = tempDir();
    server = await startServer({ engine: keeper.engine, staticDir, host: '127.0.0.1', port: 0, lanHost: '127.0.0.1', admin: (r, l) => adminReply(keeper, r, l) });
    const { urls } = await server.sharing(true);
    const u = new URL(urls[0]);
    const ws = new WebSocket(`ws://127.0.0.1:${u.port}/ws${u.search}`, { origin: `http://127.0.0.1:${u.port}` });
    const got: ServerMessage[] = [];
    ws.on('message', (d) => got.push(JSON.parse(d.toString()) as ServerMessage));
    await new Promise((r) => ws.once('open', r));
    ws.send(JSON.stringify({ kind: 'admin', id: 7, request: { op: 'backups.restore', name: 'x' }, lang: 'en' }));
    await expect.poll(() => got.find((m) => m.kind === 'reply')).toMatchObject({ id: 7, reply: { ok: false, error: { code: 'display-read-only' } } });
    ws.close();
  });

  it('keeps a revoked device revoked when a backup from before the revocation is restored', async () => {
    const { keeper } = keeperIn();
    keepers.push(keeper);
    seedBasics(keeper.engine);
    const s = await startServer({ engine: keeper.engine, staticDir: staticDir('app.js'), host: '127.0.0.1', port: 0, lanHost: '127.0.0.1', admin: (r, l) => adminReply(keeper, r, l) });
    server = s;
    keeper.onSwap = (e) => s.replaceEngine(e);
    const { pairing } = await s.sharing({ pair: 'start' });
    const base = new URL(pairing!.urls[0]).origin;
    const paired = await fetch(`${base}/pair`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base },
      body: new URLSearchParams({ code: pairing!.code, name: 'Thư ký - laptop 2' }).toString(),
    });
    const cookie = paired.headers.get('set-cookie')!.split(';')[0];
    const earlier = keeper.backup('manual')!; // the device is paired and not revoked in this copy
    ok(keeper.engine, 'device.revoke', { id: keeper.engine.current.devices[0].id });
    expect((await fetch(`${base}/`, { headers: { cookie } })).status).toBe(403);

    keeper.restore(earlier.name);
    expect(keeper.engine.current.devices[0].revokedAt).not.toBeNull();
    expect((await fetch(`${base}/`, { headers: { cookie } })).status).toBe(403);
    await expect(openSocket(`ws://${new URL(base).host}/ws`, { cookie })).rejects.toThrow('HTTP 403');
  });

  it('names the newest good backup when the database is damaged, and the command line restores it', () => {
    const { saved, dir, file, refused } = openedCutTo((size) => Math.floor(size / 2));
    expect(refused).toBeInstanceOf(OpenRefused);
    expect((refused as Error).message).toContain(saved.name);
    expect((refused as Error).message).toContain(`npm run backup -- restore ${saved.name} --data-dir ${dir}`);

    const lines: string[] = [];
    expect(runBackupCli(['list', '--data-dir', dir], (l) => lines.push(l))).toBe(0);
    expect(lines[0]).toMatch(new RegExp(`^${saved.name}\\t.*\\tSitting opened$`));
    expect(runBackupCli(['restore', 'nope.sqlite', '--data-dir', dir], (l) => lines.push(l))).toBe(2);
    expect(runBackupCli(['frobnicate', '--data-dir', dir], (l) => lines.push(l))).toBe(2);
    expect(runBackupCli(['restore', saved.name, '--data-dir', dir], (l) => lines.push(l))).toBe(0);
    expect(lines.at(-3)).toMatch(/^Restored .* kept as gavel-before-restore-/);
    // A database damaged past reading has no "Before a restore" copy: the file kept aside is all there is.
    expect(lines.at(-2)).toBe('The database could not be read, so no “Before a restore” copy of it could be taken; the file itself is kept aside.');
    expect(listBackups(file).filter((b) => b.reason === 'before-restore')).toEqual([]);
    // Backed up at once, so a damage before Gavel's next backup is offered what was restored.
    const after = listBackups(file)[0];
    expect(after.reason).toBe('after-restore');
    expect(lines.at(-1)).toBe(`Backed up the restored database as ${after.name}.`);
    expect(runBackupCli(['list', '--data-dir', dir], (l) => lines.push(l))).toBe(0);
    expect(lines.at(-2)).toMatch(new RegExp(`^${after.name}\\t.*\\tAfter a restore$`));
    const reopened = new Keeper(file, { log: () => {} });
    expect(reopened.engine.current.delegates.map((d) => d.fullName)).toEqual(['Đã sao lưu']);
    // The Activity view says a restore from the command line put this database here.
    expect(readActivity(reopened.db).entries[0]).toMatchObject({ type: 'backup.restored', actor: 'system', payload: { name: saved.name, takenAt: saved.at, reason: 'sitting-open', beforeRestore: null } });
    reopened.close();
    expect(fs.readdirSync(backupsDir(file))).toContain(saved.name);
  });

  it('refuses an emptied database (0 bytes) beside its backups as damaged, naming the newest good backup, and leaves it as it is', () => {
    const { saved, dir, file, refused } = openedCutTo(() => 0);
    // Opened, it would have become a new, empty session in front of the hall.
    expect(refused).toBeInstanceOf(OpenRefused);
    expect((refused as OpenRefused).cause.code).toBe('damaged');
    expect((refused as OpenRefused).backup?.name).toBe(saved.name);
    expect((refused as Error).message).toContain('is empty (0 bytes)');
    expect((refused as Error).message).toContain(`npm run backup -- restore ${saved.name} --data-dir ${dir}`);
    expect(fs.statSync(file).size).toBe(0);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    // The command line puts the backup in its place.
    expect(runBackupCli(['restore', saved.name, '--data-dir', dir], () => {})).toBe(0);
    const reopened = new Keeper(file, { log: () => {} });
    expect(reopened.engine.current.delegates.map((d) => d.fullName)).toEqual(['Đã sao lưu']);
    reopened.close();
  });

  it('starts a new database on an empty file when there are no backups (a first start)', () => {
    const dir = tempDir();
    const file = path.join(dir, 'gavel.sqlite');
    fs.writeFileSync(file, '');
    const keeper = new Keeper(file, { log: () => {} });
    expect(keeper.engine.current.delegates).toEqual([]);
    keeper.close();
  });

  it('refuses a missing database beside its backups, naming the newest good backup in either language, and creates nothing; the command line restores it', () => {
    const { saved, dir, file } = openedCutTo(() => 0);
    fs.rmSync(file);
    let refused: unknown;
    try {
      new Keeper(file, { log: () => {} }).close();
    } catch (e) {
      refused = e;
    }
    // Opened, SQLite would have created a new, empty session in front of the hall.
    expect(refused).toBeInstanceOf(OpenRefused);
    const r = refused as OpenRefused;
    expect(r.why).toBe('missing');
    expect(r.backup?.name).toBe(saved.name);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('gavel.sqlite'))).toEqual([]);
    const command = `npm run backup -- restore ${saved.name} --data-dir ${dir}`;
    expect(cannotOpenLine(file, r, 'en')).toBe(`gavel: cannot open ${file}: ${file} is missing although Gavel has backups of it (moved, renamed or deleted?); Gavel has not started a new, empty database in its place. The newest good backup is ${saved.name} (${formatDateTime(saved.at, 'en', { seconds: true })}); restore it with: ${command}`);
    expect(cannotOpenLine(file, r, 'vi')).toBe(`gavel: không mở được ${file}: Không thấy tệp ${file} dù Gavel có bản sao lưu của tệp này (bị chuyển đi, đổi tên hoặc xóa?); Gavel không tạo cơ sở dữ liệu mới, rỗng thay vào chỗ đó. Bản sao lưu tốt gần nhất là ${saved.name} (${formatDateTime(saved.at, 'vi', { seconds: true })}); khôi phục bằng lệnh: ${command}`);
    expect(runBackupCli(['restore', saved.name, '--data-dir', dir], () => {})).toBe(0);
    const reopened = new Keeper(file, { log: () => {} });
    expect(reopened.engine.current.delegates.map((d) => d.fullName)).toEqual(['Đã sao lưu']);
    reopened.close();
  });

  it('starts a new database where there is no file and no backups (a first start)', () => {
    const file = path.join(tempDir(), 'gavel.sqlite');
    const keeper = new Keeper(file, { log: () => {} });
    expect(keeper.engine.current.delegates).toEqual([]);
    keeper.close();
    expect(fs.statSync(file).size).toBeGreaterThan(0);
  });

  it('says why a database will not open in Vietnamese too: damaged, emptied, another program’s, a newer Gavel’s', () => {
    const damaged = openedCutTo((size) => Math.floor(size / 2));
    expect(cannotOpenLine(damaged.file, damaged.refused, 'vi')).toMatch(/^gavel: không mở được .*gavel\.sqlite: .*gavel\.sqlite bị hỏng \(bị cắt cụt hoặc bị ghi đè\) .* Bản sao lưu tốt gần nhất là gavel-\S+-sitting-open\.sqlite .*npm run backup -- restore/);
    const emptied = openedCutTo(() => 0);
    expect(cannotOpenLine(emptied.file, emptied.refused, 'vi')).toContain('rỗng (0 byte) dù Gavel có bản sao lưu');
    const dir = tempDir();
    const foreign = path.join(dir, 'gavel.sqlite');
    const other = new Database(foreign);
    other.exec('CREATE TABLE notes (x TEXT)');
    other.close();
    expect(() => new Keeper(foreign, { log: () => {} })).toThrow(OpenRefused);
    try {
      new Keeper(foreign, { log: () => {} });
    } catch (e) {
      expect(cannotOpenLine(foreign, e, 'vi')).toBe(`gavel: không mở được ${foreign}: ${foreign} là cơ sở dữ liệu của chương trình khác, không phải của Gavel; Gavel không động đến tệp này.`);
      expect(cannotOpenLine(foreign, e, 'en')).toBe(`gavel: cannot open ${foreign}: ${foreign} is a database of another program, not a Gavel database; Gavel will not touch it.`);
    }
    const newer = path.join(tempDir(), 'gavel.sqlite');
    const future = new Database(newer);
    future.pragma(`application_id = ${APPLICATION_ID}`);
    future.pragma('user_version = 9999');
    future.close();
    try {
      new Keeper(newer, { log: () => {} });
      expect.unreachable();
    } catch (e) {
      expect(cannotOpenLine(newer, e, 'vi')).toContain('(lược đồ 9999; phiên bản này chỉ đọc được đến');
    }
  });

  it('says a data folder on a read-only disk is read-only, in both languages, not SQLite’s “unable to open database file”, and changes nothing', (t) => {
    const dir = tempDir();
    const file = path.join(dir, 'gavel.sqlite');
    const first = new Keeper(file, { log: () => {} });
    seedBasics(first.engine);
    first.close();
    const before = fs.readdirSync(dir).sort();
    const bytes = fs.readFileSync(file);
    // A write-protected USB stick, a disk the system remounted read-only: a read-only bind mount (root only; skipped elsewhere).
    try {
      execFileSync('mount', ['--bind', dir, dir], { stdio: 'ignore' });
    } catch {
      return t.skip();
    }
    try {
      execFileSync('mount', ['-o', 'remount,bind,ro', dir], { stdio: 'ignore' });
      let refused: unknown = null;
      try {
        new Keeper(file, { log: () => {} }).close();
      } catch (e) {
        refused = e;
      }
      expect(refused).toBeInstanceOf(OpenRefused);
      expect(cannotOpenLine(file, refused, 'en')).toBe(`gavel: cannot open ${file}: Gavel cannot write to ${file}: the disk is read-only (move the data folder to a disk that can be written to). Gavel has not changed it; every session in it is still there.`);
      expect(cannotOpenLine(file, refused, 'vi')).toBe(`gavel: không mở được ${file}: Gavel không ghi được vào ${file}: ổ đĩa chỉ cho phép đọc (hãy chuyển thư mục dữ liệu sang ổ đĩa ghi được). Gavel chưa thay đổi gì trong tệp; mọi kỳ họp trong đó vẫn còn nguyên.`);
      // The desktop app's error box says the same, without a backup to offer: nothing is wrong with the file.
      expect((refused as OpenRefused).backup).toBeNull();
    } finally {
      execFileSync('umount', ['-l', dir]);
    }
    expect(fs.readdirSync(dir).sort()).toEqual(before);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('backs up the restored database at once, and offers that copy, not the one set aside, when the database is damaged soon after a restore', () => {
    const { keeper, dir } = keeperIn();
    seedBasics(keeper.engine);
    ok(keeper.engine, 'delegate.add', { fullName: 'Đã sao lưu' });
    const chosen = keeper.backup('sitting-open')!;
    ok(keeper.engine, 'delegate.add', { fullName: 'Nhập nhầm' });
    // The office restores the backup, leaving the mistake: the restored state is backed up at once,
    // newer than the copy of what it left, and holds the restore's line in the journal.
    const { beforeRestore } = keeper.restore(chosen.name);
    const [after, aside] = listBackups(keeper.file);
    expect([after.reason, aside]).toMatchObject(['after-restore', { name: beforeRestore, reason: 'before-restore' }]);
    const copy = new Database(path.join(backupsDir(keeper.file), after.name), { readonly: true });
    expect(copy.prepare('SELECT full_name AS n FROM delegate ORDER BY id').all()).toEqual([{ n: 'Đã sao lưu' }]);
    expect(copy.prepare('SELECT type FROM journal ORDER BY revision DESC LIMIT 1').get()).toEqual({ type: 'backup.restored' });
    copy.close();
    keeper.close();
    // Damaged before the next periodic backup: the restored state is offered, nothing set aside is newer.
    const file = path.join(dir, 'gavel.sqlite');
    fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2));
    const refusedNow = (): OpenRefused => {
      try {
        new Keeper(file, { log: () => {} }).close();
      } catch (e) {
        return e as OpenRefused;
      }
      throw new Error('opened');
    };
    expect(refusedNow()).toMatchObject({ backup: { name: after.name }, setAside: null });
    // Without the after-restore copy (it could not be written): the backup restored is offered.
    fs.rmSync(path.join(backupsDir(file), after.name));
    const r = refusedNow();
    expect(r).toBeInstanceOf(OpenRefused);
    expect(r.backup?.name).toBe(chosen.name);
    // Named, as the second choice, after the offer.
    expect(r.setAside?.name).toBe(beforeRestore);
    expect(r.message).toMatch(new RegExp(`The newest good backup is ${chosen.name} .* The copy of the database set aside by the restore of .+ is ${beforeRestore}, if that is the one you want back\\.$`));
    expect(cannotOpenLine(file, r, 'vi')).toContain(`Bản sao của cơ sở dữ liệu được giữ lại khi khôi phục lúc ${formatDateTime(r.setAside!.at, 'vi', { seconds: true })} là ${beforeRestore}`);
    // With only the set-aside copy left good, it is the one offered.
    fs.rmSync(path.join(backupsDir(file), chosen.name));
    try {
      new Keeper(file, { log: () => {} }).close();
    } catch (e) {
      expect((e as OpenRefused).backup?.name).toBe(beforeRestore);
      expect((e as OpenRefused).setAside).toBeNull();
    }
  });

  it('refuses a restore from the command line while a Gavel has the database open, moving nothing; once it stops, restores', () => {
    const { keeper, dir } = keeperIn();
    seedBasics(keeper.engine);
    const saved = keeper.backup('manual')!;
    // Acknowledged after the backup, while Gavel runs: it must not end up in a file put aside.
    ok(keeper.engine, 'delegate.add', { fullName: 'Đăng ký sau khi sao lưu' });
    const before = fs.readdirSync(dir).sort();
    const lines: string[] = [];
    expect(runBackupCli(['restore', saved.name, '--data-dir', dir], (l) => lines.push(l))).toBe(2);
    expect(lines.at(-1)).toBe(`gavel: ${path.join(dir, 'gavel.sqlite')} is open in a running Gavel (or another program); nothing was restored. Restore from that Gavel’s Activity view (Alt+J), or stop it and run this again.`);
    expect(fs.readdirSync(dir).sort()).toEqual(before);
    ok(keeper.engine, 'delegate.add', { fullName: 'Vẫn ghi được' });
    expect(keeper.engine.current.delegates.map((d) => d.fullName)).toContain('Đăng ký sau khi sao lưu');
    keeper.close();
    // Stopped (as after a kill -9: SQLite's locks go with the process), the same command restores.
    expect(runBackupCli(['restore', saved.name, '--data-dir', dir], (l) => lines.push(l))).toBe(0);
    const reopened = new Keeper(path.join(dir, 'gavel.sqlite'), { log: () => {} });
    expect(reopened.engine.current.delegates.map((d) => d.fullName)).not.toContain('Đăng ký sau khi sao lưu');
    reopened.close();
  });

  it('speaks the language asked in every line: its list and each refusal, vi and en, and a refusal moves nothing', () => {
    const empty = tempDir();
    const said = (args: string[]) => {
      const lines: string[] = [];
      const code = runBackupCli(args, (l) => lines.push(l));
      return { code, lines };
    };
    // No backups yet: said where none were found.
    expect(said(['list', '--data-dir', empty, '--lang', 'vi'])).toEqual({ code: 0, lines: [`Không có bản sao lưu nào trong thư mục ${path.join(empty, 'backups')}.`] });
    expect(said(['list', '--data-dir', empty])).toEqual({ code: 0, lines: [`No backups in ${path.join(empty, 'backups')}.`] });

    const { keeper, dir } = keeperIn();
    seedBasics(keeper.engine);
    const saved = keeper.backup('manual')!;
    const file = path.join(dir, 'gavel.sqlite');
    const folder = fs.readdirSync(dir).sort();
    const backups = fs.readdirSync(backupsDir(file)).sort();
    const revision = keeper.engine.current.revision;
    const unchanged = () => {
      expect(fs.readdirSync(dir).sort()).toEqual(folder);
      expect(fs.readdirSync(backupsDir(file)).sort()).toEqual(backups);
      expect(keeper.engine.current.revision).toBe(revision);
    };
    // The list names each backup's time (local, as an office reads it) and its reason as the Backups panel does.
    const at = (lang: 'vi' | 'en') => formatDateTime(saved.at, lang, { seconds: true }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(said(['list', '--data-dir', dir, '--lang', 'vi']).lines).toEqual([expect.stringMatching(new RegExp(`^${saved.name}\\t${at('vi')}\\t\\d+ KB\\tSao lưu thủ công$`))]);
    expect(said(['list', '--data-dir', dir, '--lang', 'en']).lines).toEqual([expect.stringMatching(new RegExp(`^${saved.name}\\t${at('en')}\\t\\d+ KB\\tTaken by hand$`))]);

    // A Gavel has the database open.
    expect(said(['restore', saved.name, '--data-dir', dir, '--lang', 'vi'])).toEqual({
      code: 2,
      lines: [`gavel: ${file} đang được mở trong một Gavel đang chạy (hoặc một chương trình khác); chưa khôi phục gì. Hãy khôi phục từ mục Nhật ký của Gavel đó (Alt+J), hoặc dừng Gavel rồi chạy lại lệnh này.`],
    });
    unchanged();
    keeper.close();
    const bytes = fs.readFileSync(file);
    const closed = fs.readdirSync(dir).sort();

    // A wrong name: the console's sentence, and where the backups are.
    expect(said(['restore', 'nope.sqlite', '--data-dir', dir, '--lang', 'vi'])).toEqual({
      code: 2,
      lines: [`gavel: Không có bản sao lưu tên nope.sqlite. Các bản sao lưu nằm trong thư mục ${backupsDir(file)}; lệnh «npm run backup -- list» liệt kê chúng.`],
    });
    expect(said(['restore', 'nope.sqlite', '--data-dir', dir]).lines).toEqual([
      `gavel: There is no backup named nope.sqlite. The backups are in ${backupsDir(file)}; “npm run backup -- list” lists them.`,
    ]);
    // A file named as a backup that is not one (empty): the console's sentence too.
    fs.writeFileSync(path.join(backupsDir(file), 'gavel-20261205T080000000Z-manual.sqlite'), '');
    backups.push('gavel-20261205T080000000Z-manual.sqlite');
    backups.sort();
    expect(said(['restore', 'gavel-20261205T080000000Z-manual.sqlite', '--data-dir', dir, '--lang', 'vi']).lines).toEqual([
      'gavel: gavel-20261205T080000000Z-manual.sqlite không phải là bản sao lưu của Gavel (tệp rỗng hoặc của chương trình khác); chưa khôi phục gì. Hãy chọn bản sao lưu khác.',
    ]);
    // What it takes, when asked wrongly; a language it does not speak is said in both.
    expect(said(['frobnicate', '--data-dir', dir, '--lang', 'vi']).lines).toEqual([
      'gavel: Cách dùng: npm run backup -- list [--data-dir THƯ_MỤC] [--lang vi|en]  |  npm run backup -- restore TỆP [--data-dir THƯ_MỤC] [--lang vi|en] [--without-wal] (TỆP: tên một bản sao lưu, hoặc đường dẫn của một bản sao đã lưu ra ngoài; --without-wal: bản sao chép khi Gavel đang mở tệp, khôi phục phần dữ liệu có trong tệp dù thiếu tệp -wal)',
    ]);
    expect(said(['restore', saved.name, '--data-dir', '', '--lang', 'vi']).lines).toEqual(['gavel: --data-dir cần một giá trị: thư mục dữ liệu chứa tệp gavel.sqlite.']);
    expect(said(['restore', saved.name, '--data-dir', dir, '--lang', 'fr'])).toEqual({
      code: 2,
      lines: ['gavel: --lang phải là vi hoặc en, không phải «fr». / --lang must be vi or en, not “fr”.'],
    });
    expect(fs.readFileSync(file)).toEqual(bytes);
    expect(fs.readdirSync(dir).sort()).toEqual(closed);
    expect(fs.readdirSync(backupsDir(file)).sort()).toEqual(backups);
  });

  it('judges the state intact only with no transaction open and the published revision on the journal', () => {
    const { keeper } = keeperIn();
    keepers.push(keeper);
    seedBasics(keeper.engine);
    expect(keeper.stateIntact()).toBe(true);
    let inside: boolean | null = null;
    keeper.db.transaction(() => {
      inside = keeper.stateIntact();
    })();
    expect(inside).toBe(false);
    // A row the engine has not published (as if a publish had thrown half-way).
    keeper.db.prepare("INSERT INTO journal (at, actor, type, payload) VALUES (0, 'x', 'x', '{}')").run();
    expect(keeper.stateIntact()).toBe(false);
  });
});

describe('journalRestore, the one way both restores write their journal line', () => {
  it('names the backup by when and why it was taken, where what it replaced went and who asked; a line it cannot write is logged, not thrown', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    const file = path.join(tempDir(), 'gavel.sqlite');
    const saved = writeBackup(db, file, 'sitting-open', Date.UTC(2026, 11, 8, 0, 35));
    const log: string[] = [];
    journalRestore(engine, file, { name: saved.name, beforeRestore: 'gavel-before.sqlite', actor: 'browser@127.0.0.1' }, (l) => log.push(l));
    expect(readJournal(db, 1)[0]).toMatchObject({
      type: 'backup.restored',
      actor: 'browser@127.0.0.1',
      payload: { name: saved.name, takenAt: Date.UTC(2026, 11, 8, 0, 35), reason: 'sitting-open', beforeRestore: 'gavel-before.sqlite' },
    });
    // A name no longer among the backups (removed by hand meanwhile): taken by hand, at an unknown time.
    journalRestore(engine, file, { name: 'gavel-gone.sqlite', beforeRestore: null, actor: 'system' }, (l) => log.push(l));
    expect(readJournal(db, 1)[0]).toMatchObject({ actor: 'system', payload: { name: 'gavel-gone.sqlite', takenAt: 0, reason: 'manual', beforeRestore: null } });
    expect(log).toEqual([]);
    // The restore has happened whatever the journal says: a refused line is a log line.
    const revision = engine.current.revision;
    journalRestore(engine, file, { name: 'x'.repeat(201), beforeRestore: null, actor: 'system' }, (l) => log.push(l));
    expect(engine.current.revision).toBe(revision);
    expect(log).toEqual([expect.stringMatching(/^gavel: the restore of x+ could not be journaled: /)]);
  });
});

describe('a backup written by an older Gavel', () => {
  // The first schema with data, one from the middle and the one just before this Gavel's.
  const versions = [migrations[1], migrations.find((m) => m.name === 'operators')!, migrations.at(-1)!];
  it.each(versions.map((m) => [m.version - 1, m.name]))('restores from the Activity view at schema %i (before %s): upgraded, journaled, and the session goes on', (_version, name) => {
    const { keeper } = keeperIn();
    seedBasics(keeper.engine);
    fs.mkdirSync(backupsDir(keeper.file), { recursive: true });
    const old = 'gavel-20261201T010000000Z-manual.sqlite';
    const { db } = schemaBefore(name, path.join(backupsDir(keeper.file), old));
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.exec(`INSERT INTO council (id, name, level, term, total_seats) VALUES (1, 'HĐND tỉnh', 'province', 16, 58);
      INSERT INTO session (id, number, term, kind, title, start_date, end_date) VALUES (1, 11, 16, 'regular', '', '2026-12-08', '2026-12-09');
      INSERT INTO delegate (id, full_name, seat_number) VALUES (1, 'Lê Văn Tám', 1);
      INSERT INTO setting VALUES ('current_session_id', '1');
      INSERT INTO journal (revision, at, actor, type, payload) VALUES (1, 1, 'chair', 'council.save', '{}');`);
    db.close();
    const reply = adminReply(keeper, { op: 'backups.restore', name: old }, 'vi', 'chair');
    expect(reply.ok, JSON.stringify(reply)).toBe(true);
    expect(keeper.engine.current.delegates.map((d) => d.fullName)).toEqual(['Lê Văn Tám']);
    expect(readActivity(keeper.db).entries[0]).toMatchObject({ type: 'backup.restored', actor: 'chair', payload: { name: old } });
    ok(keeper.engine, 'delegate.add', { fullName: 'Sau khôi phục' });
    keeper.close();
  });
});
