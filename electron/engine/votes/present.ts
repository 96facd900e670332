import type { Delegate } from '../../store/delegates';

/**
 * Who may vote and how many are present. Attendance is being built separately; until it
 * lands, every voting delegate on the roster counts as present and the secretary may
 * enter a smaller number when opening a vote. This is the one place to swap for the roll call.
 */
export function presentVoters(delegates: readonly Delegate[]): Delegate[] {
  return delegates.filter((d) => d.voting);
}
