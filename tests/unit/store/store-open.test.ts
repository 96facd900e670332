/**
 * Opening a file that is damaged or from a newer Gavel: a clear refusal with its code,
 * and nothing created or changed beside the file (no -wal, no -shm).
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, closeStore, openStore, StoreOpenError } from '../../../electron/store/db';
import { LATEST_VERSION } from '../../../electron/store/migrations/index';
import { newEngine, seedBasics, tempDir } from '../helpers';

/** A real Gavel database with some rows, closed cleanly (no -wal left). */
function gavelFile(dir = tempDir()): string {
  const file = path.join(dir, 'gavel.sqlite');
  const { engine, db } = newEngine(file);
  seedBasics(engine);
  const rows = Array.from({ length: 300 }, (_, i) => ({ line: i + 2, fullName: `Đại biểu số ${i + 1} `.repeat(4).trim(), seatNumber: i + 1 }));
  engine.run('council.save', { name: 'HĐND tỉnh Hòa Bình', level: 'province', term: 16, totalSeats: 400 });
  engine.run('roster.import', { rows });
  closeStore(db);
  return file;
}

const beside = (file: string) => fs.readdirSync(path.dirname(file)).sort();

function refusal(file: string): StoreOpenError {
  try {
    closeStore(openStore(file));
  } catch (e) {
    return e as StoreOpenError;
  }
  throw new Error('opened');
}

describe('opening a damaged or newer database', () => {
  it('refuses a truncated database with a clear message, creating nothing', () => {
    const file = gavelFile();
    fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2));
    const before = fs.readFileSync(file);
    const listed = beside(file);
    const e = refusal(file);
    expect(e).toBeInstanceOf(StoreOpenError);
    expect(e.code).toBe('damaged');
    expect(e.message).toMatch(/damaged/);
    expect(e.message).not.toMatch(/SqliteError|malformed/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(beside(file)).toEqual(listed);
  });

  it('refuses a database with damaged pages (quick_check) the same way', () => {
    const file = gavelFile();
    const raw = new Database(file, { readonly: true });
    const root = raw.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'delegate'").pluck().get() as number;
    raw.close();
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    // Scribble over the head of the delegate table's root b-tree page.
    bytes.fill(0x5a, pageSize * (root - 1), pageSize * (root - 1) + 64);
    fs.writeFileSync(file, bytes);
    const listed = beside(file);
    const e = refusal(file);
    expect(e.code).toBe('damaged');
    expect(beside(file)).toEqual(listed);
  });

  it('refuses a WAL-mode database from a newer Gavel without leaving -wal or -shm', () => {
    const dir = tempDir();
    const file = path.join(dir, 'gavel.sqlite');
    const raw = new Database(file);
    raw.pragma('journal_mode = WAL');
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.exec('CREATE TABLE x (a INTEGER) STRICT');
    raw.close();
    expect(beside(file)).toEqual(['gavel.sqlite']);
    const before = fs.readFileSync(file);
    expect(refusal(file).code).toBe('from-future');
    expect(beside(file)).toEqual(['gavel.sqlite']);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('still opens a database a kill -9 left with its -wal, keeping what the -wal holds', () => {
    const dir = tempDir();
    const file = path.join(dir, 'gavel.sqlite');
    const { engine, db } = newEngine(file);
    seedBasics(engine);
    engine.run('delegate.add', { fullName: 'Chỉ có trong WAL' });
    // Copy the files as they are on disk mid-session, as a crash would leave them.
    const crashed = path.join(tempDir(), 'gavel.sqlite');
    for (const s of ['', '-wal']) if (fs.existsSync(file + s)) fs.copyFileSync(file + s, crashed + s);
    closeStore(db);
    const again = openStore(crashed);
    expect(again.prepare('SELECT full_name FROM delegate').pluck().all()).toContain('Chỉ có trong WAL');
    closeStore(again);
  });
});
