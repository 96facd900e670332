import { z } from 'zod';
import type { Db } from '../store/db';
import type { UndoLabel } from '../store/undo';
import { capturedShapes } from '../store/changes';
import { takeStep, type StepDirection, type UndoCheck } from './undo';
import { VOTE_UNDO_SCOPE, voteStillOpen } from '../features/votes/undo';
import { PERSONNEL_UNDO_SCOPE, personnelStillOpen } from '../features/personnel/undo';
import { ATTENDANCE_UNDO_SCOPE, markInCurrentRollCall } from '../features/attendance/undo';
import { defineCommand } from './define';
import { getCurrentSessionId } from '../features/council/sessions';
import { liveItemId } from '../features/timing/store';
import { followLiveItem, QUEUE_UNDO_SCOPE } from '../features/speakers/slices';
import { queueStepInView } from '../features/speakers/undo';

/**
 * Scopes with a condition of their own: a vote's counts are taken back only while it is open,
 * a roll-call mark only while its roll call is the one on the screen, a change of a speaker
 * queue only while the Speakers view shows its item.
 */
const undoChecks: Record<string, UndoCheck> = {
  [VOTE_UNDO_SCOPE]: voteStillOpen,
  [PERSONNEL_UNDO_SCOPE]: personnelStillOpen,
  [ATTENDANCE_UNDO_SCOPE]: markInCurrentRollCall,
  [QUEUE_UNDO_SCOPE]: queueStepInView,
};

const scopeField = z.strictObject({ scope: z.string().trim().min(1).max(40) });

/** Takes the scope's latest step one way, then lets the speaker queue follow the live item. */
function take(db: Db, scope: string, direction: StepDirection): { scope: string } & UndoLabel {
  const sessionId = getCurrentSessionId(db);
  const liveBefore = sessionId === null ? null : liveItemId(db, sessionId);
  const label = takeStep(db, capturedShapes(db), scope, direction, Object.hasOwn(undoChecks, scope) ? undoChecks[scope] : undefined);
  // Settings are not undone (undo.ts), but the speaker queue shown follows the live item:
  // when an undo brings another item back to the floor (a "next item" pressed by mistake),
  // its queue comes back with it rather than the empty queue of the item taken back; a redo
  // likewise.
  const liveAfter = sessionId === null ? null : liveItemId(db, sessionId);
  if (sessionId !== null && liveAfter !== null && liveAfter !== liveBefore) followLiveItem(db, sessionId, liveAfter);
  return { scope, ...label };
}

export const undoCommands = {
  /**
   * Takes back the latest undoable step of a scope ('timing', 'queue', 'questions', …: each
   * undoable command names its scope) in the current session. The reply names what was
   * undone as data: `{ scope, action, subject, count? }`.
   */
  undo: defineCommand({
    schema: scopeField,
    run: ({ db }, { scope }) => take(db, scope, 'undo'),
  }),

  /** Does again the step of a scope undone last, while no new step was taken in it; the same reply. */
  redo: defineCommand({
    schema: scopeField,
    run: ({ db }, { scope }) => take(db, scope, 'redo'),
  }),
};
