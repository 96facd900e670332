import type { Db } from '../../store/db';
import { textKey } from '../../../common/fold';
import type { Respondent, QuestionTopic, QuestionStatus, QuestionPhase, Question, Answer } from '../../../common/questions/model';

/** Queries of the questioning sitting. Rows map to camelCase records; parameters only. */

/** Undo scope of the questioning sitting: the chair's last action here can be taken back. */
export const QUESTIONS_UNDO = 'questions';

interface QuestionRow {
  id: number;
  session_id: number;
  agenda_item_id: number | null;
  position: number;
  asker_id: number;
  respondent_id: number;
  topic_id: number | null;
  parent_id: number | null;
  text: string;
  phase: QuestionPhase;
  status: QuestionStatus;
  note: string;
  due_date: string | null;
  registered_at: number;
  asked_at: number | null;
  ask_ended_at: number | null;
  started_at: number | null;
  accumulated_ms: number;
  limit_ms: number;
  extra_ms: number;
  answer_id: number | null;
}

/**
 * A question's columns in the order `rowToQuestion` takes them. Questions are read as arrays
 * (`.raw()`) and made into one object each: read as objects, then mapped, the stress session's
 * 500 questions took twice as long, the largest part of the review's read after its speeches.
 */
const QUESTION_COLUMNS =
  'id, session_id, agenda_item_id, position, asker_id, respondent_id, topic_id, parent_id, text, phase, status, note, due_date, registered_at, asked_at, ask_ended_at, started_at, accumulated_ms, limit_ms, extra_ms, answer_id';
type QuestionTuple = [number, number, number | null, number, number, number, number | null, number | null, string, QuestionPhase, QuestionStatus, string, string | null, number, number | null, number | null, number | null, number, number, number, number | null];

const rowToQuestion = ([id, sessionId, agendaItemId, position, askerId, respondentId, topicId, parentId, text, phase, status, note, dueDate, registeredAt, askedAt, askEndedAt, startedAt, accumulatedMs, limitMs, extraMs, answerId]: QuestionTuple): Question => ({
  id,
  sessionId,
  agendaItemId,
  position,
  askerId,
  respondentId,
  topicId,
  parentId,
  text,
  phase,
  status,
  note,
  dueDate,
  registeredAt,
  askedAt,
  askEndedAt,
  startedAt,
  accumulatedMs,
  limitMs,
  extraMs,
  answerId,
});

/** The questions `where` (with its order and limit) selects, `params` bound in order. */
function selectQuestions(db: Db, where: string, ...params: unknown[]): Question[] {
  return (db.prepare(`SELECT ${QUESTION_COLUMNS} FROM question WHERE ${where}`).raw().all(...params) as QuestionTuple[]).map(rowToQuestion);
}

const questionToRow = (q: Question): QuestionRow => ({
  id: q.id,
  session_id: q.sessionId,
  agenda_item_id: q.agendaItemId,
  position: q.position,
  asker_id: q.askerId,
  respondent_id: q.respondentId,
  topic_id: q.topicId,
  parent_id: q.parentId,
  text: q.text,
  phase: q.phase,
  status: q.status,
  note: q.note,
  due_date: q.dueDate,
  registered_at: q.registeredAt,
  asked_at: q.askedAt,
  ask_ended_at: q.askEndedAt,
  started_at: q.startedAt,
  accumulated_ms: q.accumulatedMs,
  limit_ms: q.limitMs,
  extra_ms: q.extraMs,
  answer_id: q.answerId,
});

interface AnswerRow {
  id: number;
  session_id: number;
  respondent_id: number;
  begun_at: number;
  ended_at: number | null;
  started_at: number | null;
  accumulated_ms: number;
  limit_ms: number;
  extra_ms: number;
}

const rowToAnswer = (r: AnswerRow): Answer => ({
  id: r.id,
  sessionId: r.session_id,
  respondentId: r.respondent_id,
  begunAt: r.begun_at,
  endedAt: r.ended_at,
  startedAt: r.started_at,
  accumulatedMs: r.accumulated_ms,
  limitMs: r.limit_ms,
  extraMs: r.extra_ms,
});

// Respondents

export function listRespondents(db: Db): Respondent[] {
  return (db.prepare('SELECT id, delegate_id, agency FROM respondent ORDER BY id').all() as { id: number; delegate_id: number; agency: string }[]).map(
    (r) => ({ id: r.id, delegateId: r.delegate_id, agency: r.agency }),
  );
}

export function getRespondent(db: Db, id: number): Respondent | undefined {
  return listRespondentsWhere(db, 'id = ?', id)[0];
}

export function findRespondentByDelegate(db: Db, delegateId: number): Respondent | undefined {
  return listRespondentsWhere(db, 'delegate_id = ?', delegateId)[0];
}

