/**
 * Two statements of one rule: the engine's `awaitingAnswer` (SQL, what answer.start answers) is the
 * reference; the Live panel's `waitingForAnswer` (over the published list) must pick the same
 * questions in the same order, in every combination of phase, outcome and answer a row can hold.
 */
import { describe, expect, it } from 'vitest';
import { QUESTION_STATUSES, type QuestionPhase } from '../../../common/questions/model';
import { awaitingAnswer, insertAnswer } from '../../../electron/features/questions/store';
import { questionSlices } from '../../../electron/features/questions/slices';
import { waitingForAnswer } from '../../../src/features/questions/questions';
import { newEngine, ok, seedBasics } from '../helpers';

const PHASES: QuestionPhase[] = ['queued', 'asking', 'asked'];

describe('questions waiting for an answer', () => {
  it('are the same for the Live panel as for answer.start, in every combination of phase, outcome and answer', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    const sessionId = engine.current.sessions.currentId!;
    const asker = ok(engine, 'delegate.add', { fullName: 'Nguyễn Văn Dũng', voting: true }).id;
    const respondentId = ok(engine, 'respondent.add', { delegateId: ok(engine, 'delegate.add', { fullName: 'Phạm Minh Chính', voting: false }).id }).id;
    const answerId = insertAnswer(db, sessionId, respondentId, 0, 420_000);
    const combos = PHASES.flatMap((phase) => QUESTION_STATUSES.flatMap((status) => [null, answerId].map((answer) => ({ phase, status, answer }))));
    const ids = combos.map((_, i) => ok(engine, 'question.register', { askerId: asker, respondentId, text: `Câu hỏi ${i + 1}` }).id);
    // Each row one combination; asked in the reverse of the order they were registered (the queue was reordered).
    const set = db.prepare('UPDATE question SET phase = ?, status = ?, answer_id = ?, ask_ended_at = ? WHERE id = ?');
    combos.forEach(({ phase, status, answer }, i) => set.run(phase, status, answer, phase === 'asked' ? 1_000_000 - i : null, ids[i]));

    const reference = awaitingAnswer(db, sessionId).map((q) => q.id);
    expect(reference.length).toBe(1);
    expect(waitingForAnswer(questionSlices.questions(db).list).map((q) => q.id)).toEqual(reference);

    // Several waiting (a quick round): the same ones, oldest asked first.
    const waitingRows = combos.map((c, i) => [c, ids[i]] as const).filter(([c]) => c.status === 'pending' && c.answer === null);
    for (const [, id] of waitingRows) set.run('asked', 'pending', null, 2_000_000 - id, id);
    const round = awaitingAnswer(db, sessionId).map((q) => q.id);
    expect(round.length).toBe(waitingRows.length);
    expect(waitingForAnswer(questionSlices.questions(db).list).map((q) => q.id)).toEqual(round);
  });
});
