/**
 * A window whose page died (its renderer crashed, ran out of memory or was killed) shows
 * nothing but a blank frame: in front of the hall, the console or the projector must come back
 * by itself. Nothing is lost by reloading: the state lives in the main process's engine and the
 * page takes it whole again. A pure decision, tested without Electron.
 */

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
