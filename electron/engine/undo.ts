import type { Db } from '../store/db';
import { currentImage, readChanges, restoreImage, type TableShape, type Touched } from '../store/changes';
import { deleteUndoStep, dropRedoSteps, latestUndoStep, latestUndoStepInfo, moveUndoStep, replaceUndoImages, saveUndoStep, undoRestoredAt, type RowImages, type UndoLabel, type UndoStep } from '../store/undo';
import { getCurrentSessionId } from '../features/council/sessions';
import { EngineError, localized } from './errors';
import { formatDateTime } from '../../common/dates';

/**
 * One undo for every domain, built on the record of what each command touched
 * (store/changes.ts). A command that declares `undo: '<scope>'` leaves a step with the
 * before- and after-image of every row it touched; `undo { scope }` puts the before-images
 * back in one transaction, or refuses (changing nothing) when the step was taken in another
 * session or when a later command changed one of its rows since. The step undone waits to be
 * redone: `redo { scope }` puts its after-images back under the same checks, until a new step
 * of the scope is taken.
 */

/**
 * Rows an undo step neither restores nor checks: settings are preferences and rules
 * (which item's queue is shown, the current roll call), not what the chair undoes, and a
 * later change of view must not make the step refuse.
 */
const NOT_UNDONE = new Set(['setting', 'undo_step', 'redo_step']);

const labels = new WeakMap<Db, UndoLabel>();
const merging = new WeakMap<Db, number>();
/** The step a command saved (its label and its images), by the command's record: see savedStep, savedImages. */
const saves = new WeakMap<Touched, { step: Omit<UndoStep, 'images'>; images: readonly RowImages[] }>();

/**
 * The images of step `id` if the command whose record `touched` is saved it just now: the `undo`
 * slice reads a step's place from them instead of reading the step back (engine/patchers.ts).
 */
export function savedImages(touched: Touched, id: number): readonly RowImages[] | undefined {
  const saved = saves.get(touched);
  return saved?.step.id === id ? saved.images : undefined;
}

/**
 * Step `id` without its images, as `undoStepInfo` reads it, if the command whose record `touched`
 * is saved it just now: the `undo` slice offers it without reading it back (one statement fewer
 * on every undoable command).
 */
export function savedStep(touched: Touched, id: number): Omit<UndoStep, 'images'> | undefined {
  const saved = saves.get(touched);
  return saved?.step.id === id ? saved.step : undefined;
}

/**
 * Called by a handler to name its undo step (the action is a key the screen translates);
 * `count` says how many things it takes back when that is more than one thing.
 */
export function describeUndo(db: Db, action: string, subject = '', count?: number): void {
  labels.set(db, count === undefined ? { action, subject } : { action, subject, count });
}

/**
 * Names the undo step of a command that changed one thing with an undo stack of its own (a
 * personnel draft, `subjectId` its id): the step is undone and redone on that thing only.
 */
export function describeUndoOf(db: Db, subjectId: number, action: string, subject: string): void {
  labels.set(db, { action, subject, subjectId });
}

/**
 * Saves the step of an undoable command that just ran, inside its transaction, and adds what
 * saving it touched (the step's row, and older steps dropped) to `touched`: the `undo` slice
 * follows them.
 */
