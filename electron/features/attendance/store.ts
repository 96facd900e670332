import type { Db } from '../../store/db';
import { getSetting, setSetting } from '../../store/settings';
import { getCurrentSessionId } from '../council/sessions';
import type { MarkStatus, RollCall, Mark } from '../../../common/attendance/model';
import { sittingLabel } from '../../../common/attendance/sittingLabel';
import { rollCallOfBallot, vacantAtOpening, type BallotOpening } from '../../../common/attendance/vacancy';
import type { SittingPart } from '../../../common/timing/model';

interface RollCallRow {
  id: number;
  session_id: number;
  sitting_label: string;
  opened_at: number;
  seats: number | null;
  members: number;
  sitting_id: number | null;
  /** The linked sitting's date and part, as it reads now (LEFT JOIN). */
  sitting_date: string | null;
  sitting_part: SittingPart | null;
}

/**
 * A roll call of a sitting is named from its sitting as it reads now ("2026-12-08 sáng"), so a
 * correction of the sitting's date corrects its roll call's name; one typed is read as typed.
 */
const rowToRollCall = (r: RollCallRow): RollCall => ({
  id: r.id,
  sessionId: r.session_id,
  sittingLabel: r.sitting_date !== null && r.sitting_part !== null ? sittingLabel({ date: r.sitting_date, part: r.sitting_part }) : r.sitting_label,
  sittingId: r.sitting_id,
  openedAt: r.opened_at,
  seats: r.seats,
  members: r.members,
});

const SELECT_ROLL_CALL =
  'SELECT r.*, s.date AS sitting_date, s.part AS sitting_part, (SELECT COUNT(*) FROM roll_call_member m WHERE m.roll_call_id = r.id) AS members FROM roll_call r LEFT JOIN sitting s ON s.id = r.sitting_id';

export function listRollCalls(db: Db, sessionId: number): RollCall[] {
  return (db.prepare(`${SELECT_ROLL_CALL} WHERE r.session_id = ? ORDER BY r.opened_at, r.id`).all(sessionId) as RollCallRow[]).map(rowToRollCall);
}

/**
 * The roll call a ballot opened under: its own when it kept one, else the last taken before it
 * opened (a count the secretary typed, a personnel vote, which keeps none); null before any.
 */
export function rollCallAtOpening(db: Db, sessionId: number, ballot: { rollCallId?: number | null; openedAt: number }): RollCall | null {
  return rollCallOfBallot(listRollCalls(db, sessionId), ballot) ?? null;
}

/**
 * The seats no voting delegate holds as a ballot opens (vacantAtOpening): by the roster of the roll
 * call it opens under, else the roster now. Called once, by vote.open and personnel.open, which keep
 * the figure with the ballot: the roster may change later, the ballot's record may not.
 */
export function vacantAtOpeningIn(db: Db, sessionId: number, ballot: BallotOpening): number {
  const holdersNow = db.prepare('SELECT COUNT(*) FROM delegate WHERE voting = 1').pluck().get() as number;
  return vacantAtOpening(listRollCalls(db, sessionId), ballot, holdersNow);
}

export function getRollCall(db: Db, id: number): RollCall | undefined {
  const row = db.prepare(`${SELECT_ROLL_CALL} WHERE r.id = ?`).get(id) as RollCallRow | undefined;
  return row ? rowToRollCall(row) : undefined;
}

/**
 * The roll call of a sitting: the one linked to it, else one not linked named as it is now (taken
 * before the link was kept, or typed in its form). Without a sitting: the one of that name.
 */
export function findRollCall(db: Db, sessionId: number, label: string, sittingId: number | null = null): RollCall | undefined {
  const list = listRollCalls(db, sessionId);
  return list.find((r) => sittingId !== null && r.sittingId === sittingId) ?? list.find((r) => r.sittingLabel === label && (sittingId === null || r.sittingId === null));
}

/** Links a roll call taken before the link was kept (or typed in a sitting's form) to its sitting. */
export function linkRollCall(db: Db, rollCallId: number, sittingId: number): void {
  db.prepare('UPDATE roll_call SET sitting_id = ? WHERE id = ?').run(sittingId, rollCallId);
}

/**
 * A new roll call, with the roster it is taken against (every voting delegate now) and the
 * council's seats now: what the sitting's figures are worked out from, whatever the roster
 * becomes later.
 */
export function insertRollCall(db: Db, sessionId: number, label: string, at: number, sittingId: number | null = null): number {
  // Stored labels of linked roll calls brought up to their sittings' names first: the label is
  // unique per session, and a sitting moved off a day frees that day's name.
  for (const r of listRollCalls(db, sessionId)) if (r.sittingId !== null) db.prepare('UPDATE OR IGNORE roll_call SET sitting_label = ? WHERE id = ?').run(r.sittingLabel, r.id);
  const id = Number(
    db
      .prepare('INSERT INTO roll_call (session_id, sitting_label, opened_at, seats, sitting_id) VALUES (?, ?, ?, (SELECT total_seats FROM council WHERE id = 1), ?)')
      .run(sessionId, label, at, sittingId).lastInsertRowid,
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
      status: MarkStatus;
      at_time: string | null;
    }[]
  ).map((r) => ({ delegateId: r.delegate_id, status: r.status, time: r.at_time }));
}

/** One delegate's mark in a roll call (undefined: not marked, counted present), by the (roll call, delegate) unique index. */
export function getMark(db: Db, rollCallId: number, delegateId: number): Pick<Mark, 'status' | 'time'> | undefined {
  const r = db.prepare('SELECT status, at_time FROM attendance WHERE roll_call_id = ? AND delegate_id = ?').get(rollCallId, delegateId) as
    | { status: MarkStatus; at_time: string | null }
    | undefined;
  return r ? { status: r.status, time: r.at_time } : undefined;
}

/** Records a mark, or with status null clears it (not marked: counted present). */
export function setMark(db: Db, rollCallId: number, delegateId: number, status: MarkStatus | null, time: string | null): void {
  if (status === null) {
    db.prepare('DELETE FROM attendance WHERE roll_call_id = ? AND delegate_id = ?').run(rollCallId, delegateId);
    return;
  }
  db.prepare(
    `INSERT INTO attendance (roll_call_id, delegate_id, status, at_time) VALUES (?, ?, ?, ?)
     ON CONFLICT (roll_call_id, delegate_id) DO UPDATE SET status = excluded.status, at_time = excluded.at_time`,
  ).run(rollCallId, delegateId, status, time);
}
