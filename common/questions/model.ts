import { neverStarted } from '../timing/timer';

export interface Respondent {
  id: number;
  delegateId: number;
  agency: string;
}

export interface QuestionTopic {
  id: number;
  sessionId: number;
  title: string;
  respondentIds: number[];
}

export const QUESTION_STATUSES = ['pending', 'answered', 'written', 'next-session', 'withdrawn'] as const;

export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

/**
 * queued: a slip waiting its turn; asking: the delegate has the floor (called by `n`, the clock
 * waiting for Space, or speaking; see `isCalled`); asked: the question is over.
 */
export type QuestionPhase = 'queued' | 'asking' | 'asked';

export interface Question {
  id: number;
  sessionId: number;
  agendaItemId: number | null;
  position: number;
  askerId: number;
  respondentId: number;
  topicId: number | null;
  /** The question this one follows up (chất vấn lại), if any. */
  parentId: number | null;
  text: string;
  phase: QuestionPhase;
  status: QuestionStatus;
  note: string;
  /** Written answer due, YYYY-MM-DD, when status is 'written'. */
  dueDate: string | null;
  registeredAt: number;
  askedAt: number | null;
  askEndedAt: number | null;
  /** The question timer. */
  startedAt: number | null;
  accumulatedMs: number;
  /**
   * The council's limit for asking when the question was put, ms: a later change of the
   * limits leaves it as it ran (set again when asking begins; a queued slip's is provisional).
   */
  limitMs: number;
  /** Extra time the chair gave beyond the council's limit for asking, ms. */
  extraMs: number;
  answerId: number | null;
}

/**
 * On the floor but not begun, as a called speaker is: `n` (or `r`) calls the asker, `a` the
 * respondent, and Space starts the clock. Until then nothing has run, so the screens show the
 * full time and the review counts nothing; ended unbegun, the question goes back to the queue
 * and the answer is taken back (commands.ts: closeLive).
 */
export const isCalled = (x: Question | Answer): boolean =>
  ('phase' in x ? x.phase === 'asking' : x.endedAt === null) && neverStarted(x);

/**
 * Asked: the question's clock has run (it is over, or under way). A slip only called is still
 * waiting for Space: the log, the figures, the review and the minutes do not count it as asked.
 */
export const wasAsked = (q: Question): boolean => q.phase !== 'queued' && !isCalled(q);

export interface Answer {
  id: number;
  sessionId: number;
  respondentId: number;
  begunAt: number;
  endedAt: number | null;
  startedAt: number | null;
  accumulatedMs: number;
  /** The council's limit for answering when the answer began, ms: kept as it ran. */
  limitMs: number;
  /** Extra time the chair gave beyond the council's limit for answering, ms. */
  extraMs: number;
}
