import type { Db } from '../store/db';
import { getCurrentSessionId } from '../features/council/sessions';
import { ATTENDANCE_UNDO_SCOPE, markPlace } from '../features/attendance/undo';
import { latestUndoSteps, undoStepImages, type RowImages, type StepTable, type UndoLabel, type UndoStep } from '../store/undo';

/** Where a step is taken instead of here: the roll call its mark belongs to, while another one is current. */
export interface UndoElsewhere {
  rollCallId: number;
}

/**
 * What `undo { scope }` would take back, per scope, for the current session: the label as data.
 * `elsewhere` is set when the step belongs to another place than the one the console is in now
 * (undo and redo would refuse here): the screen then names that place instead of offering it.
 */
export type UndoOffer = UndoLabel & { id: number; at: number; elsewhere?: UndoElsewhere };

/**
 * Scopes whose steps are taken back in one place only, with the setting that says where the
 * console is (a change of it re-reads the offer) and the place of a step when it is not there.
 * Their commands act where the console is (a mark, in the current roll call; a redo, only there):
 * a step just saved is offered as here without reading its place (engine/patchers.ts).
 */
export const undoPlaces: Record<string, { setting: string; place: (db: Db, images: readonly RowImages[]) => UndoElsewhere | undefined }> = {
  [ATTENDANCE_UNDO_SCOPE]: { setting: 'attendance.current.', place: markPlace },
};

function offers(db: Db, table: StepTable): Record<string, UndoOffer> {
  const current = getCurrentSessionId(db);
  const byScope: Record<string, UndoOffer> = {};
  for (const s of latestUndoSteps(db, table)) {
    const offer = offerOf(db, s, current, table);
    if (offer) byScope[s.scope] = offer;
  }
  return byScope;
}

export const undoSlices = {
  undo: (db: Db) => offers(db, 'undo_step'),
  /** Per scope, the step `redo { scope }` would do again: the one undone last, until a new step is taken in the scope. */
  redo: (db: Db) => offers(db, 'redo_step'),
};

/**
 * A step as the slice offers it, or null when it belongs to another session. `here`: known to be
 * taken where the console is (the command that saved it ran there), so its place is not read.
 */
export function offerOf(db: Db, s: Omit<UndoStep, 'images'>, current: number | null, table: StepTable = 'undo_step', here = false): UndoOffer | null {
  if (s.sessionId !== null && s.sessionId !== current) return null;
  const offer: UndoOffer = { id: s.id, action: s.action, subject: s.subject, ...(s.count === undefined ? {} : { count: s.count }), at: s.at };
  // Only these scopes read the step's images (a mark's: one row), and only for the scope's latest step.
  const places = !here && Object.hasOwn(undoPlaces, s.scope) ? undoPlaces[s.scope] : undefined;
  const elsewhere = places && places.place(db, undoStepImages(db, s.id, table) ?? []);
  return elsewhere ? { ...offer, elsewhere } : offer;
}
