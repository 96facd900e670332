/**
 * Closing the console in the middle of a sitting, by a stray click on its ✕ or Alt+F4 in front
 * of the hall, asks first. Nothing would be lost (every command is committed), but the chair's
 * screen would be gone while the hall waits. A pure decision, tested without Electron.
 */
import type { Lang } from '../../common/strings';
import { sittingInProgress, type SittingStatus } from '../../common/timing/model';
import { closeDialog } from '../server/strings';

export interface CloseQuestion {
  message: string;
  detail: string;
  /** [close, keep]: keep is the default and what Esc chooses. */
  buttons: [string, string];
}

/** The question to ask before the console closes, or null to close at once (no sitting open or on a break). */
export function closeConsoleQuestion(sittings: readonly { status: SittingStatus }[], lang: Lang): CloseQuestion | null {
  if (!sittingInProgress(sittings)) return null;
  const w = closeDialog[lang];
  return { message: w.message, detail: w.detail, buttons: [w.close, w.keep] };
}
