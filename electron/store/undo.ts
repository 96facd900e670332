import type { Db } from './db';
import type { Key } from './changes';
import { getSetting, setSetting } from './settings';

/**
 * Undo steps as the engine records them (see electron/engine/undo.ts): for every row an
 * undoable command touched, its image before (`b`, null: the command created it) and after
 * (`a`, null: the command deleted it). Undo checks that each row still looks like `a`, so
 * a later command that changed or deleted one of them makes the step refuse, not clobber.
 */
export interface RowImages {
  t: string;
  k: Key;
  b: string | null;
  /** Missing only on steps carried over from schema 7, which recorded no after-images. */
  a?: string | null;
}

/**
 * The row an image pair describes, as it was before the step or, for a row the step created, as
 * the step left it (null for a step from schema 7 that recorded neither).
 */
export function stepRow<R>(img: RowImages): R | null {
  const image = img.b ?? img.a ?? null;
  return image === null ? null : (JSON.parse(image) as R);
}

/** What a screen shows on the undo button: the action (a key the screen translates) and what it was done to. */
export interface UndoLabel {
  action: string;
  subject: string;
  /** How many things the step takes back, when it names more than one (the items a template added). */
  count?: number;
  /**
   * What the step belongs to, when not its scope as a whole (a personnel draft's id): the step is
   * in that thing's own stack, undone and redone there whatever was done on another thing between.
   */
  subjectId?: number;
}

export interface UndoStep extends UndoLabel {
  id: number;
  scope: string;
  sessionId: number | null;
  actor: string;
  at: number;
  images: RowImages[];
}

/** How many steps each scope keeps at least; older ones are forgotten. */
export const UNDO_DEPTH = 50;
/**
 * Older steps are dropped ten at a time, not one per command: deleting the oldest step on
 * every undoable command wrote two more pages to the WAL each time (and a large row image
 * into the change record), a tenth of such a command's cost.
 */
const TRIM_BATCH = 10;

/** Where steps wait: to be undone, or (once undone) to be redone. */
export type StepTable = 'undo_step' | 'redo_step';

const STEP_COLUMNS = 'scope, label, at, images, session_id, actor, action, subject, count, subject_id';

