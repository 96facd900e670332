import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeStore, openStore } from '../../../electron/store/db';
import {
  backupPath,
  backupsDir,
  backupsToKeep,
  KEEP_ASIDE,
  KEEP_DAYS,
  KEEP_NEWEST,
  listBackups,
  backupToOffer,
  writeBackup,
  type BackupInfo,
} from '../../../electron/features/backups/store';
import { restoreBackup } from '../../../electron/features/backups/restore';
import { migrations } from '../../../electron/store/migrations/index';
import { newEngine, seedBasics, tempDir } from '../helpers';

function names(db: Database.Database): string[] {
  return db.prepare('SELECT full_name FROM delegate ORDER BY id').pluck().all() as string[];
}

describe('backups', () => {
  it('writes a checked copy beside the database, including what is only in the WAL', () => {
    const file = path.join(tempDir(), 'gavel.sqlite');
    const { engine, db } = newEngine(file);
    seedBasics(engine);
    engine.run('delegate.add', { fullName: 'Nguyễn Văn An' });
    const b = writeBackup(db, file, 'sitting-open', Date.UTC(2026, 11, 8, 1, 30));
    expect(b).toMatchObject({ reason: 'sitting-open', at: Date.UTC(2026, 11, 8, 1, 30) });
    expect(b.name).toBe('gavel-20261208T013000000Z-sitting-open.sqlite');
    expect(listBackups(file)).toEqual([b]);
    const copy = new Database(path.join(backupsDir(file), b.name), { readonly: true });
    expect(names(copy)).toEqual(['Nguyễn Văn An']);
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    // No half-written file is ever listed, and nothing else lands in the folder.
    expect(fs.readdirSync(backupsDir(file))).toEqual([b.name]);
    closeStore(db);
  });

  it('keeps the newest 20 plus the last of every day', () => {
    const day = (d: number, h: number) => Date.UTC(2026, 11, d, h);
    const all: BackupInfo[] = [];
    for (let d = 1; d <= 3; d++) for (let h = 0; h < 12; h++) all.push({ name: `${d}-${h}`, at: day(d, h), size: 1, reason: 'periodic' });
    all.sort((a, b) => b.at - a.at);
    const keep = backupsToKeep(all, (at) => new Date(at).toISOString().slice(0, 10));
    expect(keep.size).toBe(KEEP_NEWEST + 1); // 20 newest cover days 3 and 2; day 1 keeps its last
    expect(keep.has('1-11')).toBe(true);
    expect(keep.has('1-10')).toBe(false);
    expect(keep.has('3-11')).toBe(true);
  });

  it('keeps a year of sessions in about sixty copies: the newest 20, the last of each of the latest 30 days, then the last of each month', () => {
    // A council's year: preparation evenings and sitting days, 150 days of use from January to
    // December, each with a backup every 10 minutes for three hours.
    const iso = (at: number) => new Date(at).toISOString().slice(0, 10);
    const all: BackupInfo[] = [];
    for (let d = 0; d < 150; d++) {
      const day = Date.UTC(2026, 0, 2) + Math.floor((d * 362) / 150) * 86_400_000;
      for (let m = 0; m < 18; m++) all.push({ name: `${iso(day)}-${m}`, at: day + 3_600_000 + m * 600_000, size: 1, reason: 'periodic' });
    }
    all.sort((a, b) => b.at - a.at);
    const keep = backupsToKeep(all, iso);
    expect(keep.size).toBeLessThanOrEqual(KEEP_NEWEST + KEEP_DAYS + 12);
    const days = [...new Set(all.map((b) => iso(b.at)))];
    // Each of the latest 30 days keeps its last backup…
    for (const d of days.slice(0, KEEP_DAYS)) expect(keep.has(`${d}-17`), d).toBe(true);
    // …and every month of the year keeps the last backup taken in it.
    for (const month of new Set(days.map((d) => d.slice(0, 7)))) expect([...keep].some((n) => n.startsWith(month)), month).toBe(true);
    expect(keep.has(`${days.at(-1)}-17`)).toBe(false); // an early-January day behind its month's last
  });

  it('keeps the newest three databases a restore set aside, not one per restore', () => {
    const dir = tempDir();
    const file = path.join(dir, 'gavel.sqlite');
    const { engine, db } = newEngine(file);
    seedBasics(engine);
    const b = writeBackup(db, file, 'manual');
    closeStore(db);
    const asides: string[] = [];
    for (let i = 0; i < 6; i++) asides.push(restoreBackup(file, b.name, Date.UTC(2026, 11, 8, 1, i))!);
    const beside = fs.readdirSync(dir).filter((f) => f.startsWith('gavel-before-restore-'));
    expect(beside.sort()).toEqual(asides.slice(-KEEP_ASIDE).sort());
    // The database and its backups are untouched by the pruning.
    expect(listBackups(file).map((x) => x.name)).toEqual([b.name]);
    const restored = openStore(file);
    expect(restored.pragma('integrity_check', { simple: true })).toBe('ok');
    closeStore(restored);
  });

  it('prunes on write, never past the kept set', () => {
    const file = path.join(tempDir(), 'gavel.sqlite');
    const { engine, db } = newEngine(file);
    seedBasics(engine);
    const t0 = Date.UTC(2026, 11, 8, 1);
    for (let i = 0; i < 25; i++) writeBackup(db, file, 'periodic', t0 + i * 600_000);
    const kept = listBackups(file);
    expect(kept).toHaveLength(KEEP_NEWEST);
    expect(kept[0].at).toBe(t0 + 24 * 600_000);
    // Copies around a restore are backups like the others: listed, counted, and pruned in turn.
    writeBackup(db, file, 'before-restore', t0 + 25 * 600_000);
    writeBackup(db, file, 'after-restore', t0 + 25 * 600_000 + 1000);
    expect(listBackups(file).slice(0, 2).map((b) => b.reason)).toEqual(['after-restore', 'before-restore']);
    for (let i = 26; i < 26 + KEEP_NEWEST; i++) writeBackup(db, file, 'periodic', t0 + i * 600_000);
    expect(fs.readdirSync(backupsDir(file))).toHaveLength(KEEP_NEWEST);
    expect(listBackups(file).every((b) => b.reason === 'periodic')).toBe(true);
    closeStore(db);
  });

  it('restores a backup, keeping the current file aside, and refuses names outside the folder', () => {
    const dir = tempDir();
    const file = path.join(dir, 'gavel.sqlite');
    const { engine, db } = newEngine(file);
    seedBasics(engine);
    engine.run('delegate.add', { fullName: 'Trước' });
    const b = writeBackup(db, file, 'manual');
    engine.run('delegate.add', { fullName: 'Sau' });
    closeStore(db);
    expect(() => restoreBackup(file, '../gavel.sqlite')).toThrow(/No backup/);
    expect(() => restoreBackup(file, 'gavel-20990101T000000000Z-manual.sqlite')).toThrow(/No backup/);
    expect(backupPath(file, path.join(backupsDir(file), b.name))).toBe(path.join(backupsDir(file), b.name));
    const aside = restoreBackup(file, b.name)!;
    expect(aside).toMatch(/^gavel-before-restore-\d{8}T\d{9}Z\.sqlite$/);
    const restored = openStore(file);
    expect(names(restored)).toEqual(['Trước']);
    closeStore(restored);
    const old = new Database(path.join(dir, aside), { readonly: true });
    expect(names(old)).toEqual(['Trước', 'Sau']);
    old.close();
  });

  it('names the newest backup that passes its check, skipping a damaged one', () => {
    const file = path.join(tempDir(), 'gavel.sqlite');
    const { engine, db } = newEngine(file);
    seedBasics(engine);
    const good = writeBackup(db, file, 'sitting-open', Date.UTC(2026, 11, 8, 1));
    const bad = writeBackup(db, file, 'periodic', Date.UTC(2026, 11, 8, 2));
    closeStore(db);
    const badFile = path.join(backupsDir(file), bad.name);
    fs.truncateSync(badFile, Math.floor(fs.statSync(badFile).size / 2));
    expect(backupToOffer(file).offer?.name).toBe(good.name);
    expect(() => restoreBackup(file, bad.name)).toThrow(/integrity/);
  });

  it('backs up a database before migrating it, data carried', () => {
    const file = path.join(tempDir(), 'gavel.sqlite');
    const old = new Database(file);
    const before = migrations.slice(0, -1);
    for (const m of before) old.exec(m.up);
    old.pragma('application_id = 0x4761764c');
    old.pragma(`user_version = ${before[before.length - 1].version}`);
    old.prepare("INSERT INTO council (id, name, level, term, total_seats) VALUES (1, 'HĐND xã', 'commune', 3, 25)").run();
    old.close();
    const db = openStore(file);
    const [b] = listBackups(file);
    expect(b.reason).toBe('migration');
    const copy = new Database(path.join(backupsDir(file), b.name), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(before[before.length - 1].version);
    expect(copy.prepare('SELECT name FROM council').pluck().get()).toBe('HĐND xã');
    copy.close();
    closeStore(db);
    // A fresh database has nothing to keep: no backup.
    const fresh = path.join(tempDir(), 'gavel.sqlite');
    closeStore(openStore(fresh));
    expect(listBackups(fresh)).toEqual([]);
  });
});
