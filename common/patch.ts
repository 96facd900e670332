/**
 * Patches of the published state, applied the same way by the engine (to its own copy) and
 * by every screen (src/lib/live.svelte.ts), so the two cannot drift apart. Documented in
 * docs/protocol.md.
 *
 * - `rows`: the value at `path` is a list of rows with an `id`; rows in `upsert` replace the
 *   row with the same id in place or are appended, ids in `remove` are dropped, and `order`
 *   (sent only when the order changed) lists every id in the new order.
 * - `set`: the value at `path` becomes `value`; without `value` the key is deleted.
 * An empty path means the slice itself.
 */
export type RowId = number | string;
export type Row = { id: RowId } & Record<string, unknown>;

export type PatchOp =
  | { op: 'rows'; path: string[]; upsert: Row[]; remove: RowId[]; order?: RowId[] }
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

function applyRows(list: readonly Row[], op: Extract<PatchOp, { op: 'rows' }>): Row[] {
  const removed = new Set(op.remove);
  const upserts = new Map(op.upsert.map((r) => [r.id, r]));
  const out: Row[] = [];
  for (const row of list) {
    if (removed.has(row.id)) continue;
    const next = upserts.get(row.id);
    out.push(next ?? row);
    if (next) upserts.delete(row.id);
  }
  out.push(...upserts.values());
  if (!op.order) return out;
  const byId = new Map(out.map((r) => [r.id, r]));
  return op.order.map((id) => byId.get(id)).filter((r): r is Row => r !== undefined);
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
    const upsert: Row[] = [];
    for (const row of next) {
      const old = before.get(row.id);
      if (!old || JSON.stringify(old) !== JSON.stringify(row)) upsert.push(row);
    }
    const nextIds = new Set(next.map((r) => r.id));
    const remove = prev.filter((r) => !nextIds.has(r.id)).map((r) => r.id);
    const op: PatchOp = { op: 'rows', path, upsert, remove };
    const applied = applyRows(prev, op);
    if (applied.some((r, i) => r.id !== next[i].id) || applied.length !== next.length) op.order = next.map((r) => r.id);
    if (upsert.length || remove.length || op.order) out.push(op);
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
