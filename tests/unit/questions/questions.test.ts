import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../electron/engine/engine';
import { addDays, daysUntil, sittingDate } from '../../../common/questions/dates';
import { elapsedMs } from '../../../common/timing/timer';
import { dumpDb, newEngine, ok, seedBasics, tempDir, refused } from '../helpers';
import { getQuestion, insertAnswer, listQuestions, questionsAnsweredBy, saveQuestion } from '../../../electron/features/questions/store';
import { clearChanges, readChanges } from '../../../electron/store/changes';
import path from 'node:path';
import * as questionStrings from '../../../src/features/questions/strings';
import { isCalled, QUESTION_STATUSES } from '../../../common/questions/model';
import { computeReview } from '../../../common/review/figures';
import { readReviewInput } from '../../../electron/features/review/input';

/** A council with three voting delegates, three officials on the respondents list, one topic. */
function seedSitting(engine: Engine) {
  seedBasics(engine);
  const add = (fullName: string, voting: boolean, title = '') => ok(engine, 'delegate.add', { fullName, voting, title }).id;
  const d1 = add('Nguyễn Văn Dũng', true);
  const d2 = add('Trần Thị Hoa', true);
  const d3 = add('Lê Văn Tám', true);
  const o1 = add('Phạm Minh Chính', false, 'Giám đốc Sở Tài nguyên và Môi trường');
  const o2 = add('Hoàng Thị Lan', false, 'Giám đốc Sở Y tế');
  const guest = add('Vũ Văn Khách', false, 'Phóng viên');
  const r1 = ok(engine, 'respondent.add', { delegateId: o1, agency: 'Sở TN&MT' }).id;
  const r2 = ok(engine, 'respondent.add', { delegateId: o2 }).id;
  const topic = ok(engine, 'topic.add', { title: 'Đất đai, môi trường', respondentIds: [r1] }).id;
  return { d1, d2, d3, o1, o2, guest, r1, r2, topic };
}

const register = (engine: Engine, askerId: number, respondentId: number, text = 'Câu hỏi', topicId: number | null = null) =>
  ok(engine, 'question.register', { askerId, respondentId, text, topicId }).id;

const questions = (engine: Engine) => engine.current.questions;
const q = (engine: Engine, id: number) => engine.current.questions.list.find((x) => x.id === id)!;

/** Runs a command that must be refused, checks its code and that nothing changed. */

