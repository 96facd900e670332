/**
 * Keeps the session's database safe while the app runs: opens it (refusing damaged files with
 * the newest good backup named), takes backups when a sitting opens, suspends or closes and
 * every 10 minutes while one is open, restores a backup by reopening the engine on it, and
 * answers the console's maintenance requests (backups, the Activity journal). Used the same
 * way by browser mode (server/cli.ts) and the desktop app (main.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Engine } from '../../engine/engine';
import type { Clock } from '../../engine/clock';
import { readActivity, type Activity } from '../activity/store';
import { journalRestore } from './restored';
import { EngineError, localized } from '../../engine/errors';
import { backupWhy, openRefusal } from '../../server/strings';
import { fill, type Lang } from '../../../common/strings';
import { formatDateTime } from '../../../common/dates';
import { LATEST_VERSION } from '../../store/migrations/index';
import type { AdminRequest, Reply } from '../../engine/protocol';
import { BackupError, backupsDir, bringInCopy, removeBackup, dropLeftoverPartials, listBackups, usableBackup, backupToOffer, settleInterruptedRestore, writeBackup, type BackupFailure, type BackupInfo, type BackupReason, type BringIn, type HeldTimer, type HeldTimers } from './store';
import { backupCopy, type BackupCopy } from './copy';
import { restoreBackup } from './restore';
import { closeStore, openStore, StoreOpenError, type Db } from '../../store/db';
import { lastRevision } from '../../store/journal';
import { getOpenVote } from '../votes/store';
import { getOpenPersonnelVote } from '../personnel/store';
import { PERIODIC_BACKUP_MINUTES } from '../../../common/limits';

/** While a sitting is open, a backup this often. */
export const PERIODIC_BACKUP_MS = PERIODIC_BACKUP_MINUTES * 60_000;
/**
 * How long after the start (or a restore) the periodic schedule is first looked at: the console
 * and the hall connect first, and a backup overdue is written then, not in the start's path.
 */
export const PERIODIC_FIRST_LOOK_MS = 10_000;

/**
 * What the periodic schedule counts from: the newest periodic copy on disk, so the schedule
 * survives restarts (counted from each start instead, an app restarted every few minutes, a crash
 * loop or a chair closing and reopening it, would never write one); before the first periodic
 * copy, the newest backup of any kind (the sitting's opening, say); in a folder with no backup
 * at all, the start (`startedAt`), as before.
 */
export function periodicAnchor(backups: readonly Pick<BackupInfo, 'at' | 'reason'>[], startedAt: number): number {
  const newest = (list: readonly Pick<BackupInfo, 'at'>[]) => list.reduce<number | null>((m, b) => (m === null || b.at > m ? b.at : m), null);
  return newest(backups.filter((b) => b.reason === 'periodic')) ?? newest(backups) ?? startedAt;
}

/**
 * How long from `now` until the next periodic backup is due: a period after `anchor`
 * (periodicAnchor). 0: due now (overdue). An anchor dated after `now` (the clock set back since)
 * waits one period, never longer.
 */
export function periodicWait(anchor: number, now: number, periodMs = PERIODIC_BACKUP_MS): number {
  return Math.min(Math.max(anchor + periodMs - now, 0), periodMs);
}

/** The sitting in progress in a state, if any (one at a time). */
const openSittingOf = (engine: Engine): number | null => engine.current.sittings.find((s) => s.status === 'open')?.id ?? null;

/**
 * Why a backup is due after a command, read from the sitting in progress before and after it: a
 * sitting opened or resumed (by its own command, or by the chair starting one of its items, the
 * usual way a morning begins), or suspended or closed (by its command, or by an item of another
 * sitting started). The command's name alone missed the item started with Space.
 */
export function sittingBackupReason(before: number | null, after: number | null): BackupReason | null {
  if (after !== null && after !== before) return 'sitting-open';
  if (before !== null && after === null) return 'sitting-close';
  return null;
}

export interface KeeperOptions {
  nativeBinding?: string;
  /** The engine's clock (tests use a manual one). */
  clock?: () => Clock;
  log?: (line: string) => void;
}

/** Why the database was not opened: the store's reasons, and an emptied file beside backups. */
export type OpenWhy = StoreOpenError['code'] | 'emptied';

