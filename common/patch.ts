/**
 * Patches of the published state, applied the same way by the engine (to its own copy) and
 * by every screen (src/lib/live.svelte.ts), so the two cannot drift apart. Documented in
 * docs/protocol.md.
 *
 * - `rows`: the value at `path` is a list of rows with an `id`; rows in `upsert` replace the
 *   row with the same id in place or are appended, ids in `remove` are dropped, entries of
 *   `merge` (an id and the fields that changed) are merged into their row; then, only when
 *   the order changed, `move: [id, index]` moves one row, or `order` lists every id.
 *   Two compact forms: `pack` carries more upserts as a column list and one value array per
 *   row (a long list of rows sends its field names once), and `renumber` names a field that,
 *   after the order is applied, equals each row's index (an agenda move renumbers every item
 *   between its old and new place without sending each one).
 * - `set`: the value at `path` becomes `value`; without `value` the key is deleted.
 * An empty path means the slice itself.
 */
export type RowId = number | string;
export type Row = { id: RowId } & Record<string, unknown>;

export type PatchOp =
  | {
      op: 'rows';
      path: string[];
      upsert: Row[];
      remove: RowId[];
      merge?: Row[];
      move?: [RowId, number];
      order?: RowId[];
      renumber?: string;
      pack?: { cols: string[]; rows: unknown[][] };
      /** The field that identifies a row, when it is not `id` (e.g. a roll-call mark's `delegateId`). */
      key?: string;
    }
  | { op: 'set'; path: string[]; value?: unknown };

type Obj = Record<string, unknown>;

/** A new value with the ops applied; what the ops do not reach is shared, not copied. */
export function applyPatch<T>(value: T, ops: readonly PatchOp[]): T {
  let out: unknown = value;
  for (const op of ops) out = applyAt(out, op.path, 0, op);
  return out as T;
}

function applyAt(value: unknown, path: string[], i: number, op: PatchOp): unknown {
  if (i < path.length) {
    const key = path[i];
    if (Array.isArray(value)) {
      const copy = value.slice();
      copy[Number(key)] = applyAt(copy[Number(key)], path, i + 1, op);
      return copy;
    }
    const obj = { ...((value ?? {}) as Obj) };
    if (op.op === 'set' && i === path.length - 1 && !('value' in op)) {
      delete obj[key];
      return obj;
    }
    obj[key] = applyAt(obj[key], path, i + 1, op);
    return obj;
  }
  if (op.op === 'set') return op.value;
  return applyRows((value ?? []) as Row[], op);
}

/** How a row is identified: by `id`, or by the field an op names in `key`. */
const keyOf = (key: string | undefined) => (key ? (r: Row) => r[key] as RowId : (r: Row) => r.id);

function applyRows(list: readonly Row[], op: Extract<PatchOp, { op: 'rows' }>): Row[] {
  const idOf = keyOf(op.key);
  // One map of what happens to each named row, so each held row costs one lookup.
  // A removal wins over a change of the same row; an upsert over a merge.
  const upserts = op.pack ? [...op.upsert, ...unpack(op.pack)] : op.upsert;
  const change = new Map<RowId, { remove?: true; row?: Row; part?: Row }>();
  for (const r of op.merge ?? []) change.set(idOf(r), { part: r });
  for (const r of upserts) change.set(idOf(r), { row: r });
  for (const id of op.remove) change.set(id, { remove: true });
  if (op.remove.length === 0 && !op.move && !op.order && !op.renumber && change.size <= FEW_ROWS) return changeFew(list, change, upserts, idOf);
  const out: Row[] = [];
  const placed = new Set<RowId>();
  for (const row of list) {
    const id = idOf(row);
    const c = change.get(id);
    if (!c) {
      out.push(row);
      continue;
    }
    if (c.remove) continue;
    out.push(c.row ?? (c.part ? { ...row, ...c.part } : row));
    if (c.row) placed.add(id);
  }
  // Upserts of rows the list did not hold are appended, in the op's order.
  for (const r of upserts) if (!placed.has(idOf(r))) out.push(r);
  if (op.move) {
    const from = out.findIndex((r) => idOf(r) === op.move![0]);
    if (from >= 0) out.splice(op.move[1], 0, ...out.splice(from, 1));
  }
  const ordered = op.order ? reorder(out, op.order, idOf) : out;
  return op.renumber ? renumber(ordered, op.renumber) : ordered;
}

/** At most this many rows changed, each is looked for from the end rather than every held row looked up. */
const FEW_ROWS = 8;

/**
 * A few rows changed, none removed or moved (a question answered on a long questioning day): the
 * list is copied and those rows replaced where they stand, found from the end, where recent rows
 * are, so the cost is a copy of the list, not a lookup per row held. Same result as applyRows.
 */
function changeFew(list: readonly Row[], change: Map<RowId, { row?: Row; part?: Row }>, upserts: readonly Row[], idOf: (r: Row) => RowId): Row[] {
  const out = list.slice();
  const placed = new Set<RowId>();
  for (const [id, c] of change) {
    const i = rowIndex(list, id, idOf);
    if (i < 0) continue;
    out[i] = c.row ?? { ...list[i], ...c.part };
    if (c.row) placed.add(id);
  }
  for (const r of upserts) if (!placed.has(idOf(r))) out.push(r);
  return out;
}

/** Where the row with this id is in the list, looked for from the end (-1 when it is not there). */
export function rowIndex(list: readonly Row[], id: RowId, idOf: (r: Row) => RowId = (r) => r.id): number {
  for (let i = list.length - 1; i >= 0; i--) if (idOf(list[i]) === id) return i;
  return -1;
}

