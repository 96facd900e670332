/**
 * The questioning log as the console and the export read it: who asked whom what, how long
 * each took, and the outcome. Pure functions of the published state and the engine's time.
 */
import Papa from 'papaparse';
import type { State } from '../../../electron/engine/state';
import { countQuestions, isCalled, isFollowUp, itemsOver, outcomeHolder, questionNumbers, shownOutcome, wasAsked, type ItemOver, type Answer, type ShownOutcome, type Question, type QuestionCounts, type QuestionStatus } from '../../../common/questions/model';
import { daysUntil } from '../../../common/questions/dates';
import { localDate } from '../../../common/dates';
import { elapsedMs, formatClock } from '../../../common/timing/timer';
import { timeOfDay } from '../../lib/format';

export type QuestionData = Pick<State, 'delegates' | 'respondents' | 'questionTopics' | 'questions' | 'agenda' | 'timing'>;

/** The session's items over (finished or skipped): a slip still waiting on one reads "Not asked" (`neverAsked`). */
export const questionItemsOver = (data: Pick<State, 'agenda' | 'timing'>): ItemOver => itemsOver(data.agenda, data.timing.items);

export interface Person {
  name: string;
  /** Position (chức vụ) as on the roster. */
  title: string;
  agency: string;
}

/**
 * The time a question may take: the limit for asking it began under (kept with it, so a change
 * of the council's limits does not move a clock already running) plus the extra time the chair gave.
 */
export const questionLimitMs = (q: Pick<Question, 'limitMs' | 'extraMs'>): number => q.limitMs + q.extraMs;
/** The time an answer may take: the limit for answering it began under plus the extra time the chair gave. */
export const answerLimitMs = (a: Pick<Answer, 'limitMs' | 'extraMs'>): number => a.limitMs + a.extraMs;

export function delegateName(data: QuestionData, delegateId: number): string {
  return data.delegates.find((d) => d.id === delegateId)?.fullName ?? `#${delegateId}`;
}

export function respondentPerson(data: QuestionData, respondentId: number): Person {
  const r = data.respondents.find((x) => x.id === respondentId);
  const d = r ? data.delegates.find((x) => x.id === r.delegateId) : undefined;
  return { name: d?.fullName ?? `#${respondentId}`, title: d?.title ?? '', agency: r?.agency || d?.agency || '' };
}

export function topicTitle(data: QuestionData, topicId: number | null): string {
  return topicId === null ? '' : (data.questionTopics.find((t) => t.id === topicId)?.title ?? '');
}

export function answerOf(data: QuestionData, q: Question): Answer | undefined {
  return q.answerId === null ? undefined : data.questions.answers.find((a) => a.id === q.answerId);
}

/**
 * A written answer past its due date, counted from the engine's local day: `q` as the log shows
 * it, an unmarked follow-up by its question's outcome and due date (`outcomeHolder`).
 */
export function isOverdue(q: Question, now: number, byId: ReadonlyMap<number, Question>): boolean {
  const holder = outcomeHolder(q, byId);
  return holder.status === 'written' && holder.dueDate !== null && daysUntil(holder.dueDate, localDate(now)) < 0;
}

export interface LogFilter {
  status: QuestionStatus | '';
  respondentId: number | null;
  topicId: number | null;
}

/**
 * Asked questions waiting for an answer in the sitting, oldest asked first, as the engine's
 * answer.start takes them (store.ts: awaitingAnswer, the reference; tests/unit/questions/
 * awaiting-agree.test.ts holds the two to every case): no answer yet and not marked. By the
 * question's own status, not `outcomeOf`: a follow-up asked after its question was marked answered
 * or sent to a written answer inherits that outcome for the record, yet it is still waiting for the
 * respondent's reply here, and `a` gives it one. In the order asked, not registered: a slip moved up
 * the queue is asked before one registered earlier.
 */
export const waitingForAnswer = (list: readonly Question[]): Question[] =>
  list.filter((q) => q.phase === 'asked' && q.answerId === null && q.status === 'pending').sort((a, b) => (a.askEndedAt ?? 0) - (b.askEndedAt ?? 0) || a.id - b.id);

/** Each question by id, to read an unmarked follow-up's outcome from its question (`outcomeHolder`). */
export const questionsById = (list: readonly Question[]): Map<number, Question> => new Map(list.map((q) => [q.id, q]));

/**
 * `list`: the whole log, filtered by the outcome each row shows (an unmarked follow-up's is its
 * question's; one never asked has none). `over`: the items over (`questionItemsOver`).
 */
export function filterLog(list: Question[], f: LogFilter, over: ItemOver): Question[] {
  const byId = questionsById(list);
  return list.filter(
    (q) => (f.status === '' || shownOutcome(q, byId, over) === f.status) && (f.respondentId === null || q.respondentId === f.respondentId) && (f.topicId === null || q.topicId === f.topicId),
  );
}

/** Questions and follow-ups counted apart by countQuestions, the one rule, and what the console adds. */
export interface Figures extends Pick<QuestionCounts, 'asked' | 'followUps' | 'byStatus' | 'followUpsByStatus'> {
  delegatesAsking: number;
  overdue: number;
  /** Answer time and questions per respondent, longest first. */
  byRespondent: { respondentId: number; questions: number; answerMs: number }[];
}

