import type { Db } from './db';

/**
 * Undo by before-images: an undoable command records how the rows it touches looked
 * before (or that they did not exist), and undo puts them back, in one transaction.
 * Generic over tables with an `id INTEGER PRIMARY KEY`; table names come from code only.
 */
interface RowImage {
  table: string;
  id: number;
  /** The row as it was, or null if the command created it. */
  row: Record<string, unknown> | null;
}

/** How many steps each scope keeps; older ones are forgotten. */
const DEPTH = 50;

export class UndoRecorder {
  private readonly images: RowImage[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly db: Db) {}

  /** Call before changing or deleting a row. */
  before(table: string, id: number): this {
    const key = `${table}:${id}`;
    if (this.seen.has(key)) return this;
    this.seen.add(key);
    const row = this.db.prepare(`SELECT * FROM "${table}" WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
    this.images.push({ table, id, row: row ?? null });
    return this;
  }

  /** Call after inserting a row: undo deletes it. */
  created(table: string, id: number): this {
    const key = `${table}:${id}`;
    if (!this.seen.has(key)) {
      this.seen.add(key);
      this.images.push({ table, id, row: null });
    }
    return this;
  }

  save(scope: string, label: string, at: number): void {
    this.db.prepare('INSERT INTO undo_step (scope, label, at, images) VALUES (?, ?, ?, ?)').run(scope, label, at, JSON.stringify(this.images));
    this.db
      .prepare('DELETE FROM undo_step WHERE scope = ? AND id NOT IN (SELECT id FROM undo_step WHERE scope = ? ORDER BY id DESC LIMIT ?)')
      .run(scope, scope, DEPTH);
  }
}

/** The label of the step undo would take back in this scope, if any. */
export function peekUndo(db: Db, scope: string): string | null {
  const row = db.prepare('SELECT label FROM undo_step WHERE scope = ? ORDER BY id DESC LIMIT 1').get(scope) as { label: string } | undefined;
  return row?.label ?? null;
}

/** Restores the latest step of a scope and forgets it; returns its label, or null if none. */
export function applyUndo(db: Db, scope: string): string | null {
  const step = db.prepare('SELECT id, label, images FROM undo_step WHERE scope = ? ORDER BY id DESC LIMIT 1').get(scope) as
    | { id: number; label: string; images: string }
    | undefined;
  if (!step) return null;
  const images = JSON.parse(step.images) as RowImage[];
  // Later images first, so rows created last are removed before what they depend on.
  for (const { table, id, row } of images.reverse()) {
    const exists = db.prepare(`SELECT 1 FROM "${table}" WHERE id = ?`).get(id) !== undefined;
    if (row === null) {
      if (exists) db.prepare(`DELETE FROM "${table}" WHERE id = ?`).run(id);
    } else if (exists) {
      const cols = Object.keys(row).filter((c) => c !== 'id');
      db.prepare(`UPDATE "${table}" SET ${cols.map((c) => `"${c}" = @${c}`).join(', ')} WHERE id = @id`).run(row);
    } else {
      const cols = Object.keys(row);
      db.prepare(`INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(row);
    }
  }
  db.prepare('DELETE FROM undo_step WHERE id = ?').run(step.id);
  return step.label;
}
