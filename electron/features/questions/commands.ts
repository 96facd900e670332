import { z } from 'zod';
import { EngineError, notFound } from '../../engine/errors';
import { id, isoDate, optionalText, text } from '../../engine/validation';
import type { Db } from '../../store/db';
import { getDelegate } from '../roster/store';
import { askingQuestion, awaitingAnswer, deleteQuestion, deleteRespondent, deleteTopic, deleteTopicLinks, findRespondentByDelegate, getQuestion, getRespondent, getTopic, questionsAnsweredBy, deleteAnswer, getAnswer, insertAnswer, insertQuestion, insertRespondent, insertTopic, insertTopicLink, listQueue, topicTitled, nextQueuePosition, openAnswer, respondentInUse, saveAnswerTimer, saveQuestion, setAnswerExtra, setQuestionPosition, updateRespondent, updateTopicTitle, QUESTIONS_UNDO } from './store';
import { isCalled, QUESTION_STATUSES, type Answer, type Question } from '../../../common/questions/model';
import { nextWaiting } from '../../../common/attendance/model';
import { hereChecker } from '../attendance/presence';
import { getSession } from '../council/sessions';
import { describeUndo } from '../../engine/undo';
import { addDays, sittingDate, WRITTEN_ANSWER_DAYS } from '../../../common/questions/dates';
import { pauseTimer, startTimer } from '../../../common/timing/timer';
import { requireSession } from '../council/commands';
import { requireItem } from '../agenda/commands';
import { defineCommand } from '../../engine/define';
import { limitMs } from '../council/rules';

const nameOf = (db: Db, delegateId: number) => getDelegate(db, delegateId)?.fullName ?? `#${delegateId}`;

function requireRespondent(db: Db, respondentId: number) {
  const r = getRespondent(db, respondentId);
  if (!r) throw new EngineError('not-respondent', { id: respondentId });
  return r;
}

function requireQuestion(db: Db, questionId: number): Question {
  const q = getQuestion(db, questionId);
  if (!q || q.sessionId !== requireSession(db)) throw notFound('question', questionId);
  return q;
}

function requireTopic(db: Db, topicId: number) {
  const t = getTopic(db, topicId);
  if (!t || t.sessionId !== requireSession(db)) throw notFound('questionTopic', topicId);
  return t;
}

/** The slip's people and topic must fit together: a voting asker, a listed respondent on the topic. */
function checkSlip(db: Db, slip: { askerId: number; respondentId: number; topicId: number | null; agendaItemId: number | null }): void {
  const asker = getDelegate(db, slip.askerId);
  if (!asker) throw notFound('delegate', slip.askerId);
  if (!asker.voting) throw new EngineError('asker-not-voting', { name: asker.fullName });
  const respondent = requireRespondent(db, slip.respondentId);
  if (slip.topicId !== null) {
    const topic = requireTopic(db, slip.topicId);
    if (!topic.respondentIds.includes(respondent.id)) {
      throw new EngineError('respondent-not-on-topic', { name: nameOf(db, respondent.delegateId), topic: topic.title });
    }
  }
  if (slip.agendaItemId !== null) {
    const item = requireItem(db, slip.agendaItemId);
    if (item.kind !== 'questioning') throw new EngineError('agenda-not-questioning', { title: item.title });
  }
}

/** Renumbers the queue in the given order, recording before-images for undo. */
function renumberQueue(db: Db, ids: number[]): void {
  ids.forEach((qid, position) => {
    setQuestionPosition(db, qid, position);
  });
}

/**
 * Ends whatever is under way: the question being asked is over, a running answer ends. What was
 * only called (its clock never started) did not happen, as a called speaker who never spoke goes
 * back to waiting: the question returns to its place in the queue (a follow-up, first); the answer
 * is taken back and its questions wait for an answer again.
 */
function closeLive(db: Db, sessionId: number, now: number): void {
  const asking = askingQuestion(db, sessionId);
  if (asking && isCalled(asking)) {
    saveQuestion(db, { ...asking, phase: 'queued', askedAt: null });
    // A follow-up belongs with the exchange it follows: passed over before it was asked, it waits
    // first in line, not behind every slip registered before it (its place when it was made).
    if (asking.parentId !== null) renumberQueue(db, [asking.id, ...listQueue(db, sessionId).filter((q) => q.id !== asking.id).map((q) => q.id)]);
  } else if (asking) saveQuestion(db, { ...asking, ...pauseTimer(asking, now), phase: 'asked', askEndedAt: now });
  const answer = openAnswer(db, sessionId);
  if (answer && isCalled(answer)) {
    for (const q of questionsAnsweredBy(db, answer.id)) saveQuestion(db, { ...q, answerId: null });
    deleteAnswer(db, answer.id);
  } else if (answer) saveAnswerTimer(db, { ...answer, ...pauseTimer(answer, now), endedAt: now });
}

