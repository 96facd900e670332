/**
 * Quorum arithmetic in whole numbers, so 2/3 of 90 is exactly 60 and no float rounding
 * decides whether a sitting may proceed. The share is of the council's total seats.
 */
export interface Share {
  numerator: number;
  denominator: number;
}

/** Fewest people that make the share of `total`, at least: ceil(total × n / d). */
export function quorumNeeded(total: number, share: Share): number {
  return Math.floor((total * share.numerator + share.denominator - 1) / share.denominator);
}

export function hasQuorum(present: number, total: number, share: Share): boolean {
  return present * share.denominator >= total * share.numerator;
}
