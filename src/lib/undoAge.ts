/** When the console asks before an undo (a plain module, so the rule is tested without a screen). */
import type { UndoOffer } from '../../electron/engine/undo-slice';

/**
 * A step this many minutes old asks before it is taken back: undo is for a slip noticed at
 * once, and an old step can take back a lot (undoing an item's start loses its whole run).
 */
export const ASK_AFTER_MINUTES = 2;

/** How many whole minutes old the step is, when it is old enough to ask first; else null. */
export function ageToAsk(offer: Pick<UndoOffer, 'at'> | null | undefined, now: number): number | null {
  if (!offer) return null;
  const minutes = Math.floor((now - offer.at) / 60_000);
  return minutes >= ASK_AFTER_MINUTES ? minutes : null;
}
