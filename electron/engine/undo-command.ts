import { z } from 'zod';
import { capturedShapes } from '../store/changes';
import { undoLatest } from './undo';
import { defineCommand } from './define';

export const undoCommands = {
  /**
   * Takes back the latest undoable step of a scope ('timing', 'queue', 'questions', …: each
   * undoable command names its scope) in the current session. The reply names what was
   * undone as data: `{ scope, action, subject }`.
   */
  undo: defineCommand({
    schema: z.strictObject({ scope: z.string().trim().min(1).max(40) }),
    run({ db }, { scope }) {
      return { scope, ...undoLatest(db, capturedShapes(db), scope) };
    },
  }),
};