function listRespondentsWhere(db: Db, where: string, value: number): Respondent[] {
  const rows = db.prepare(`SELECT id, delegate_id, agency FROM respondent WHERE ${where}`).all(value) as { id: number; delegate_id: number; agency: string }[];
  return rows.map((r) => ({ id: r.id, delegateId: r.delegate_id, agency: r.agency }));
}

export function insertRespondent(db: Db, delegateId: number, agency: string): number {
  return Number(db.prepare('INSERT INTO respondent (delegate_id, agency) VALUES (?, ?)').run(delegateId, agency).lastInsertRowid);
}

export function updateRespondent(db: Db, id: number, agency: string): void {
  db.prepare('UPDATE respondent SET agency = ? WHERE id = ?').run(agency, id);
}

export function deleteRespondent(db: Db, id: number): void {
  db.prepare('DELETE FROM respondent WHERE id = ?').run(id);
}

export function respondentInUse(db: Db, id: number): boolean {
  return (
    db.prepare('SELECT 1 FROM question WHERE respondent_id = ? UNION ALL SELECT 1 FROM answer WHERE respondent_id = ? LIMIT 1').get(id, id) !==
    undefined
  );
}

/** Does the questioning log name this person, as asker or as respondent? */
export function delegateInQuestions(db: Db, delegateId: number): boolean {
  return (
    db
      .prepare(
        `SELECT 1 FROM question WHERE asker_id = ?
         UNION ALL SELECT 1 FROM question q JOIN respondent r ON r.id = q.respondent_id WHERE r.delegate_id = ?
         UNION ALL SELECT 1 FROM answer a JOIN respondent r ON r.id = a.respondent_id WHERE r.delegate_id = ? LIMIT 1`,
      )
      .get(delegateId, delegateId, delegateId) !== undefined
  );
}

// Topics

type TopicRow = { id: number; session_id: number; title: string };

/** A topic with the respondents linked to it, in the order they were linked. */
function topicOf(db: Db, t: TopicRow): QuestionTopic {
  const links = db.prepare('SELECT respondent_id FROM question_topic_respondent WHERE topic_id = ? ORDER BY id').pluck().all(t.id) as number[];
  return { id: t.id, sessionId: t.session_id, title: t.title, respondentIds: links };
}

export function listTopics(db: Db, sessionId: number): QuestionTopic[] {
  const topics = db.prepare('SELECT id, session_id, title FROM question_topic WHERE session_id = ? ORDER BY id').all(sessionId) as TopicRow[];
  return topics.map((t) => topicOf(db, t));
}

/** One topic by its id (not the session's list: each registration asks for its slip's topic). */
export function getTopic(db: Db, id: number): QuestionTopic | undefined {
  const row = db.prepare('SELECT id, session_id, title FROM question_topic WHERE id = ?').get(id) as TopicRow | undefined;
  return row ? topicOf(db, row) : undefined;
}

/** The session's topic already called `title` (case, spacing and composition aside), other than `exceptId`. */
export function topicTitled(db: Db, sessionId: number, title: string, exceptId?: number): QuestionTopic | undefined {
  const key = textKey(title);
  return listTopics(db, sessionId).find((t) => t.id !== exceptId && textKey(t.title) === key);
}

export function insertTopic(db: Db, sessionId: number, title: string): number {
  return Number(db.prepare('INSERT INTO question_topic (session_id, title) VALUES (?, ?)').run(sessionId, title).lastInsertRowid);
}

export function updateTopicTitle(db: Db, id: number, title: string): void {
  db.prepare('UPDATE question_topic SET title = ? WHERE id = ?').run(title, id);
}

export function deleteTopicLinks(db: Db, topicId: number): void {
  db.prepare('DELETE FROM question_topic_respondent WHERE topic_id = ?').run(topicId);
}

export function insertTopicLink(db: Db, topicId: number, respondentId: number): number {
  return Number(db.prepare('INSERT INTO question_topic_respondent (topic_id, respondent_id) VALUES (?, ?)').run(topicId, respondentId).lastInsertRowid);
}

export function deleteTopic(db: Db, id: number): void {
  db.prepare('DELETE FROM question_topic WHERE id = ?').run(id);
}

// Questions

/** Every question of a session, in the order they were registered. */
export function listQuestions(db: Db, sessionId: number): Question[] {
  return selectQuestions(db, 'session_id = ? ORDER BY id', sessionId);
}

/** The questions an answer covers (one, or a quick round of several). */
export function questionsAnsweredBy(db: Db, answerId: number): Question[] {
  return selectQuestions(db, 'answer_id = ? ORDER BY id', answerId);
}

/** Slips waiting their turn, in queue order. */
export function listQueue(db: Db, sessionId: number): Question[] {
  return selectQuestions(db, "session_id = ? AND phase = 'queued' AND status = 'pending' ORDER BY position, id", sessionId);
}

export function getQuestion(db: Db, id: number): Question | undefined {
  return selectQuestions(db, 'id = ?', id)[0];
}

export type QuestionInput = Omit<Question, 'id'>;

