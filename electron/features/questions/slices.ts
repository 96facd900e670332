import type { Db } from '../../store/db';
import { listAnswers, listQuestions, listRespondents, listTopics } from './store';
import { getCurrentSessionId } from '../council/sessions';

/**
 * What the hall and the console show as "now": the question being asked, else the answer
 * under way, else the latest question still waiting for its answer, else the latest answer.
 */
export type QuestionLive = { kind: 'question'; questionId: number } | { kind: 'answer'; answerId: number } | null;

/**
 * The slice's "now", read by index (question_session, answer_open, question_awaiting,
 * answer_session): a few index steps, not a walk over every question and answer of the session,
 * so the row patcher can read it after each question command however long the day has run.
 */
export function questionLive(db: Db, sessionId: number): QuestionLive {
  const asking = db.prepare("SELECT id FROM question WHERE session_id = ? AND phase = 'asking' ORDER BY id LIMIT 1").pluck().get(sessionId) as number | undefined;
  if (asking !== undefined) return { kind: 'question', questionId: asking };
  const open = db.prepare('SELECT id FROM answer WHERE session_id = ? AND ended_at IS NULL ORDER BY id LIMIT 1').pluck().get(sessionId) as number | undefined;
  if (open !== undefined) return { kind: 'answer', answerId: open };
  // The latest to finish asking (a later slip on a tie), and the latest answer.
  const waiting = db
    .prepare(
      "SELECT id, COALESCE(ask_ended_at, 0) AS at FROM question WHERE session_id = ? AND phase = 'asked' AND answer_id IS NULL AND status = 'pending' ORDER BY at DESC, id DESC LIMIT 1",
    )
    .get(sessionId) as { id: number; at: number } | undefined;
  const answer = db.prepare('SELECT id, COALESCE(ended_at, 0) AS at FROM answer WHERE session_id = ? ORDER BY id DESC LIMIT 1').get(sessionId) as
    | { id: number; at: number }
    | undefined;
  if (waiting && (!answer || waiting.at >= answer.at)) return { kind: 'question', questionId: waiting.id };
  return answer ? { kind: 'answer', answerId: answer.id } : null;
}

/** Ids of the waiting slips, in queue order (by the index question_session: the queued slips only). */
export function questionQueue(db: Db, sessionId: number): number[] {
  return db
    .prepare("SELECT id FROM question WHERE session_id = ? AND phase = 'queued' AND status = 'pending' ORDER BY position, id")
    .pluck()
    .all(sessionId) as number[];
}

export const questionSlices = {
  /** The officials who can be questioned; names and positions come from `delegates`. */
  respondents: listRespondents,
  questionTopics: (db: Db) => {
    const sessionId = getCurrentSessionId(db);
    return sessionId === null ? [] : listTopics(db, sessionId);
  },
  questions: (db: Db) => {
    const sessionId = getCurrentSessionId(db);
    if (sessionId === null) return { list: [], answers: [], queue: [], live: null as QuestionLive };
    return {
      /** Every question of the current session, in registration order. */
      list: listQuestions(db, sessionId),
      answers: listAnswers(db, sessionId),
      /** Ids of the waiting slips, in queue order. */
      queue: questionQueue(db, sessionId),
      live: questionLive(db, sessionId),
    };
  },
};
