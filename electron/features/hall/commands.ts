import { z } from 'zod';
import { EngineError, localized } from '../../engine/errors';
import { requireVote } from '../votes/commands';
import { id, text } from '../../engine/validation';
import { decodeEmblem } from './emblem';
import { deleteEmblem, getHall, saveEmblem, saveHall, setHallAttendance } from './store';
import { requireSession } from '../council/commands';
import { findRollCall, getCurrentRollCallId, setCurrentRollCallId } from '../attendance/store';
import { listSittings, listTimings, liveItemId } from '../timing/store';
import { hallSitting } from '../../../common/timing/model';
import { sittingLabel } from '../../../common/attendance/sittingLabel';
import { sittingParts } from '../../../common/timing/labels';
import { formatDate } from '../../../common/dates';
import type { Db } from '../../store/db';
import { getOpenVote } from '../votes/store';
import { getOpenPersonnelVote } from '../personnel/store';
import { HALL_MODES } from '../../../common/hall/model';
import { defineCommand } from '../../engine/define';

export const hallCommands = {
  'hall.setMode': defineCommand({
    schema: z.strictObject({ mode: z.enum(HALL_MODES), voteId: id.nullable().optional() }),
    slices: ['hall'],
    run({ db, now }, { mode, voteId }) {
      const hall = getHall(db);
      if (mode === 'vote' && !voteId && !hall.voteId) throw new EngineError('hall-vote-required');
      if (voteId) requireVote(db, voteId);
      if (mode === 'message' && !hall.message) throw new EngineError('hall-no-message');
      saveHall(db, { ...hall, mode, voteId: mode === 'vote' ? (voteId ?? hall.voteId) : hall.voteId, modeSetAt: now });
    },
  }),

  /**
   * Chooses the past vote for mode 4; the hall follows at once if it is showing one. Only a
   * vote of the current session: the hall holds no other (the `votes` slice is this session's).
   */
  'hall.setVote': defineCommand({
    schema: z.strictObject({ voteId: id }),
    slices: ['hall'],
    run({ db }, { voteId }) {
      requireVote(db, voteId);
      saveHall(db, { ...getHall(db), voteId });
    },
  }),

  'hall.setMessage': defineCommand({
    schema: z.strictObject({ message: text(300), countdownMinutes: z.int().min(0).max(180).optional() }),
    slices: ['hall'],
    run({ db, now }, { message, countdownMinutes }) {
      const hall = getHall(db);
      // Minutes not given: the countdown stays as it is, so correcting the message during a
      // break does not restart its clock; 0 takes it down, more starts a new one now.
      const countdown =
        countdownMinutes === undefined ? hall.countdown : countdownMinutes > 0 ? { startedAt: now, accumulatedMs: 0, limitMs: countdownMinutes * 60_000 } : null;
      // Showing a message is why it was typed: the hall switches to it at once.
      saveHall(db, { ...hall, mode: 'message', message, countdown, modeSetAt: now });
    },
  }),

  /**
   * Puts the roll call's report up on the hall (present, absent with and without leave, the
   * quorum), or takes it down. The roll call reported is the one of the sitting the chair is in
   * (the hall's sitting: the live item's, else the one under way, else the next), which becomes
   * the current one; refused, with nothing put up, while that sitting's roll call is not taken
   * (day two under way, day one's figures on screen). With no sittings, the current roll call.
   * Up, the hall is in automatic mode and shows it as it shows an announced result, until the
   * chair moves on; down, the hall moves on too, so a result announced before it does not come back.
   */
  'hall.attendance': defineCommand({
    schema: z.strictObject({ show: z.boolean() }),
    slices: ['hall', 'attendance'],
    run({ db, now }, { show }) {
      const sessionId = show ? requireSession(db) : null;
      const rollCallId = sessionId === null ? null : reportedRollCall(db, sessionId);
      if (show && rollCallId === null) throw new EngineError('no-roll-call');
      // An open vote or ballot holds the hall until it closes: a report put up now would never be seen.
      const open = show ? (getOpenVote(db)?.resolutionTitle ?? getOpenPersonnelVote(db)?.title) : undefined;
      if (open !== undefined) throw new EngineError('hall-attendance-vote-open', { title: open });
      // The report is the sitting's own: its roll call is the one the counts come from now.
      if (sessionId !== null && rollCallId !== null && rollCallId !== getCurrentRollCallId(db, sessionId)) setCurrentRollCallId(db, sessionId, rollCallId);
      setHallAttendance(db, rollCallId === null ? null : { at: now, rollCallId });
      saveHall(db, { ...getHall(db), mode: show ? 'auto' : getHall(db).mode, modeSetAt: now });
    },
  }),

  'hall.setTheme': defineCommand({
    schema: z.strictObject({ theme: z.enum(['dark', 'light']) }),
    slices: ['hall'],
    run({ db }, { theme }) {
      saveHall(db, { ...getHall(db), theme });
    },
  }),

  /** Whether the hall shows a question's text while it is asked (long texts are the chair's call). */
  'hall.showQuestionText': defineCommand({
    schema: z.strictObject({ show: z.boolean() }),
    slices: ['hall'],
    run({ db }, { show }) {
      saveHall(db, { ...getHall(db), showQuestionText: show });
    },
  }),

  'hall.setEmblem': defineCommand({
    schema: z.strictObject({ dataUrl: z.string().max(1_000_000) }),
    slices: ['hallEmblem'],
    run({ db, now }, { dataUrl }) {
      saveEmblem(db, decodeEmblem(dataUrl), now);
    },
  }),

  'hall.clearEmblem': defineCommand({
    schema: z.strictObject({}),
    slices: ['hallEmblem'],
    run({ db }) {
      deleteEmblem(db);
    },
  }),
};

/**
 * The roll call the hall's attendance report is of: the roll call of the sitting the chair is in
 * (hallSitting), refused while it is not taken; with no sitting, the current one (or null).
 */
function reportedRollCall(db: Db, sessionId: number): number | null {
  const sitting = hallSitting(listSittings(db, sessionId), { items: listTimings(db, sessionId), liveItemId: liveItemId(db, sessionId) });
  if (!sitting) return getCurrentRollCallId(db, sessionId);
  const own = findRollCall(db, sessionId, sittingLabel(sitting), sitting.id);
  if (!own) {
    throw localized('hall-attendance-not-taken', (l) => ({ part: sittingParts[l][sitting.part], date: formatDate(sitting.date, l) }));
  }
  return own.id;
}