/** Saves a step; returns its id, and whether older steps of its scope were dropped to make room. */
export function saveUndoStep(db: Db, s: Omit<UndoStep, 'id'>): { id: number; trimmed: boolean } {
  const { lastInsertRowid } = db.prepare(`INSERT INTO undo_step (${STEP_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    s.scope,
    s.action,
    s.at,
    JSON.stringify(s.images),
    s.sessionId,
    s.actor,
    s.action,
    s.subject,
    s.count ?? null,
    s.subjectId ?? null,
  );
  // Once TRIM_BATCH steps past the depth exist (by the (scope, id) index), all past it go.
  const overflow = db.prepare('SELECT id FROM undo_step WHERE scope = ? ORDER BY id DESC LIMIT 1 OFFSET ?').pluck();
  const id = Number(lastInsertRowid);
  if (overflow.get(s.scope, UNDO_DEPTH + TRIM_BATCH - 1) === undefined) return { id, trimmed: false };
  db.prepare('DELETE FROM undo_step WHERE scope = ? AND id <= ?').run(s.scope, overflow.get(s.scope, UNDO_DEPTH));
  return { id, trimmed: true };
}

interface StepRow {
  id: number;
  scope: string;
  session_id: number | null;
  actor: string;
  at: number;
  action: string;
  subject: string;
  count: number | null;
  subject_id: number | null;
  images: string;
}

/** The count and the subject's id as a label carries them: each left out when the step has none. */
const labelExtras = (r: { count: number | null; subject_id: number | null }): { count?: number; subjectId?: number } => ({
  ...(r.count === null ? {} : { count: r.count }),
  ...(r.subject_id === null ? {} : { subjectId: r.subject_id }),
});

/** A step as read without its images. */
const undoStepOf = (r: Omit<StepRow, 'images'>): Omit<UndoStep, 'images'> => ({
  id: r.id,
  scope: r.scope,
  sessionId: r.session_id,
  actor: r.actor,
  at: r.at,
  action: r.action,
  subject: r.subject,
  ...labelExtras(r),
});

const INFO_COLUMNS = 'id, scope, session_id, actor, at, action, subject, count, subject_id';

/**
 * Which steps of a scope form the stack taken: all of them, or, given a subject's id, that
 * subject's own (a draft's edits, whatever was done on another draft since).
 */
const stackOf = (scope: string, subjectId: number | undefined): { where: string; args: (string | number)[] } =>
  subjectId === undefined ? { where: 'scope = ?', args: [scope] } : { where: 'scope = ? AND subject_id = ?', args: [scope, subjectId] };

/**
 * The step undo (from `undo_step`) or redo (from `redo_step`) would take in a scope, if any
 * (whatever its session): the latest one, as both are stacks; of one subject's stack when given.
 */
export function latestUndoStep(db: Db, scope: string, table: StepTable = 'undo_step', subjectId?: number): UndoStep | undefined {
  const { where, args } = stackOf(scope, subjectId);
  const r = db.prepare(`SELECT ${INFO_COLUMNS}, images FROM ${table} WHERE ${where} ORDER BY id DESC LIMIT 1`).get(...args) as StepRow | undefined;
  return r && { ...undoStepOf(r), images: JSON.parse(r.images) };
}

/** The latest step of one scope (of `table`: undo's or redo's; of one subject's stack when given), without its images. */
export function latestUndoStepInfo(db: Db, scope: string, table: StepTable = 'undo_step', subjectId?: number): Omit<UndoStep, 'images'> | undefined {
  const { where, args } = stackOf(scope, subjectId);
  const r = db.prepare(`SELECT ${INFO_COLUMNS} FROM ${table} WHERE ${where} ORDER BY id DESC LIMIT 1`).get(...args) as Omit<StepRow, 'images'> | undefined;
  return r && undoStepOf(r);
}

/** One step by id (without images). */
export function undoStepInfo(db: Db, id: number): Omit<UndoStep, 'images'> | undefined {
  const r = db.prepare(`SELECT ${INFO_COLUMNS} FROM undo_step WHERE id = ?`).get(id) as Omit<StepRow, 'images'> | undefined;
  return r && undoStepOf(r);
}

/** The latest step of every scope (without images), for the `undo` and `redo` slices. */
export function latestUndoSteps(db: Db, table: StepTable = 'undo_step'): Omit<UndoStep, 'images'>[] {
  const rows = db
    .prepare(
      `SELECT ${INFO_COLUMNS} FROM ${table}
       WHERE id IN (SELECT max(id) FROM ${table} GROUP BY scope) ORDER BY scope`,
    )
    .all() as Omit<StepRow, 'images'>[];
  return rows.map(undoStepOf);
}

/** The latest step of every subject's own stack (without images), for the `undoOf` and `redoOf` slices. */
export function latestSubjectSteps(db: Db, table: StepTable = 'undo_step'): Omit<UndoStep, 'images'>[] {
  const rows = db
    .prepare(
      `SELECT ${INFO_COLUMNS} FROM ${table}
       WHERE id IN (SELECT max(id) FROM ${table} WHERE subject_id IS NOT NULL GROUP BY scope, subject_id) ORDER BY scope, subject_id`,
    )
    .all() as Omit<StepRow, 'images'>[];
  return rows.map(undoStepOf);
}

/**
 * Moves a step between the stacks (undone: to `redo_step`; redone: back to `undo_step`). It
 * takes a new id there, the largest, so it is that stack's latest step of its scope.
 */
export function moveUndoStep(db: Db, id: number, from: StepTable, to: StepTable): void {
  db.prepare(`INSERT INTO ${to} (${STEP_COLUMNS}) SELECT ${STEP_COLUMNS} FROM ${from} WHERE id = ?`).run(id);
  db.prepare(`DELETE FROM ${from} WHERE id = ?`).run(id);
}

/**
 * Forgets the undone steps a new step stands in front of, which can no longer be redone: the
 * scope's, or, for a step of a subject, that subject's only (a draft's edit leaves another draft's
 * undone edit to redo). True if there were any.
 */
export function dropRedoSteps(db: Db, scope: string, subjectId?: number): boolean {
  const { where, args } = stackOf(scope, subjectId);
  // Asked first: a read is cheaper than a DELETE that finds nothing, which is what almost every
  // undoable command would run (its own statement journal and the change capture's triggers).
  if (db.prepare(`SELECT 1 FROM redo_step WHERE ${where} LIMIT 1`).get(...args) === undefined) return false;
  return db.prepare(`DELETE FROM redo_step WHERE ${where}`).run(...args).changes > 0;
}

/** A step's images and time, when a later save of the same edit joined it (engine/undo.ts mergeUndoWithin). */
export function replaceUndoImages(db: Db, id: number, images: RowImages[], at: number): void {
  db.prepare('UPDATE undo_step SET images = ?, at = ? WHERE id = ?').run(JSON.stringify(images), at, id);
}

export function deleteUndoStep(db: Db, id: number): void {
  db.prepare('DELETE FROM undo_step WHERE id = ?').run(id);
}

/** One step's images (by id), for a scope whose offer says where its step is taken (engine/undo-slice.ts). */
export function undoStepImages(db: Db, id: number, table: StepTable = 'undo_step'): RowImages[] | undefined {
  const images = db.prepare(`SELECT images FROM ${table} WHERE id = ?`).pluck().get(id) as string | undefined;
  return images === undefined ? undefined : (JSON.parse(images) as RowImages[]);
}

/**
 * When this database was last put in place by a restore (epoch ms), as the copy restored was
 * given it (startUndoAfresh): undo keeps nothing from before that moment.
 */
export const UNDO_RESTORED_AT_SETTING = 'undo_restored_at';

/**
 * Makes a restore undo's boundary, in the copy being restored before it is put in place (every
 * restore: features/backups/restore.ts): its undo and redo steps were taken before the backup, and
 * Ctrl+Z right after the restore would take back what was done an hour before it (a speech started,
 * a delegate added), which nobody at the rostrum expects. They go, in every scope and session, and
 * the copy keeps when it was restored (`at`), so Undo can say there is nothing to undo since then.
 * An ordinary restart keeps the steps: only a restore calls this.
 */
export function startUndoAfresh(db: Db, at: number): void {
  db.transaction(() => {
    db.prepare('DELETE FROM undo_step').run();
    db.prepare('DELETE FROM redo_step').run();
    setSetting(db, UNDO_RESTORED_AT_SETTING, at);
  })();
}

/** When the database was last restored (startUndoAfresh), null if never: nothing from before it is undone. */
export function undoRestoredAt(db: Db): number | null {
  const at = getSetting<unknown>(db, UNDO_RESTORED_AT_SETTING);
  return typeof at === 'number' && Number.isSafeInteger(at) && at > 0 ? at : null;
}
