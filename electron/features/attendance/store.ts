import type { Db } from '../../store/db';
import { getSetting, setSetting } from '../../store/settings';
import { getCurrentSessionId } from '../council/sessions';
import type { AbsenceStatus, RollCall, Mark } from '../../../common/attendance/model';

interface RollCallRow {
  id: number;
  session_id: number;
  sitting_label: string;
  opened_at: number;
  seats: number | null;
}

const rowToRollCall = (r: RollCallRow): RollCall => ({ id: r.id, sessionId: r.session_id, sittingLabel: r.sitting_label, openedAt: r.opened_at, seats: r.seats });

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

/**
 * A new roll call, with the roster it is taken against (every voting delegate now) and the
 * council's seats now: what the sitting's figures are worked out from, whatever the roster
 * becomes later.
 */
export function insertRollCall(db: Db, sessionId: number, label: string, at: number): number {
  const id = Number(
    db
      .prepare('INSERT INTO roll_call (session_id, sitting_label, opened_at, seats) VALUES (?, ?, ?, (SELECT total_seats FROM council WHERE id = 1))')
      .run(sessionId, label, at).lastInsertRowid,
  );
  db.prepare('INSERT INTO roll_call_member (roll_call_id, delegate_id) SELECT ?, id FROM delegate WHERE voting = 1').run(id);
  return id;
}

export function setRollCallSeats(db: Db, rollCallId: number, seats: number): void {
  db.prepare('UPDATE roll_call SET seats = ? WHERE id = ?').run(seats, rollCallId);
}

/** The voting delegates a roll call was taken against, by id. */
export function listMemberIds(db: Db, rollCallId: number): number[] {
  return db.prepare('SELECT delegate_id FROM roll_call_member WHERE roll_call_id = ? ORDER BY delegate_id').pluck().all(rollCallId) as number[];
}

/** Whether a roll call counts this person (on its roster and voting: `presentVoters`' rule for one person). */
export function countedIn(db: Db, rollCallId: number, delegateId: number): boolean {
  return (
    db
      .prepare('SELECT 1 FROM roll_call_member m JOIN delegate d ON d.id = m.delegate_id WHERE m.roll_call_id = ? AND m.delegate_id = ? AND d.voting = 1')
      .get(rollCallId, delegateId) !== undefined
  );
}

/** A voting delegate added (or made voting) during a roll call counts in it from then on. */
export function joinRollCall(db: Db, rollCallId: number, delegateId: number): void {
  db.prepare('INSERT OR IGNORE INTO roll_call_member (roll_call_id, delegate_id, joined_later) VALUES (?, ?, 1)').run(rollCallId, delegateId);
}

/**
 * The roll calls a delegate is part of the record of: marked in, or counted by one, except
 * `underWay` if they were entered during it (someone entered by mistake may be taken out).
 */
export function rollCallsOf(db: Db, delegateId: number, underWay: number | null): number {
  return db
    .prepare(
      `SELECT count(*) FROM (
         SELECT roll_call_id FROM roll_call_member WHERE delegate_id = ? AND NOT (roll_call_id IS ? AND joined_later = 1)
         UNION SELECT roll_call_id FROM attendance WHERE delegate_id = ?)`,
    )
    .pluck()
    .get(delegateId, underWay, delegateId) as number;
}

export function leaveRollCall(db: Db, rollCallId: number, delegateId: number): void {
  db.prepare('DELETE FROM roll_call_member WHERE roll_call_id = ? AND delegate_id = ?').run(rollCallId, delegateId);
}

const currentKey = (sessionId: number) => `attendance.current.${sessionId}`;

/** The roll call the session's setting names as current, unchecked: it may since have been removed. */
export function selectedRollCallId(db: Db, sessionId: number): number | null {
  return getSetting<number>(db, currentKey(sessionId)) ?? null;
}

/** The sitting whose attendance counts now, in this session; null before the first roll call. */
export function getCurrentRollCallId(db: Db, sessionId: number): number | null {
  const id = selectedRollCallId(db, sessionId);
  return id !== null && getRollCall(db, id) ? id : null;
}

/** The roll call under way in the selected session, if any. */
export function currentRollCallId(db: Db): number | null {
  const sessionId = getCurrentSessionId(db);
  return sessionId === null ? null : getCurrentRollCallId(db, sessionId);
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
