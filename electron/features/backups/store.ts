/**
 * Online backups of the database, in a `backups/` folder beside it. Written with
 * `VACUUM INTO` (a consistent copy from inside the open connection, WAL included, without
 * stopping commands for more than the copy), then checked with integrity_check before it
 * counts. Kept: the newest 20, the last of each of the 30 latest days on which backups were
 * taken (a sitting day is not pruned away by a busy later day), and the last of every month before
 * those: a year of sessions keeps about 60 copies, not one per day of use.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { APPLICATION_ID, LATEST_VERSION } from '../../store/migrations/index';
import { migrate } from '../../store/migrate';
import { markedOpen, unmarkOpen } from '../../store/open-mark';
import type { HeldTimerKind } from '../../../common/backups/held';

/**
 * Why a backup was taken. `before-restore`: what a restore replaced (to undo it); `after-restore`:
 * the restored database as soon as it is in place, so a damage soon after is offered the state the
 * office chose, not the one it left. `brought-in`: a copy saved away earlier ("Save a copy…", on a
 * USB stick or the office's share), put among the backups to be restored.
 */
export type BackupReason = 'sitting-open' | 'sitting-close' | 'periodic' | 'migration' | 'manual' | 'before-restore' | 'after-restore' | 'brought-in';
export const BACKUP_REASONS: readonly BackupReason[] = ['sitting-open', 'sitting-close', 'periodic', 'migration', 'manual', 'before-restore', 'after-restore', 'brought-in'];

/** Why a restore was refused; nothing was moved. */
export class BackupError extends Error {
  constructor(
    readonly code: 'backup-missing' | 'backup-damaged' | 'backup-not-gavel' | 'backup-from-future' | 'backup-unusable' | 'backup-wal-missing' | 'database-in-use',
    message: string,
  ) {
    super(message);
  }
}

export interface BackupInfo {
  /** File name inside the backups folder; what restore takes. */
  name: string;
  /** When it was written, epoch ms (from the name, so copying the folder keeps it). */
  at: number;
  size: number;
  reason: BackupReason;
}

/**
 * The last backup that could not be written, while no backup has been written since: when, why it
 * was being taken, and the sentence saying where and why it failed, in every language. The Backups
 * panel shows it, and every console view a warning leading there, so a sitting-open or periodic
 * backup failing on a full or read-only disk is not known only to the server's log.
 */
export interface BackupFailure {
  at: number;
  reason: BackupReason;
  text: Record<'vi' | 'en', string>;
}

/** Newest kept however many days there are. */
export const KEEP_NEWEST = 20;
/** The latest days (with backups) whose last backup is kept; before them, a month's last. */
export const KEEP_DAYS = 30;
/** Databases kept aside by a restore (`gavel-before-restore-<time>.sqlite`) kept beside the database. */
export const KEEP_ASIDE = 3;

const NAME = /^gavel-(\d{8}T\d{9}Z)-([a-z-]+)\.sqlite$/;

export function backupsDir(dbFile: string): string {
  return path.join(path.dirname(path.resolve(dbFile)), 'backups');
}

/** 2026-12-03T06:12:42.123Z → 20261203T061242123Z: sortable, and valid on every file system. */
function stamp(at: number): string {
  return new Date(at).toISOString().replace(/[-:.]/g, '');
}

function parseStamp(s: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(s)!;
  return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6], +m[7]);
}

/** Every backup in the folder, newest first; files that are not ours are left alone. */
export function listBackups(dbFile: string): BackupInfo[] {
  const dir = backupsDir(dbFile);
  // A file in the folder's place holds no backup: the panel lists none and says why the next failed, not "something went wrong".
  if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return [];
  const found: BackupInfo[] = [];
  for (const name of fs.readdirSync(dir)) {
    const m = NAME.exec(name);
    if (!m || !BACKUP_REASONS.includes(m[2] as BackupReason)) continue;
    found.push({ name, at: parseStamp(m[1]), size: fs.statSync(path.join(dir, name)).size, reason: m[2] as BackupReason });
  }
  return found.sort((a, b) => b.at - a.at || b.name.localeCompare(a.name));
}

