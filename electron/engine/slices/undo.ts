import type { Db } from '../../store/db';
import { getCurrentSessionId } from '../../store/sessions';
import { latestUndoSteps, type UndoLabel } from '../../store/undo';

/** What `undo { scope }` would take back, per scope, for the current session: the label as data. */
export type UndoOffer = UndoLabel & { id: number; at: number };

export const undoSlices = {
  undo: (db: Db): Record<string, UndoOffer> => {
    const current = getCurrentSessionId(db);
    const offers: Record<string, UndoOffer> = {};
    for (const s of latestUndoSteps(db)) {
      if (s.sessionId !== null && s.sessionId !== current) continue;
      offers[s.scope] = { id: s.id, action: s.action, subject: s.subject, at: s.at };
    }
    return offers;
  },
};
