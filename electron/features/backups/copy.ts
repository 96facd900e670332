/**
 * A copy of a backup taken away from the laptop (a USB stick, the office's shared folder): the
 * file name it is offered under, the backup it may be made of (only one the keeper lists, by its
 * name, never a path a console sends), and writing it where the user chose (the desktop app's save
 * dialog). Browser mode sends the same file as a download (routes.ts).
 */
import Database from 'better-sqlite3';
import path from 'node:path';
import { unmarked } from '../../../common/fold';
import type { Lang } from '../../../common/strings';
import { copyFileDurably } from '../../store/durable-file';
import { backupsDir, checkFile, listBackups } from './store';
import { localDate } from '../../../common/dates';

/** What a copy needs: the backup's file (checked when it was written, never written to after) and the name to offer. */
export interface BackupCopy {
  file: string;
  fileName: string;
}

/** "Hội đồng nhân dân xã Lương Sơn" → "HDND-xa-Luong-Son": ASCII letters and digits, words joined by dashes. */
export function asciiWords(text: string): string {
  return unmarked(text.replace(/h[ộo]i đồng nhân dân/giu, 'HĐND'))
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * The name a copy is offered under: council, session, day and time of the backup (local time, as
 * the panel lists it), ASCII only so every file system, USB stick and mail program keeps it:
 * `gavel-HDND-xa-Luong-Son-ky-hop-3-2026-12-08-1730.sqlite` (`session-3` in English).
 */
export function copyFileName(of: { council: string | null; session: number | null; at: number }, lang: Lang): string {
  const d = new Date(of.at);
  const council = of.council ? asciiWords(of.council) : '';
  const session = of.session === null ? '' : `${lang === 'vi' ? 'ky-hop' : 'session'}-${of.session}`;
  const when = `${localDate(of.at)}-${two(d.getHours())}${two(d.getMinutes())}`;
  return ['gavel', council, session, when].filter(Boolean).join('-') + '.sqlite';
}

/** The council and the session selected in a backup, read from the backup itself: a copy of yesterday's names yesterday's session. */
function namedIn(file: string, nativeBinding?: string): { council: string | null; session: number | null } {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
    const council = (db.prepare('SELECT name FROM council WHERE id = 1').pluck().get() as string | undefined) ?? null;
    const current = db.prepare("SELECT value FROM setting WHERE key = 'current_session_id'").pluck().get() as string | undefined;
    const session = current === undefined ? undefined : (db.prepare('SELECT number FROM session WHERE id = ?').pluck().get(Number(JSON.parse(current))) as number | undefined);
    return { council, session: session ?? null };
  } catch {
    // A name without the council is still a good name; the copy itself is checked apart.
    return { council: null, session: null };
  } finally {
    db?.close();
  }
}

/** The backup named `name` among those listed beside `dbFile`, with the name to offer; null for any other name. */
export function backupCopy(dbFile: string, name: string, lang: Lang, nativeBinding?: string): BackupCopy | null {
  const listed = listBackups(dbFile).find((b) => b.name === name);
  if (!listed) return null;
  const file = path.join(backupsDir(dbFile), listed.name);
  return { file, fileName: copyFileName({ ...namedIn(file, nativeBinding), at: listed.at }, lang) };
}

/**
 * Writes a copy of a backup to `target` (the desktop app's save dialog chose it): to a temporary
 * name beside it, flushed to the disk, checked with integrity_check, then renamed and the folder
 * flushed (store/durable-file.ts), so "saved" is said only once a stick pulled out at once keeps
 * the whole copy, and a stick pulled out mid-copy leaves no half file under the offered name.
 * Throws the file system's error (EACCES, ENOSPC, EROFS…).
 */
export function writeCopy(source: string, target: string, nativeBinding?: string): void {
  copyFileDurably(source, target, {
    check: (partial) => {
      if (!checkFile(partial, nativeBinding)) throw Object.assign(new Error(`the copy at ${partial} fails its integrity check`), { code: 'EIO' });
    },
  });
}