/**
 * Thrown when the database cannot be opened: what happened (`why`), the backup to restore
 * (`backup`), and the copy a restore set aside if it is newer (`setAside`, a second choice). Its
 * message is the English sentence; `sentence(lang)` says it in either language.
 */
export class OpenRefused extends Error {
  constructor(
    readonly cause: StoreOpenError,
    readonly why: OpenWhy,
    readonly file: string,
    readonly backup: BackupInfo | null,
    readonly setAside: BackupInfo | null,
  ) {
    super('');
    this.message = this.sentence('en');
  }

  /** What is wrong with the file, without what to do about it (the desktop app's error box). */
  reason(lang: Lang): string {
    return fill(openRefusal[lang][this.why], { file: this.file, version: this.cause.version ?? '?', latest: LATEST_VERSION, why: fileSystemWhy(this.cause.fsCode ?? 'other', lang) });
  }

  /** What is wrong, and the backup to restore with the command that restores it. */
  sentence(lang: Lang): string {
    const w = openRefusal[lang];
    // As the Backups panel and `npm run backup -- list` say it: local time, in the language asked.
    const when = (b: BackupInfo) => formatDateTime(b.at, lang, { seconds: true });
    const dir = path.dirname(path.resolve(this.file));
    const parts = [this.reason(lang)];
    if (this.backup) parts.push(fill(w.offer, { name: this.backup.name, when: when(this.backup), dir }));
    else if (this.cause.code === 'damaged' || this.cause.code === 'missing') parts.push(w.none);
    if (this.setAside) parts.push(fill(w.setAside, { aside: this.setAside.name, when: when(this.setAside) }));
    return parts.join(' ');
  }
}

/** Browser mode's one line when the database will not open, in the terminal's language. */
export function cannotOpenLine(file: string, error: unknown, lang: Lang): string {
  return fill(openRefusal[lang]['cannot-open'], { file, why: error instanceof OpenRefused ? error.sentence(lang) : (error as Error).message });
}

/** `written`: the backup `backups.now` took (the panel's "Save a copy of the current state" saves it). */
/** `heldTimers`: how many timers running in the restored backup were paused at what they had run when it was taken (restore.ts); the journal names them. */
export type AdminValue = { backups: BackupInfo[]; failed: BackupFailure | null; written?: string; keptAside?: string | null; beforeRestore?: string | null; heldTimers?: number } | Activity;
export type { BackupFailure };

/**
 * A database file emptied (a copy cut off, a disk that filled, a sync program) or missing (moved,
 * renamed, deleted) beside Gavel's backups of it: SQLite would open it as a new database, and
 * Gavel would start an empty session in front of the hall, the records apparently gone. Refused,
 * so the newest good backup is named (and offered by the desktop app). Gavel itself never leaves
 * an empty file: a new database gets its schema as it is created. An empty or missing file with no
 * backups is a first start.
 */
function withoutData(file: string): 'emptied' | 'missing' | null {
  const size = fs.statSync(file, { throwIfNoEntry: false })?.size;
  if ((size !== undefined && size > 0) || listBackups(file).length === 0) return null;
  return size === 0 ? 'emptied' : 'missing';
}

export class Keeper {
  db: Db;
  engine: Engine;
  private unsubscribe: () => void = () => {};
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** The revision the last backup holds (or the one found at opening): later changes call for another. */
  private backedUpAt = -1;
  private readonly log: (line: string) => void;
  /** The last backup that failed, while none has been written since (the panel says so, and why). */
  private lastFailure: { at: number; reason: BackupReason; error: NodeJS.ErrnoException } | null = null;
  /** Called with the new engine after a restore: screens must be given its state. */
  onSwap: (engine: Engine) => void = () => {};
  /** Told when a backup fails, and when one is written after a failure (every console's warning). */
  private readonly health = new Set<(failed: BackupFailure | null) => void>();

  constructor(
    readonly file: string,
    private readonly opts: KeeperOptions = {},
  ) {
    this.log = opts.log ?? ((line) => console.warn(line));
    this.db = Keeper.openOrExplain(file, opts.nativeBinding);
    this.engine = this.newEngine();
  }