describe('questioning sitting: respondents, topics, slips', () => {
  it('refuses a topic title the session already has, whatever its capitals, spacing or how its diacritics were typed, changing nothing', () => {
    const { engine, db } = newEngine();
    const s = seedSitting(engine);
    const other = ok(engine, 'topic.add', { title: 'Y tế, giáo dục', respondentIds: [s.r2] }).id;
    const before = dumpDb(db);
    // 'Đất đai, môi trường' typed in capitals, with doubled spaces and decomposed diacritics.
    expect(refused(engine, 'topic.add', { title: 'ĐẤT  ĐAI, MÔI TRƯỜNG'.normalize('NFD'), respondentIds: [s.r1] }, 'topic-title-taken').vi.normalize('NFC')).toBe(
      'Kỳ họp này đã có nhóm vấn đề «ĐẤT  ĐAI, MÔI TRƯỜNG». Chưa có gì thay đổi.',
    );
    refused(engine, 'topic.update', { id: other, title: 'đất đai, môi trường', respondentIds: [s.r2] }, 'topic-title-taken');
    expect(dumpDb(db)).toEqual(before);
    // A topic keeps its own title when only its respondents change; another accent is another title.
    ok(engine, 'topic.update', { id: s.topic, title: 'Đất đai, môi trường', respondentIds: [s.r1, s.r2] });
    ok(engine, 'topic.add', { title: 'Đất đai, mỗi trường', respondentIds: [s.r1] });
  });

  it('registers slips in a queue that reorders, and refuses what does not fit', () => {
    const { engine } = newEngine();
    const s = seedSitting(engine);
    const a = register(engine, s.d1, s.r1, 'Ô nhiễm sông Đà', s.topic);
    const b = register(engine, s.d2, s.r2, 'Bệnh viện quá tải');
    const c = register(engine, s.d3, s.r1);
    expect(questions(engine).queue).toEqual([a, b, c]);
    ok(engine, 'question.move', { id: c, index: 0 });
    expect(questions(engine).queue).toEqual([c, a, b]);

    // A question to someone not on the respondents list, in both languages.
    const msg = refused(engine, 'question.register', { askerId: s.d1, respondentId: 999, text: 'x' }, 'not-respondent');
    expect(msg.en).toBe('The person asked (no. 999) is not among the officials who can be questioned.');
    expect(msg.vi).toBe('Người được hỏi (số 999) không có trong danh sách người trả lời chất vấn.');
    // A guest cannot ask; a respondent off the topic; a duplicate respondent; an empty question.
    refused(engine, 'question.register', { askerId: s.guest, respondentId: s.r1, text: 'x' }, 'asker-not-voting');
    refused(engine, 'question.register', { askerId: s.d1, respondentId: s.r2, text: 'x', topicId: s.topic }, 'respondent-not-on-topic');
    refused(engine, 'respondent.add', { delegateId: s.o1 }, 'duplicate-respondent');
    expect(refused(engine, 'question.register', { askerId: s.d1, respondentId: s.r1, text: '  ' }, 'invalid').en).toBe('Question must not be empty.');
    refused(engine, 'topic.add', { title: 'Y tế', respondentIds: [] }, 'invalid');
    refused(engine, 'respondent.remove', { id: s.r1 }, 'respondent-in-use');
    expect(refused(engine, 'delegate.remove', { id: s.o1 }, 'delegate-in-questions').en).toBe(
      'Phạm Minh Chính is in the questioning log and cannot be removed from the roster.',
    );
    refused(engine, 'delegate.remove', { id: s.d2 }, 'delegate-in-questions');
    // An official with no questions leaves both lists.
    const spare = ok(engine, 'delegate.add', { fullName: 'Đỗ Văn Phó', voting: false }).id;
    ok(engine, 'respondent.add', { delegateId: spare });
    ok(engine, 'delegate.remove', { id: spare });
    expect(engine.current.respondents.map((r) => r.id)).toEqual([s.r1, s.r2]);
    // Slips tied to the agenda must name a questioning item.
    const report = ok(engine, 'agenda.add', { title: 'Báo cáo KT-XH', kind: 'report' }).id;
    refused(engine, 'question.register', { askerId: s.d1, respondentId: s.r1, text: 'x', agendaItemId: report }, 'agenda-not-questioning');
    const item = ok(engine, 'agenda.add', { title: 'Chất vấn và trả lời chất vấn', kind: 'questioning' }).id;
    const d = ok(engine, 'question.register', { askerId: s.d1, respondentId: s.r1, text: 'x', agendaItemId: item }).id;
    expect(q(engine, d).agendaItemId).toBe(item);
  });
});

