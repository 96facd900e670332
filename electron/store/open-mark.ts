/**
 * A mark a Gavel keeps in its database's own file while it has it open (openStore), taken off at a
 * clean close (closeStore). A copy of the file alone that carries it was taken while a Gavel ran,
 * or after one stopped without closing: its latest changes are in the `-wal` beside it (the WAL is
 * folded back only past 16 MB or at a clean close), and a restore of the file alone would silently
 * lose them (backups/store.ts bringInCopy refuses it, in words). Our own backups never carry it.
 */
import type Database from 'better-sqlite3';
import { deleteSetting, setSetting } from './settings';

export const OPEN_SETTING = 'open_since';

/** Marks the database open, in its main file at once (a checkpoint), not only in its -wal: a copy of the file alone says so. */
export function markOpen(db: Database.Database, at = Date.now()): void {
  setSetting(db, OPEN_SETTING, at);
  db.pragma('wal_checkpoint(PASSIVE)');
}

/** Takes the mark off: at a clean close, and in a copy that is whole (a backup, a copy with its -wal folded in). */
export function unmarkOpen(db: Database.Database): void {
  deleteSetting(db, OPEN_SETTING);
}

/** Whether a database carries the mark. A database without the setting table carries none. */
export function markedOpen(db: Database.Database): boolean {
  try {
    return db.prepare('SELECT 1 FROM setting WHERE key = ?').get(OPEN_SETTING) !== undefined;
  } catch {
    return false;
  }
}
