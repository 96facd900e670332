import type { Db } from '../store/db';
import { getCurrentRollCallId, isPresent, listMarks, type Mark } from '../store/attendance';

/**
 * Delegates marked away by a roll call's marks; everyone without a mark is here. Pure, so the
 * engine (speaker queue, votes) and the screens (the queue's "away" badge, the hall's next
 * speakers) apply one rule to the same marks.
 */
export function awayFrom(marks: readonly Pick<Mark, 'delegateId' | 'status' | 'time'>[]): Set<number> {
  return new Set(marks.filter((m) => !isPresent(m)).map((m) => m.delegateId));
}

/**
 * Who is in the hall now, by the current sitting's roll call. Before any roll call of the
 * session everyone counts as present, so a queue can run before attendance is taken.
 */
export function presence(db: Db, sessionId: number): { rollCallId: number | null; isHere: (delegateId: number) => boolean; marks: Mark[] } {
  const rollCallId = getCurrentRollCallId(db, sessionId);
  const marks = rollCallId === null ? [] : listMarks(db, rollCallId);
  const away = awayFrom(marks);
  return { rollCallId, marks, isHere: (id) => !away.has(id) };
}