/** integrity_check of a file, read-only: backups are not in WAL mode, so nothing is created beside it. */
export function checkFile(file: string, nativeBinding?: string): boolean {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
    return db.pragma('integrity_check', { simple: true }) === 'ok';
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

/**
 * Writes a backup of the open database and checks it; a copy that fails the check is
 * deleted and reported, never listed. Then prunes old ones.
 */
export function writeBackup(db: Database.Database, dbFile: string, reason: BackupReason, at = Date.now()): BackupInfo {
  const dir = backupsDir(dbFile);
  makeBackupsDir(dir);
  const { name, at: taken } = freeName(dir, at, reason);
  dropLeftoverPartials(dbFile);
  const partial = path.join(dir, `.${name}.${process.pid}.partial`);
  try {
    db.prepare('VACUUM INTO ?').run(partial);
  } catch (e) {
    fs.rmSync(partial, { force: true });
    throw fileSystemReason(e, partial);
  }
  stampTakenAt(partial, taken);
  if (!checkFile(partial)) {
    fs.rmSync(partial, { force: true });
    throw new Error(`The backup ${name} failed its integrity check and was discarded.`);
  }
  // Only a checked copy gets a backup's name, so a crash mid-write never lists a half file.
  fs.renameSync(partial, path.join(dir, name));
  pruneBackups(dbFile);
  return { name, at: taken, size: fs.statSync(path.join(dir, name)).size, reason };
}

/**
 * A backup's name for `at` not yet taken in `dir`, and the moment it names: two backups in the
 * same millisecond (a sitting opened right after a migration) are both kept, the second a
 * millisecond on.
 */
function freeName(dir: string, at: number, reason: BackupReason): { name: string; at: number } {
  const nameAt = (t: number) => `gavel-${stamp(t)}-${reason}.sqlite`;
  while (fs.existsSync(path.join(dir, nameAt(at)))) at++;
  return { name: nameAt(at), at };
}

/**
 * Makes the backups folder, or throws the file system's own reason it cannot be. Node's recursive
 * mkdir says ENOENT ("no such file or directory") on a read-only disk, so a backup on a read-only
 * data folder was "refused (ENOENT)" instead of "the disk is read-only": the data folder is there
 * (the database is in it), so the folder is made by itself, which says EROFS, EACCES, or EEXIST
 * for a file in its place.
 */
function makeBackupsDir(dir: string): void {
  if (fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return;
  try {
    fs.mkdirSync(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    // The data folder itself is not there yet (a new laptop started from a copy): made with it.
    fs.mkdirSync(dir, { recursive: true });
  }
}

/**
 * The setting a backup carries saying when it was taken (epoch ms): its name says it too, but a
 * copy saved away ("Save a copy…", a USB stick) and brought in is renamed when it is brought in,
 * and its last journal entry may be minutes older than the copy (a speech running with no
 * command since). A restore holds the copy's running timers at this time (restore.ts), then
 * removes it from the copy it puts in place.
 */
export const TAKEN_AT_SETTING = 'backup_taken_at';

/**
 * Writes TAKEN_AT_SETTING into the copy just written, and takes off the mark of a database open
 * (store/open-mark.ts): a backup is whole. A copy that cannot take them still counts (it is read as before).
 */
function stampTakenAt(file: string, at: number): void {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { fileMustExist: true });
    db.prepare('INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(TAKEN_AT_SETTING, JSON.stringify(at));
    unmarkOpen(db);
  } catch {
    // A schema without the setting table (not Gavel's): the integrity check and the restore's own checks decide.
  } finally {
    db?.close();
  }
}

/**
 * A backup being written: `.<the backup's name>.<pid>.partial`, renamed to the backup's name once
 * checked. Copies written before the name carried the writer's pid have none.
 */
const PARTIAL = /^\.gavel-\d{8}T\d{9}Z-[a-z-]+\.sqlite(?:\.(\d+))?\.partial$/;

/**
 * Drops the copies a backup left half written when its process was killed mid-copy (kill -9, a
 * power cut), at the next start and before the next backup: they are never listed, but would
 * fill the disk. Only Gavel's own (the name says which backup each was to become), and only when
 * the process that wrote it is gone, so another Gavel's backup under way is left alone; anything
 * else in the folder is someone else's and stays.
 */
export function dropLeftoverPartials(dbFile: string, log: (line: string) => void = console.warn): void {
  const dir = backupsDir(dbFile);
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir)) {
    const m = PARTIAL.exec(name);
    if (!m || (m[1] !== undefined && stillRunning(Number(m[1])))) continue;
    fs.rmSync(path.join(dir, name), { force: true });
    log(`gavel: dropped ${name}, a backup cut off before it was finished`);
  }
}