  /** Opens the database, or throws OpenRefused whose message names the newest good backup. */
  static openOrExplain(file: string, nativeBinding?: string): Db {
    settleInterruptedRestore(file);
    dropLeftoverPartials(file);
    const lost = withoutData(file);
    try {
      if (lost) throw new StoreOpenError(lost === 'emptied' ? 'damaged' : 'missing', `${file} is ${lost === 'emptied' ? 'empty (0 bytes)' : 'missing'} although Gavel has backups of it.`);
      return openStore(file, { nativeBinding });
    } catch (e) {
      if (!(e instanceof StoreOpenError)) throw e;
      const { offer, setAside } = e.code === 'damaged' || e.code === 'missing' ? backupToOffer(file, nativeBinding) : { offer: null, setAside: null };
      throw new OpenRefused(e, lost ?? e.code, file, offer, setAside);
    }
  }

  private newEngine(): Engine {
    const engine = this.opts.clock ? new Engine(this.db, this.opts.clock()) : new Engine(this.db);
    // After the command's reply has gone: a backup takes milliseconds the chair need not wait for.
    let openSitting = openSittingOf(engine);
    this.unsubscribe = engine.subscribe(() => {
      const before = openSitting;
      openSitting = openSittingOf(engine);
      const reason = sittingBackupReason(before, openSitting);
      if (reason) setImmediate(() => engine === this.engine && this.backup(reason));
    });
    this.backedUpAt = engine.current.revision;
    this.schedulePeriodic(engine, PERIODIC_FIRST_LOOK_MS);
    return engine;
  }

  /**
   * The periodic backup, looked at after `delay`: due PERIODIC_BACKUP_MS after the newest periodic
   * copy on disk (periodicAnchor, periodicWait), whenever Gavel was started (`startedAt`). When due: while a sitting is open,
   * written; otherwise (an evening of preparation) written if something changed since the last
   * backup, so a template applied or a roster imported is kept too. Then looked at again a period
   * later.
   */
  private schedulePeriodic(engine: Engine, delay: number, startedAt = Date.now()): void {
    this.timer = setTimeout(() => {
      if (engine !== this.engine) return;
      let backups: BackupInfo[] = [];
      try {
        backups = listBackups(this.file);
      } catch {
        // The folder unreadable: counted from the start, and the backup's own failure says why (the panel's warning).
      }
      const wait = periodicWait(periodicAnchor(backups, startedAt), Date.now());
      if (wait > 0) return this.schedulePeriodic(engine, wait, startedAt);
      if (this.sittingOpen() || engine.current.revision !== this.backedUpAt) this.backup('periodic');
      this.schedulePeriodic(engine, PERIODIC_BACKUP_MS, startedAt);
    }, delay);
    this.timer.unref();
  }

  private sittingOpen(): boolean {
    return this.db.prepare("SELECT 1 FROM sitting WHERE status = 'open' LIMIT 1").get() !== undefined;
  }

  /** Takes a backup now; a failure is logged, never thrown into a command's path. */
  backup(reason: BackupReason): BackupInfo | null {
    try {
      const revision = this.engine?.current.revision;
      const written = writeBackup(this.db, this.file, reason);
      if (revision !== undefined) this.backedUpAt = revision;
      const wasFailing = this.lastFailure !== null;
      this.lastFailure = null;
      if (wasFailing) this.tellHealth();
      return written;
    } catch (e) {
      this.lastFailure = { at: Date.now(), reason, error: e as NodeJS.ErrnoException };
      this.log(`gavel: backup (${reason}) failed: ${(e as Error).message}`);
      this.tellHealth();
      return null;
    }
  }

  /** Follows whether the last backup failed: `listener` gets the failure, or null once a backup is written again. */
  onHealth(listener: (failed: BackupFailure | null) => void): () => void {
    this.health.add(listener);
    return () => this.health.delete(listener);
  }

  private tellHealth(): void {
    const failed = this.failed();
    for (const listener of this.health) listener(failed);
  }

  /** A listed backup to save a copy of, by its name only (never a path), with the file name to offer; null for any other name. */
  copyOf(name: string, lang: Lang): BackupCopy | null {
    return backupCopy(this.file, name, lang, this.opts.nativeBinding);
  }

  list(): BackupInfo[] {
    return listBackups(this.file);
  }

