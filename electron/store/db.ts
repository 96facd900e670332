import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeBackup } from '../features/backups/store';
import { APPLICATION_ID, LATEST_VERSION } from './migrations/index';
import { migrate } from './migrate';
import { StoreOpenError, type StoreErrorCode } from './open-error';
import { markOpen, unmarkOpen } from './open-mark';

export type Db = Database.Database;

export { APPLICATION_ID, migrate, StoreOpenError, type StoreErrorCode };

export interface OpenOptions {
  /** Passed to better-sqlite3: the Electron app points this at its Electron-ABI build. */
  nativeBinding?: string;
}

/**
 * Opens (creating if needed) a Gavel database and brings its schema up to date.
 * A file that is not SQLite, belongs to another program, or was written by a newer
 * Gavel is refused before anything is written to it.
 */
export function openStore(file: string, options: OpenOptions = {}): Db {
  if (file !== ':memory:') {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    if (fs.existsSync(file) && fs.statSync(file).size > 0) inspectExisting(file, options);
  }
  let db: Db | null = null;
  try {
    db = new Database(file, { nativeBinding: options.nativeBinding });
    // WAL lets hall-screen readers never block the chair's writes. synchronous=NORMAL in WAL
    // mode: every commit is written to the WAL before the command is acknowledged, so a
    // kill -9 of Gavel loses nothing acknowledged; only an OS crash or power cut can lose
    // the last few commits. FULL would fsync every command (milliseconds each on a laptop
    // disk) and break the chair's "instant" feel; the WAL is checkpointed on clean close.
    db.pragma('journal_mode = WAL');
  } catch (e) {
    db?.close();
    if (file === ':memory:') throw e;
    throw unwritable(file, e) ?? e;
  }
  db.pragma('synchronous = NORMAL');
  // A checkpoint copies the WAL into the file and syncs it, a few milliseconds inside
  // whichever commit crosses the threshold. At SQLite's default (1,000 pages) that was one
  // command in ~110 of a sitting's (each writes ~9 pages), i.e. the p99 latency. 4,000 pages
  // (16 MB of WAL at most) makes it one in ~450; durability is the same (each commit is in
  // the WAL before it is acknowledged), and the WAL is folded back on clean close.
  db.pragma('wal_autocheckpoint = 4000');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 2000');
  cacheStatements(db);
  // A database with data that is about to change schema is copied first, so a failed or
  // regretted upgrade can be rolled back from backups/.
  const version = db.pragma('user_version', { simple: true }) as number;
  if (file !== ':memory:' && version > 0 && version < LATEST_VERSION) writeBackup(db, file, 'migration');
  migrate(db);
  try {
    if (file !== ':memory:') markOpen(db);
  } catch (e) {
    // The mark only helps a later restore say what a copy lacks: never a reason not to open.
    console.warn(`gavel: the open mark not written: ${(e as Error).message}`);
  }
  return db;
}

/**
 * Why SQLite could not open a database for writing, in the file system's words: on a read-only
 * disk or a folder without write permission it says only "unable to open database file"
 * (SQLITE_CANTOPEN, or READONLY), on a full disk SQLITE_FULL. The reason is had by asking for
 * write access to the file and writing an empty file beside it (removed at once). Null when
 * both can be done: the failure is something else, said as SQLite says it.
 */
function unwritable(file: string, error: unknown): StoreOpenError | null {
  const code = String((error as { code?: unknown }).code ?? '');
  if (!/^SQLITE_(CANTOPEN|READONLY|FULL|IOERR)/.test(code)) return null;
  const refused = (fsCode: string) => new StoreOpenError('unwritable', `Gavel cannot write to ${file} (${fsCode}); it has not changed it.`, undefined, fsCode);
  if (code === 'SQLITE_FULL') return refused('ENOSPC');
  const probe = path.join(path.dirname(path.resolve(file)), `.gavel-write-check-${process.pid}`);
  try {
    if (fs.existsSync(file)) fs.accessSync(file, fs.constants.W_OK);
    fs.writeFileSync(probe, '');
  } catch (e) {
    return refused((e as NodeJS.ErrnoException).code ?? 'EIO');
  }
  fs.rmSync(probe, { force: true });
  return null;
}