describe('live questioning', () => {
  it('asks, answers, follows up, and keeps every time exactly', () => {
    const { engine, clock } = newEngine();
    const s = seedSitting(engine);
    const a = register(engine, s.d1, s.r1, 'Ô nhiễm sông Đà', s.topic);
    const b = register(engine, s.d2, s.r2, 'Bệnh viện quá tải');

    // An answer without a question.
    const noQ = refused(engine, 'answer.start', {}, 'no-question-to-answer');
    expect(noQ.en).toBe('No question is waiting for an answer; let a delegate ask first.');
    refused(engine, 'question.toggle', {}, 'nothing-live');

    ok(engine, 'question.next');
    expect(q(engine, a).phase).toBe('asking');
    expect(questions(engine).live).toEqual({ kind: 'question', questionId: a });
    // Called, as a speaker is: the asker walks to the microphone, the clock waits for Space.
    clock.advance(20_000);
    ok(engine, 'question.toggle'); // start
    clock.advance(60_000);
    ok(engine, 'question.toggle'); // pause
    clock.advance(30_000);
    ok(engine, 'question.toggle'); // resume
    clock.advance(100_000);
    ok(engine, 'answer.start');
    expect(q(engine, a).phase).toBe('asked');
    expect(elapsedMs(q(engine, a), clock())).toBe(160_000);
    const ans = questions(engine).answers[0];
    expect(ans.respondentId).toBe(s.r1);
    expect(q(engine, a).answerId).toBe(ans.id);
    expect(questions(engine).live).toEqual({ kind: 'answer', answerId: ans.id });
    clock.advance(15_000);
    ok(engine, 'question.toggle'); // the respondent, called, begins
    refused(engine, 'answer.start', {}, 'answer-running');
    clock.advance(400_000);

    // Follow-up: linked to the first question, its asker called at once, the answer ends.
    const f = ok(engine, 'question.followUp', { parentId: a, text: 'Khi nào xử lý dứt điểm?' }).id;
    expect(q(engine, f)).toMatchObject({ parentId: a, askerId: s.d1, respondentId: s.r1, topicId: s.topic, phase: 'asking', startedAt: null, accumulatedMs: 0 });
    const ended = questions(engine).answers[0];
    expect(ended.endedAt).toBe(clock());
    expect(elapsedMs(ended, clock() + 99_999)).toBe(400_000);
    ok(engine, 'question.toggle');
    clock.advance(45_000);
    ok(engine, 'answer.start');
    ok(engine, 'question.toggle');
    clock.advance(120_000);
    ok(engine, 'question.stop');
    expect(questions(engine).answers).toHaveLength(2);
    expect(elapsedMs(questions(engine).answers[1], clock())).toBe(120_000);
    ok(engine, 'question.mark', { ids: [a, f], status: 'answered', note: 'Đã trả lời tại phiên họp' });
    expect(q(engine, a)).toMatchObject({ status: 'answered', note: 'Đã trả lời tại phiên họp', dueDate: null });

    // b is still queued: it cannot be marked answered, nor followed up.
    refused(engine, 'question.mark', { ids: [b], status: 'answered' }, 'not-answered-yet');
    refused(engine, 'question.followUp', { parentId: b, text: 'x' }, 'follow-up-unasked');
  });

  it('n calls the asker and Space starts the clock, as in Speakers: the wait at the microphone is not asking time', () => {
    const { engine, db, clock } = newEngine();
    const s = seedSitting(engine);
    const a = register(engine, s.d1, s.r1);
    const b = register(engine, s.d2, s.r2);
    const calledAt = clock();
    ok(engine, 'question.next');
    clock.advance(25_000);
    // Called: on the floor, nothing running, nothing run.
    expect(q(engine, a)).toMatchObject({ phase: 'asking', askedAt: calledAt, startedAt: null, accumulatedMs: 0 });
    expect(isCalled(q(engine, a))).toBe(true);
    expect(elapsedMs(q(engine, a), clock())).toBe(0);
    expect(questions(engine).live).toEqual({ kind: 'question', questionId: a });
    // Space starts it; the question was asked from then.
    ok(engine, 'question.toggle');
    expect(q(engine, a)).toMatchObject({ startedAt: clock(), askedAt: clock() });
    expect(isCalled(q(engine, a))).toBe(false);
    clock.advance(40_000);
    expect(elapsedMs(q(engine, a), clock())).toBe(40_000);
    // Paused, it stays begun: Space resumes it.
    ok(engine, 'question.toggle');
    expect(isCalled(q(engine, a))).toBe(false);
    ok(engine, 'question.toggle');
    expect(engine.current.undo.questions).toMatchObject({ action: 'resume' });

    // a calls the respondent; Space starts the answer (the call is when it began, until then).
    ok(engine, 'answer.start');
    expect(q(engine, a)).toMatchObject({ phase: 'asked', accumulatedMs: 40_000 });
    const answer = () => questions(engine).answers.at(-1)!;
    expect(answer()).toMatchObject({ startedAt: null, accumulatedMs: 0, endedAt: null, begunAt: clock() });
    expect(isCalled(answer())).toBe(true);
    clock.advance(10_000);
    ok(engine, 'question.toggle');
    expect(answer()).toMatchObject({ startedAt: clock(), begunAt: clock() });
    ok(engine, 'question.stop');

    // n on a question only called calls the next one; the first goes back to its place in the queue, unasked.
    ok(engine, 'question.next');
    expect(q(engine, b)).toMatchObject({ phase: 'asking', startedAt: null });
    // The review counts what ran: a's 40 s, not its 25 s at the microphone; b, called a minute, 0:00.
    clock.advance(60_000);
    expect(computeReview(readReviewInput(db, 1, clock())!).questioning).toMatchObject({ askMs: 40_000 });
    const c = register(engine, s.d3, s.r2);
    ok(engine, 'question.stop'); // f on a called question: nobody asked it, it waits again
    expect(q(engine, b)).toMatchObject({ phase: 'queued', askedAt: null, askEndedAt: null, accumulatedMs: 0 });
    expect(questions(engine).queue).toEqual([b, c]);
    ok(engine, 'question.next');
    ok(engine, 'question.next');
    expect(q(engine, b).phase).toBe('queued');
    expect(q(engine, c).phase).toBe('asking');
    expect(questions(engine).queue).toEqual([b]);
    // A follow-up of a question not begun is refused, changing nothing.
    refused(engine, 'question.followUp', { parentId: c, text: 'x' }, 'follow-up-unasked');
    // Withdrawn while called, it was never asked: a slip out of the queue, not an asked question.
    ok(engine, 'question.mark', { ids: [c], status: 'withdrawn' });
    expect(q(engine, c)).toMatchObject({ phase: 'queued', status: 'withdrawn', askedAt: null });
    expect(questions(engine).live).toEqual({ kind: 'answer', answerId: answer().id });
  });

  it('`question.next` passes over the slips of askers the roll call marks away, as `speaker.next` passes over away speakers', () => {
    const { engine } = newEngine();
    const s = seedSitting(engine);
    const a = register(engine, s.d1, s.r1);
    const b = register(engine, s.d2, s.r2);
    const c = register(engine, s.d3, s.r1);
    ok(engine, 'attendance.open', { label: 'Buổi sáng' });
    ok(engine, 'attendance.mark', { delegateId: s.d1, status: 'excused' });
    ok(engine, 'attendance.mark', { delegateId: s.d2, status: 'notArrived' });
    // The first slip whose asker is here is called; the others keep their place, and the reply names them.
    expect(ok(engine, 'question.next')).toEqual({ id: c, passed: [a, b] });
    expect(q(engine, c).phase).toBe('asking');
    expect(questions(engine).queue).toEqual([a, b]);
    // Every asker waiting away: refused, saying so, and nothing changes (c stays on the floor).
    const said = refused(engine, 'question.next', {}, 'no-asker-present');
    expect(said.vi).toBe('Các phiếu còn chờ đều của đại biểu được điểm danh là vắng: hãy mời từ dòng của phiếu (Mời hỏi) hoặc xóa phiếu.');
    expect(q(engine, c).phase).toBe('asking');
    // Named from its row, an away asker's slip is called: the chair's choice.
    expect(ok(engine, 'question.next', { id: a })).toEqual({ id: a, passed: [] });
    // Once she arrives (late, with the time), `n` calls her slip.
    ok(engine, 'attendance.mark', { delegateId: s.d2, status: 'late', time: '08:20' });
    expect(ok(engine, 'question.next')).toEqual({ id: b, passed: [] });
  });

  it('a respondent called and not begun is taken back when the chair moves on, the questions wait for an answer again', () => {
    const { engine, db, clock } = newEngine();
    const s = seedSitting(engine);
    const a = register(engine, s.d1, s.r1);
    const b = register(engine, s.d2, s.r2);
    ok(engine, 'question.next', { id: a });
    ok(engine, 'question.toggle');
    clock.advance(30_000);
    ok(engine, 'answer.start');
    expect(q(engine, a).answerId).not.toBeNull();
    // Before the respondent begins, the chair calls the next question: the call is taken back.
    ok(engine, 'question.next', { id: b });
    expect(questions(engine).answers).toEqual([]);
    expect(q(engine, a)).toMatchObject({ phase: 'asked', answerId: null });
    ok(engine, 'question.toggle');
    clock.advance(20_000);
    ok(engine, 'question.stop');
    // a with two respondents waiting calls the latest; naming the other one while the first is only called gives way.
    expect(ok(engine, 'answer.start').questionIds).toEqual([b]);
    expect(ok(engine, 'answer.start', { respondentId: s.r1 }).questionIds).toEqual([a]);
    expect(questions(engine).answers).toHaveLength(1);
    // Nor has a respondent only called answered: d is refused, changing nothing.
    const before = dumpDb(db);
    refused(engine, 'question.mark', { ids: [a], status: 'answered' }, 'not-answered-yet');
    expect(dumpDb(db)).toEqual(before);
    ok(engine, 'question.toggle');
    // Begun, it is not given way: the chair ends it first.
    refused(engine, 'answer.start', { respondentId: s.r2 }, 'answer-running');
    // Undo takes back the start, then the call, each in one step.
    ok(engine, 'undo', { scope: 'questions' });
    expect(isCalled(questions(engine).answers[0])).toBe(true);
    ok(engine, 'undo', { scope: 'questions' });
    expect(questions(engine).answers.map((x) => x.respondentId)).toEqual([s.r2]);
  });

  it('undoes a call of n in one step, whatever it closed', () => {
    const { engine, clock } = newEngine();
    const s = seedSitting(engine);
    const a = register(engine, s.d1, s.r1);
    const b = register(engine, s.d2, s.r2);
    ok(engine, 'question.next');
    ok(engine, 'question.toggle');
    clock.advance(30_000);
    const before = structuredClone(questions(engine));
    ok(engine, 'question.next');
    expect(q(engine, a).phase).toBe('asked');
    expect(q(engine, b).phase).toBe('asking');
    ok(engine, 'undo', { scope: 'questions' });
    expect(questions(engine)).toEqual(before);
  });

  it('runs a quick round: several questions, then one answer covering those to that respondent', () => {
    const { engine, clock } = newEngine();
    const s = seedSitting(engine);
    const ids = [register(engine, s.d1, s.r1), register(engine, s.d2, s.r1), register(engine, s.d3, s.r2), register(engine, s.d3, s.r1)];
    for (let i = 0; i < 3; i++) {
      ok(engine, 'question.next');
      ok(engine, 'question.toggle');
      clock.advance(60_000);
    }
    ok(engine, 'question.stop');
    // The last asked was for r2; the chair names r1 to answer the first two.
    const reply = ok(engine, 'answer.start', { respondentId: s.r1 });
    expect(reply.questionIds).toEqual([ids[0], ids[1]]);
    expect(q(engine, ids[2]).answerId).toBeNull();
    ok(engine, 'question.toggle');
    ok(engine, 'question.next'); // ends the answer, calls the fourth
    ok(engine, 'question.toggle');
    clock.advance(30_000);
    // Without a name, the respondent of the most recent question answers (r1 here, not r2).
    const second = ok(engine, 'answer.start');
    expect(second.questionIds).toEqual([ids[3]]);
    ok(engine, 'question.toggle');
    ok(engine, 'question.stop');
    const third = ok(engine, 'answer.start');
    expect(third.questionIds).toEqual([ids[2]]);
    expect(questions(engine).queue).toEqual([]);
    refused(engine, 'question.next', {}, 'no-question-waiting');
  });

  it('marks written answers due 20 days after the sitting, carries over, withdraws', () => {
    const { engine } = newEngine(); // engine clock 2026-12-01; the session runs 8–9 Dec
    const s = seedSitting(engine);
    const a = register(engine, s.d1, s.r1);
    const b = register(engine, s.d2, s.r2);
    const c = register(engine, s.d3, s.r2);
    ok(engine, 'question.mark', { ids: [a], status: 'written', note: 'Trả lời bằng văn bản' });
    expect(q(engine, a)).toMatchObject({ status: 'written', dueDate: '2026-12-28' });
    expect(questions(engine).queue).toEqual([b, c]); // no longer waiting to be asked
    ok(engine, 'question.mark', { ids: [b], status: 'written', sittingDate: '2026-12-09' });
    expect(q(engine, b).dueDate).toBe('2026-12-29');
    ok(engine, 'question.mark', { ids: [b], status: 'next-session' });
    expect(q(engine, b)).toMatchObject({ status: 'next-session', dueDate: null });
    ok(engine, 'question.next'); // c is asked, then withdrawn
    ok(engine, 'question.toggle');
    ok(engine, 'question.mark', { ids: [c], status: 'withdrawn' });
    expect(q(engine, c).phase).toBe('asked');
    const msg = refused(engine, 'question.followUp', { parentId: c, text: 'x' }, 'follow-up-withdrawn');
    expect(msg.en).toBe('Question ' + c + ' was withdrawn; it cannot be followed up.');
    expect(msg.vi).toBe('Câu hỏi số ' + c + ' đã được rút; không thể chất vấn lại.');
    refused(engine, 'question.mark', { ids: [c], status: 'lost' }, 'invalid');
  });

  it('undoes the last questioning action, step by step', () => {
    const { engine, clock } = newEngine();
    const s = seedSitting(engine);
    const a = register(engine, s.d1, s.r1);
    ok(engine, 'question.next');
    clock.advance(10_000);
    // Each step names whose question or answer it was, and a start, a pause or a resume says which.
    expect(engine.current.undo.questions).toMatchObject({ action: 'next', subject: 'Nguyễn Văn Dũng' });
    ok(engine, 'question.toggle');
    expect(engine.current.undo.questions).toMatchObject({ action: 'start', subject: 'Nguyễn Văn Dũng' });
    clock.advance(10_000);
    ok(engine, 'question.toggle');
    expect(engine.current.undo.questions).toMatchObject({ action: 'pause', subject: 'Nguyễn Văn Dũng' });
    ok(engine, 'undo', { scope: 'questions' });
    ok(engine, 'answer.start');
    expect(engine.current.undo.questions).toMatchObject({ action: 'answer', subject: 'Phạm Minh Chính' });
    ok(engine, 'question.toggle');
    expect(engine.current.undo.questions).toMatchObject({ action: 'start', subject: 'Phạm Minh Chính' });
    clock.advance(10_000);
    ok(engine, 'question.toggle');
    expect(engine.current.undo.questions).toMatchObject({ action: 'pause', subject: 'Phạm Minh Chính' });
    ok(engine, 'question.toggle');
    expect(engine.current.undo.questions).toMatchObject({ action: 'resume', subject: 'Phạm Minh Chính' });
    ok(engine, 'undo', { scope: 'questions' });
    ok(engine, 'undo', { scope: 'questions' });
    ok(engine, 'undo', { scope: 'questions' });
    ok(engine, 'undo', { scope: 'questions' });
    expect(q(engine, a)).toMatchObject({ phase: 'asking', answerId: null });
    ok(engine, 'undo', { scope: 'questions' }); // the start: called again, nothing run
    expect(q(engine, a)).toMatchObject({ phase: 'asking', startedAt: null, accumulatedMs: 0 });
    expect(questions(engine).answers).toEqual([]);
    ok(engine, 'undo', { scope: 'questions' });
    expect(q(engine, a).phase).toBe('queued');
    ok(engine, 'undo', { scope: 'questions' }); // the registration
    expect(questions(engine).list).toEqual([]);
    ok(engine, 'question.register', { askerId: s.d1, respondentId: s.r1, text: 'Câu hỏi' });
    ok(engine, 'undo', { scope: 'questions' });
    refused(engine, 'undo', { scope: 'questions' }, 'nothing-to-undo');
  });

  it('gives extra time to the question being asked, then to the answer under way, each undoable and named', () => {
    const { engine, clock } = newEngine();
    const s = seedSitting(engine);
    const a = register(engine, s.d1, s.r1);
    ok(engine, 'question.next');
    ok(engine, 'question.toggle');
    clock.advance(5_000);
    ok(engine, 'question.extend', { seconds: 60 });
    ok(engine, 'question.extend', { seconds: 30 });
    expect(q(engine, a).extraMs).toBe(90_000);
    expect(engine.current.undo.questions).toMatchObject({ action: 'extend question', subject: 'Nguyễn Văn Dũng' });
    // A paused question can be given time too; the timer stays as it was.
    ok(engine, 'question.toggle');
    const paused = { startedAt: q(engine, a).startedAt, accumulatedMs: q(engine, a).accumulatedMs };
    ok(engine, 'question.extend', { seconds: 60 });
    expect(q(engine, a)).toMatchObject({ ...paused, extraMs: 150_000 });
    ok(engine, 'undo', { scope: 'questions' });
    expect(q(engine, a).extraMs).toBe(90_000);
    ok(engine, 'question.toggle');

    const answerId = ok(engine, 'answer.start').id;
    ok(engine, 'question.toggle');
    clock.advance(5_000);
    ok(engine, 'question.extend', { seconds: 120 });
    const answer = () => questions(engine).answers.find((x) => x.id === answerId)!;
    expect(answer()).toMatchObject({ extraMs: 120_000, endedAt: null });
    // The question's extra time is its own: the answer's does not touch it.
    expect(q(engine, a).extraMs).toBe(90_000);
    expect(engine.current.undo.questions).toMatchObject({ action: 'extend answer', subject: 'Phạm Minh Chính' });
    ok(engine, 'undo', { scope: 'questions' });
    expect(answer().extraMs).toBe(0);
  });

  it('each question and answer keeps the limit it began under: a change of the council’s limits moves only what begins after it', () => {
    const { engine, db, clock } = newEngine();
    const s = seedSitting(engine);
    const a = register(engine, s.d1, s.r1);
    const b = register(engine, s.d2, s.r1);
    ok(engine, 'question.next', { id: a });
    ok(engine, 'question.toggle');
    clock.advance(60_000);
    // The office shortens the limits while the first question is asked: it keeps its 3 minutes.
    ok(engine, 'rules.save', { limits: { question: 2 * 60, answer: 5 * 60 } });
    expect(q(engine, a).limitMs).toBe(3 * 60_000);
    ok(engine, 'question.stop');
    const first = ok(engine, 'answer.start').id;
    ok(engine, 'question.toggle');
    ok(engine, 'rules.save', { limits: { question: 4 * 60, answer: 6 * 60 } });
    const answer = (id: number) => questions(engine).answers.find((x) => x.id === id)!;
    // The answer began under 5 minutes and keeps them through the next change.
    expect(answer(first).limitMs).toBe(5 * 60_000);
    ok(engine, 'question.stop');
    // Registered under 3 minutes, asked under 4: the limit is the one in force when asking begins.
    ok(engine, 'question.next', { id: b });
    expect(q(engine, b).limitMs).toBe(4 * 60_000);
    // Undoing the call puts the slip back as it was registered; calling it again takes today's limit.
    ok(engine, 'undo', { scope: 'questions' });
    expect(q(engine, b)).toMatchObject({ phase: 'queued', limitMs: 3 * 60_000 });
    ok(engine, 'rules.save', { limits: { question: 90, answer: 6 * 60 } });
    ok(engine, 'question.next', { id: b });
    expect(q(engine, b).limitMs).toBe(90_000);
    // A follow-up is asked under the limit in force when it is put.
    ok(engine, 'question.toggle');
    clock.advance(1_000);
    ok(engine, 'question.stop');
    ok(engine, 'rules.save', { limits: { question: 60, answer: 6 * 60 } });
    const f = ok(engine, 'question.followUp', { parentId: b, text: 'Khi nào xong?' }).id;
    expect(q(engine, f).limitMs).toBe(60_000);
    // What the slice shows is what is stored.
    expect(getQuestion(db, a)!.limitMs).toBe(3 * 60_000);
  });

  it('refuses extra time with nothing under way, or seconds that are not a whole number from 1 to 3600, changing nothing', () => {
    const { engine } = newEngine();
    const s = seedSitting(engine);
    register(engine, s.d1, s.r1);
    // Nothing asked yet: a sentence that says why, in both languages.
    expect(refused(engine, 'question.extend', { seconds: 60 }, 'nothing-to-extend')).toMatchObject({
      en: 'No question is being asked and no answer is under way: there is no time to extend.',
      vi: 'Không có câu hỏi hoặc câu trả lời nào đang diễn ra nên không có gì để cho thêm thời gian.',
    });
    ok(engine, 'question.next');
    ok(engine, 'question.toggle');
    ok(engine, 'question.stop');
    // The question is over and nobody answers yet: still nothing to extend.
    refused(engine, 'question.extend', { seconds: 60 }, 'nothing-to-extend');
    ok(engine, 'answer.start');
    for (const seconds of [0, -30, 3601, 1.5, '60', null]) {
      const r = refused(engine, 'question.extend', { seconds }, 'invalid');
      expect(r.en).not.toBe(r.vi);
    }
    refused(engine, 'question.extend', {}, 'invalid');
    refused(engine, 'question.extend', { seconds: 60, answerId: 1 }, 'invalid');
    ok(engine, 'question.stop');
    refused(engine, 'question.extend', { seconds: 60 }, 'nothing-to-extend');
  });

  it('names every step it can undo in both languages of the console', () => {
    const { engine, clock } = newEngine();
    const s = seedSitting(engine);
    const missing: string[] = [];
    const check = () => {
      const key = `q.u.${engine.current.undo.questions!.action}`;
      for (const [lang, words] of Object.entries({ en: questionStrings.en, vi: questionStrings.vi }))
        if (!(key in words)) missing.push(`${lang} ${key}`);
    };
    const a = register(engine, s.d1, s.r1);
    check();
    ok(engine, 'question.next');
    check();
    ok(engine, 'question.toggle');
    check();
    clock.advance(1_000);
    ok(engine, 'question.toggle');
    check();
    ok(engine, 'question.toggle');
    check();
    ok(engine, 'question.extend', { seconds: 30 });
    check();
    ok(engine, 'question.stop');
    check();
    ok(engine, 'answer.start');
    check();
    ok(engine, 'question.toggle');
    ok(engine, 'question.extend', { seconds: 30 });
    check();
    ok(engine, 'question.stop');
    check();
    for (const status of QUESTION_STATUSES) {
      ok(engine, 'question.mark', { ids: [a], status });
      check();
    }
    expect(missing).toEqual([]);
  });

  it('survives a restart with a running timer where it truly is', () => {
    const file = path.join(tempDir(), 'gavel.db');
    const first = newEngine(file);
    const s = seedSitting(first.engine);
    const a = register(first.engine, s.d1, s.r1);
    ok(first.engine, 'question.next');
    ok(first.engine, 'question.toggle');
    first.clock.advance(90_000);
    first.db.close(); // as after a kill: no clean shutdown step is needed
    const second = newEngine(file, first.clock);
    second.clock.advance(30_000);
    expect(elapsedMs(q(second.engine, a), second.clock())).toBe(120_000);
    expect(second.engine.current.questions.live).toEqual({ kind: 'question', questionId: a });
    expect(second.engine.current.respondents.map((r) => r.agency)).toEqual(['Sở TN&MT', '']);
  });
});

