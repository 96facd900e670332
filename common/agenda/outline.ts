/**
 * Moving an item in the agenda's flat order (the Agenda view's ↑/↓ and Alt+↑/↓) without
 * breaking the programme's outline. The Live view and the hall show each sitting's items in
 * this order with sub-items under the main item above them, so a flat move that left a
 * verification report under the wrong report, or a sitting's item among another sitting's,
 * would make the two screens disagree.
 */

export interface OutlineRow {
  id: number;
  parentId: number | null;
  sittingId: number | null;
}

export interface OutlineMove {
  /** Every item's id in its new order. */
  order: number[];
  /** The moved item and its sub-items, which take `sittingId` when it differs from theirs. */
  block: number[];
  sittingId: number | null;
}

/**
 * The order after moving `id` to flat index `index`, counted without it (rows in agenda order):
 * - a main item moves with its sub-items, past a whole main item with its own, never between them;
 * - a sub-item moves only among its parent's sub-items;
 * - a main item that lands among another sitting's items takes that sitting (the item before it
 *   when moving down, the one after it when moving up), so each sitting's items stay together.
 * Null when nothing moves.
 */
export function moveInOutline(rows: OutlineRow[], id: number, index: number): OutlineMove | null {
  const from = rows.findIndex((r) => r.id === id);
  if (from < 0 || rows.length < 2) return null;
  const to = Math.max(0, Math.min(index, rows.length - 1));
  if (to === from) return null;
  const item = rows[from];
  const down = to > from;

  if (item.parentId !== null) {
    // Among its siblings only: the farthest sibling in the direction of the move, up to `to`.
    const siblings = rows.map((r, i) => [r, i] as const).filter(([r]) => r.parentId === item.parentId);
    const reachable = siblings.filter(([, i]) => (down ? i > from && i <= to : i < from && i >= to));
    if (reachable.length === 0) return null;
    const target = down ? reachable.at(-1)![1] : reachable[0][1];
    const order = rows.map((r) => r.id).filter((x) => x !== id);
    order.splice(target, 0, id);
    return { order, block: [id], sittingId: item.sittingId };
  }

  // The main item first: a sub-item left above it by an older version comes back under it.
  const block = [item, ...rows.filter((r) => r.parentId === id)];
  const rest = rows.filter((r) => r.id !== id && r.parentId !== id);
  // `index` counts as if the item were not in the list (so ↓ sends its index + 1); a place
  // inside another main item's sub-items moves on to the end of them (down) or to their main item (up).
  let at = Math.min(to, rest.length);
  if (down) while (at < rest.length && rest[at].parentId !== null) at++;
  else while (at > 0 && at < rest.length && rest[at].parentId !== null) at--;

  const before = rest[at - 1];
  const after = rest[at];
  const neighbour = down ? (before ?? after) : (after ?? before);
  const shares = [before, after].some((r) => r && r.sittingId === item.sittingId);
  const sittingId = shares || !neighbour ? item.sittingId : neighbour.sittingId;
  const order = [...rest.slice(0, at), ...block, ...rest.slice(at)].map((r) => r.id);
  if (sittingId === item.sittingId && order.every((x, i) => x === rows[i].id)) return null;
  return { order, block: block.map((r) => r.id), sittingId };
}

/**
 * Each item's number as a reader of the programme names it: main items 1, 2, 3…, a sub-item its
 * main item's number and its own, "2.1", "2.2" (rows in agenda order). Decimal rather than the
 * letters or bullets an office's file may use ("a)", "-", "1." under "II."): the import drops those
 * marks, offices mix them within one programme, and "2.1" names a sub-item on its own (a vote's
 * item, a toast) where "b" does not. A sub-item left above its main item counts as a main item.
 */
export function outlineNumbers(rows: readonly Pick<OutlineRow, 'id' | 'parentId'>[]): Map<number, string> {
  const numbers = new Map<number, string>();
  const subs = new Map<number, number>();
  let main = 0;
  for (const r of rows) {
    const parent = r.parentId === null ? undefined : numbers.get(r.parentId);
    if (parent === undefined || r.parentId === null) {
      numbers.set(r.id, String(++main));
      continue;
    }
    const n = (subs.get(r.parentId) ?? 0) + 1;
    subs.set(r.parentId, n);
    numbers.set(r.id, `${parent}.${n}`);
  }
  return numbers;
}