function reorder(rows: readonly Row[], order: readonly RowId[], idOf: (r: Row) => RowId): Row[] {
  const byId = new Map(rows.map((r) => [idOf(r), r]));
  return order.map((id) => byId.get(id)).filter((r): r is Row => r !== undefined);
}

/** Each row's `field` set to its index (rows already right are kept as they are). */
function renumber(rows: Row[], field: string): Row[] {
  return rows.map((r, i) => (r[field] === i ? r : { ...r, [field]: i }));
}

function unpack(pack: { cols: string[]; rows: unknown[][] }): Row[] {
  return pack.rows.map((values) => Object.fromEntries(pack.cols.map((c, i) => [c, values[i]])) as Row);
}

/**
 * The same op with its upserts in the packed form, when there are several and every one has
 * the first row's fields in the same order and no undefined value (JSON would turn it into
 * null inside an array). Applying either form gives the same rows in the same order.
 */
export function packRows(op: PatchOp): PatchOp {
  if (op.op !== 'rows' || op.upsert.length < 3 || op.pack) return op;
  const cols = Object.keys(op.upsert[0]);
  const same = (r: Row) => {
    const keys = Object.keys(r);
    return keys.length === cols.length && keys.every((k, i) => k === cols[i] && r[k] !== undefined);
  };
  if (!op.upsert.every(same)) return op;
  return { ...op, upsert: [], pack: { cols, rows: op.upsert.map((r) => cols.map((c) => r[c])) } };
}

/** Equal as JSON would send them; plain values are compared without serialising them. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return typeof a === 'object' && typeof b === 'object' && a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b);
}

/**
 * How `row` differs from `old` as a patch entry: nothing, the fields that changed (merge, when
 * fewer than half did: a renumbered item sends its position only), or the whole row.
 */
export function rowChange(old: Row | undefined, row: Row, key = 'id'): { upsert?: Row; merge?: Row } {
  if (!old) return { upsert: row };
  const changed = { [key]: row[key] } as Row;
  let n = 0;
  for (const key of Object.keys(row)) {
    if (!sameValue(old[key], row[key])) {
      changed[key] = row[key];
      n++;
    }
  }
  if (Object.keys(old).some((k) => !(k in row))) return { upsert: row };
  if (n === 0) return {};
  return n * 2 < Object.keys(row).length ? { merge: changed } : { upsert: row };
}

/** Sets the op's order fields so that applying it gives `wanted`: nothing, one move, or the whole order. */
export function setOrder(op: Extract<PatchOp, { op: 'rows' }>, applied: readonly Row[], wanted: readonly RowId[]): void {
  const idOf = keyOf(op.key);
  if (applied.length === wanted.length && applied.every((r, i) => idOf(r) === wanted[i])) return;
  if (applied.length === wanted.length) {
    // One row moved? Take each candidate out of the applied order and see if the rest matches.
    const ids = applied.map(idOf);
    const first = ids.findIndex((id, i) => id !== wanted[i]);
    for (const id of [ids[first], wanted[first]]) {
      const rest = ids.filter((x) => x !== id);
      const to = wanted.indexOf(id);
      rest.splice(to, 0, id);
      if (rest.every((x, i) => x === wanted[i])) {
        op.move = [id, to];
        return;
      }
    }
  }
  op.order = [...wanted];
}

const isRowList = (v: unknown): v is Row[] =>
  Array.isArray(v) && v.every((r) => r !== null && typeof r === 'object' && !Array.isArray(r) && (typeof (r as Obj).id === 'number' || typeof (r as Obj).id === 'string'));

const isPlainObject = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The ops that turn `prev` into `next`, as small as plain structure allows: lists of rows
 * with ids become `rows` ops carrying only the rows that changed, objects are compared key
 * by key, anything else that differs is `set`. Used for slices that are rebuilt whole: the
 * build costs what it costs, but what is sent is only what changed.
 */
export function diff(prev: unknown, next: unknown, path: string[] = [], out: PatchOp[] = []): PatchOp[] {
  if (prev === next) return out;
  if (isRowList(prev) && isRowList(next)) {
    const before = new Map(prev.map((r) => [r.id, r]));
    const op: Extract<PatchOp, { op: 'rows' }> = { op: 'rows', path, upsert: [], remove: [] };
    for (const row of next) {
      const change = rowChange(before.get(row.id), row);
      if (change.upsert) op.upsert.push(change.upsert);
      if (change.merge) (op.merge ??= []).push(change.merge);
    }
    const nextIds = new Set(next.map((r) => r.id));
    op.remove = prev.filter((r) => !nextIds.has(r.id)).map((r) => r.id);
    setOrder(op, applyRows(prev, op), next.map((r) => r.id));
    if (op.upsert.length || op.remove.length || op.merge || op.move || op.order) out.push(op);
    return out;
  }
  if (isPlainObject(prev) && isPlainObject(next)) {
    for (const key of Object.keys(prev)) if (!(key in next)) out.push({ op: 'set', path: [...path, key] });
    for (const key of Object.keys(next)) {
      if (!(key in prev)) out.push({ op: 'set', path: [...path, key], value: next[key] });
      else diff(prev[key], next[key], [...path, key], out);
    }
    return out;
  }
  if (JSON.stringify(prev) !== JSON.stringify(next)) out.push({ op: 'set', path, value: next });
  return out;
}