export function insertQuestion(db: Db, q: QuestionInput): number {
  const row = questionToRow({ ...q, id: 0 }) as Partial<QuestionRow>;
  delete row.id;
  const cols = Object.keys(row);
  return Number(
    db.prepare(`INSERT INTO question (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(row).lastInsertRowid,
  );
}

/**
 * Writes the columns of a question that differ from the stored row, nothing when none do.
 * Writing an indexed column again, even with its own value, rewrites its index entries:
 * two more WAL pages per command (question_session, question_answer) when only a timer moved.
 */
export function saveQuestion(db: Db, q: Question): void {
  const row = questionToRow(q);
  const stored = db.prepare('SELECT * FROM question WHERE id = ?').get(q.id) as QuestionRow | undefined;
  const cols = (Object.keys(row) as (keyof QuestionRow)[]).filter((c) => c !== 'id' && (!stored || stored[c] !== row[c]));
  if (cols.length === 0) return;
  const values = Object.fromEntries([['id', row.id], ...cols.map((c) => [c, row[c]])]);
  db.prepare(`UPDATE question SET ${cols.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`).run(values);
}

export function deleteQuestion(db: Db, id: number): void {
  db.prepare('DELETE FROM question WHERE id = ?').run(id);
}

export function setQuestionPosition(db: Db, id: number, position: number): void {
  // Only a real move is written: each write is recorded and republished.
  db.prepare('UPDATE question SET position = ? WHERE id = ? AND position IS NOT ?').run(position, id, position);
}

/**
 * One past the highest position of any question of the session. Taken per phase (the three the
 * table allows), each maximum one step of the index question_session: a plain MAX over the
 * session walked every question of a long questioning day at each registration.
 */
export function nextQueuePosition(db: Db, sessionId: number): number {
  const phases: QuestionPhase[] = ['queued', 'asking', 'asked'];
  const perPhase = phases.map((phase) => `SELECT MAX(position) AS p FROM question WHERE session_id = ? AND phase = '${phase}'`);
  const max = db.prepare(`SELECT MAX(p) FROM (${perPhase.join(' UNION ALL ')})`).pluck().get(sessionId, sessionId, sessionId) as number | null;
  return (max ?? -1) + 1;
}

/** The question being asked now, if any. */
export function askingQuestion(db: Db, sessionId: number): Question | undefined {
  return selectQuestions(db, "session_id = ? AND phase = 'asking' LIMIT 1", sessionId)[0];
}

/** Asked questions still waiting for an answer in the sitting, oldest first (by the partial index question_awaiting: a handful of rows, however many were answered). */
export function awaitingAnswer(db: Db, sessionId: number): Question[] {
  return selectQuestions(db, "session_id = ? AND phase = 'asked' AND answer_id IS NULL AND status = 'pending' ORDER BY ask_ended_at, id", sessionId);
}

// Answers

export function listAnswers(db: Db, sessionId: number): Answer[] {
  return (db.prepare('SELECT * FROM answer WHERE session_id = ? ORDER BY id').all(sessionId) as AnswerRow[]).map(rowToAnswer);
}

export function getAnswer(db: Db, id: number): Answer | undefined {
  const row = db.prepare('SELECT * FROM answer WHERE id = ?').get(id) as AnswerRow | undefined;
  return row ? rowToAnswer(row) : undefined;
}

/** The answer under way or called, if any (by the partial index answer_open: not every answer of the session). */
export function openAnswer(db: Db, sessionId: number): Answer | undefined {
  const row = db.prepare('SELECT * FROM answer WHERE session_id = ? AND ended_at IS NULL LIMIT 1').get(sessionId) as AnswerRow | undefined;
  return row ? rowToAnswer(row) : undefined;
}

/**
 * The respondent is called to answer, under the council's limit for answering now (`limitMs`):
 * `begun_at` is the call until Space starts the timer (then the moment the answer began).
 */
export function insertAnswer(db: Db, sessionId: number, respondentId: number, now: number, limitMs: number): number {
  return Number(
    db
      .prepare('INSERT INTO answer (session_id, respondent_id, begun_at, started_at, accumulated_ms, limit_ms) VALUES (?, ?, ?, NULL, 0, ?)')
      .run(sessionId, respondentId, now, limitMs).lastInsertRowid,
  );
}

/** An answer called and taken back before it began (nothing ran): its questions were unlinked first. */
export function deleteAnswer(db: Db, id: number): void {
  db.prepare('DELETE FROM answer WHERE id = ?').run(id);
}

export function setAnswerExtra(db: Db, id: number, extraMs: number): void {
  db.prepare('UPDATE answer SET extra_ms = ? WHERE id = ?').run(extraMs, id);
}

export function saveAnswerTimer(db: Db, a: Answer): void {
  db.prepare('UPDATE answer SET begun_at = ?, started_at = ?, accumulated_ms = ?, ended_at = ? WHERE id = ?').run(a.begunAt, a.startedAt, a.accumulatedMs, a.endedAt, a.id);
}
