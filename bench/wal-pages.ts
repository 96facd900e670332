/**
 * Not part of `npm run bench`: which pages each live-mix command writes to the WAL, named by
 * the table or index they belong to (SQLite's dbstat), per command type and over the mix.
 * Every page a commit writes is a WAL frame (two `pwrite`s): the commit's cost grows with them.
 * `npx tsx bench/wal-pages.ts`; with `--cid`, every command carries its own id as a WebSocket
 * console sends it (its reply is kept for a resend, store/replies.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Engine } from '../electron/engine/engine';
import { closeStore, openStore } from '../electron/store/db';
import { generateSession, liveActions, REALISTIC } from './generate';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gavel-wal-pages-'));
const file = path.join(dir, 'pages.sqlite');
const wal = `${file}-wal`;
const db = openStore(file);
db.pragma('wal_autocheckpoint = 0'); // the WAL only grows: a command's frames are the bytes it added
const engine = new Engine(db);
const actions = liveActions(generateSession(engine, REALISTIC));
const meta = { actor: 'wal-pages', lang: 'en' } as const;
const withCid = process.argv.includes('--cid');
const frameSize = (db.pragma('page_size', { simple: true }) as number) + 24; // 24-byte header, then the page

/** The page numbers of the frames appended to the WAL since `from` (its size then). */
function framesSince(from: number): number[] {
  const bytes = Buffer.alloc(fs.statSync(wal).size - from);
  const fd = fs.openSync(wal, 'r');
  fs.readSync(fd, bytes, 0, bytes.length, from);
  fs.closeSync(fd);
  const pages: number[] = [];
  for (let at = 0; at + 24 <= bytes.length; at += frameSize) pages.push(bytes.readUInt32BE(at));
  return pages;
}

/** What a page holds: a table or index name, the header page, or a free-list page. */
function pageOwners(pages: number[]): (p: number) => string {
  const rows = db.prepare(`SELECT pageno, name FROM dbstat WHERE pageno IN (${pages.join(',') || 0})`).all() as { pageno: number; name: string }[];
  const owner = new Map(rows.map((r) => [r.pageno, r.name]));
  return (p) => (p === 1 ? 'page 1' : (owner.get(p) ?? 'free list'));
}

const byType = new Map<string, { commands: number; pages: Map<string, number> }>();
for (let i = 0; i < 800; i++) {
  const cmd = actions[i % actions.length](i);
  const walSize = fs.statSync(wal).size;
  const reply = engine.dispatch(cmd, withCid ? { ...meta, cid: crypto.randomUUID().replaceAll('-', '') } : meta);
  if (!reply.ok) throw new Error(`${cmd.type} refused: ${reply.error.message}`);
  if (i < 200) continue; // warm-up, as in profile-mix
  const pages = framesSince(walSize);
  const ownerOf = pageOwners(pages);
  const entry = byType.get(cmd.type) ?? { commands: 0, pages: new Map<string, number>() };
  byType.set(cmd.type, entry);
  entry.commands++;
  for (const p of pages) entry.pages.set(ownerOf(p), (entry.pages.get(ownerOf(p)) ?? 0) + 1);
}

const perCommand = (pages: Map<string, number>, commands: number, digits: number) =>
  [...pages]
    .sort((a, b) => b[1] - a[1])
    .map(([owner, n]) => `${owner} ${(n / commands).toFixed(digits)}`)
    .join(', ');
const all = new Map<string, number>();
let commands = 0;
for (const [type, entry] of byType) {
  console.log(type.padEnd(18), perCommand(entry.pages, entry.commands, 1));
  commands += entry.commands;
  for (const [owner, n] of entry.pages) all.set(owner, (all.get(owner) ?? 0) + n);
}
const total = [...all.values()].reduce((a, b) => a + b, 0);
console.log(`Whole mix: ${(total / commands).toFixed(2)} pages per command: ${perCommand(all, commands, 2)}`);
closeStore(db);
fs.rmSync(dir, { recursive: true, force: true });
