/**
 * "Present" is always said against the council's total seats (tổng số đại biểu): the base the law
 * measures a resolution's majority and the quorum against (DESIGN.md §3), the vote's snapshot
 * `seats` and the minutes' "có mặt … trên tổng số …". A seat nobody holds (a delegate who died,
 * resigned or was dismissed, not yet replaced) still counts in that total, so a roster of 79 for 80
 * seats can never show 80/80. The figure then names the vacancy, "76/80 đại biểu (1 ghế khuyết)",
 * so a reader does not take the missing one for an absentee, and the console, the hall and the
 * record say the same 76/80.
 */

/** The seats no voting delegate holds: the seats less those the roll call (or the roster) counts; never negative. */
export function vacantSeats(seats: number, holders: number): number {
  return Math.max(0, seats - holders);
}

/** A ballot as far as its vacancy goes: the seats it opened with, when, and the roll call it kept. */
export interface BallotOpening {
  seats: number;
  openedAt: number | null;
  /** The roll call its "present" came from; null when the secretary typed the count (or a personnel vote, which keeps none). */
  rollCallId?: number | null;
}

/**
 * The roll call a ballot opened under: its own when it kept one, else the last taken before it
 * opened (a count the secretary typed, a personnel vote); undefined before any or when it never
 * opened. `calls` in the order they were taken, as the attendance slice and the store list them.
 */
export function rollCallOfBallot<C extends { id: number; openedAt: number }>(calls: readonly C[], ballot: Omit<BallotOpening, 'seats'>): C | undefined {
  const own = ballot.rollCallId == null ? undefined : calls.find((c) => c.id === ballot.rollCallId);
  if (own || ballot.openedAt === null) return own;
  const at = ballot.openedAt;
  return calls.filter((c) => c.openedAt <= at).at(-1);
}

/**
 * The seats no voting delegate held when a ballot opened, of the seats it opened with: by the
 * roster of the roll call it opened under (rollCallOfBallot), so a delegate added or removed since,
 * or a vacancy filled, does not change a past vote's "76/80 (1 ghế khuyết)". The roster then
 * (`holdersNow`) only when no roll call had been taken by then: so the rule is applied once, as the
 * ballot opens (electron/features/attendance/store.ts vacantAtOpeningIn), and the figure kept with
 * it (`vacant`), which the console and the counting records read.
 */
export function vacantAtOpening(calls: readonly { id: number; openedAt: number; members: number }[], ballot: BallotOpening, holdersNow: number): number {
  return vacantSeats(ballot.seats, rollCallOfBallot(calls, ballot)?.members ?? holdersNow);
}
