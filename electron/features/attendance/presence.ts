import type { Db } from '../../store/db';
import { getCurrentRollCallId, listMarks } from './store';
import { isPresent, type Mark } from '../../../common/attendance/model';

/**
 * Who is in the hall now, by the current sitting's roll call. Before any roll call of the
 * session everyone counts as present, so a queue can run before attendance is taken.
 */
export function presence(db: Db, sessionId: number): { rollCallId: number | null; isHere: (delegateId: number) => boolean; marks: Mark[] } {
  const rollCallId = getCurrentRollCallId(db, sessionId);
  const marks = rollCallId === null ? [] : listMarks(db, rollCallId);
  const byDelegate = new Map(marks.map((m) => [m.delegateId, m]));
  return { rollCallId, marks, isHere: (id) => isPresent(byDelegate.get(id)) };
}
