/**
 * Seat counts the 2025 Law on the Organisation of Local Government (72/2025/QH15) allows per
 * level: a province council has 50 up to 85 seats (Hà Nội and Ho Chi Minh City up to 125), a
 * commune council (xã, phường, đặc khu) 15 up to 30. District councils ended in July 2025, so
 * no range is checked for them, nor for other assemblies. A count outside is a warning only:
 * the law has exceptions, and the chair knows the council.
 */
export type SeatLevel = 'province' | 'commune' | 'district' | 'other';

export interface SeatRange {
  min: number;
  /** The usual maximum. */
  max: number;
  /** The largest any council of the level may have (Hà Nội, TP.HCM). */
  absoluteMax: number;
}

export const SEAT_RANGES: Partial<Record<SeatLevel, SeatRange>> = {
  province: { min: 50, max: 85, absoluteMax: 125 },
  commune: { min: 15, max: 30, absoluteMax: 30 },
};

/**
 * The seats the council form proposes for a level until the secretary types the real count: a
 * province the law's least (50); a commune its most (30), which the communes merged in 2025, far
 * larger than the old ones, mostly reach; a district (older sessions) the 2015 law's least (30).
 */
export const PROPOSED_SEATS: Record<SeatLevel, number> = { province: 50, commune: 30, district: 30, other: 50 };

/**
 * A district council's seats under the 2015 law (30, up to 40), before district councils ended:
 * a count outside the chosen level's range but within this is most likely a district council
 * saved under the wrong level (in the list, Xã comes right after Tỉnh).
 */
export const DISTRICT_SEATS_BEFORE_2025 = { min: 30, max: 40 };

/** The count is outside the level's range and would be a district council's: the level, not the count, is likely wrong. */
export function mayBeDistrict(level: SeatLevel, seats: number): boolean {
  const { min, max } = DISTRICT_SEATS_BEFORE_2025;
  return seatWarning(level, seats) !== null && seats >= min && seats <= max;
}

/** 'low' / 'high' when the count is outside its level's range, 'special' between the usual and the absolute maximum, else null. */
export function seatWarning(level: SeatLevel, seats: number): 'low' | 'high' | 'special' | null {
  const r = SEAT_RANGES[level];
  if (!r || !Number.isInteger(seats) || seats < 1) return null;
  if (seats < r.min) return 'low';
  if (seats > r.absoluteMax) return 'high';
  if (seats > r.max) return 'special';
  return null;
}
