/**
 * Durability of browser mode as a secretary whose laptop died would meet it: killed with -9
 * during command bursts, nothing acknowledged is lost; a damaged database is refused with a
 * clear message and exit code, creating nothing beside it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import WebSocket from 'ws';
import { killLoop, SERVE_JS } from '../../bench/killLoop';
import { Keeper } from '../../electron/features/backups/keeper';
import { freePort, seed, serve, tempDataDir } from './harness';

/** One command over a fresh console socket, under its own id (as transport.ts sends it); resolves with the reply. */
async function sendOnce(url: string, command: object, cid: string): Promise<unknown> {
  const ws = new WebSocket(url.replace('http', 'ws') + 'ws', { origin: url.replace(/\/$/, '') });
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  const reply = new Promise((resolve) => ws.on('message', (d) => JSON.parse(String(d)).kind === 'reply' && resolve(JSON.parse(String(d)).reply)));
  ws.send(JSON.stringify({ kind: 'command', id: 1, command, lang: 'vi', cid }));
  const got = await reply;
  ws.close();
  return got;
}

describe('durability', () => {
  it('loses no acknowledged command over 20 kill -9s during bursts', async () => {
    const result = await killLoop({ kills: 20, seed: 18 });
    expect(result.kills).toBe(20);
    expect(result.acknowledged).toBeGreaterThan(20);
    expect(result.lost).toEqual([]);
    fs.rmSync(result.dataDir, { recursive: true, force: true });
  }, 180_000);

  it('answers a command sent again after the server was killed and started again with the reply it gave, and runs it once', async () => {
    const dir = tempDataDir();
    const port = await freePort();
    let server = await serve(dir, ['--port', String(port)]);
    await seed(server.url, [
      { type: 'council.save', name: 'HĐND xã Tân Lạc', level: 'commune', term: 3, totalSeats: 35 },
      { type: 'session.create', number: 4, term: 3, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-08' },
      { type: 'delegate.add', fullName: 'Nguyễn Thị Hằng', seatNumber: 1 },
      { type: 'agenda.add', title: 'Thảo luận về dự toán ngân sách năm 2027', kind: 'discussion', plannedMinutes: 60 },
    ]);
    const request = { type: 'speaker.request', agendaItemId: 1, delegateId: 1 };
    const cid = 'e'.repeat(32);
    // It ran, but the answer never reached the console: the chair's computer died (kill -9) first.
    const first = await sendOnce(server.url, request, cid);
    expect(first).toMatchObject({ ok: true, value: { id: 1, kind: 'speech' } });
    await server.stop('SIGKILL');
    server = await serve(dir, ['--port', String(port)]);
    try {
      // Started again on the same data: the console asks again under the same id, and gets the same reply.
      expect(await sendOnce(server.url, request, cid)).toEqual(first);
    } finally {
      await server.stop();
    }
    const db = new Database(path.join(dir, 'gavel.sqlite'), { readonly: true });
    expect(db.prepare('SELECT delegate_id FROM speech').pluck().all()).toEqual([1]);
    expect(db.prepare("SELECT count(*) FROM journal WHERE type = 'speaker.request'").pluck().get()).toBe(1);
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('refuses a truncated, emptied or missing database with one clear line (in the terminal’s language) and exit code 3, naming the newest good backup', async () => {
    const dir = tempDataDir();
    // A real database with a backup: run a few kills' worth of commands, then stop cleanly.
    const result = await killLoop({ kills: 1, seed: 7, dataDir: dir });
    expect(result.lost).toEqual([]);
    const file = path.join(dir, 'gavel.sqlite');
    const keeper = new Keeper(file, { log: () => {} });
    const saved = keeper.backup('manual')!;
    keeper.close();
    const list = spawnSync(process.execPath, ['--import', 'tsx', 'electron/features/backups/cli.ts', 'list', '--data-dir', dir], { encoding: 'utf8' });
    expect(list.stdout).toMatch(new RegExp(`^${saved.name}\t`));
    fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2));
    const before = fs.readdirSync(dir).sort();
    const run = spawnSync(process.execPath, [SERVE_JS, '--port', '0', '--data-dir', dir], { encoding: 'utf8', timeout: 20_000, env: { ...process.env, LC_ALL: 'C.UTF-8' } });
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/^gavel: cannot open .*gavel\.sqlite: .* is damaged .* The newest good backup is gavel-\S+-manual\.sqlite .*npm run backup -- restore/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/SqliteError|    at /);
    expect(fs.readdirSync(dir).sort()).toEqual(before);

    // Emptied to 0 bytes (a copy cut off, a full disk): refused the same way, not started as a new empty session.
    fs.truncateSync(file, 0);
    const emptied = spawnSync(process.execPath, [SERVE_JS, '--port', '0', '--data-dir', dir], { encoding: 'utf8', timeout: 20_000, env: { ...process.env, LC_ALL: 'C.UTF-8' } });
    expect(emptied.status).toBe(3);
    expect(emptied.stderr).toMatch(/^gavel: cannot open .*gavel\.sqlite: .* is empty \(0 bytes\).* The newest good backup is gavel-\S+-manual\.sqlite .*npm run backup -- restore/);
    expect(fs.statSync(file).size).toBe(0);
    expect(fs.readdirSync(dir).sort()).toEqual(before);

    // Missing beside its backups (moved, renamed, deleted): refused the same way, and no new file is made.
    fs.rmSync(file);
    const gone = fs.readdirSync(dir).sort();
    const missing = spawnSync(process.execPath, [SERVE_JS, '--port', '0', '--data-dir', dir], { encoding: 'utf8', timeout: 20_000, env: { ...process.env, LC_ALL: 'C.UTF-8' } });
    expect(missing.status).toBe(3);
    expect(missing.stderr).toMatch(/^gavel: cannot open .*gavel\.sqlite: .*gavel\.sqlite is missing although Gavel has backups of it.* The newest good backup is gavel-\S+-manual\.sqlite .*npm run backup -- restore/);
    expect(fs.readdirSync(dir).sort()).toEqual(gone);
    // In a Vietnamese terminal, the line is in Vietnamese.
    const vi = spawnSync(process.execPath, [SERVE_JS, '--port', '0', '--data-dir', dir], { encoding: 'utf8', timeout: 20_000, env: { ...process.env, LC_ALL: 'vi_VN.UTF-8' } });
    expect(vi.status).toBe(3);
    expect(vi.stderr).toMatch(/^gavel: không mở được .*gavel\.sqlite: Không thấy tệp .* Bản sao lưu tốt gần nhất là gavel-\S+-manual\.sqlite .*npm run backup -- restore/);
    expect(vi.stderr.trim().split('\n')).toHaveLength(1);
    expect(fs.readdirSync(dir).sort()).toEqual(gone);
  }, 60_000);

  it('says its refusal in the language asked for with --lang, whatever the terminal’s locale, and refuses a language it does not speak with exit code 2', () => {
    const dir = tempDataDir();
    const file = path.join(dir, 'gavel.sqlite');
    fs.writeFileSync(file, 'Biên bản kỳ họp (a text file, not a database)\n');
    const run = (lang: string, locale: string) =>
      spawnSync(process.execPath, [SERVE_JS, '--port', '0', '--data-dir', dir, '--lang', lang], { encoding: 'utf8', timeout: 20_000, env: { ...process.env, LC_ALL: locale } });
    const vi = run('vi', 'C.UTF-8');
    expect(vi.status).toBe(3);
    expect(vi.stderr).toBe(`gavel: không mở được ${file}: ${file} không phải là cơ sở dữ liệu SQLite; Gavel không động đến tệp này.\n`);
    const en = run('en', 'vi_VN.UTF-8');
    expect(en.status).toBe(3);
    expect(en.stderr).toBe(`gavel: cannot open ${file}: ${file} is not a SQLite database; Gavel will not touch it.\n`);
    const fr = run('fr', 'C.UTF-8');
    expect(fr.status).toBe(2);
    expect(fr.stderr).toBe('gavel: --lang must be vi or en, not "fr"\n');
    expect(fs.readdirSync(dir)).toEqual(['gavel.sqlite']);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});