  /**
   * Puts a backup in place: the engine stops, the current file is kept aside, the engine
   * reopens on the restored copy and every screen is handed its state (onSwap). If the
   * backup cannot be used, the current database is reopened unchanged.
   */
  restore(name: string, actor = 'system'): { keptAside: string | null; beforeRestore: string | null; heldTimers: number } {
    this.refuseWhileVoteOpen();
    // Checked before anything stops: a wrong name leaves the session running untouched.
    usableBackup(this.file, name, this.opts.nativeBinding);
    // A checked copy of what is there now, listed with the backups: a mistaken restore is
    // undone from the panel by restoring it (the file kept aside stays as the last resort).
    // Without it, what is there now could only be got back by hand from the file kept aside: a
    // restore the office could not undo from the panel is refused, with the reason the copy failed.
    const before = this.backup('before-restore');
    if (!before) throw this.backupFailed('restore-unprotected');
    this.stop();
    closeStore(this.db);
    let keptAside: string | null = null;
    let restored = false;
    const held: HeldTimers = { timers: [] };
    try {
      keptAside = restoreBackup(this.file, name, Date.now(), this.opts.nativeBinding, held);
      restored = true;
    } finally {
      this.db = openStore(this.file, { nativeBinding: this.opts.nativeBinding });
      this.engine = this.newEngine();
      if (restored) this.settleRestore(name, before?.name ?? null, actor, held.timers);
      this.onSwap(this.engine);
    }
    this.log(`gavel: restored ${name}; the previous database is kept as ${keptAside}${before ? ` and backed up as ${before.name}` : ''}`);
    return { keptAside, beforeRestore: before?.name ?? null, heldTimers: held.timers.length };
  }

  /** A vote under way would vanish from the hall mid-count: it is closed or cancelled before any restore. */
  private refuseWhileVoteOpen(): void {
    const open = getOpenVote(this.db)?.resolutionTitle ?? getOpenPersonnelVote(this.db)?.title;
    if (open !== undefined) throw new EngineError('restore-vote-open', { title: open });
  }

  /**
   * Restores a copy saved away earlier and chosen in the panel (`file`: the server's temporary
   * file of the upload, upload.ts; `label`: the name the chair chose it by, only ever said): as
   * the command line does, it is checked and brought in among the backups ("Brought in"), then
   * restored as any backup, "Before a restore" first. Refused with the console's sentence, and
   * nothing written, when it is not a Gavel database, damaged, from a newer Gavel, or a vote is open.
   * `o.withoutWal`: a copy taken while open, without its -wal, restored for what it holds (store.ts BringIn).
   */
  restoreFile(file: string, label: string, lang: Lang, actor = 'system', o: BringIn = {}): Reply {
    let broughtIn: BackupInfo | null = null;
    try {
      // Before anything is copied: a vote open refuses the restore as the list's does.
      this.refuseWhileVoteOpen();
      broughtIn = bringInCopy(this.file, file, Date.now(), this.opts.nativeBinding, o);
      const { keptAside, beforeRestore, heldTimers } = this.restore(broughtIn.name, actor);
      return { ok: true, revision: this.engine.current.revision, value: { backups: this.list(), failed: this.failed(), keptAside, beforeRestore, heldTimers } };
    } catch (e) {
      // Nothing restored: the copy brought in for it goes too.
      if (broughtIn) removeBackup(this.file, broughtIn.name);
      const error = e instanceof BackupError ? new EngineError(e.code, { name: label }) : e instanceof EngineError ? e : new EngineError('internal');
      if (!(e instanceof EngineError) && !(e instanceof BackupError)) console.error('gavel: restore from a file failed', e);
      return { ok: false, error: error.toReply(lang) };
    }
  }

  /**
   * Right after a backup was put in place (by the panel, or by the desktop app's offer when the
   * database would not open), before the screens get it: the restored journal ends where the
   * backup was taken, so its next entry says a restore put it there, by whom, and where what it
   * replaced went; then a backup of the restored database ("After a restore"), so a damage soon
   * after is offered the state the office chose, not the newer one it left ("Before a restore").
   */
  settleRestore(name: string, beforeRestore: string | null, actor = 'system', held: readonly HeldTimer[] = []): void {
    journalRestore(this.engine, this.file, { name, beforeRestore, actor, held }, this.log);
    this.backup('after-restore');
  }

