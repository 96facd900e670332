/**
 * What the post-session review is computed from: one session's rows, read from the store
 * once. Plain data, so the figures (figures.ts) are pure functions of it and of `now`.
 */
import type { Db } from '../../store/db';
import { listAgenda } from '../agenda/store';
import { listSittings, listTimings } from '../timing/store';
import { listMarks, listMemberIds, listRollCalls } from '../attendance/store';
import { getCouncil } from '../council/store';
import { listDelegates } from '../roster/store';
import { listAnswers, listQuestions, listRespondents } from '../questions/store';
import { getSession } from '../council/sessions';
import { listFloorSpeeches } from '../speakers/store';
import { listVotes } from '../votes/store';
import { listPersonnelVotes } from '../personnel/store';
import { personnelView } from '../personnel/slices';
import { readRules } from '../council/rules';
import { joinRows } from '../../../common/timing/stats';
import type { ReviewInput } from '../../../common/review/figures';
import { localDate } from '../../../common/dates';

/**
 * The report's own date (YYYY-MM-DD): the session's last day, which the DOCX prints under its
 * place (docx.ts, placeDate) and the view's figures share; the hall's date at `now` only for a
 * session with no last day typed. Written answers are judged overdue against it, so the report
 * says the same whenever it is printed: regenerated a month later, an answer due 31/12 stays
 * "Quá hạn: Không" under a report dated 11/12.
 */
export function reportDate(session: { endDate: string | null }, now: number): string {
  return session.endDate && /^\d{4}-\d{2}-\d{2}$/.test(session.endDate) ? session.endDate : localDate(now);
}

/** One session's review input, or null when there is no such session. */
export function readReviewInput(db: Db, sessionId: number, now: number): ReviewInput | null {
  const session = getSession(db, sessionId);
  if (!session) return null;
  // The council's limits now, named when nothing ran: each question and answer keeps its own.
  const { limits } = readRules(db);
  return {
    council: getCouncil(db),
    session,
    sittings: listSittings(db, sessionId),
    rows: joinRows(listAgenda(db, sessionId), listTimings(db, sessionId)),
    delegates: listDelegates(db),
    speeches: listFloorSpeeches(db, sessionId),
    questions: listQuestions(db, sessionId),
    answers: listAnswers(db, sessionId),
    respondents: listRespondents(db),
    limits: { questionMs: limits.question * 1000, answerMs: limits.answer * 1000 },
    votes: listVotes(db, sessionId),
    personnel: listPersonnelVotes(db, sessionId).filter((v) => v.status === 'closed').map((v) => personnelView(db, v)),
    rollCalls: listRollCalls(db, sessionId).map((r) => ({ label: r.sittingLabel, openedAt: r.openedAt, marks: listMarks(db, r.id), memberIds: listMemberIds(db, r.id) })),
    now,
    today: reportDate(session, now),
  };
}