export function recordUndoStep(
  db: Db,
  shapes: Map<string, TableShape>,
  touched: Touched,
  step: { scope: string; type: string; actor: string; at: number },
): void {
  const label = labels.get(db) ?? { action: step.type, subject: '' };
  const mergeMs = merging.get(db);
  labels.delete(db);
  merging.delete(db);
  const images: RowImages[] = [];
  for (const t of touched.all()) {
    const shape = shapes.get(t.table);
    if (!shape || NOT_UNDONE.has(t.table)) continue;
    const after = currentImage(db, shape, t.key);
    if (after === t.before) continue; // touched but left as it was
    images.push({ t: t.table, k: t.key, b: t.before, a: after });
  }
  if (images.length === 0) return;
  // A new step in the scope (in its subject's stack): what was undone before it can no longer be redone.
  if (dropRedoSteps(db, step.scope, label.subjectId)) for (const t of readChanges(db).rows('redo_step')) touched.add(t);
  const sessionId = getCurrentSessionId(db);
  if (mergeMs !== undefined && mergeIntoLatest(db, images, { ...step, sessionId }, label, mergeMs)) {
    for (const t of readChanges(db).rows('undo_step')) touched.add(t);
    return;
  }
  const saved = saveUndoStep(db, { scope: step.scope, sessionId, actor: step.actor, at: step.at, ...label, images });
  // The same fields, and the same absent count and subject's id, as undoStepInfo reads back from the row.
  saves.set(touched, { step: { id: saved.id, scope: step.scope, sessionId, actor: step.actor, at: step.at, ...label }, images });
  // Usually just the new row, known without reading the record back; a trim deleted rows too.
  if (saved.trimmed) for (const t of readChanges(db).rows('undo_step')) touched.add(t);
  else touched.add({ table: 'undo_step', key: saved.id, op: 'insert', before: null, cols: null });
}

/**
 * Called by a handler whose command is repeated as someone types (a note saved a moment after
 * typing stops): its step joins the scope's latest one when that one has the same label and
 * rows, by the same person in the same session, saved within `ms`, and nothing changed those
 * rows between. One undo then takes back the whole edit, not its last few words.
 */
export function mergeUndoWithin(db: Db, ms: number): void {
  merging.set(db, ms);
}

/** Forgets a label a refused command may have left. */
export function clearUndoLabel(db: Db): void {
  labels.delete(db);
  merging.delete(db);
}

/**
 * Joins `images` to the scope's latest step when mergeUndoWithin allows it; true when done
 * (the step then keeps its before-images and takes these after-images, or goes when the rows
 * are back as they were before it).
 */
function mergeIntoLatest(db: Db, images: RowImages[], step: { scope: string; actor: string; at: number; sessionId: number | null }, label: UndoLabel, ms: number): boolean {
  const last = latestUndoStep(db, step.scope, 'undo_step', label.subjectId);
  if (!last || last.actor !== step.actor || last.sessionId !== step.sessionId || step.at - last.at > ms) return false;
  if (last.action !== label.action || last.subject !== label.subject || last.images.length !== images.length) return false;
  const earlier = new Map(last.images.map((img) => [`${img.t}:${img.k}`, img]));
  const merged: RowImages[] = [];
  for (const img of images) {
    const old = earlier.get(`${img.t}:${img.k}`);
    if (!old || old.a !== img.b) return false;
    if (old.b !== img.a) merged.push({ t: img.t, k: img.k, b: old.b, a: img.a });
  }
  if (merged.length === 0) deleteUndoStep(db, last.id);
  else replaceUndoImages(db, last.id, merged, step.at);
  return true;
}

/**
 * A scope's own condition for taking a step back, checked before the rows are: it throws the
 * refusal that says why (a vote's counts once the vote is closed), where `undo-overtaken`
 * would not, or would not notice at all (a mark's rows are not the vote's). The step's label
 * lets the sentence name whom the step was about.
 */
export type UndoCheck = (db: Db, images: readonly RowImages[], step: UndoLabel, direction: StepDirection) => void;

/**
 * Undo's refusal when a scope has no step: since a restore (store/undo.ts startUndoAfresh), it
 * says so with the restore's time, so the chair knows why what was done before it is not offered.
 */
export function nothingToUndo(db: Db): EngineError {
  const at = undoRestoredAt(db);
  return at === null ? new EngineError('nothing-to-undo') : localized('nothing-to-undo-since-restore', (l) => ({ when: formatDateTime(at, l) }));
}

/**
 * Redo's refusal when a scope has nothing undone: right after a restore (no step taken in the scope
 * since it), it says so with the restore's time, as undo's does, since what was undone before the
 * restore was dropped with it.
 */
function nothingToRedo(db: Db, scope: string, subjectId?: number): EngineError {
  const at = undoRestoredAt(db);
  return at === null || latestUndoStepInfo(db, scope, 'undo_step', subjectId) ? new EngineError('nothing-to-redo') : localized('nothing-to-redo-since-restore', (l) => ({ when: formatDateTime(at, l) }));
}

