/**
 * `npm run backup -- list|restore FILE [--data-dir DIR] [--lang vi|en] [--without-wal]`: the Backups panel's two
 * actions for a terminal (FILE: a backup's name, or a copy saved away earlier, by its path), e.g. when the database will not open; every line it prints is in the
 * language asked (English unless told). A restore is refused, moving nothing, while a Gavel has the database open (a running Gavel restores from its Backups panel
 * instead). As the panel's, it first backs up what is there ("Before a restore"), and is refused if
 * that copy cannot be written.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { fill, type Lang } from '../../../common/strings';
import { formatDateTime } from '../../../common/dates';
import { backupsDir, bringInCopy, listBackups, outsideCopy, refuseInUse, removeBackup, usableBackup, writeBackup, BackupError, type BackupInfo, type BringIn, type HeldTimer, type HeldTimers } from './store';
import { restoreBackup } from './restore';
import { journalRestore } from './restored';
import { backupFailedError } from './keeper';
import { cliWords } from './cli-strings';
import { en as reasonsEn, vi as reasonsVi } from '../../../common/backups/labels';
import { PERIODIC_BACKUP_MINUTES } from '../../../common/limits';
import { heldTimersText } from '../../../common/backups/held';
import { EngineError } from '../../engine/errors';
import { Engine } from '../../engine/engine';
import { closeStore, openStore, quickCheck } from '../../store/db';
import { DEFAULT_SERVE_OPTIONS } from '../../server/args';

const DATABASE_FILE = 'gavel.sqlite';
const reasons = { en: reasonsEn, vi: reasonsVi };

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function runBackupCli(argv: readonly string[], out: (line: string) => void = console.log): number {
  let dataDir = DEFAULT_SERVE_OPTIONS.dataDir;
  let lang: string = 'en';
  let withoutWal = false;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--data-dir') dataDir = argv[++i] ?? '';
    else if (argv[i].startsWith('--data-dir=')) dataDir = argv[i].slice('--data-dir='.length);
    else if (argv[i] === '--lang') lang = argv[++i] ?? '';
    else if (argv[i].startsWith('--lang=')) lang = argv[i].slice('--lang='.length);
    // The panel's "Restore what this file holds anyway": a copy taken while open whose -wal is lost (store.ts BringIn).
    else if (argv[i] === '--without-wal') withoutWal = true;
    else rest.push(argv[i]);
  }
  if (lang !== 'vi' && lang !== 'en') return fail(out, `${fill(cliWords.vi.badLang, { lang })} / ${fill(cliWords.en.badLang, { lang })}`);
  const w = cliWords[lang];
  if (!dataDir) return fail(out, w.dataDirValue);
  const file = path.resolve(dataDir, DATABASE_FILE);
  const [action, name, ...extra] = rest;
  if (action === 'list' && !name) {
    const all = listBackups(file);
    if (all.length === 0) out(fill(w.noBackups, { dir: backupsDir(file) }));
    // The time and the reason as the Backups panel says them (local time); the name first, as `restore` takes it.
    for (const b of all) out(`${b.name}\t${formatDateTime(b.at, lang, { seconds: true })}\t${formatSize(b.size)}\t${fill(reasons[lang][`backups.reason.${b.reason}`], { n: PERIODIC_BACKUP_MINUTES })}`);
    return 0;
  }
  if (action === 'restore' && name && extra.length === 0) return restore(file, name, lang, out, { withoutWal });
  return fail(out, w.usage);
}

function restore(file: string, name: string, lang: Lang, out: (line: string) => void, o: BringIn): number {
  const w = cliWords[lang];
  let before: BackupInfo | null;
  let aside: string | null;
  // A copy saved away ("Save a copy…", on a USB stick) is brought in among the backups first,
  // once checked, so it is restored, listed and undone as any backup.
  const outside = outsideCopy(file, name);
  let broughtIn: BackupInfo | null = null;
  const held: HeldTimers = { timers: [] };
  try {
    // Refused before anything is written: a wrong name, a damaged backup, a running Gavel.
    if (outside) {
      refuseInUse(file);
      broughtIn = bringInCopy(file, outside, Date.now(), undefined, o);
      name = broughtIn.name;
    }
    usableBackup(file, name);
    refuseInUse(file);
    before = backupBeforeRestore(file);
    aside = restoreBackup(file, name, Date.now(), undefined, held);
  } catch (e) {
    // Nothing restored: the copy brought in for it goes too.
    if (broughtIn) removeBackup(file, broughtIn.name);
    return fail(out, refusal(e, file, outside ?? name, lang));
  }
  const listed = reasons[lang]['backups.reason.before-restore'];
  if (outside) out(fill(w.broughtIn, { file: outside, name, listed: reasons[lang]['backups.reason.brought-in'] }));
  out([fill(w.restored, { name, file }), aside ? fill(w.keptAside, { aside }) : ''].filter(Boolean).join(' '));
  if (before) out(fill(w.beforeRestore, { before: before.name, listed }));
  else if (aside) out(fill(w.unreadable, { listed }));
  // The clocks that were running in the copy wait paused for the chair (restore.ts): said, so the office is not surprised.
  if (held.timers.length) out(fill(w.held, { list: heldTimersText(held.timers, lang) }));
  journalOnDisk(file, name, before?.name ?? null, held.timers, lang, out);
  return 0;
}

/**
 * Why a restore was refused, in the language asked: the console's sentence where it refuses the
 * same thing (a backup missing, damaged, not Gavel's, too new, or a copy that cannot be written),
 * with where the backups are for a name not found; the terminal's own for a running Gavel, which
 * the console meets otherwise.
 */