export function figures(data: QuestionData, now: number): Figures {
  const list = data.questions.list;
  const asked = list.filter(wasAsked);
  const counts = countQuestions(list, questionItemsOver(data));
  const byId = questionsById(list);
  const per = new Map<number, { respondentId: number; questions: number; answerMs: number }>();
  const slot = (id: number) => per.get(id) ?? per.set(id, { respondentId: id, questions: 0, answerMs: 0 }).get(id)!;
  for (const q of asked) if (!isFollowUp(q)) slot(q.respondentId).questions++;
  for (const a of data.questions.answers) slot(a.respondentId).answerMs += elapsedMs(a, now);
  return {
    asked: counts.asked,
    followUps: counts.followUps,
    delegatesAsking: new Set(asked.map((q) => q.askerId)).size,
    byStatus: counts.byStatus,
    followUpsByStatus: counts.followUpsByStatus,
    overdue: list.filter((q) => isOverdue(q, now, byId)).length,
    byRespondent: [...per.values()].sort((a, b) => b.answerMs - a.answerMs),
  };
}

/** 08:05 in the hall's local time, or nothing for a moment that has not come. */
export const clockTime = (ms: number | null): string => (ms === null ? '' : timeOfDay(ms));

/** When a question was asked, for the log: its time once its clock ran, `calledWord` while it is only called, else nothing. */
export const asked = (q: Question, calledWord: string): string => (wasAsked(q) ? clockTime(q.askedAt) : isCalled(q) ? calledWord : '');

/**
 * The log as CSV for Excel: UTF-8 with a byte-order mark, or Excel reads Vietnamese as
 * mojibake. papaparse quotes commas, quotes and line breaks inside question texts.
 */
export function logCsv(data: QuestionData, list: Question[], now: number, header: string[], statusName: (s: ShownOutcome) => string, calledWord: string): string {
  const { number } = questionNumbers(data.questions.list);
  const byId = questionsById(data.questions.list);
  const over = questionItemsOver(data);
  const rows = list.map((q) => {
    const who = respondentPerson(data, q.respondentId);
    const answer = answerOf(data, q);
    // An unmarked follow-up with its question's outcome and due date, as the log shows it.
    const outcome = outcomeHolder(q, byId);
    return [
      number.get(q.id),
      delegateName(data, q.askerId),
      who.name,
      who.title,
      who.agency,
      topicTitle(data, q.topicId),
      q.text,
      q.parentId === null ? '' : number.get(q.parentId),
      asked(q, calledWord),
      wasAsked(q) ? formatClock(elapsedMs(q, now)) : '',
      answer && !isCalled(answer) ? clockTime(answer.begunAt) : '',
      answer && !isCalled(answer) ? formatClock(elapsedMs(answer, now)) : '',
      statusName(shownOutcome(q, byId, over)),
      outcome.dueDate ?? '',
      q.note,
    ];
  });
  return '\uFEFF' + Papa.unparse({ fields: header, data: rows });
}

/**
 * The hall shows the questioning panel while a question is asked or waits, or an answer runs,
 * unless the chair has moved the floor on since: called or started a speaker, or started
 * another agenda item, after the question or answer last began or resumed. An answer left
 * running by mistake must not keep its clock over the delegate who now has the floor.
 */
export function hallShowsQuestions(data: Pick<State, 'questions' | 'speakers' | 'timing'> | null): boolean {
  const qs = data?.questions;
  if (!qs?.live) return false;
  const live = qs.live;
  const question = live.kind === 'question' ? qs.list.find((q) => q.id === live.questionId) : undefined;
  const answer = live.kind === 'answer' ? qs.answers.find((a) => a.id === live.answerId && a.endedAt === null) : undefined;
  if (!question && !answer) return live.kind === 'question';
  const questionsAt = question ? Math.max(question.askedAt ?? 0, question.startedAt ?? 0) : Math.max(answer!.begunAt, answer!.startedAt ?? 0);
  // The questioning's own item (paused and resumed around it) does not count as moving on.
  const ownItem = (question ?? qs.list.find((q) => answer !== undefined && q.answerId === answer.id))?.agendaItemId ?? null;
  const speech = data!.speakers.current;
  const itemStarts = data!.timing.items.filter((i) => i.id !== ownItem).map((i) => i.segments.at(-1)?.startedAt ?? 0);
  return Math.max(speech?.calledAt ?? 0, speech?.startedAt ?? 0, ...itemStarts) <= questionsAt;
}

/**
 * What `d` (mark answered) marks: the questions the latest answer took, and the questions they
 * follow up on that were answered too and are still pending. The exchange ends together: an
 * original answered before its follow-up must not stay "pending" in the log.
 */
export function answeredByLatest(data: Pick<State, 'questions'>): number[] {
  const { list, answers } = data.questions;
  const last = answers.at(-1);
  if (!last) return [];
  const byId = new Map(list.map((q) => [q.id, q]));
  const ids = new Set<number>();
  for (const q of list) {
    if (q.answerId !== last.id) continue;
    for (let cur: Question | undefined = q; cur; cur = cur.parentId === null ? undefined : byId.get(cur.parentId)) {
      if (cur.status === 'pending' && cur.answerId !== null) ids.add(cur.id);
    }
  }
  return [...ids].sort((a, b) => a - b);
}

