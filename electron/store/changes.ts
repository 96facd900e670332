import type { Db } from './db';

/**
 * The record of what a command touched. Every table of the database gets three TEMP
 * triggers (per connection, never stored in the file) that write (table, key, op, the row's
 * image before the change) into a TEMP table. Store code needs no cooperation: a table
 * added by a later migration is covered as soon as the capture is (re)installed, which the
 * engine does when it opens the database and whenever the schema version changes.
 *
 * The key is the table's single-column primary key (`id`, or `setting.key`), else the rowid
 * (tables with a composite key such as `vote_mark`). Images are JSON objects of every
 * column; BLOB columns are stored as hex and restored with unhex().
 */

/**
 * Tables whose writes are not recorded: the journal (one row per command, never read back by a
 * slice), the replies kept for commands sent again (store/replies.ts; an undo must not take
 * back that a command ran) and who changed each field last (engine/edits.ts; an undo is itself
 * a change of the fields it restores).
 */
const UNRECORDED = new Set(['journal', 'command_reply', 'field_change']);
/**
 * Columns left out of a table's images: an undo (or redo) step's row carries every image of its command,
 * and nothing restores or compares an undo step (the `undo` slice reads its scope), so copying
 * that text into the record whenever older steps are dropped would be wasted.
 */
const NOT_IMAGED: Record<string, ReadonlySet<string>> = { undo_step: new Set(['images']), redo_step: new Set(['images']) };

export interface TableShape {
  name: string;
  /** Primary-key column, or null when rows are keyed by rowid. */
  keyColumn: string | null;
  columns: string[];
  blobs: Set<string>;
}

export type Key = number | string;
export type ChangeOp = 'insert' | 'update' | 'delete';

/** One row a command touched: its key and how it looked before the command (null: it did not exist). */
export interface Touch {
  table: string;
  key: Key;
  /** The first operation the command did on the row. */
  op: ChangeOp;
  /** JSON image before the command, null if the command created it. */
  before: string | null;
  /**
   * The columns the command's updates changed (union over its updates), or null when the row
   * was inserted or deleted (every column counts as changed). Lets a slice skip rows whose
   * change it does not show (e.g. an agenda item renumbered by a move).
   */
  cols?: ReadonlySet<string> | null;
}

/** What one command touched, by table then key, in first-touched order. */
export class Touched {
  readonly byTable = new Map<string, Map<Key, Touch>>();

  add(t: Touch): void {
    let rows = this.byTable.get(t.table);
    if (!rows) this.byTable.set(t.table, (rows = new Map()));
    const first = rows.get(t.key);
    if (!first) {
      rows.set(t.key, t);
      return;
    }
    // The first touch keeps the before-image; the changed columns are the union of all.
    if (first.cols === undefined || first.cols === null) return;
    const cols = t.cols === undefined || t.cols === null ? null : new Set([...first.cols, ...t.cols]);
    rows.set(t.key, { ...first, cols });
  }

  /**
   * Did the command change `column` of some row of `table` (inserting or deleting a row counts;
   * a touch recorded without columns counts as changing all)?
   */
  changed(table: string, column: string): boolean {
    for (const t of this.byTable.get(table)?.values() ?? []) if (!t.cols || t.cols.has(column)) return true;
    return false;
  }

  has(table: string): boolean {
    return this.byTable.has(table);
  }

  /** The keys touched in a table (empty when none). */
  keys(table: string): Key[] {
    return [...(this.byTable.get(table)?.keys() ?? [])];
  }

  rows(table: string): Touch[] {
    return [...(this.byTable.get(table)?.values() ?? [])];
  }

  get size(): number {
    let n = 0;
    for (const rows of this.byTable.values()) n += rows.size;
    return n;
  }