function refusal(e: unknown, file: string, name: string, lang: Lang): string {
  const w = cliWords[lang];
  if (e instanceof EngineError) return e.toReply(lang).message;
  if (!(e instanceof BackupError)) return fill(w.restoreFailed, { why: (e as Error).message });
  if (e.code === 'database-in-use') return fill(w.inUse, { file });
  const said = new EngineError(e.code, { name }).messageIn(lang);
  if (e.code === 'backup-wal-missing') return `${said} ${w.withoutWal}`;
  return e.code === 'backup-missing' ? `${said} ${fill(w.whereBackups, { dir: backupsDir(file) })}` : said;
}

/**
 * As the panel's restore does (Keeper.restore): a checked copy of what is there now, listed as
 * "Before a restore", so the restore is undone by restoring it; an EngineError (the console's
 * sentence) when it cannot be written, and nothing is restored. A database missing, empty or
 * damaged past reading (what this command is mostly for) has nothing to copy: null, and the
 * restore keeps the file itself aside.
 */
function backupBeforeRestore(file: string): BackupInfo | null {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return null;
  let db: Database.Database | null = null;
  try {
    // Read-write, as Gavel opens it: after a kill -9 what its -wal holds is part of it.
    db = new Database(file, { fileMustExist: true });
    if (quickCheck(db) !== 'ok') throw new Error('damaged');
  } catch {
    db?.close();
    return null;
  }
  try {
    return writeBackup(db, file, 'before-restore');
  } catch (e) {
    throw backupFailedError(file, e as NodeJS.ErrnoException, 'restore-unprotected');
  } finally {
    db.close();
  }
}

/**
 * As the panel's restore does (Keeper.settleRestore): the Activity view says this restore happened,
 * and the restored database is backed up at once ("After a restore"), so a damage before Gavel's
 * next backup is offered this state, not the one just replaced. The restore stands if the database
 * cannot be opened for them.
 */
function journalOnDisk(file: string, name: string, beforeRestore: string | null, held: readonly HeldTimer[], lang: Lang, out: (line: string) => void): void {
  const w = cliWords[lang];
  try {
    const db = openStore(file);
    try {
      journalRestore(new Engine(db), file, { name, beforeRestore, actor: 'system', held }, out, lang);
      try {
        out(fill(w.backedUp, { name: writeBackup(db, file, 'after-restore').name }));
      } catch (e) {
        out(`gavel: ${fill(w.notBackedUp, { why: (e as Error).message })}`);
      }
    } finally {
      closeStore(db);
    }
  } catch (e) {
    out(`gavel: ${fill(w.notJournaled, { name, why: (e as Error).message })}`);
  }
}

function fail(out: (line: string) => void, message: string): number {
  out(`gavel: ${message}`);
  return 2;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  // `npm run backup -- list | head`: a reader that stops early is not an error (no stack trace).
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  process.exitCode = runBackupCli(process.argv.slice(2), (line) => (line.startsWith('gavel:') ? console.error(line) : console.log(line)));
}