describe('dates of written answers', () => {
  it('adds days across months and years and counts down', () => {
    expect(addDays('2026-12-20', 20)).toBe('2027-01-09');
    expect(addDays('2028-02-20', 20)).toBe('2028-03-11');
    expect(daysUntil('2026-12-28', '2026-12-08')).toBe(20);
    expect(daysUntil('2026-12-28', '2026-12-30')).toBe(-2);
    const session = { startDate: '2026-12-08', endDate: '2026-12-09' };
    expect(sittingDate(Date.UTC(2026, 11, 1, 5), session)).toBe('2026-12-08');
    expect(sittingDate(Date.UTC(2027, 0, 1, 5), session)).toBe('2026-12-09');
  });
});

describe('saving a question', () => {
  it('assigns only the columns that changed, so unchanged indexed columns are not rewritten, and nothing when none did', () => {
    const { engine, db } = newEngine();
    const s = seedSitting(engine);
    const a = register(engine, s.d1, s.r1, 'Ô nhiễm sông Đà');
    const stored = getQuestion(db, a)!;
    // Fires when an UPDATE assigns an indexed column, as SQLite then rewrites its index entries.
    db.exec(`CREATE TEMP TABLE indexed_writes (n INTEGER);
      CREATE TEMP TRIGGER count_indexed AFTER UPDATE OF session_id, phase, position, answer_id ON main.question
      BEGIN INSERT INTO indexed_writes VALUES (1); END;`);
    const indexedWrites = () => db.prepare('SELECT count(*) FROM temp.indexed_writes').pluck().get();
    clearChanges(db);
    saveQuestion(db, stored);
    expect(readChanges(db).size).toBe(0);
    saveQuestion(db, { ...stored, accumulatedMs: 5_000, note: 'Hỏi lại lần hai' });
    expect(indexedWrites()).toBe(0);
    expect([...readChanges(db).all()[0].cols!].sort()).toEqual(['accumulated_ms', 'note']);
    expect(getQuestion(db, a)).toEqual({ ...stored, accumulatedMs: 5_000, note: 'Hỏi lại lần hai' });
    saveQuestion(db, { ...stored, phase: 'asking' });
    expect(indexedWrites()).toBe(1);
    expect(getQuestion(db, a)).toEqual({ ...stored, phase: 'asking' });
  });
});