/** Which way a step is taken: undone (its rows put back as before it) or redone (as after it). */
export type StepDirection = 'undo' | 'redo';

/** Each direction's stacks, the image it restores, and its refusals (redo's are one: the rows have moved on). */
const DIRECTIONS = {
  undo: {
    from: 'undo_step',
    to: 'redo_step',
    none: 'nothing-to-undo',
    otherSession: 'undo-other-session',
    overtaken: 'undo-overtaken',
    needsRemoved: 'undo-needs-removed',
    inUse: 'undo-in-use',
  },
  redo: {
    from: 'redo_step',
    to: 'undo_step',
    none: 'nothing-to-redo',
    otherSession: 'redo-other-session',
    overtaken: 'redo-overtaken',
    needsRemoved: 'redo-overtaken',
    inUse: 'redo-overtaken',
  },
} as const;

/** The image a row must still have for the step to be taken, and the one it is given. */
function imagesFor(img: RowImages, direction: StepDirection): { expected: string | null | undefined; restored: string | null | undefined } {
  return direction === 'undo' ? { expected: img.a, restored: img.b } : { expected: img.b, restored: img.a };
}

/**
 * Takes the latest step of a scope (of one subject's stack, given its id) back (undo) or forward
 * again (redo); returns its label. Undo restores the rows created last first (they depend on the
 * earlier ones); redo replays them in the order the command touched them.
 */
export function takeStep(db: Db, shapes: Map<string, TableShape>, scope: string, direction: StepDirection, check?: UndoCheck, subjectId?: number): UndoLabel {
  const d = DIRECTIONS[direction];
  const step = latestUndoStep(db, scope, d.from, subjectId);
  if (!step) throw direction === 'undo' ? nothingToUndo(db) : nothingToRedo(db, scope, subjectId);
  if (step.sessionId !== null && step.sessionId !== getCurrentSessionId(db)) throw new EngineError(d.otherSession);
  check?.(db, step.images, step, direction);
  for (const img of step.images) {
    const shape = shapes.get(img.t);
    const { expected } = imagesFor(img, direction);
    if (!shape) throw new EngineError(d.overtaken);
    if (expected !== undefined && currentImage(db, shape, img.k) !== expected) throw new EngineError(d.overtaken);
  }
  const order = direction === 'undo' ? [...step.images].reverse() : step.images;
  for (const img of order) {
    try {
      restoreImage(db, shapes.get(img.t)!, img.k, imagesFor(img, direction).restored ?? null);
    } catch (err) {
      if (!(err instanceof Error && (err as { code?: string }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY')) throw err;
      // A row it would bring back points at one a later command removed (a slip whose asker has
      // since left the roster); or a row it would remove is named by a later one that keeps it
      // (a person added, since counted in a roll call). A clear refusal either way; the command's
      // transaction puts back what was restored.
      throw new EngineError(imagesFor(img, direction).restored === null ? d.inUse : d.needsRemoved);
    }
  }
  // A row it removes may since have been used by later work (a sitting given another item, a
  // topic with slips under it): the database then unlinks or deletes those rows with it, silently.
  // Refused instead; the command's transaction puts back what was restored.
  const own = new Set(step.images.map((img) => `${img.t}:${img.k}`));
  for (const t of readChanges(db).all()) {
    if (!NOT_UNDONE.has(t.table) && !own.has(`${t.table}:${t.key}`)) throw new EngineError(d.inUse);
  }
  // A step from before after-images were kept (schema 7) cannot be replayed: it is not kept for redo.
  if (direction === 'undo' && !hasAfterImages(step)) deleteUndoStep(db, step.id);
  else moveUndoStep(db, step.id, d.from, d.to);
  return labelOf(step);
}

/** A step's label, as undo's reply and the journal carry it: its count and subject's id only when it has them. */
export function labelOf(step: UndoLabel): UndoLabel {
  return { action: step.action, subject: step.subject, ...(step.count === undefined ? {} : { count: step.count }), ...(step.subjectId === undefined ? {} : { subjectId: step.subjectId }) };
}

const hasAfterImages = (step: UndoStep) => step.images.every((img) => img.a !== undefined);
