import { z } from 'zod';
import type { Db } from '../store/db';
import { deleteUndoStep, latestUndoStepInfo, type UndoLabel } from '../store/undo';
import { capturedShapes } from '../store/changes';
import { labelOf, nothingToUndo, takeStep, type StepDirection, type UndoCheck } from './undo';
import { VOTE_UNDO_SCOPE, voteStillOpen } from '../features/votes/undo';
import { PERSONNEL_DRAFT_UNDO_SCOPE, PERSONNEL_UNDO_SCOPE, personnelStepAllowed } from '../features/personnel/undo';
import { ATTENDANCE_UNDO_SCOPE, markInCurrentRollCall } from '../features/attendance/undo';
import { defineCommand, type CommandContext } from './define';
import { EngineError } from './errors';
import { UNDO_REFUSED_FOR_GOOD } from '../../common/undo';
import { getCurrentSessionId } from '../features/council/sessions';
import { liveItemId } from '../features/timing/store';
import { followLiveItem, QUEUE_UNDO_SCOPE } from '../features/speakers/slices';
import { queueStepInView } from '../features/speakers/undo';
import { ownsStep, stepTakenBy, type Role } from '../../common/roles';
import { consoleRole } from '../features/operators/store';
import { consoleNames } from '../features/operators/strings';
import { localized } from './errors';
import { quoted } from '../../common/strings';

/**
 * Scopes with a condition of their own: a vote's counts are taken back only while it is open,
 * a roll-call mark only while its roll call is the one on the screen, a change of a speaker
 * queue only while the Speakers view shows its item.
 */
const undoChecks: Record<string, UndoCheck> = {
  [VOTE_UNDO_SCOPE]: voteStillOpen,
  [PERSONNEL_UNDO_SCOPE]: personnelStepAllowed,
  [PERSONNEL_DRAFT_UNDO_SCOPE]: personnelStepAllowed,
  [ATTENDANCE_UNDO_SCOPE]: markInCurrentRollCall,
  [QUEUE_UNDO_SCOPE]: queueStepInView,
};

/**
 * The scope, and, for a step that belongs to one thing with a stack of its own (a personnel draft),
 * that thing's id: the step taken is then that thing's latest, whatever was done on another since.
 * Without it, the scope's latest, whatever it belongs to.
 */
const scopeField = z.strictObject({ scope: z.string().trim().min(1).max(40), subjectId: z.number().int().positive().optional() });

/** Which stack a command takes from: a scope, and maybe one subject's steps in it. */
type Stack = { scope: string; subjectId?: number };

/**
 * In a scope she shares with the chair (common/roles.ts), a secretary takes back or does again only
 * a step her own console took: her withdrawal pressed on the wrong row, not the chair's call.
 */
function ownStepOnly(db: Db, { scope, subjectId }: Stack, direction: StepDirection, who: { actor: string; role: Role }): void {
  const step = latestUndoStepInfo(db, scope, direction === 'undo' ? 'undo_step' : 'redo_step', subjectId);
  if (!step || ownsStep(who.role, scope, step.actor, who.actor)) return;
  // Steps keep their console's name: a paired device's, else the chair's console (desktop or loopback).
  const paired = consoleRole(db, step.actor) === 'secretary';
  throw localized(direction === 'undo' ? 'undo-not-yours' : 'redo-not-yours', (l) => ({ who: paired ? quoted(step.actor, l) : consoleNames[l].chair }));
}

/** Takes the stack's latest step one way, then lets the speaker queue follow the live item. */
function take(db: Db, stack: Stack, direction: StepDirection, who?: { actor: string; role: Role }): { scope: string } & UndoLabel {
  const { scope, subjectId } = stack;
  if (who) ownStepOnly(db, stack, direction, who);
  const sessionId = getCurrentSessionId(db);
  const liveBefore = sessionId === null ? null : liveItemId(db, sessionId);
  const label = takeStep(db, capturedShapes(db), scope, direction, Object.hasOwn(undoChecks, scope) ? undoChecks[scope] : undefined, subjectId);
  // Settings are not undone (undo.ts), but the speaker queue shown follows the live item:
  // when an undo brings another item back to the floor (a "next item" pressed by mistake),
  // its queue comes back with it rather than the empty queue of the item taken back; a redo
  // likewise.
  const liveAfter = sessionId === null ? null : liveItemId(db, sessionId);
  if (sessionId !== null && liveAfter !== null && liveAfter !== liveBefore) followLiveItem(db, sessionId, liveAfter);
  return { scope, ...label };
}

