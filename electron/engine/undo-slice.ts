import type { Db } from '../store/db';
import { getCurrentSessionId } from '../features/council/sessions';
import { latestUndoSteps, type UndoLabel, type UndoStep } from '../store/undo';

/** What `undo { scope }` would take back, per scope, for the current session: the label as data. */
export type UndoOffer = UndoLabel & { id: number; at: number };

export const undoSlices = {
  undo: (db: Db): Record<string, UndoOffer> => {
    const current = getCurrentSessionId(db);
    const offers: Record<string, UndoOffer> = {};
    for (const s of latestUndoSteps(db)) {
      const offer = offerOf(s, current);
      if (offer) offers[s.scope] = offer;
    }
    return offers;
  },
};

/** A step as the slice offers it, or null when it belongs to another session. */
export function offerOf(s: Omit<UndoStep, 'images'>, current: number | null): UndoOffer | null {
  return s.sessionId !== null && s.sessionId !== current ? null : { id: s.id, action: s.action, subject: s.subject, ...(s.count === undefined ? {} : { count: s.count }), at: s.at };
}
