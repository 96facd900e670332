export const ABSENCE_STATUSES = ['absent', 'excused', 'late', 'left'] as const;

/** `late`: arrived late at `time` (present since); `left`: left early at `time` (gone since). */
export type AbsenceStatus = (typeof ABSENCE_STATUSES)[number];

/**
 * A roll call's marks: the exceptions, and `present`, a delegate the secretary has seen in the
 * hall (confirmed present). Whoever has no mark is not marked yet, and counts as present by the
 * roll call's rule (quorum and votes): a confirmed mark changes no figure, only what is checked.
 */
export const MARK_STATUSES = ['present', ...ABSENCE_STATUSES] as const;
export type MarkStatus = (typeof MARK_STATUSES)[number];

export interface RollCall {
  id: number;
  sessionId: number;
  /** The sitting's name as it reads now ("2026-12-08 sáng") when taken for one, else as typed. */
  sittingLabel: string;
  /** The agenda's sitting it was taken for; null when typed by a council without sittings. */
  sittingId: number | null;
  openedAt: number;
  /** The council's seats when the roll call was taken (null: not known, from before this was kept). */
  seats: number | null;
  /** The voting delegates it was taken against (its roster then): with `seats`, its vacant seats. */
  members: number;
}

export interface Mark {
  delegateId: number;
  status: MarkStatus;
  /** "HH:MM" for late arrival and early leave, else null. */
  time: string | null;
}

/**
 * Is someone with this mark in the hall now? Unmarked (counted present) and confirmed present are;
 * late arrivals are once their arrival time is known; a late mark without a time means "not
 * arrived yet" (chưa đến), and the rest are away.
 */
export const isPresent = (mark: Pick<Mark, 'status' | 'time'> | undefined): boolean =>
  !mark || mark.status === 'present' || (mark.status === 'late' && mark.time !== null);

/** "08:05": a moment on this machine's clock face, as the marks' times are typed. */
export function clockOf(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/**
 * Was someone with this mark in the hall at `clock` ("HH:MM")? `isPresent` asks about now; the
 * record asks about a moment past, so the times count: one who left at 10:40 was still in at
 * 10:30, one who arrived at 10:40 was not yet. A late or leave mark without a time reads as now.
 */
export function presentAt(mark: Pick<Mark, 'status' | 'time'> | undefined, clock: string): boolean {
  if (!mark || mark.status === 'present') return true;
  if (mark.status === 'late') return mark.time !== null && mark.time <= clock;
  if (mark.status === 'left') return mark.time !== null && mark.time > clock;
  return false;
}

/**
 * Has a roll call recorded anyone away: absent (with or without leave), late or left early? A
 * confirmed present mark ("p") records nobody away, so the hall keeps saying "no absence recorded
 * yet" through a secretary's first confirmations, until the first exception is marked.
 */
export const absenceRecorded = (marks: readonly Pick<Mark, 'status'>[]): boolean => marks.some((m) => m.status !== 'present');

/**
 * Delegates marked away by a roll call's marks; everyone without a mark is here. Pure, so the
 * engine (speaker queue, votes) and the screens (the queue's "away" badge, the hall's next
 * speakers) apply one rule to the same marks.
 */
export function awayFrom(marks: readonly Pick<Mark, 'delegateId' | 'status' | 'time'>[]): Set<number> {
  return new Set(marks.filter((m) => !isPresent(m)).map((m) => m.delegateId));
}

/**
 * Whom a chair's "next" key calls from a queue (the speaker queue's `n`, the questioning's `n`): the
 * first waiting entry, in queue order, whose person (`personOf`: the speaker, the slip's asker) is
 * in the hall, with the entries passed over before it because their person is away (they keep their
 * place); or why nobody. The engine calls by it and the console greys its button and words its
 * toast by it, so the two never disagree about whom the key calls.
 */
export function nextWaiting<S>(
  queue: readonly S[],
  personOf: (entry: S) => number,
  isHere: (delegateId: number) => boolean,
): { next: S; passed: S[] } | { none: 'queue-empty' | 'nobody-present' } {
  if (queue.length === 0) return { none: 'queue-empty' };
  const at = queue.findIndex((s) => isHere(personOf(s)));
  return at < 0 ? { none: 'nobody-present' } : { next: queue[at], passed: queue.slice(0, at) };
}

/**
 * A roll call's voting delegates in its three groups, from the attendance slice's counts: seen
 * in the hall (marked present, or late with the time they came in), away (absent with or without
 * leave, not arrived yet, left early), and not marked, who count as present by the rule. Present
 * (quorum, votes) is `confirmed + unmarked`. Null before any roll call.
 */
export function rollCallGroups(att: { present: number; marked: number | null; assumed: number }): { confirmed: number; away: number; unmarked: number } | null {
  if (att.marked === null) return null;
  const confirmed = att.present - att.assumed;
  return { confirmed, away: att.marked - confirmed, unmarked: att.assumed };
}