  /** The sentence of the backup that failed last (by hand, or before a restore). */
  private backupFailed(sentence: 'backup-failed' | 'restore-unprotected' = 'backup-failed'): EngineError {
    return backupFailedError(this.file, this.lastFailure?.error ?? null, sentence);
  }

  /** The last backup that failed, while none has been written since, for the panel and every console's warning. */
  failed(): BackupFailure | null {
    if (!this.lastFailure) return null;
    const { at, reason } = this.lastFailure;
    return { at, reason, text: this.backupFailed().toReply('en').text! };
  }

  /** Answers a maintenance request; a refusal is an EngineError with a sentence per language. */
  /** `actor`: who asked, as the journal names a command's sender (the restore is journaled under it). */
  admin(req: AdminRequest, actor = 'system'): AdminValue {
    switch (req.op) {
      case 'backups.list':
        return { backups: this.list(), failed: this.failed() };
      case 'backups.now': {
        const written = this.backup('manual');
        if (!written) throw this.backupFailed();
        return { backups: this.list(), failed: null, written: written.name };
      }
      case 'backups.restore': {
        try {
          const { keptAside, beforeRestore, heldTimers } = this.restore(req.name, actor);
          return { backups: this.list(), failed: this.failed(), keptAside, beforeRestore, heldTimers };
        } catch (e) {
          if (e instanceof BackupError) throw new EngineError(e.code, { name: req.name });
          throw e;
        }
      }
      case 'activity.read':
        return readActivity(this.db, req.limit);
    }
  }

  /**
   * For the last-resort uncaughtException handler: every acknowledged command is committed,
   * so the question is only whether the engine's copy of the state is whole. It is when no
   * transaction is open and the published revision is the journal's last row.
   */
  stateIntact(): boolean {
    return this.db.open && !this.db.inTransaction && lastRevision(this.db) === this.engine.current.revision;
  }

  private stop(): void {
    this.unsubscribe();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  close(): void {
    this.stop();
    closeStore(this.db);
  }
}

/**
 * The console's maintenance channel as a Reply, like a command's: a refusal is a sentence in
 * the console's language, an unexpected failure is logged and worded as `internal`.
 */
export function adminReply(keeper: Keeper, raw: unknown, lang: Lang, actor = 'system'): Reply {
  try {
    const request = parseAdminRequest(raw);
    if (!request) throw new EngineError('admin-unknown');
    const value = keeper.admin(request, actor);
    return { ok: true, revision: keeper.engine.current.revision, value };
  } catch (e) {
    const error = e instanceof EngineError ? e : new EngineError('internal');
    if (!(e instanceof EngineError)) console.error('gavel: maintenance request failed', e);
    return { ok: false, error: error.toReply(lang) };
  }
}

/** Reads a maintenance request from the wire; null when it is not one. */
export function parseAdminRequest(raw: unknown): AdminRequest | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (r.op === 'backups.list' || r.op === 'backups.now') return { op: r.op };
  if (r.op === 'backups.restore' && typeof r.name === 'string' && r.name.length < 200) return { op: r.op, name: r.name };
  // A whole number of entries, else the default: SQLite refuses a fractional LIMIT.
  if (r.op === 'activity.read') return { op: r.op, limit: Number.isSafeInteger(r.limit) ? (r.limit as number) : undefined };
  return null;
}

/** Why the file system refused a write, in words and what to do (a read-only or full disk, no permission), as a backup's failure says it. */
function fileSystemWhy(raw: string, lang: Lang): string {
  const code = raw === 'EPERM' ? 'EACCES' : raw === 'EEXIST' ? 'ENOTDIR' : raw;
  return (backupWhy[lang][code as keyof (typeof backupWhy)['en']] ?? backupWhy[lang].other).replace('{code}', raw);
}

/**
 * The sentence of a backup of `dbFile` that failed with `error` (by hand, or before a restore,
 * in the console or on the command line): the folder, and why in words.
 */
export function backupFailedError(dbFile: string, error: NodeJS.ErrnoException | null, sentence: 'backup-failed' | 'restore-unprotected' = 'backup-failed'): EngineError {
  const dir = backupsDir(dbFile);
  return localized(sentence, (l) => ({ dir, why: fileSystemWhy(error?.code ?? 'other', l) }));
}
