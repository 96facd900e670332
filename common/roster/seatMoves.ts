/**
 * The order in which people re-seated by one import take their new seats, each onto a seat free
 * at that moment: a seat is unique, so 5 → 6 waits until 6's holder has moved on to 7. Each person
 * moves once, so the reverse order is as valid, and the import's undo (which puts rows back in
 * reverse) never finds a seat still held. Two people swapping seats (5 ↔ 6) have no such order:
 * `blocked` names the seats, and the import is refused rather than passing through a seat nobody holds.
 *
 * `held` is who holds each seat once the moves in `order` are made: a person whose move is blocked
 * keeps the seat they have. The one rule for a new person's seat, in the preview and the engine
 * alike: it must not be in `held` (a seat freed only by a refused swap is not free).
 */
export interface SeatMove {
  id: number;
  to: number;
}

export function orderSeatMoves<M extends SeatMove>(holders: ReadonlyMap<number, number>, moves: readonly M[]): { order: M[]; blocked: M[]; held: Map<number, number> } {
  const heldBy = new Map(holders);
  const seatOf = new Map([...holders].map(([seat, id]) => [id, seat]));
  const order: M[] = [];
  let pending = [...moves];
  for (;;) {
    const ready = pending.filter((m) => (heldBy.get(m.to) ?? m.id) === m.id);
    if (ready.length === 0) return { order, blocked: pending, held: heldBy };
    for (const m of ready) {
      const from = seatOf.get(m.id);
      if (from !== undefined) heldBy.delete(from);
      heldBy.set(m.to, m.id);
      seatOf.set(m.id, m.to);
      order.push(m);
    }
    pending = pending.filter((m) => !ready.includes(m));
  }
}
