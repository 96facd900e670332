/**
 * "Save a copy…" of a backup in the desktop app: the save dialog's options, where a copy may go,
 * and the whole save, with the dialog passed in, so main.ts only shows the dialog and every
 * decision is tested without Electron (tests/unit/main/backup-copy.test.ts).
 */
import path from 'node:path';
import type { Lang } from '../../common/strings';
import type { CopyReply } from '../engine/protocol';
import { EngineError, localized } from '../engine/errors';
import { copyWhy } from '../server/strings';
import { writeCopy, type BackupCopy } from '../features/backups/copy';
import { backupsDir } from '../features/backups/store';

const DIALOG = {
  en: { title: 'Save a copy of the backup', button: 'Save copy', filter: 'Gavel database (SQLite)' },
  vi: { title: 'Lưu bản sao của bản sao lưu', button: 'Lưu bản sao', filter: 'Cơ sở dữ liệu Gavel (SQLite)' },
} as const;

/** Electron's SaveDialogOptions for a copy offered as `fileName` in `folder` (the user's Documents). */
export function saveDialogOptions(fileName: string, lang: Lang, folder: string) {
  const w = DIALOG[lang];
  return {
    title: w.title,
    buttonLabel: w.button,
    defaultPath: path.join(folder, fileName),
    filters: [{ name: w.filter, extensions: ['sqlite'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
  };
}

/**
 * Where the copy is written: the path chosen, with `.sqlite` added when the name has no extension
 * (a name typed over on Linux keeps none); null when it is Gavel's own database (or its -wal,
 * -shm), anything in its backups folder, or a file Gavel keeps beside the database: a copy
 * written there would overwrite the running session or a backup.
 */
export function copyTarget(chosen: string, dbFile: string): string | null {
  const file = path.resolve(path.extname(chosen) ? chosen : `${chosen}.sqlite`);
  const data = path.dirname(path.resolve(dbFile));
  const inside = (dir: string) => file === dir || file.startsWith(dir + path.sep);
  if (inside(backupsDir(dbFile))) return null;
  if (path.dirname(file) === data && path.basename(file).startsWith(path.basename(dbFile))) return null;
  if (path.dirname(file) === data && path.basename(file).startsWith('gavel-before-restore-')) return null;
  return file;
}

/**
 * Saves a copy of the backup `name` where the user chooses: `copyOf` finds it among the listed
 * backups (Keeper.copyOf), `choose` asks where (the save dialog; null when cancelled).
 */
export async function saveCopyAs(
  name: string,
  lang: Lang,
  opts: { copyOf: (name: string, lang: Lang) => BackupCopy | null; dbFile: string; choose: (fileName: string) => Promise<string | null>; nativeBinding?: string },
): Promise<CopyReply> {
  const copy = opts.copyOf(name, lang);
  if (!copy) return { ok: false, error: new EngineError('backup-missing', { name }).toReply(lang) };
  const chosen = await opts.choose(copy.fileName);
  if (chosen === null) return { ok: true, saved: null };
  const target = copyTarget(chosen, opts.dbFile);
  if (!target) return { ok: false, error: new EngineError('copy-over-own', { file: chosen }).toReply(lang) };
  try {
    writeCopy(copy.file, target, opts.nativeBinding);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'other';
    const known = code === 'EPERM' ? 'EACCES' : code;
    return {
      ok: false,
      error: localized('copy-failed', (l) => ({ file: target, why: (copyWhy[l][known as keyof (typeof copyWhy)['en']] ?? copyWhy[l].other).replace('{code}', code) })).toReply(lang),
    };
  }
  return { ok: true, saved: target };
}
