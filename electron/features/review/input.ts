/**
 * What the post-session review is computed from: one session's rows, read from the store
 * once. Plain data, so the figures (figures.ts) are pure functions of it and of `now`.
 */
import type { Db } from '../../store/db';
import { listAgenda } from '../agenda/store';
import { listSittings, listTimings, type Sitting } from '../timing/store';
import { listMarks, listRollCalls, type Mark } from '../attendance/store';
import { getCouncil, type Council } from '../council/store';
import { listDelegates, type Delegate } from '../roster/store';
import { listAnswers, listQuestions, listRespondents, type Answer, type Question, type Respondent } from '../questions/store';
import { getSession, type Session } from '../council/sessions';
import { listFloorSpeeches, type FloorSpeech } from '../speakers/store';
import { listAllVotes, type Vote } from '../votes/store';
import { joinRows, type Row } from '../../../common/timing/stats';

export interface ReviewInput {
  council: Council | null;
  session: Session;
  sittings: Sitting[];
  /** Agenda items with their timing, in agenda order. */
  rows: Row[];
  delegates: Delegate[];
  /** Speeches that used the floor (started at least once). */
  speeches: FloorSpeech[];
  questions: Question[];
  answers: Answer[];
  respondents: Respondent[];
  votes: Vote[];
  rollCalls: { label: string; openedAt: number; marks: Mark[] }[];
  /** Engine clock, epoch ms: running timers are counted up to it. */
  now: number;
  /** The hall's date at `now` (YYYY-MM-DD): written answers due before it are overdue. */
  today: string;
}

/** The hall's local date of an instant, YYYY-MM-DD. */
export function localDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** One session's review input, or null when there is no such session. */
export function readReviewInput(db: Db, sessionId: number, now: number): ReviewInput | null {
  const session = getSession(db, sessionId);
  if (!session) return null;
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
    votes: listAllVotes(db).filter((v) => v.sessionId === sessionId),
    rollCalls: listRollCalls(db, sessionId).map((r) => ({ label: r.sittingLabel, openedAt: r.openedAt, marks: listMarks(db, r.id) })),
    now,
    today: localDate(now),
  };
}
