import { z } from 'zod';
import { capturedShapes } from '../store/changes';
import { undoLatest, type UndoCheck } from './undo';
import { VOTE_UNDO_SCOPE, voteStillOpen } from '../features/votes/undo';
import { PERSONNEL_UNDO_SCOPE, personnelStillOpen } from '../features/personnel/undo';
import { ATTENDANCE_UNDO_SCOPE, markInCurrentRollCall } from '../features/attendance/undo';
import { defineCommand } from './define';
import { getCurrentSessionId } from '../features/council/sessions';
import { liveItemId } from '../features/timing/store';
import { followLiveItem } from '../features/speakers/slices';

/**
 * Scopes with a condition of their own: a vote's counts are taken back only while it is open,
 * a roll-call mark only while its roll call is the one on the screen.
 */
const undoChecks: Record<string, UndoCheck> = {
  [VOTE_UNDO_SCOPE]: voteStillOpen,
  [PERSONNEL_UNDO_SCOPE]: personnelStillOpen,
  [ATTENDANCE_UNDO_SCOPE]: markInCurrentRollCall,
};

export const undoCommands = {
  /**
   * Takes back the latest undoable step of a scope ('timing', 'queue', 'questions', …: each
   * undoable command names its scope) in the current session. The reply names what was
   * undone as data: `{ scope, action, subject }`.
   */
  undo: defineCommand({
    schema: z.strictObject({ scope: z.string().trim().min(1).max(40) }),
    run({ db }, { scope }) {
      const sessionId = getCurrentSessionId(db);
      const liveBefore = sessionId === null ? null : liveItemId(db, sessionId);
      const undone = undoLatest(db, capturedShapes(db), scope, Object.hasOwn(undoChecks, scope) ? undoChecks[scope] : undefined);
      // Settings are not undone (undo.ts), but the speaker queue shown follows the live item:
      // when an undo brings another item back to the floor (a "next item" pressed by mistake),
      // its queue comes back with it rather than the empty queue of the item taken back.
      const liveAfter = sessionId === null ? null : liveItemId(db, sessionId);
      if (sessionId !== null && liveAfter !== null && liveAfter !== liveBefore) followLiveItem(db, sessionId, liveAfter);
      return { scope, ...undone };
    },
  }),
};