/** Whether the process `pid` still runs; this one writes one backup at a time (writeBackup is synchronous), so its own leftovers are leftovers. */
function stillRunning(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it runs, as another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The file system's reason for a copy SQLite could not write, so the sentence says what to do: a
 * full disk reaches SQLite as SQLITE_FULL, a read-only disk or a folder without write permission as
 * SQLITE_CANTOPEN (or READONLY), which name neither. The reason is had by writing an empty file in
 * the copy's place (removed at once); any other error is returned as it is.
 */
export function fileSystemReason(error: unknown, file: string): unknown {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return error;
  if (code === 'SQLITE_FULL') return Object.assign(new Error(`${path.dirname(file)}: the disk is full`), { code: 'ENOSPC' });
  try {
    fs.writeFileSync(file, '');
  } catch (probe) {
    return probe;
  }
  fs.rmSync(file, { force: true });
  return error;
}

/**
 * Which backups pruning keeps: the newest KEEP_NEWEST; the newest of each of the latest KEEP_DAYS
 * (local) days; and, before those days, the newest of each month. `day` names a backup's day as
 * year-month-day; its month is the name up to its last dash.
 */
export function backupsToKeep(all: readonly BackupInfo[], day: (at: number) => string = localDay): Set<string> {
  const keep = new Set(all.slice(0, KEEP_NEWEST).map((b) => b.name));
  const days = new Set<string>();
  const months = new Set<string>();
  for (const b of all) {
    const d = day(b.at);
    if (days.has(d)) continue;
    days.add(d);
    const month = d.slice(0, d.lastIndexOf('-'));
    if (days.size <= KEEP_DAYS || !months.has(month)) keep.add(b.name);
    months.add(month);
  }
  return keep;
}

function localDay(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
}

export function pruneBackups(dbFile: string): void {
  const all = listBackups(dbFile);
  const keep = backupsToKeep(all);
  for (const b of all) if (!keep.has(b.name)) fs.rmSync(path.join(backupsDir(dbFile), b.name), { force: true });
}

/**
 * The backup to offer when the database will not open: the newest that passes integrity_check,
 * leaving out the copies taken just before a restore (reason `before-restore`). Such a copy is
 * what the office chose to leave, and offering it would undo the restore; a restore is followed at
 * once by an `after-restore` backup of what it put in place, which is newer. A `before-restore`
 * copy is offered only when no other good backup is left (the after-restore one could not be
 * written, or is damaged too). `setAside`: the newest good `before-restore` copy taken after
 * the one offered, to name as a second choice (null when there is none).
 */
export function backupToOffer(dbFile: string, nativeBinding?: string): { offer: BackupInfo | null; setAside: BackupInfo | null } {
  const good = (b: BackupInfo) => checkFile(path.join(backupsDir(dbFile), b.name), nativeBinding);
  let setAside: BackupInfo | null = null;
  for (const b of listBackups(dbFile)) {
    if (b.reason !== 'before-restore') {
      if (good(b)) return { offer: b, setAside };
    } else if (!setAside && good(b)) setAside = b;
  }
  return { offer: setAside, setAside: null };
}

/** Resolves a backup name given by a user to its file, refusing anything outside the folder. */
export function backupPath(dbFile: string, name: string): string | null {
  const base = path.basename(name);
  if (base !== name && path.resolve(name) !== path.join(backupsDir(dbFile), base)) return null;
  if (!NAME.test(base)) return null;
  const file = path.join(backupsDir(dbFile), base);
  return fs.existsSync(file) ? file : null;
}

/** The file of a backup that exists and passes integrity_check, else a BackupError saying which. */
export function usableBackup(dbFile: string, name: string, nativeBinding?: string): string {
  const source = backupPath(dbFile, name);
  if (!source) throw new BackupError('backup-missing', `No backup named ${name} in ${backupsDir(dbFile)}.`);
  return usableCopy(source, name, nativeBinding);
}

/**
 * A copy saved away from Gavel (`gavel-HDND-…-ky-hop-3-2026-12-08-1730.sqlite` on a USB stick), or
 * a path to one: anything that is not a backup's name and is a file. What `npm run backup --
 * restore` brings in before restoring it.
 */
export function outsideCopy(dbFile: string, name: string): string | null {
  if (backupPath(dbFile, name)) return null;
  const file = path.resolve(name);
  return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ? file : null;
}

/**
 * How a copy is brought in. `withoutWal`: a copy taken while Gavel had it open whose -wal did not
 * come with it is taken for what it holds (the office has nothing else), not refused with
 * `backup-wal-missing`: the changes after its last checkpoint are missing. It is still checked
 * whole (integrity_check on a copy) like any other; the chair asks for it in so many words.
 */
export interface BringIn {
  withoutWal?: boolean;
}

/**
 * Puts a copy saved away earlier among the backups, as `gavel-<now>-brought-in.sqlite`, once it
 * is checked as a backup is before a restore (a whole Gavel database this Gavel can read; else a
 * BackupError naming the file, and nothing is written): then it is restored, listed and undone as
 * any backup. Copied to a partial name first, so a kill mid-copy lists no half file.
 */
export function bringInCopy(dbFile: string, file: string, at = Date.now(), nativeBinding?: string, o: BringIn = {}): BackupInfo {
  // A document chosen by mistake is refused before a byte of it is copied anywhere.
  if (!sqliteHeader(file)) throw new BackupError('backup-not-gavel', `${file} is not a Gavel backup; choose another.`);
  const folded = foldedCopy(file, nativeBinding);
  try {
    // Checked before the open mark is looked at: a damaged copy is refused as damaged, with or without `withoutWal`.
    usableCopy(folded.file, file, nativeBinding);
    settleOpenMark(folded, file, o, nativeBinding);
    const dir = backupsDir(dbFile);
    makeBackupsDir(dir);
    const { name, at: taken } = freeName(dir, at, 'brought-in');
    const partial = path.join(dir, `.${name}.${process.pid}.partial`);
    try {
      fs.copyFileSync(folded.file, partial, fs.constants.COPYFILE_EXCL);
      fs.renameSync(partial, path.join(dir, name));
    } catch (e) {
      fs.rmSync(partial, { force: true });
      throw e;
    }
    return { name, at: taken, size: fs.statSync(path.join(dir, name)).size, reason: 'brought-in' };
  } finally {
    folded.done();
  }
}

/**
 * A private copy of `file` as SQLite reads it, in a temporary folder of its own: the file with
 * the -wal beside it, folded into one file (`done` removes the folder). A data folder copied by
 * hand to a USB stick while Gavel ran, or after a crash, keeps the session's latest commands in
 * gavel.sqlite-wal, up to a whole sitting's (the WAL is folded back only past 16 MB or at a clean
 * close): taken without it, the restore silently lost them, or refused the copy as not Gavel's
 * when all of it was still there. And a WAL-mode file read where it lies has SQLite write -shm
 * and -wal beside it, on the office's stick: the copy is read, never written to.
 */
function foldedCopy(file: string, nativeBinding?: string): { file: string; done: () => void; wal: boolean } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gavel-copy-'));
  const done = () => fs.rmSync(dir, { recursive: true, force: true });
  const copy = path.join(dir, 'copy.sqlite');
  const wal = fs.statSync(`${file}-wal`, { throwIfNoEntry: false })?.isFile() ?? false;
  try {
    fs.copyFileSync(file, copy);
    if (wal) fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
    if (fs.statSync(copy).size > 0) foldWal(copy, nativeBinding);
  } catch (e) {
    done();
    throw e;
  }
  return { file: copy, done, wal };
}