describe('reading a question', () => {
  it('reads each column back into its own field, whichever query reads it (rows are read as arrays, by position)', () => {
    const { engine, db } = newEngine();
    const s = seedSitting(engine);
    const item = ok(engine, 'agenda.add', { title: 'Chất vấn và trả lời chất vấn', kind: 'questioning', plannedMinutes: 60 }).id;
    const parent = register(engine, s.d1, s.r1, 'Ô nhiễm sông Đà');
    const child = register(engine, s.d2, s.r1, 'Hỏi lại');
    const answer = insertAnswer(db, 1, s.r1, 1_000, 420_000);
    // Every field a value of its own: two columns read in each other's place would not compare equal.
    const full = {
      ...getQuestion(db, child)!,
      agendaItemId: item,
      position: 7,
      topicId: s.topic,
      parentId: parent,
      text: 'Tiến độ giải phóng mặt bằng?',
      phase: 'asked' as const,
      status: 'written' as const,
      note: 'Trả lời bằng văn bản',
      dueDate: '2026-12-28',
      registeredAt: 11,
      askedAt: 12,
      askEndedAt: 13,
      startedAt: 14,
      accumulatedMs: 15,
      limitMs: 16,
      extraMs: 17,
      answerId: answer,
    };
    saveQuestion(db, full);
    expect(getQuestion(db, child)).toEqual(full);
    expect(listQuestions(db, 1).find((x) => x.id === child)).toEqual(full);
    expect(questionsAnsweredBy(db, answer)).toEqual([full]);
    expect(getQuestion(db, 999)).toBeUndefined();
  });
});

