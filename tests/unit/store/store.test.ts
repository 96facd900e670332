import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, closeStore, openStore, StoreOpenError } from '../../../electron/store/db';
import { LATEST_VERSION, migrations } from '../../../electron/store/migrations/index';
import { tempDir } from '../helpers';

describe('store', () => {
  it('migrates an empty file to the latest schema with the pragmas set', () => {
    const file = path.join(tempDir(), 'new.gavel');
    const db = openStore(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    const strict = db.prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'").all() as {
      name: string;
      strict: number;
    }[];
    expect(strict.length).toBeGreaterThan(0);
    expect(strict.filter((t) => t.strict !== 1)).toEqual([]);
    closeStore(db);
  });

  it('numbers its migrations consecutively from 1', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('applies each migration step to a database at the previous version', () => {
    for (const step of migrations) {
      const db = new Database(':memory:');
      for (const earlier of migrations.filter((m) => m.version < step.version)) db.exec(earlier.up);
      expect(() => db.exec(step.up)).not.toThrow();
      db.close();
    }
  });

  it('refuses a database written by a newer Gavel, and leaves the file untouched', () => {
    const file = path.join(tempDir(), 'future.gavel');
    const raw = new Database(file);
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    raw.pragma(`user_version = ${LATEST_VERSION + 5}`);
    raw.exec('CREATE TABLE x (a INTEGER) STRICT');
    raw.close();
    const before = fs.readFileSync(file);
    expect(() => openStore(file)).toThrow(StoreOpenError);
    try {
      openStore(file);
    } catch (e) {
      expect((e as StoreOpenError).code).toBe('from-future');
      expect((e as Error).message).toMatch(/newer Gavel/);
    }
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(file + '-wal')).toBe(false);
  });

  it('refuses a SQLite file of another program, untouched', () => {
    const file = path.join(tempDir(), 'other.db');
    const raw = new Database(file);
    raw.exec('CREATE TABLE customers (name TEXT)');
    raw.close();
    const before = fs.readFileSync(file);
    expect(() => openStore(file)).toThrow(/another program/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a file that is not SQLite at all, untouched', () => {
    const file = path.join(tempDir(), 'notes.txt');
    fs.writeFileSync(file, 'Biên bản kỳ họp thứ 11\n'.repeat(20));
    const before = fs.readFileSync(file);
    expect(() => openStore(file)).toThrow(/not a SQLite database/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('reopens an existing Gavel database without migrating again', () => {
    const file = path.join(tempDir(), 'again.gavel');
    const first = openStore(file);
    first.prepare("INSERT INTO council (id, name, level, term, total_seats) VALUES (1, 'HĐND xã', 'commune', 3, 25)").run();
    closeStore(first);
    const second = openStore(file);
    expect(second.prepare('SELECT name, total_seats FROM council').get()).toEqual({ name: 'HĐND xã', total_seats: 25 });
    closeStore(second);
  });
});