/**
 * A copy of a database still open when it was taken (store/open-mark.ts) is whole only with the
 * -wal that was beside it: without it, a BackupError saying so (a browser sends the one file
 * chosen, a hand copy may leave gavel.sqlite-wal behind), and nothing is restored, unless the
 * chair takes it for what it holds (`withoutWal`). With it, or so taken, the mark is taken off,
 * so the copy brought in, and any copy saved from it later, is restored as any backup.
 */
function settleOpenMark(folded: { file: string; wal: boolean }, name: string, o: BringIn, nativeBinding?: string): void {
  const db = new Database(folded.file, { fileMustExist: true, nativeBinding });
  try {
    if (!markedOpen(db)) return;
    if (!folded.wal && !o.withoutWal) throw new BackupError('backup-wal-missing', `${name} was copied while Gavel had it open; its latest changes are in ${name}-wal beside it, which did not come with it. Nothing was restored.`);
    unmarkOpen(db);
  } finally {
    db.close();
  }
}

/** Folds a database's -wal into it and leaves it a single file (rollback journal), as every backup is. */
function foldWal(file: string, nativeBinding?: string): void {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { fileMustExist: true, nativeBinding });
    db.pragma('journal_mode = DELETE');
  } catch {
    // Damaged or not a database: the checks that follow say which.
  } finally {
    db?.close();
  }
}

