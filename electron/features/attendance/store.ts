import type { Db } from '../../store/db';
import { getSetting, setSetting } from '../../store/settings';
import type { AbsenceStatus, RollCall, Mark } from '../../../common/attendance/model';

interface RollCallRow {
  id: number;
  session_id: number;
  sitting_label: string;
  opened_at: number;
}

const rowToRollCall = (r: RollCallRow): RollCall => ({ id: r.id, sessionId: r.session_id, sittingLabel: r.sitting_label, openedAt: r.opened_at });

export function listRollCalls(db: Db, sessionId: number): RollCall[] {
  return (db.prepare('SELECT * FROM roll_call WHERE session_id = ? ORDER BY opened_at, id').all(sessionId) as RollCallRow[]).map(rowToRollCall);
}

export function getRollCall(db: Db, id: number): RollCall | undefined {
  const row = db.prepare('SELECT * FROM roll_call WHERE id = ?').get(id) as RollCallRow | undefined;
  return row ? rowToRollCall(row) : undefined;
}

export function findRollCall(db: Db, sessionId: number, label: string): RollCall | undefined {
  const row = db.prepare('SELECT * FROM roll_call WHERE session_id = ? AND sitting_label = ?').get(sessionId, label) as RollCallRow | undefined;
  return row ? rowToRollCall(row) : undefined;
}

export function insertRollCall(db: Db, sessionId: number, label: string, at: number): number {
  return Number(db.prepare('INSERT INTO roll_call (session_id, sitting_label, opened_at) VALUES (?, ?, ?)').run(sessionId, label, at).lastInsertRowid);
}

const currentKey = (sessionId: number) => `attendance.current.${sessionId}`;

/** The sitting whose attendance counts now, in this session; null before the first roll call. */
export function getCurrentRollCallId(db: Db, sessionId: number): number | null {
  const id = getSetting<number>(db, currentKey(sessionId));
  return id !== undefined && getRollCall(db, id) ? id : null;
}

export function setCurrentRollCallId(db: Db, sessionId: number, id: number): void {
  setSetting(db, currentKey(sessionId), id);
}

export function listMarks(db: Db, rollCallId: number): Mark[] {
  return (
    db.prepare('SELECT delegate_id, status, at_time FROM attendance WHERE roll_call_id = ? ORDER BY delegate_id').all(rollCallId) as {
      delegate_id: number;
      status: AbsenceStatus;
      at_time: string | null;
    }[]
  ).map((r) => ({ delegateId: r.delegate_id, status: r.status, time: r.at_time }));
}

/** One delegate's mark in a roll call (undefined: no exception, present), by the (roll call, delegate) unique index. */
export function getMark(db: Db, rollCallId: number, delegateId: number): Pick<Mark, 'status' | 'time'> | undefined {
  const r = db.prepare('SELECT status, at_time FROM attendance WHERE roll_call_id = ? AND delegate_id = ?').get(rollCallId, delegateId) as
    | { status: AbsenceStatus; at_time: string | null }
    | undefined;
  return r ? { status: r.status, time: r.at_time } : undefined;
}

/** Records an exception, or with status null clears it (the delegate is present). */
export function setMark(db: Db, rollCallId: number, delegateId: number, status: AbsenceStatus | null, time: string | null): void {
  if (status === null) {
    db.prepare('DELETE FROM attendance WHERE roll_call_id = ? AND delegate_id = ?').run(rollCallId, delegateId);
    return;
  }
  db.prepare(
    `INSERT INTO attendance (roll_call_id, delegate_id, status, at_time) VALUES (?, ?, ?, ?)
     ON CONFLICT (roll_call_id, delegate_id) DO UPDATE SET status = excluded.status, at_time = excluded.at_time`,
  ).run(rollCallId, delegateId, status, time);
}