describe('questions schema', () => {
  it('finds the queue and an answer’s questions by index, not by scanning', () => {
    const { db } = newEngine();
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(1) as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan("SELECT * FROM question WHERE session_id = ? AND phase = 'queued' AND status = 'pending' ORDER BY position, id")).toContain(
      'USING INDEX question_session',
    );
    expect(plan('SELECT * FROM question WHERE answer_id = ?')).toContain('USING INDEX question_answer');
    const tables = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name IN ('respondent', 'question', 'answer', 'question_topic', 'question_topic_respondent')").all() as { sql: string }[];
    expect(tables).toHaveLength(5);
    for (const t of tables) expect(t.sql).toMatch(/\) STRICT$/);
  });
});

describe('undo of a slip that depends on a removed row', () => {
  it('refuses, changing nothing, to bring back a slip whose asker has since left the roster', () => {
    const { engine, db } = newEngine();
    const s = seedSitting(engine);
    const slip = register(engine, s.d1, s.r1, 'Tiến độ giải phóng mặt bằng dự án đường vành đai');
    ok(engine, 'question.remove', { id: slip });
    ok(engine, 'delegate.remove', { id: s.d1 });
    const before = db.prepare('SELECT count(*) FROM question').pluck().get();
    const reply = refused(engine, 'undo', { scope: 'questions' }, 'undo-needs-removed');
    expect(reply.en).toMatch(/removed/);
    expect(reply.vi).toMatch(/đã bị xóa/);
    expect(db.prepare('SELECT count(*) FROM question').pluck().get()).toBe(before);
    expect(engine.current.questions.list.map((x) => x.id)).not.toContain(slip);
  });
});
