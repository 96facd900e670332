export const ABSENCE_STATUSES = ['absent', 'excused', 'late', 'left'] as const;

/** `late`: arrived late at `time` (present since); `left`: left early at `time` (gone since). */
export type AbsenceStatus = (typeof ABSENCE_STATUSES)[number];

export interface RollCall {
  id: number;
  sessionId: number;
  sittingLabel: string;
  openedAt: number;
  /** The council's seats when the roll call was taken (null: not known, from before this was kept). */
  seats: number | null;
}

export interface Mark {
  delegateId: number;
  status: AbsenceStatus;
  /** "HH:MM" for late arrival and early leave, else null. */
  time: string | null;
}

/**
 * Is someone with this mark in the hall now? Late arrivals are once their arrival time is
 * known; a late mark without a time means "not arrived yet" (chưa đến), and the rest are away.
 */
export const isPresent = (mark: Pick<Mark, 'status' | 'time'> | undefined): boolean => !mark || (mark.status === 'late' && mark.time !== null);

/**
 * Delegates marked away by a roll call's marks; everyone without a mark is here. Pure, so the
 * engine (speaker queue, votes) and the screens (the queue's "away" badge, the hall's next
 * speakers) apply one rule to the same marks.
 */
export function awayFrom(marks: readonly Pick<Mark, 'delegateId' | 'status' | 'time'>[]): Set<number> {
  return new Set(marks.filter((m) => !isPresent(m)).map((m) => m.delegateId));
}