/** Removes a backup by its name (a brought-in copy whose restore was refused). */
export function removeBackup(dbFile: string, name: string): void {
  const file = backupPath(dbFile, name);
  if (file) fs.rmSync(file, { force: true });
}

/** `source` if it is a whole Gavel database this Gavel can restore, else a BackupError naming it `name`. */
function usableCopy(source: string, name: string, nativeBinding?: string): string {
  // A document, a spreadsheet, a picture chosen by mistake is not a damaged backup: it is not one.
  if (!sqliteHeader(source)) throw new BackupError('backup-not-gavel', `${name} is not a Gavel backup; choose another.`);
  if (!checkFile(source, nativeBinding)) throw new BackupError('backup-damaged', `The backup ${name} fails its integrity check; choose another.`);
  // Put in place, another program's database (or an empty one) would be refused at the next
  // open, or opened as a new, empty session: the restore would leave nothing to run on.
  const schema = gavelSchema(source, nativeBinding);
  if (schema === null) throw new BackupError('backup-not-gavel', `${name} is not a Gavel backup; choose another.`);
  if (schema > LATEST_VERSION) throw new BackupError('backup-from-future', `${name} was written by a newer Gavel (schema ${schema}); update Gavel to restore it.`);
  return source;
}

/**
 * Whether another connection has the database open: a running Gavel (browser mode or the desktop
 * app) holds it for as long as it runs, so an exclusive lock cannot be had. SQLite's locks go
 * with the process, so a Gavel killed with -9 leaves nothing to clear. A file that is missing,
 * damaged or not a database is not in use: restoring over it is what the command line is for.
 */
export function databaseInUse(dbFile: string, nativeBinding?: string): boolean {
  if (!fs.existsSync(dbFile)) return false;
  let db: Database.Database | null = null;
  try {
    db = new Database(dbFile, { fileMustExist: true, timeout: 0, nativeBinding });
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('ROLLBACK');
    return false;
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    return code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_') || code === 'SQLITE_LOCKED';
  } finally {
    db?.close();
  }
}

/** A BackupError when a running Gavel (or another program) has the database open: nothing may be put in its place, nor copied as what was there. */
export function refuseInUse(dbFile: string, nativeBinding?: string): void {
  if (databaseInUse(dbFile, nativeBinding)) throw new BackupError('database-in-use', `${path.resolve(dbFile)} is open in a running Gavel (or another program); nothing was restored. Restore from that Gavel's Activity view (Alt+J), or stop it and run this again.`);
}

/** Whether a file is empty or starts as every SQLite database does ("SQLite format 3"); an empty one is refused as not Gavel's later. */
function sqliteHeader(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    const read = fs.readSync(fd, head, 0, 16, 0);
    return read === 0 || head.toString('latin1', 0, read) === 'SQLite format 3\0';
  } finally {
    fs.closeSync(fd);
  }
}