/**
 * Pauses the question being asked or the answer under way, if its timer runs: a break that
 * suspends the sitting must not eat the delegate's or the official's time while the hall
 * stands. The chair resumes it with Space once the sitting goes on.
 */
export function pauseLiveQuestion(db: Db, sessionId: number, now: number): void {
  const asking = askingQuestion(db, sessionId);
  if (asking && asking.startedAt !== null) saveQuestion(db, { ...asking, ...pauseTimer(asking, now) });
  const answer = openAnswer(db, sessionId);
  if (answer && answer.startedAt !== null) saveAnswerTimer(db, { ...answer, ...pauseTimer(answer, now) });
}

/**
 * The asker is called to the floor, as `speaker.next` calls a speaker: the clock waits for Space
 * (question.toggle). The question runs under the limit in force now, whatever it was when the
 * slip was registered.
 */
function callAsker(db: Db, q: Question, now: number): void {
  saveQuestion(db, { ...q, startedAt: null, accumulatedMs: 0, phase: 'asking', askedAt: now, limitMs: limitMs(db, 'question') });
}

const slipFields = {
  askerId: id,
  respondentId: id,
  topicId: id.nullable().default(null),
  text: text(2000),
  agendaItemId: id.nullable().default(null),
};

export const questionCommands = {
  'respondent.add': defineCommand({
    schema: z.strictObject({ delegateId: id, agency: optionalText(200) }),
    slices: ['respondents'],
    run({ db }, { delegateId, agency }) {
      const person = getDelegate(db, delegateId);
      if (!person) throw notFound('delegate', delegateId);
      if (findRespondentByDelegate(db, delegateId)) throw new EngineError('duplicate-respondent', { name: person.fullName });
      // Left blank, the agency is the roster's ("TAND huyện"): the log and its CSV name it.
      return { id: insertRespondent(db, delegateId, agency || person.agency) };
    },
  }),

  'respondent.update': defineCommand({
    schema: z.strictObject({ id, agency: optionalText(200) }),
    slices: ['respondents'],
    run({ db }, { id: respondentId, agency }) {
      if (!getRespondent(db, respondentId)) throw notFound('respondent', respondentId);
      updateRespondent(db, respondentId, agency);
    },
  }),

  'respondent.remove': defineCommand({
    schema: z.strictObject({ id }),
    slices: ['respondents', 'questionTopics'],
    run({ db }, { id: respondentId }) {
      const r = getRespondent(db, respondentId);
      if (!r) throw notFound('respondent', respondentId);
      if (respondentInUse(db, respondentId)) throw new EngineError('respondent-in-use', { name: nameOf(db, r.delegateId) });
      deleteRespondent(db, respondentId);
    },
  }),

  'topic.add': defineCommand({
    schema: z.strictObject({ title: text(300), respondentIds: z.array(id).min(1).max(50) }),
    slices: ['questionTopics'],
    run({ db }, { title, respondentIds }) {
      const sessionId = requireSession(db);
      for (const rid of respondentIds) requireRespondent(db, rid);
      if (topicTitled(db, sessionId, title)) throw new EngineError('topic-title-taken', { title });
      const topicId = insertTopic(db, sessionId, title);
      for (const rid of new Set(respondentIds)) insertTopicLink(db, topicId, rid);
      return { id: topicId };
    },
  }),

  'topic.update': defineCommand({
    schema: z.strictObject({ id, title: text(300), respondentIds: z.array(id).min(1).max(50) }),
    slices: ['questionTopics'],
    run({ db }, { id: topicId, title, respondentIds }) {
      const topic = requireTopic(db, topicId);
      for (const rid of respondentIds) requireRespondent(db, rid);
      if (topicTitled(db, topic.sessionId, title, topicId)) throw new EngineError('topic-title-taken', { title });
      updateTopicTitle(db, topicId, title);
      deleteTopicLinks(db, topicId);
      for (const rid of new Set(respondentIds)) insertTopicLink(db, topicId, rid);
    },
  }),

  'topic.remove': defineCommand({
    schema: z.strictObject({ id }),
    slices: ['questionTopics', 'questions'],
    run({ db }, { id: topicId }) {
      requireTopic(db, topicId);
      // Questions keep their text and people; they only lose the topic (ON DELETE SET NULL).
      deleteTopic(db, topicId);
    },
  }),

  'question.register': defineCommand({
    schema: z.strictObject(slipFields),
    slices: ['questions'],
    undo: QUESTIONS_UNDO,
    run({ db, now }, slip) {
      const sessionId = requireSession(db);
      checkSlip(db, slip);
      const questionId = insertQuestion(db, {
        ...slip,
        sessionId,
        position: nextQueuePosition(db, sessionId),
        parentId: null,
        phase: 'queued',
        status: 'pending',
        note: '',
        dueDate: null,
        registeredAt: now,
        askedAt: null,
        askEndedAt: null,
        startedAt: null,
        accumulatedMs: 0,
        limitMs: limitMs(db, 'question'),
        extraMs: 0,
        answerId: null,
      });
      describeUndo(db, 'register', nameOf(db, slip.askerId));
      return { id: questionId };
    },
  }),

  'question.update': defineCommand({
    // Only what the form's user changed (each optional): a slip's respondent set on the chair's
    // console meanwhile stays when the secretary corrects its text (engine/edits.ts).
    schema: z.strictObject({
      id,
      askerId: id.optional(),
      respondentId: id.optional(),
      topicId: id.nullable().optional(),
      text: text(2000).optional(),
      agendaItemId: id.nullable().optional(),
    }),
    slices: ['questions'],
    undo: QUESTIONS_UNDO,
    run({ db }, { id: questionId, ...changed }) {
      const q = requireQuestion(db, questionId);
      const kept = { askerId: q.askerId, respondentId: q.respondentId, topicId: q.topicId, text: q.text, agendaItemId: q.agendaItemId };
      const slip = { ...kept, ...Object.fromEntries(Object.entries(changed).filter(([, v]) => v !== undefined)) };
      checkSlip(db, slip);
      saveQuestion(db, { ...q, ...slip });
      describeUndo(db, 'edit', nameOf(db, slip.askerId));
    },
  }),

  'question.move': defineCommand({
    schema: z.strictObject({ id, index: z.int().min(0).max(10_000) }),
    slices: ['questions'],
    undo: QUESTIONS_UNDO,
    run({ db }, { id: questionId, index }) {
      const sessionId = requireSession(db);
      const moved = requireQuestion(db, questionId);
      const queue = listQueue(db, sessionId).map((q) => q.id);
      if (!queue.includes(questionId)) throw new EngineError('question-not-queued', { id: questionId });
      const ids = queue.filter((x) => x !== questionId);
      ids.splice(Math.min(index, ids.length), 0, questionId);
      renumberQueue(db, ids);
      describeUndo(db, 'move', nameOf(db, moved.askerId));
    },
  }),

  'question.remove': defineCommand({
    schema: z.strictObject({ id }),
    slices: ['questions'],
    undo: QUESTIONS_UNDO,
    run({ db }, { id: questionId }) {
      const q = requireQuestion(db, questionId);
      if (q.phase !== 'queued') throw new EngineError('question-not-queued', { id: questionId });
      describeUndo(db, 'remove', nameOf(db, q.askerId));
      deleteQuestion(db, q.id);
    },
  }),

  /**
   * Calls the next slip whose asker is in the hall (or the one named): whatever was under way ends;
   * Space starts the question's clock.
   */
  'question.next': defineCommand({
    schema: z.strictObject({ id: id.optional() }),
    slices: ['questions'],
    undo: QUESTIONS_UNDO,
    run({ db, now, about }, { id: questionId }) {
      const sessionId = requireSession(db);
      const queue = listQueue(db, sessionId);
      let q: Question | undefined;
      let passed: Question[] = [];
      if (questionId !== undefined) {
        // Named from its row ("Call now"): the chair's choice, the asker's mark notwithstanding.
        requireQuestion(db, questionId);
        q = queue.find((x) => x.id === questionId);
        if (!q) throw new EngineError('question-not-queued', { id: questionId });
      } else {
        // The first slip whose asker is in the hall, by the speaker queue's rule: the slips of
        // askers the roll call marks away keep their place, passed over.
        const found = nextWaiting(queue, (x) => x.askerId, hereChecker(db, sessionId));
        if ('none' in found) throw new EngineError(found.none === 'queue-empty' ? 'no-question-waiting' : 'no-asker-present');
        q = found.next;
        passed = found.passed;
      }
      closeLive(db, sessionId, now);
      callAsker(db, q, now);
      const who = nameOf(db, q.askerId);
      describeUndo(db, 'next', who);
      about({ who });
      return { id: q.id, passed: passed.map((x) => x.id) };
    },
  }),

  /**
   * Starts, pauses or resumes the timer of what is under way: the question being asked, or the
   * answer. The first start of a called question or answer is when it was asked or begun.
   */
  'question.toggle': defineCommand({
    schema: z.strictObject({}),
    slices: ['questions'],
    undo: QUESTIONS_UNDO,
    run({ db, now, about }) {
      const sessionId = requireSession(db);
      const asking = askingQuestion(db, sessionId);
      const answer = openAnswer(db, sessionId);
      // The step says which it was, start, pause or resume, and whose time: the asker's or the respondent's.
      const step = (x: Question | Answer) => (isCalled(x) ? 'start' : x.startedAt === null ? 'resume' : 'pause');
      if (asking) {
        const timer = asking.startedAt === null ? startTimer(asking, now) : pauseTimer(asking, now);
        saveQuestion(db, { ...asking, ...timer, askedAt: isCalled(asking) ? now : asking.askedAt });
        const who = nameOf(db, asking.askerId);
        describeUndo(db, step(asking), who);
        about({ step: step(asking), on: 'question', who });
      } else if (answer) {
        const timer = answer.startedAt === null ? startTimer(answer, now) : pauseTimer(answer, now);
        saveAnswerTimer(db, { ...answer, ...timer, begunAt: isCalled(answer) ? now : answer.begunAt });
        const who = nameOf(db, requireRespondent(db, answer.respondentId).delegateId);
        describeUndo(db, step(answer), who);
        about({ step: step(answer), on: 'answer', who });
      } else throw new EngineError('nothing-live');
    },
  }),

  /**
   * Extra time for the question being asked or the answer under way (running or paused), as
   * `speaker.extend` gives a speech: added to the council's limit, kept apart from it.
   */
  'question.extend': defineCommand({
    schema: z.strictObject({ seconds: z.int().min(1).max(3600) }),
    slices: ['questions'],
    undo: QUESTIONS_UNDO,
    run({ db, about }, { seconds }) {
      const sessionId = requireSession(db);
      const asking = askingQuestion(db, sessionId);
      const answer = openAnswer(db, sessionId);
      if (asking) {
        saveQuestion(db, { ...asking, extraMs: asking.extraMs + seconds * 1000 });
        const who = nameOf(db, asking.askerId);
        describeUndo(db, 'extend question', who);
        about({ on: 'question', who });
      } else if (answer) {
        setAnswerExtra(db, answer.id, answer.extraMs + seconds * 1000);
        const who = nameOf(db, requireRespondent(db, answer.respondentId).delegateId);
        describeUndo(db, 'extend answer', who);
        about({ on: 'answer', who });
      } else throw new EngineError('nothing-to-extend');
    },
  }),

  /** Ends the question being asked or the answer being given. */
  'question.stop': defineCommand({
    schema: z.strictObject({}),
    slices: ['questions'],
    undo: QUESTIONS_UNDO,
    run({ db, now, about }) {
      const sessionId = requireSession(db);
      const asking = askingQuestion(db, sessionId);
      const answer = openAnswer(db, sessionId);
      if (!asking && !answer) throw new EngineError('nothing-live');
      closeLive(db, sessionId, now);
      const who = asking ? nameOf(db, asking.askerId) : nameOf(db, requireRespondent(db, answer!.respondentId).delegateId);
      describeUndo(db, asking ? 'stop question' : 'stop answer', who);
      about({ on: asking ? 'question' : 'answer', who });
    },
  }),

  /**
   * The respondent is called to answer every asked question waiting for them: one question, or
   * a quick round of several; Space starts the answer's clock. Without a respondent, the one
   * asked most recently answers. A respondent called but not begun gives way to the one named.
   */
  'answer.start': defineCommand({
    schema: z.strictObject({ respondentId: id.optional() }),
    slices: ['questions'],
    undo: QUESTIONS_UNDO,
    run({ db, now, about }, { respondentId }) {
      const sessionId = requireSession(db);
      if (respondentId !== undefined) requireRespondent(db, respondentId);
      const running = openAnswer(db, sessionId);
      if (running && !isCalled(running)) throw new EngineError('answer-running', { name: nameOf(db, requireRespondent(db, running.respondentId).delegateId) });
      closeLive(db, sessionId, now);
      const waiting = awaitingAnswer(db, sessionId);
      const who = respondentId ?? waiting.at(-1)?.respondentId;
      const covered = waiting.filter((q) => q.respondentId === who);
      if (who === undefined || covered.length === 0) throw new EngineError('no-question-to-answer');
      const answerId = insertAnswer(db, sessionId, who, now, limitMs(db, 'answer'));
      for (const q of covered) saveQuestion(db, { ...q, answerId });
      const name = nameOf(db, requireRespondent(db, who).delegateId);
      describeUndo(db, 'answer', name);
      about({ who: name });
      return { id: answerId, questionIds: covered.map((q) => q.id) };
    },
  }),

  /** A follow-up (chất vấn lại) of an asked question: linked to it, its asker called at once (Space starts the clock). */
  'question.followUp': defineCommand({
    schema: z.strictObject({ parentId: id, text: text(2000), askerId: id.optional() }),
    slices: ['questions'],
    undo: QUESTIONS_UNDO,
    run({ db, now, about }, { parentId, text: body, askerId }) {
      const sessionId = requireSession(db);
      const parent = requireQuestion(db, parentId);
      if (parent.status === 'withdrawn') throw new EngineError('follow-up-withdrawn', { id: parentId });
      if (parent.phase === 'queued' || isCalled(parent)) throw new EngineError('follow-up-unasked', { id: parentId });
      const slip = { askerId: askerId ?? parent.askerId, respondentId: parent.respondentId, topicId: parent.topicId, agendaItemId: parent.agendaItemId };
      checkSlip(db, slip);
      closeLive(db, sessionId, now);
      const questionId = insertQuestion(db, {
        ...slip,
        sessionId,
        position: nextQueuePosition(db, sessionId),
        parentId,
        text: body,
        phase: 'asking',
        status: 'pending',
        note: '',
        dueDate: null,
        registeredAt: now,
        askedAt: now,
        askEndedAt: null,
        startedAt: null,
        accumulatedMs: 0,
        limitMs: limitMs(db, 'question'),
        extraMs: 0,
        answerId: null,
      });
      const who = nameOf(db, slip.askerId);
      describeUndo(db, 'follow-up', who);
      about({ who });
      return { id: questionId };
    },
  }),

  /**
   * The chair's outcome for questions: answered in the sitting (which ends the answer under way),
   * written answer (due 20 days after the sitting), moved to the next session, withdrawn, or back
   * to pending; with a note.
   */
  'question.mark': defineCommand({
    schema: z.strictObject({
      ids: z.array(id).min(1).max(200),
      status: z.enum(QUESTION_STATUSES),
      note: z.string().trim().max(2000).optional(),
      sittingDate: isoDate.optional(),
    }),
    slices: ['questions'],
    undo: QUESTIONS_UNDO,
    run({ db, now, about }, { ids, status, note, sittingDate: given }) {
      const sessionId = requireSession(db);
      const session = getSession(db, sessionId)!;
      const marked = ids.map((qid) => requireQuestion(db, qid));
      for (const q of marked) {
        // A respondent only called has not answered: the call may yet be taken back.
        const answer = q.answerId === null ? undefined : getAnswer(db, q.answerId);
        if (status === 'answered' && (!answer || isCalled(answer))) throw new EngineError('not-answered-yet', { id: q.id });
      }
      for (const q of marked) {
        const current = getQuestion(db, q.id)!;
        let next: Question = { ...current, status, note: note ?? current.note };
        // A slip that will not be asked in the sitting leaves the queue; one being asked stops,
        // one only called was never asked (it stays a slip, as a withdrawn queued one does).
        if (status !== 'pending' && status !== 'answered' && current.phase === 'asking') {
          next = isCalled(current) ? { ...next, phase: 'queued', askedAt: null } : { ...next, ...pauseTimer(current, now), phase: 'asked', askEndedAt: now };
        }
        const day = given ?? sittingDate(current.askedAt ?? now, session);
        next.dueDate = status === 'written' ? addDays(day, WRITTEN_ANSWER_DAYS) : null;
        saveQuestion(db, next);
      }
      // Answered is the answer's end, as the chair means it by `d`: the answer's clock stops
      // (on the console and the hall) instead of running on until `n` or `f`. Undo restores it.
      const answer = openAnswer(db, sessionId);
      if (status === 'answered' && answer && marked.some((q) => q.answerId === answer.id)) saveAnswerTimer(db, { ...answer, ...pauseTimer(answer, now), endedAt: now });
      // One question is named by its asker; several (a round's answer) by none.
      describeUndo(db, `mark ${status}`, marked.length === 1 ? nameOf(db, marked[0].askerId) : '');
      about({ who: [...new Set(marked.map((q) => nameOf(db, q.askerId)))].join(', ') });
    },
  }),

};
