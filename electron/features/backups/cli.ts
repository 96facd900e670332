/**
 * `npm run backup -- list|restore FILE [--data-dir DIR]`: the Backups panel's two actions for
 * a terminal, e.g. when the database will not open. A restore is refused, moving nothing, while
 * a Gavel has the database open (a running Gavel restores from its Backups panel instead).
 */
import path from 'node:path';
import { listBackups, restoreBackup, writeBackup, BackupError } from './store';
import { journalRestore } from './restored';
import { Engine } from '../../engine/engine';
import { closeStore, openStore } from '../../store/db';
import { DEFAULT_SERVE_OPTIONS } from '../../server/args';

const DATABASE_FILE = 'gavel.sqlite';
const USAGE = 'Usage: npm run backup -- list [--data-dir DIR]  |  npm run backup -- restore FILE [--data-dir DIR]';

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function runBackupCli(argv: readonly string[], out: (line: string) => void = console.log): number {
  let dataDir = DEFAULT_SERVE_OPTIONS.dataDir;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--data-dir') dataDir = argv[++i] ?? '';
    else if (argv[i].startsWith('--data-dir=')) dataDir = argv[i].slice('--data-dir='.length);
    else rest.push(argv[i]);
  }
  if (!dataDir) return fail(out, '--data-dir needs a value');
  const file = path.resolve(dataDir, DATABASE_FILE);
  const [action, name, ...extra] = rest;
  if (action === 'list' && !name) {
    const all = listBackups(file);
    if (all.length === 0) out(`No backups in ${path.join(path.dirname(file), 'backups')}.`);
    for (const b of all) out(`${b.name}\t${new Date(b.at).toISOString()}\t${formatSize(b.size)}\t${b.reason}`);
    return 0;
  }
  if (action === 'restore' && name && extra.length === 0) {
    try {
      const aside = restoreBackup(file, name);
      out(`Restored ${name} into ${file}.${aside ? ` The previous database is kept as ${aside}.` : ''}`);
      journalOnDisk(file, name, out);
      return 0;
    } catch (e) {
      return fail(out, e instanceof BackupError ? e.message : `restore failed: ${(e as Error).message}`);
    }
  }
  return fail(out, USAGE);
}

/**
 * As the panel's restore does (Keeper.settleRestore): the Activity view says this restore happened,
 * and the restored database is backed up at once ("After a restore"), so a damage before Gavel's
 * next backup is offered this state, not the one just replaced. The restore stands if the database
 * cannot be opened for them.
 */
function journalOnDisk(file: string, name: string, out: (line: string) => void): void {
  try {
    const db = openStore(file);
    try {
      journalRestore(new Engine(db), file, { name, beforeRestore: null, actor: 'system' }, out);
      try {
        out(`Backed up the restored database as ${writeBackup(db, file, 'after-restore').name}.`);
      } catch (e) {
        out(`gavel: the restored database could not be backed up: ${(e as Error).message}`);
      }
    } finally {
      closeStore(db);
    }
  } catch (e) {
    out(`gavel: the restore of ${name} could not be journaled: ${(e as Error).message}`);
  }
}

function fail(out: (line: string) => void, message: string): number {
  out(`gavel: ${message}`);
  return 2;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  process.exitCode = runBackupCli(process.argv.slice(2), (line) => (line.startsWith('gavel:') ? console.error(line) : console.log(line)));
}
