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

/** A follow-up (chất vấn lại): it follows up another question. */
export const isFollowUp = (q: Question): boolean => q.parentId !== null;

export interface QuestionCounts {
  /** Slips registered, follow-ups not counted (a follow-up is registered as it is asked). */
  registered: number;
  /** Questions asked (their clock ran), follow-ups not counted. */
  asked: number;
  /** Follow-ups asked. */
  followUps: number;
  /** The outcome of each question, follow-ups not counted; one never asked (`neverAsked`), none. */
  byStatus: Record<QuestionStatus, number>;
  /** Questions never asked, their item over (`neverAsked`), follow-ups not counted: not "pending" any more. */
  notAsked: number;
  /** The outcome of each follow-up: its question's while it has none of its own (`outcomeOf`); one never asked, none. */
  followUpsByStatus: Record<QuestionStatus, number>;
}

/**
 * The question whose outcome `q` is counted under. A follow-up is usually answered in the same turn
 * as its question and never marked on its own: until it is, it goes with its question's outcome
 * (the question's question's, for a follow-up of a follow-up), not on as "pending" after the
 * question was answered; a written answer's due date is that question's too. `byId`: the session's
 * questions by id. `q` itself when it is marked, is not a follow-up, or nothing above it is marked.
 */
export function outcomeHolder(q: Question, byId: ReadonlyMap<number, Question>): Question {
  if (neverAsked(q, NOTHING_OVER)) return q;
  let at: Question | undefined = q;
  for (let hops = 0; at && hops <= byId.size; hops++) {
    if (at.status !== 'pending' || at.parentId === null) return at;
    at = byId.get(at.parentId);
  }
  return q;
}

/**
 * Whether the agenda item a question was registered for is over (`itemsOver`): a slip still waiting
 * then will not be asked. Given the question's `agendaItemId`.
 */
export type ItemOver = (agendaItemId: number | null) => boolean;
/** For a rule that does not depend on the item (a follow-up's), or where items are not known. */
export const NOTHING_OVER: ItemOver = () => false;

/**
 * The items over, from the session's agenda in programme order and its timings: finished or skipped.
 * A question registered with no item belongs to the session's first questioning item, as the minutes
 * place it (record/read.ts).
 */
export function itemsOver(agenda: readonly { id: number; kind: string }[], timings: readonly { id: number; status: string }[]): ItemOver {
  const over = new Set(timings.filter((t) => t.status === 'finished' || t.status === 'skipped').map((t) => t.id));
  const questioning = agenda.find((i) => i.kind === 'questioning')?.id ?? null;
  return (agendaItemId) => {
    const id = agendaItemId ?? questioning;
    return id !== null && over.has(id);
  };
}

/**
 * The agenda item a new slip belongs to, where the minutes will place it: the questioning item under
 * way; else the first questioning item still to come (a programme has several: "Giải trình …", one per
 * group of issues, "(tiếp)"); else, all of them over, the first. Null for a session with none.
 */
export function slipItem(
  agenda: readonly { id: number; kind: string }[],
  timings: readonly { id: number; status: string }[],
  liveItemId: number | null,
): number | null {
  const questioning = agenda.filter((i) => i.kind === 'questioning');
  if (liveItemId !== null && questioning.some((i) => i.id === liveItemId)) return liveItemId;
  const over = new Set(timings.filter((t) => t.status === 'finished' || t.status === 'skipped').map((t) => t.id));
  return (questioning.find((i) => !over.has(i.id)) ?? questioning[0])?.id ?? null;
}

/**
 * A question that did not happen: registered (or called) and passed over, no answer, not marked. A
 * follow-up so as soon as it is passed over (it is asked at once or not at all); a question once its
 * item is over (`over`): until then it is still to come and reads "Pending". It takes nothing from
 * a question above it: it reads "Not asked" (`shownOutcome`), is counted under no outcome (a question
 * under `notAsked`), and the record leaves it out. Asked means its clock ran or it has an answer.
 */
export const neverAsked = (q: Question, over: ItemOver): boolean =>
  q.status === 'pending' && !wasAsked(q) && q.answerId === null && (isFollowUp(q) || over(q.agendaItemId));

/** What a row shows as a question's outcome: "not-asked" for one never asked (`neverAsked`), else `outcomeOf`. */
export type ShownOutcome = QuestionStatus | 'not-asked';
export const shownOutcome = (q: Question, byId: ReadonlyMap<number, Question>, over: ItemOver): ShownOutcome =>
  neverAsked(q, over) ? 'not-asked' : outcomeHolder(q, byId).status;

/** The outcome a question is counted under: its own, or for an unmarked follow-up its question's (`outcomeHolder`). */
export const outcomeOf = (q: Question, byId: ReadonlyMap<number, Question>): QuestionStatus => outcomeHolder(q, byId).status;

/**
 * The one rule every place that counts questions follows (the console's figures and outcome
 * tiles, the review, its DOCX and sheets): questions and follow-ups apart, so 4 questions with 2
 * follow-ups read "4 questions, 2 follow-ups", never "6 questions asked".
 */
export function countQuestions(list: readonly Question[], over: ItemOver): QuestionCounts {
  const none = () => Object.fromEntries(QUESTION_STATUSES.map((s) => [s, 0])) as Record<QuestionStatus, number>;
  const counts: QuestionCounts = { registered: 0, asked: 0, followUps: 0, byStatus: none(), notAsked: 0, followUpsByStatus: none() };
  const byId = new Map(list.map((q) => [q.id, q]));
  for (const q of list) {
    if (isFollowUp(q)) {
      if (!neverAsked(q, over)) counts.followUpsByStatus[outcomeOf(q, byId)] += 1;
      if (wasAsked(q)) counts.followUps += 1;
    } else {
      counts.registered += 1;
      if (neverAsked(q, over)) counts.notAsked += 1;
      else counts.byStatus[q.status] += 1;
      if (wasAsked(q)) counts.asked += 1;
    }
  }
  return counts;
}

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

/**
 * The log's order and numbers: questions 1, 2, 3… in the order of the list, each follow-up
 * right under the question it follows up, lettered under it (2a, 2b; a follow-up of a follow-up
 * goes on 2c), not at the end as the 5th and 6th question asked. Letters, not "2.1": a
 * spreadsheet opening the CSV reads "2.1" as a number or a date.
 */
export function questionNumbers(list: readonly Question[]): { order: Question[]; number: Map<number, string> } {
  const ids = new Set(list.map((q) => q.id));
  const under = new Map<number, Question[]>();
  for (const q of list) if (q.parentId !== null && ids.has(q.parentId)) under.set(q.parentId, [...(under.get(q.parentId) ?? []), q]);
  const order: Question[] = [];
  const number = new Map<number, string>();
  const roots = list.filter((q) => q.parentId === null || !ids.has(q.parentId));
  roots.forEach((root, i) => {
    let k = 0;
    const add = (q: Question, n: string) => {
      order.push(q);
      number.set(q.id, n);
      for (const f of under.get(q.id) ?? []) add(f, `${i + 1}${k < 26 ? String.fromCharCode(97 + k++) : `-${++k}`}`);
    };
    add(root, String(i + 1));
  });
  return { order, number };
}