/** The schema version of a Gavel database with its data, or null for anything else (an empty file too). */
function gavelSchema(file: string, nativeBinding?: string): number | null {
  const db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
  try {
    const appId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    return appId === APPLICATION_ID && version > 0 ? version : null;
  } finally {
    db.close();
  }
}

interface Revocation {
  secretHash: string;
  revokedAt: number;
}

function hasDevicesTable(db: Database.Database): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'devices'").get() !== undefined;
}

/**
 * The devices revoked in a database, by credential. A file that cannot be read (the damaged
 * one a restore is replacing) has none to give.
 */
function readRevocations(file: string, nativeBinding?: string): Revocation[] {
  if (!fs.existsSync(file)) return [];
  let db: Database.Database | null = null;
  try {
    // Read-write on purpose: a read-only open of a WAL database would need its -shm beside it.
    db = new Database(file, { fileMustExist: true, nativeBinding });
    if (!hasDevicesTable(db)) return [];
    return db.prepare('SELECT secret_hash AS secretHash, revoked_at AS revokedAt FROM devices WHERE revoked_at IS NOT NULL').all() as Revocation[];
  } catch {
    return [];
  } finally {
    db?.close();
  }
}

/** Marks revoked, in a restored copy, every device revoked in the file it replaces. */
function carryRevocations(file: string, revocations: readonly Revocation[], nativeBinding?: string): void {
  if (revocations.length === 0) return;
  const db = new Database(file, { fileMustExist: true, nativeBinding });
  try {
    // A backup from before second consoles existed has no devices, so nobody to let back in.
    if (!hasDevicesTable(db)) return;
    const revoke = db.prepare('UPDATE devices SET revoked_at = ? WHERE secret_hash = ? AND revoked_at IS NULL');
    db.transaction(() => {
      for (const r of revocations) revoke.run(r.revokedAt, r.secretHash);
    })();
  } finally {
    db.close();
  }
}

/**
 * A restore killed part-way (restoreBackup): with no database but the checked copy beside it,
 * the database had just been moved aside, so the copy is put in place, as the restore would
 * have; with the database still there, the copy was unfinished and is dropped. Without this,
 * the next start would open a new, empty file in the middle of a session.
 */
export function settleInterruptedRestore(dbFile: string, log: (line: string) => void = console.warn): void {
  const partial = `${dbFile}.restoring`;
  if (!fs.existsSync(partial)) return;
  if (fs.existsSync(dbFile)) {
    fs.rmSync(partial, { force: true });
    log(`gavel: dropped ${path.basename(partial)}, left by a restore that did not finish; the database is unchanged`);
  } else {
    fs.renameSync(partial, dbFile);
    log(`gavel: finished a restore that was cut off: ${path.basename(dbFile)} is the restored copy`);
  }
}

/** The copy being restored brought up to this Gavel's schema, as opening it would, before it is put in place. */
function upgradeCopy(file: string, nativeBinding?: string): void {
  const db = new Database(file, { fileMustExist: true, nativeBinding });
  try {
    db.pragma('foreign_keys = ON');
    migrate(db);
  } finally {
    db.close();
  }
}

/**
 * When a backup was taken, by its name; null for a copy brought in (named when it was brought in,
 * not when it was taken) or a name not ours. For holding its timers (restore.ts).
 */
export function takenAtOf(name: string, now: number): number | null {
  const m = NAME.exec(name);
  return m && m[2] !== 'brought-in' ? Math.min(parseStamp(m[1]), now) : null;
}

/**
 * A timer running in a restored backup, paused by the restore at what it had run (restore.ts):
 * which (`timer`), whose or which (`name`: the item by its number and title, a speech's, a
 * question's or an answer's person; empty for the hall's countdown) and what it had run
 * (`ranMs`). The restore's line in the journal lists them (commands.ts), so the chair reading
 * the Activity later knows why the clocks stood still.
 */
export interface HeldTimer {
  timer: HeldTimerKind;
  name: string;
  ranMs: number;
}

