import type { Db } from '../../store/db';
import { getCurrentRollCallId, getMark, listMarks } from './store';
import type { Mark } from '../../../common/attendance/model';
import { awayFrom, isPresent } from '../../../common/attendance/model';

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

/**
 * Whether one delegate is in the hall now, by the same rule as `presence`, with a point read
 * of their mark instead of the whole roll call (a speaker action asks about one or two people).
 */
export function isHere(db: Db, sessionId: number, delegateId: number): boolean {
  return hereChecker(db, sessionId)(delegateId);
}

/** `isHere` for several people: reads the current roll call once, then one mark per question. */
export function hereChecker(db: Db, sessionId: number): (delegateId: number) => boolean {
  const rollCallId = getCurrentRollCallId(db, sessionId);
  return (delegateId) => rollCallId === null || isPresent(getMark(db, rollCallId, delegateId));
}
