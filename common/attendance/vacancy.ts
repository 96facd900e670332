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