  all(): Touch[] {
    return [...this.byTable.values()].flatMap((rows) => [...rows.values()]);
  }
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

function imageSql(shape: TableShape, row: string): string {
  const parts = shape.columns
    .filter((c) => !NOT_IMAGED[shape.name]?.has(c))
    .map((c) => `'${c.replace(/'/g, "''")}', ${shape.blobs.has(c) ? `hex(${row}.${q(c)})` : `${row}.${q(c)}`}`);
  return `json_object(${parts.join(', ')})`;
}

/** SQL giving the names of the columns an UPDATE changed, comma-separated ('' when none). */
function changedSql(shape: TableShape): string {
  const parts = shape.columns.map((c) => `CASE WHEN OLD.${q(c)} IS NOT NEW.${q(c)} THEN '${c.replace(/'/g, "''")},' ELSE '' END`);
  return parts.length > 0 ? parts.join(' || ') : "''";
}

const keyOf = (shape: TableShape, row: string) => (shape.keyColumn ? `${row}.${q(shape.keyColumn)}` : `${row}.rowid`);

/** Reads the shape of every recorded table from the schema. */
export function readShapes(db: Db): Map<string, TableShape> {
  const tables = db
    .prepare("SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  const shapes = new Map<string, TableShape>();
  for (const name of tables) {
    if (UNRECORDED.has(name)) continue;
    const cols = db.prepare(`SELECT name, type, pk FROM pragma_table_info(?)`).all(name) as { name: string; type: string; pk: number }[];
    const pk = cols.filter((c) => c.pk > 0);
    shapes.set(name, {
      name,
      keyColumn: pk.length === 1 ? pk[0].name : null,
      columns: cols.map((c) => c.name),
      blobs: new Set(cols.filter((c) => /BLOB/i.test(c.type)).map((c) => c.name)),
    });
  }
  return shapes;
}

/**
 * Installs (or re-installs after a migration) the TEMP change table and the triggers of
 * every table. Returns the shapes it covered.
 */
export function installCapture(db: Db): Map<string, TableShape> {
  const shapes = readShapes(db);
  installed.set(db, shapes);
  db.exec('CREATE TEMP TABLE IF NOT EXISTS gavel_change (seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, key ANY, op TEXT NOT NULL, old TEXT, cols TEXT)');
  const existing = db.prepare("SELECT name FROM temp.sqlite_schema WHERE type = 'trigger' AND name LIKE 'gavel_capture_%'").pluck().all() as string[];
  for (const name of existing) db.exec(`DROP TRIGGER temp.${q(name)}`);
  for (const shape of shapes.values()) {
    const t = q(shape.name);
    const lit = `'${shape.name.replace(/'/g, "''")}'`;
    const trig = (suffix: string) => q(`gavel_capture_${shape.name}_${suffix}`);
    db.exec(`
      CREATE TEMP TRIGGER ${trig('i')} AFTER INSERT ON main.${t} BEGIN
        INSERT INTO temp.gavel_change (tbl, key, op, old) VALUES (${lit}, ${keyOf(shape, 'NEW')}, 'insert', NULL);
      END;
      CREATE TEMP TRIGGER ${trig('u')} AFTER UPDATE ON main.${t} BEGIN
        INSERT INTO temp.gavel_change (tbl, key, op, old, cols) VALUES (${lit}, ${keyOf(shape, 'OLD')}, 'update', ${imageSql(shape, 'OLD')}, ${changedSql(shape)});
        INSERT INTO temp.gavel_change (tbl, key, op, old) SELECT ${lit}, ${keyOf(shape, 'NEW')}, 'insert', NULL WHERE ${keyOf(shape, 'NEW')} IS NOT ${keyOf(shape, 'OLD')};
      END;
      CREATE TEMP TRIGGER ${trig('d')} AFTER DELETE ON main.${t} BEGIN
        INSERT INTO temp.gavel_change (tbl, key, op, old) VALUES (${lit}, ${keyOf(shape, 'OLD')}, 'delete', ${imageSql(shape, 'OLD')});
      END;
    `);
  }
  return shapes;
}

const installed = new WeakMap<Db, Map<string, TableShape>>();

/** The shapes the capture of this connection covers (installing it on first use). */
export function capturedShapes(db: Db): Map<string, TableShape> {
  return installed.get(db) ?? installCapture(db);
}

/** Forgets what was recorded so far (start of a command). */
export function clearChanges(db: Db): void {
  db.prepare('DELETE FROM temp.gavel_change').run();
}

/** What was recorded since the last clear, first image per row. */
export function readChanges(db: Db): Touched {
  const touched = new Touched();
  const rows = db.prepare('SELECT tbl, key, op, old, cols FROM temp.gavel_change ORDER BY seq').raw().all() as [string, Key, ChangeOp, string | null, string | null][];
  for (const [table, key, op, before, cols] of rows) {
    touched.add({ table, key, op, before, cols: op === 'update' && cols !== null ? new Set(cols.split(',').slice(0, -1)) : null });
  }
  return touched;
}

/** The current image of one row (same form as the recorded ones), or null if it does not exist. */
export function currentImage(db: Db, shape: TableShape, key: Key): string | null {
  let sql = imageQueries.get(shape);
  if (!sql) {
    sql = `SELECT ${imageSql(shape, q(shape.name))} FROM main.${q(shape.name)} WHERE ${shape.keyColumn ? q(shape.keyColumn) : 'rowid'} = ?`;
    imageQueries.set(shape, sql);
  }
  return (db.prepare(sql).pluck().get(key) as string | undefined) ?? null;
}

/** Each shape's image query, built once: its SQL text is long and never changes. */
const imageQueries = new WeakMap<TableShape, string>();

/** A recorded image as a row object (BLOB columns still hex). */
export function parseImage(image: string | null): Record<string, unknown> | null {
  return image === null ? null : (JSON.parse(image) as Record<string, unknown>);
}

/**
 * Puts one row back as an image describes it: deletes it (null), updates it, or inserts it
 * with its old key (and rowid), so references to it stay valid.
 */
export function restoreImage(db: Db, shape: TableShape, key: Key, image: string | null): void {
  const t = `main.${q(shape.name)}`;
  const where = shape.keyColumn ? q(shape.keyColumn) : 'rowid';
  if (image === null) {
    db.prepare(`DELETE FROM ${t} WHERE ${where} = ?`).run(key);
    return;
  }
  const row = JSON.parse(image) as Record<string, unknown>;
  const cols = shape.columns.filter((c) => c in row);
  const value = (c: string) => (shape.blobs.has(c) ? `unhex(json_extract(@image, ${jsonPath(c)}))` : `json_extract(@image, ${jsonPath(c)})`);
  const exists = db.prepare(`SELECT 1 FROM ${t} WHERE ${where} = ?`).get(key) !== undefined;
  if (exists) {
    const sets = cols.filter((c) => c !== shape.keyColumn).map((c) => `${q(c)} = ${value(c)}`);
    if (sets.length > 0) db.prepare(`UPDATE ${t} SET ${sets.join(', ')} WHERE ${where} = @key`).run({ image, key });
  } else {
    const names = [...(shape.keyColumn ? [] : ['rowid']), ...cols];
    const values = [...(shape.keyColumn ? [] : ['@key']), ...cols.map(value)];
    db.prepare(`INSERT INTO ${t} (${names.map((n) => (n === 'rowid' ? n : q(n))).join(', ')}) VALUES (${values.join(', ')})`).run({ image, key });
  }
}

const jsonPath = (c: string) => `'$."${c.replace(/'/g, "''").replace(/"/g, '\\"')}"'`;