/**
 * Readies `file` (the copy, not yet in place, of the backup `name`): restore.ts's prepareCopy,
 * which pauses its running timers (returned) and drops its undo steps.
 */
export type HoldCopy = (file: string, name: string, now: number, nativeBinding?: string) => HeldTimer[];

/** What a restore paused, for the chair to be told and the journal to say. */
export interface HeldTimers {
  timers: HeldTimer[];
}

/** Removes a copy that will not be put in place, with any journal SQLite left beside it. */
function removeCopy(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true });
}

/**
 * Puts a backup in place of the database, which must be closed. The current file (with any
 * -wal and -shm) is kept aside first, as `gavel-before-restore-<time>.sqlite` beside it, so
 * a restore can itself be undone by hand. Returns the name of the file kept aside.
 *
 * A revocation is not history to roll back: a device the chair revoked in the file being
 * replaced stays revoked in the restored one, even if the backup predates the revocation.
 * `hold` pauses the copy's running timers and drops its undo steps before it is put in place:
 * restoreBackup (restore.ts) passes it, kept out of this module, which the store opens with
 * (writeBackup) and which so may not reach the engine's commands.
 */
export function restoreBackupWith(hold: HoldCopy, dbFile: string, name: string, at = Date.now(), nativeBinding?: string, held?: HeldTimers): string | null {
  const source = usableBackup(dbFile, name, nativeBinding);
  // Moved aside under a running Gavel (`npm run backup -- restore` while it serves the sitting),
  // the file would go on taking every command it acknowledges, and the next start would open
  // the restored copy without them.
  refuseInUse(dbFile, nativeBinding);
  const revocations = readRevocations(dbFile, nativeBinding);
  const partial = `${dbFile}.restoring`;
  fs.copyFileSync(source, partial);
  try {
    carryRevocations(partial, revocations, nativeBinding);
  } catch (e) {
    // Never put in place a copy that would let a revoked device back in.
    removeCopy(partial);
    throw e;
  }
  try {
    upgradeCopy(partial, nativeBinding);
  } catch {
    // Put in place, a backup this Gavel cannot bring up to its schema (a table missing, a row a
    // migration refuses) would leave no database to reopen: refused while nothing has moved.
    removeCopy(partial);
    throw new BackupError('backup-unusable', `${name} cannot be upgraded to this version of Gavel; choose another.`);
  }
  try {
    const timers = hold(partial, path.basename(source), at, nativeBinding);
    if (held) held.timers = timers;
  } catch (e) {
    // Never put in place a copy whose clocks would count the time since the backup as spoken, or
    // whose Undo would take back what was done before it.
    removeCopy(partial);
    throw e;
  }
  let aside: string | null = null;
  if (fs.existsSync(dbFile)) {
    aside = path.join(path.dirname(path.resolve(dbFile)), `gavel-before-restore-${stamp(at)}.sqlite`);
    fs.renameSync(dbFile, aside);
    for (const s of ['-wal', '-shm']) if (fs.existsSync(dbFile + s)) fs.renameSync(dbFile + s, aside + s);
  }
  fs.renameSync(partial, dbFile);
  pruneKeptAside(dbFile);
  return aside ? path.basename(aside) : null;
}

const ASIDE = /^gavel-before-restore-\d{8}T\d{9}Z\.sqlite$/;

/**
 * Keeps the newest KEEP_ASIDE databases set aside by restores, with their -wal and -shm: each is a
 * whole database, and a restore tried and undone a few times a session would otherwise fill the
 * data folder over a year. What a recent restore replaced is still there to recover by hand
 * (and, from a healthy database, as its checked "before a restore" backup too).
 */
export function pruneKeptAside(dbFile: string): void {
  const dir = path.dirname(path.resolve(dbFile));
  // The stamp in the name sorts by time.
  const aside = fs.readdirSync(dir).filter((f) => ASIDE.test(f)).sort().reverse();
  for (const name of aside.slice(KEEP_ASIDE)) for (const s of ['', '-wal', '-shm']) fs.rmSync(path.join(dir, name + s), { force: true });
}
