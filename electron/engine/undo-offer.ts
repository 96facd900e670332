/**
 * The undo offer's shape, apart from the slice that builds it (undo-slice.ts), so the features
 * that say where a step is taken (speakers/undo.ts) name it without importing the slice back.
 */
import type { UndoLabel } from '../store/undo';
import type { NeededRole } from '../../common/roles';

/**
 * Where a step is taken instead of here: the roll call its mark belongs to, while another one is
 * current; the agenda item whose speaker queue it changed, while the Speakers view shows another.
 */
export type UndoElsewhere = { rollCallId: number } | { itemId: number };

/**
 * What `undo { scope }` would take back, per scope, for the current session: the label as data.
 * `elsewhere` is set when the step belongs to another place than the one the console is in now
 * (undo and redo would refuse here): the screen then names that place instead of offering it.
 */
export type UndoOffer = UndoLabel & {
  id: number;
  at: number;
  /** The console that took the step (a paired device's name, else the chair's): a secretary's console offers only its own in a shared scope. */
  actor: string;
  /**
   * The role of the console that took it: a paired device's ('secretary'), else 'chair' (the
   * chair's own console). Each console says from it whose step it offers (common/roles.ts stepTakenBy).
   */
  byRole: NeededRole;
  elsewhere?: UndoElsewhere;
  queueOf?: { itemId: number };
  /**
   * A speaker queue step that closed the floor on someone called from the queue of another item
   * than the one shown, before they spoke (`n`, `f`, back to the queue, a call out of turn): they
   * went back to that queue, out of sight. Every console's Speakers view says so while it is the
   * latest step, not only the one that pressed the key.
   */
  backTo?: { itemId: number; delegateId: number };
};

/**
 * Where a step stands against the place the console is in: `elsewhere` (taken there, not here), or
 * `queueOf` (a speaker queue step taken here that puts someone back in the queue of that other item,
 * so the screen says where) and `backTo` (one that put someone back there). Empty: here, with
 * nothing out of view.
 */
export type UndoWhere = Pick<UndoOffer, 'elsewhere' | 'queueOf' | 'backTo'>;
