import type { Db } from '../store/db';
import { getCurrentSessionId } from '../features/council/sessions';
import { latestUndoSteps, type StepTable, type UndoLabel, type UndoStep } from '../store/undo';

/** What `undo { scope }` would take back, per scope, for the current session: the label as data. */
export type UndoOffer = UndoLabel & { id: number; at: number };

function offers(db: Db, table: StepTable): Record<string, UndoOffer> {
  const current = getCurrentSessionId(db);
  const byScope: Record<string, UndoOffer> = {};
  for (const s of latestUndoSteps(db, table)) {
    const offer = offerOf(s, current);
    if (offer) byScope[s.scope] = offer;
  }
  return byScope;
}

export const undoSlices = {
  undo: (db: Db) => offers(db, 'undo_step'),
  /** Per scope, the step `redo { scope }` would do again: the one undone last, until a new step is taken in the scope. */
  redo: (db: Db) => offers(db, 'redo_step'),
};

/** A step as the slice offers it, or null when it belongs to another session. */
export function offerOf(s: Omit<UndoStep, 'images'>, current: number | null): UndoOffer | null {
  return s.sessionId !== null && s.sessionId !== current ? null : { id: s.id, action: s.action, subject: s.subject, ...(s.count === undefined ? {} : { count: s.count }), at: s.at };
}
