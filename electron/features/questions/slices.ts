import type { Db } from '../../store/db';
import { listAnswers, listQuestions, listRespondents, listTopics } from './store';
import type { Answer, Question } from '../../../common/questions/model';
import { getCurrentSessionId } from '../council/sessions';

/**
 * What the hall and the console show as "now": the question being asked, else the answer
 * under way, else the latest question still waiting for its answer, else the latest answer.
 */
export type QuestionLive = { kind: 'question'; questionId: number } | { kind: 'answer'; answerId: number } | null;

function liveOf(list: Question[], answers: Answer[]): QuestionLive {
  const asking = list.find((q) => q.phase === 'asking');
  if (asking) return { kind: 'question', questionId: asking.id };
  const open = answers.find((a) => a.endedAt === null);
  if (open) return { kind: 'answer', answerId: open.id };
  const waiting = list.filter((q) => q.phase === 'asked' && q.answerId === null && q.status === 'pending');
  const latestAsk = waiting.reduce<Question | null>((a, q) => (a === null || (q.askEndedAt ?? 0) >= (a.askEndedAt ?? 0) ? q : a), null);
  const latestAnswer = answers.at(-1);
  if (latestAsk && (!latestAnswer || (latestAsk.askEndedAt ?? 0) >= (latestAnswer.endedAt ?? 0))) return { kind: 'question', questionId: latestAsk.id };
  return latestAnswer ? { kind: 'answer', answerId: latestAnswer.id } : null;
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
    const list = sessionId === null ? [] : listQuestions(db, sessionId);
    const answers = sessionId === null ? [] : listAnswers(db, sessionId);
    return {
      /** Every question of the current session, in registration order. */
      list,
      answers,
      ...questionsDerived(list, answers),
    };
  },
};

/** What the questions slice works out from its rows: also recomputed after a row patch. */
export function questionsDerived(list: Question[], answers: Answer[]) {
  const queue = list.filter((q) => q.phase === 'queued' && q.status === 'pending').sort((a, b) => a.position - b.position || a.id - b.id);
  return {
    /** Ids of the waiting slips, in queue order. */
    queue: queue.map((q) => q.id),
    live: liveOf(list, answers),
  };
}