/** Distinct SQL texts kept compiled; the store's queries are a fixed set far below this. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Store modules call `db.prepare(sql)` on every call, for readability; compiling the SQL
 * costs more than running it (about a fifth of a command's time, see docs/benchmarks.md).
 * So each SQL text is compiled once per connection and the statement reused. A shared
 * statement must not keep a mode from a previous caller, so pluck/raw/expand are reset on
 * reuse; never call `.bind()` on a statement from `db.prepare` (it would bind it for all).
 */
function cacheStatements(db: Db): void {
  const compile = db.prepare.bind(db);
  const cache = new Map<string, Database.Statement>();
  db.prepare = ((sql: string) => {
    const cached = cache.get(sql);
    if (cached) {
      if (cached.reader) cached.pluck(false).expand(false).raw(false);
      return cached;
    }
    const stmt = compile(sql);
    if (cache.size < STATEMENT_CACHE_SIZE) cache.set(sql, stmt);
    return stmt;
  }) as Db['prepare'];
}

/**
 * Reads an existing file without writing anything beside it, and refuses foreign, newer or
 * damaged files. Even a read-only SQLite connection creates -wal and -shm next to a WAL-mode
 * database, so the probe runs on a copy in the temporary folder (the file and, after a
 * crash, its -wal: what the -wal holds counts). Gavel databases are a few megabytes.
 */
function inspectExisting(file: string, options: OpenOptions): void {
  const header = Buffer.alloc(16);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, header, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (header.toString('latin1') !== 'SQLite format 3\0') {
    throw new StoreOpenError('not-sqlite', `${file} is not a SQLite database; Gavel will not touch it.`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gavel-probe-'));
  const copy = path.join(dir, 'probe.sqlite');
  fs.copyFileSync(file, copy);
  if (fs.existsSync(file + '-wal')) fs.copyFileSync(file + '-wal', copy + '-wal');
  let probe: Database.Database | null = null;
  try {
    probe = new Database(copy, { fileMustExist: true, nativeBinding: options.nativeBinding });
    probeChecks(file, probe);
  } catch (e) {
    if (e instanceof StoreOpenError) throw e;
    throw damaged(file, e);
  } finally {
    probe?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A damaged file: one clear sentence; SQLite's own words are kept apart for the log. */
function damaged(file: string, cause: unknown): StoreOpenError {
  const error = new StoreOpenError('damaged', `${file} is damaged (cut short or overwritten) and cannot be opened safely; Gavel has not changed it.`);
  error.cause = cause;
  return error;
}

function probeChecks(file: string, probe: Database.Database): void {
    const appId = probe.pragma('application_id', { simple: true }) as number;
    const version = probe.pragma('user_version', { simple: true }) as number;
    const tables = probe.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number };
    if (appId !== APPLICATION_ID && !(appId === 0 && version === 0 && tables.n === 0)) {
      throw new StoreOpenError('not-gavel', `${file} is a database of another program, not a Gavel database; Gavel will not touch it.`);
    }
    if (version > LATEST_VERSION) {
      throw new StoreOpenError(
        'from-future',
        `${file} was written by a newer Gavel (schema ${version}; this version knows up to ${LATEST_VERSION}). Update Gavel to open it.`,
        version,
      );
    }
    // Before the session runs on them.
    const check = quickCheck(probe);
    if (check !== 'ok') throw damaged(file, check);
}

/**
 * SQLite's quick_check, Gavel's one test of a database it is about to use: it reads every page
 * (not the index contents), so a truncated file or scribbled pages show. 'ok', or what is wrong.
 */
export function quickCheck(db: Database.Database): string {
  return String(db.pragma('quick_check', { simple: true }));
}

/**
 * Closes cleanly: lets SQLite refresh its statistics and folds the WAL back into the file. Both
 * write, and on a full disk fail (SQLITE_FULL): the database is closed all the same, its -wal
 * kept beside it with every command (the next open reads it), so the desktop app still quits
 * (it waits for this to close) and a restore still reopens.
 */
export function closeStore(db: Db): void {
  if (!db.open) return;
  try {
    if (!db.readonly) unmarkOpen(db);
  } catch (e) {
    // Kept on a full disk: its -wal stays beside it too, with every command.
    console.warn(`gavel: the open mark at closing kept: ${(e as Error).message}`);
  }
  for (const tidy of ['optimize', 'wal_checkpoint(TRUNCATE)']) {
    try {
      db.pragma(tidy);
    } catch (e) {
      console.warn(`gavel: ${tidy} at closing skipped: ${(e as Error).message}`);
    }
  }
  db.close();
}
