import type { Db } from '../../store/db';
import { getCurrentRollCallId, listMarks } from './store';
import type { Mark } from '../../../common/attendance/model';
import { awayFrom } from '../../../common/attendance/model';

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
