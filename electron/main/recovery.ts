/**
 * What the desktop app does when something broke: a damaged database with a good backup (offer
 * to restore it), a window whose page died (reload it).
 *
 * A window whose page died (its renderer crashed, ran out of memory or was killed) shows
 * nothing but a blank frame: in front of the hall, the console or the projector must come back
 * by itself. Nothing is lost by reloading: the state lives in the main process's engine and the
 * page takes it whole again. A pure decision, tested without Electron.
 */

import { fill, type Lang } from '../../common/strings';
import { formatDateTime } from '../../common/dates';
import { restoreDialog } from '../server/strings';
import type { OpenWhy } from '../features/backups/keeper';

/** The restore button's place in `restoreQuestion`'s buttons: the default; the other (Quit) is the cancel. */
export const RESTORE_BUTTON = 0;

/**
 * The question when the database will not open (`why`: damaged, emptied, or missing beside its
 * backups) and a good backup exists (made at `backupAt`): in the chair's language, the backup's
 * time as the chair's clock reads it, as the Backups panel lists it.
 * Restoring is the default: a damaged file is kept aside; a missing one is not replaced by a new,
 * empty database.
 */
export function restoreQuestion(why: OpenWhy, backupAt: number, lang: Lang) {
  const w = restoreDialog[lang];
  const when = formatDateTime(backupAt, lang, { seconds: true });
  const missing = why === 'missing';
  return {
    message: missing ? w.messageMissing : w.message,
    detail: fill(missing ? w.detailMissing : w.detail, { when }),
    buttons: [w.restore, w.quit],
    defaultId: RESTORE_BUTTON,
    cancelId: 1 - RESTORE_BUTTON,
  };
}

/** Reloads allowed within `CRASH_WINDOW_MS` before giving up, so a page that dies at every load does not spin. */
export const MAX_RELOADS = 3;
export const CRASH_WINDOW_MS = 60_000;

/**
 * Whether to reload after the page's renderer went away for `reason` (Electron's
 * `render-process-gone`), given the times of the reloads already made for that window.
 */
export function reloadAfterGone(reason: string, reloadedAt: readonly number[], now: number): boolean {
  if (reason === 'clean-exit') return false;
  return reloadedAt.filter((t) => now - t < CRASH_WINDOW_MS).length < MAX_RELOADS;
}