const STILL_POSSIBLE = Symbol('still possible');

/**
 * Sets aside the scope's latest step when it can no longer be undone, so the one before it is
 * offered: without this, Undo kept offering a step it would always refuse, and nothing older in
 * the scope could be reached. The step is tried in a savepoint and rolled back, so "can no
 * longer" is exactly undo's own judgement; a step that could be undone is refused here.
 */
function skip(db: Db, stack: Stack): { scope: string } & UndoLabel {
  const step = latestUndoStepInfo(db, stack.scope, 'undo_step', stack.subjectId);
  if (!step) throw nothingToUndo(db);
  try {
    db.transaction(() => {
      take(db, stack, 'undo');
      throw STILL_POSSIBLE;
    })();
  } catch (err) {
    if (err === STILL_POSSIBLE) throw new EngineError('undo-skip-possible');
    if (!(err instanceof EngineError && UNDO_REFUSED_FOR_GOOD.includes(err.code))) throw err;
  }
  deleteUndoStep(db, step.id);
  return { scope: stack.scope, ...labelOf(step) };
}

/**
 * Whose step the scope's latest one is, when another operator's console took it (the chair taking
 * back a registration the secretary made on her laptop): its console's name and role, for the
 * journal row; by the rule each console words its Undo by (stepTakenBy).
 */
function whose(ctx: CommandContext, { scope, subjectId }: Stack, direction: StepDirection): { by: string; byRole: Role } | undefined {
  const step = latestUndoStepInfo(ctx.db, scope, direction === 'undo' ? 'undo_step' : 'redo_step', subjectId);
  const by = step && stepTakenBy({ actor: step.actor, byRole: consoleRole(ctx.db, step.actor) }, ctx);
  return by ? { by: by.name, byRole: by.role } : undefined;
}

/**
 * Keeps in the journal row which step an undo, redo or set-aside took (its action and subject, as
 * the undo button named it), written when it runs: the Activity view says "Undid … extra time
 * (Nguyễn Thị Hằng)", also after the person is renamed or the step's rows change again; and, for
 * another operator's step, whose it was ("…, the secretary's step on «Laptop 2»").
 */
function recorded(ctx: CommandContext, reply: { scope: string } & UndoLabel, by?: { by: string; byRole: Role }): { scope: string } & UndoLabel {
  ctx.about({ ...labelOf(reply), ...by });
  return reply;
}

export const undoCommands = {
  /**
   * Takes back the latest undoable step of a scope ('timing', 'queue', 'questions', …: each
   * undoable command names its scope) in the current session. The reply names what was
   * undone as data: `{ scope, action, subject, count? }`.
   */
  undo: defineCommand({
    schema: scopeField,
    run: (ctx, stack) => {
      const by = whose(ctx, stack, 'undo');
      return recorded(ctx, take(ctx.db, stack, 'undo', { actor: ctx.actor, role: ctx.role }), by);
    },
  }),

  /**
   * Sets aside the scope's latest step once undo refuses it for good (`undo-overtaken`,
   * `undo-needs-removed`, `undo-in-use`, a closed vote's count), so the step before it can be
   * undone; the same reply, naming the step set aside. Refused with `undo-skip-possible` while
   * the step can still be undone.
   */
  'undo.skip': defineCommand({
    schema: scopeField,
    run: (ctx, stack) => recorded(ctx, skip(ctx.db, stack)),
  }),

  /** Does again the step of a scope undone last, while no new step was taken in it; the same reply. */
  redo: defineCommand({
    schema: scopeField,
    run: (ctx, stack) => {
      const by = whose(ctx, stack, 'redo');
      return recorded(ctx, take(ctx.db, stack, 'redo', { actor: ctx.actor, role: ctx.role }), by);
    },
  }),
};
