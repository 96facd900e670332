import { z } from 'zod';
import type { Db } from '../../store/db';
import { EngineError, notFound } from '../../engine/errors';
import { hhmm, id, text } from '../../engine/validation';
import { findRollCall, getCurrentRollCallId, getRollCall, insertRollCall, linkRollCall, listMarks, listRollCalls, setCurrentRollCallId, setMark } from './store';
import type { Mark } from '../../../common/attendance/model';
import { getDelegate } from '../roster/store';
import { getSitting } from '../timing/store';
import { sittingLabel } from '../../../common/attendance/sittingLabel';
import { defineCommand } from '../../engine/define';
import { requireSession } from '../council/commands';
import { describeUndo } from '../../engine/undo';
import { ATTENDANCE_UNDO_SCOPE } from './undo';
import { getHall, setHallAttendance } from '../hall/store';

/** The hall's roll-call report is of one roll call: moving to another takes it down. */
function dropHallReport(db: Db, rollCallId: number): void {
  const report = getHall(db).attendance;
  if (report && report.rollCallId !== rollCallId) setHallAttendance(db, null);
}


/**
 * A mark carried from the last roll call into a new one, as a starting point: absent and
 * excused stay so; whoever left early, or had not arrived, is "not arrived yet" until seen;
 * a late arrival is in the room, and one confirmed present was seen then, not now: both start
 * not marked (counted present), for the new roll call to confirm.
 */
function carried(m: Mark): { status: Mark['status']; time: null } | null {
  if (m.status === 'absent' || m.status === 'excused') return { status: m.status, time: null };
  if (m.status === 'present') return null;
  if (m.status === 'left' || m.time === null) return { status: 'late', time: null };
  return null;
}

export const attendanceCommands = {
  /**
   * Starts the roll call of a sitting (or returns to it): everyone is present until marked.
   * A sitting of the live agenda names it ("2026-12-08 sáng"); a council without sittings types a name.
   */
  'attendance.open': defineCommand({
    schema: z.strictObject({ label: text(60).optional(), sittingId: id.optional(), carry: z.boolean().default(false) }),
    slices: ['attendance'],
    run({ db, now }, { label: typed, sittingId, carry }) {
      const sessionId = requireSession(db);
      let label = typed;
      if (sittingId !== undefined) {
        const sitting = getSitting(db, sittingId);
        if (sitting?.sessionId !== sessionId) throw notFound('sitting', sittingId);
        label = sittingLabel(sitting);
      }
      if (label === undefined) throw new EngineError('roll-call-unnamed');
      const found = findRollCall(db, sessionId, label, sittingId ?? null);
      // One taken before roll calls kept their sitting, or typed in its form, is that sitting's from now on.
      if (found && sittingId !== undefined && found.sittingId === null) linkRollCall(db, found.id, sittingId);
      const existing = found?.id;
      // The roll call a new one starts from (`carry`) is the latest taken before it, the previous
      // sitting's: not the one the console has selected, which may be an older one looked back at.
      const previous = listRollCalls(db, sessionId).at(-1)?.id ?? null;
      const rollCallId = existing ?? insertRollCall(db, sessionId, label, now, sittingId ?? null);
      // An existing roll call keeps its own marks.
      if (existing === undefined && carry && previous !== null) {
        for (const m of listMarks(db, previous)) {
          const c = carried(m);
          if (c) setMark(db, rollCallId, m.delegateId, c.status, c.time);
        }
      }
      setCurrentRollCallId(db, sessionId, rollCallId);
      dropHallReport(db, rollCallId);
      return { id: rollCallId };
    },
  }),

  'attendance.select': defineCommand({
    schema: z.strictObject({ id }),
    slices: ['attendance'],
    run({ db }, { id: rollCallId }) {
      const sessionId = requireSession(db);
      if (getRollCall(db, rollCallId)?.sessionId !== sessionId) throw notFound('sitting', rollCallId);
      setCurrentRollCallId(db, sessionId, rollCallId);
      dropHallReport(db, rollCallId);
    },
  }),

  /**
   * Marks one person in the current sitting: `present` is seen in the hall (confirmed present);
   * `unmarked` clears any mark (not marked, counted present until marked).
   */
  'attendance.mark': defineCommand({
    schema: z.strictObject({
      delegateId: id,
      /** `notArrived`: expected but not in the room yet (chưa đến), kept as `late` without a time. */
      status: z.enum(['present', 'absent', 'excused', 'late', 'left', 'notArrived', 'unmarked']),
      time: hhmm.nullable().default(null),
    }),
    slices: ['attendance'],
    undo: ATTENDANCE_UNDO_SCOPE,
    run({ db }, { delegateId, status, time }) {
      const sessionId = requireSession(db);
      const rollCallId = getCurrentRollCallId(db, sessionId);
      if (rollCallId === null) throw new EngineError('no-roll-call');
      const person = getDelegate(db, delegateId);
      if (!person) throw notFound('delegate', delegateId);
      const timed = status === 'late' || status === 'left';
      if (timed && time === null) throw new EngineError('time-required');
      // The mark given is the action (the screen says "marked absent"), the person its subject.
      describeUndo(db, status, person.fullName);
      if (status === 'notArrived') return void setMark(db, rollCallId, delegateId, 'late', null);
      setMark(db, rollCallId, delegateId, status === 'unmarked' ? null : status, timed ? time : null);
    },
  }),
};
