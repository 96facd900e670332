export const ABSENCE_STATUSES = ['absent', 'excused', 'late', 'left'] as const;

/** `late`: arrived late at `time` (present since); `left`: left early at `time` (gone since). */
export type AbsenceStatus = (typeof ABSENCE_STATUSES)[number];

export interface RollCall {
  id: number;
  sessionId: number;
  sittingLabel: string;
  openedAt: number;
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
