import type { Db } from '../store/db';
import { getCurrentSessionId } from '../features/council/sessions';
import { consoleRole } from '../features/operators/store';
import { ATTENDANCE_UNDO_SCOPE, markPlace } from '../features/attendance/undo';
import { labelOf } from './undo';
import { QUEUE_UNDO_SCOPE, FOCUS_READS } from '../features/speakers/slices';
import { queuePlace } from '../features/speakers/undo';
import { latestSubjectSteps, latestUndoSteps, undoRestoredAt, undoStepImages, type RowImages, type StepTable, type UndoStep } from '../store/undo';

export type { UndoElsewhere, UndoOffer, UndoWhere } from './undo-offer';
import type { UndoOffer, UndoWhere } from './undo-offer';

/** A scope whose steps are taken back in one place only. */
interface UndoPlace {
  /** What says where the console is, as slice dependencies (state.ts): a command that touches it re-reads the offer. */
  follows: readonly string[];
  /** Where a step is taken, when not where the console is. */
  place: (db: Db, images: readonly RowImages[]) => UndoWhere;
  /**
   * Every command of the scope acts where the console is (a mark, in the current roll call): a
   * step just saved is offered as here without reading its place. Without it, the place of a
   * step just saved is found from the images the command recorded (engine/patchers.ts).
   */
  savedHere?: true;
}

/**
 * Scopes whose steps are taken back in one place only. A redo is taken only there
 * (undo-command.ts), so a step just redone is offered as here. The speaker queue's commands may
 * name a request or an item the Speakers view does not show (a client may send any): the place
 * of a step they just saved is found from its images, at no read when it changed only the floor.
 */
export const undoPlaces: Record<string, UndoPlace> = {
  [ATTENDANCE_UNDO_SCOPE]: {
    follows: ['setting:attendance.current.*'],
    place: (db, images) => {
      const elsewhere = markPlace(db, images);
      return elsewhere ? { elsewhere } : {};
    },
    savedHere: true,
  },
  [QUEUE_UNDO_SCOPE]: { follows: FOCUS_READS, place: queuePlace },
};

function offers(db: Db, table: StepTable): Record<string, UndoOffer> {
  const current = getCurrentSessionId(db);
  const byScope: Record<string, UndoOffer> = {};
  for (const s of latestUndoSteps(db, table)) {
    byScope[s.scope] = offerOf(db, s, current, table);
  }
  return byScope;
}

/** Per scope, per subject (a personnel draft's id), that subject's own latest step. */
function subjectOffers(db: Db, table: StepTable): Record<string, Record<number, UndoOffer>> {
  const current = getCurrentSessionId(db);
  const byScope: Record<string, Record<number, UndoOffer>> = {};
  for (const s of latestSubjectSteps(db, table)) (byScope[s.scope] ??= {})[s.subjectId!] = offerOf(db, s, current, table);
  return byScope;
}

export const undoSlices = {
  undo: (db: Db) => offers(db, 'undo_step'),
  /** Per scope, the step `redo { scope }` would do again: the one undone last, until a new step is taken in the scope. */
  redo: (db: Db) => offers(db, 'redo_step'),
  /** Per scope and subject, the step `undo { scope, subjectId }` would take back: each draft's own. */
  undoOf: (db: Db) => subjectOffers(db, 'undo_step'),
  /** Per scope and subject, the step `redo { scope, subjectId }` would do again. */
  redoOf: (db: Db) => subjectOffers(db, 'redo_step'),
  /**
   * When the database was last put in place by a restore (null: never): no step from before it is
   * offered, and each view's Undo, with nothing offered, says there is nothing to undo since then.
   */
  undoBoundary: (db: Db): { restoredAt: number | null } => ({ restoredAt: undoRestoredAt(db) }),
};

/**
 * A step as the slice offers it: marked `elsewhere: { sessionId }` when it belongs to another
 * session than the current one (undo and redo refuse it here, and it blocks the older steps of
 * its scope). `known`: its place when the caller knows it (`{}`: here, as for a step the command
 * that saved it took where the console is), so the step's images are not read back.
 */
export function offerOf(
  db: Db,
  s: Omit<UndoStep, 'images'>,
  current: number | null,
  table: StepTable = 'undo_step',
  known?: UndoWhere,
): UndoOffer {
  const offer: UndoOffer = { id: s.id, ...labelOf(s), at: s.at, actor: s.actor, byRole: consoleRole(db, s.actor) };
  if (s.sessionId !== null && s.sessionId !== current) return { ...offer, elsewhere: { sessionId: s.sessionId } };
  // Only these scopes read the step's images (a mark's: one row; a queue step's: a request or a
  // few), and only for the scope's latest step.
  const places = !known && Object.hasOwn(undoPlaces, s.scope) ? undoPlaces[s.scope] : undefined;
  const where = known ?? (places ? places.place(db, undoStepImages(db, s.id, table) ?? []) : {});
  if (where.elsewhere) return { ...offer, elsewhere: where.elsewhere };
  // Only an undo puts someone back in a queue; a redo of the call takes them from it, on screen.
  // Likewise only the step just taken sent someone back; once undone, they are at the rostrum again.
  if (table !== 'undo_step') return offer;
  return { ...offer, ...(where.queueOf ? { queueOf: where.queueOf } : {}), ...(where.backTo ? { backTo: where.backTo } : {}) };
}
