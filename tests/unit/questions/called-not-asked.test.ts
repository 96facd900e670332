import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { computeReview } from '../../../common/review/figures';
import { readReviewInput } from '../../../electron/features/review/input';
import { minutesModel } from '../../../electron/features/record/minutes';
import type { DocModel } from '../../../electron/documents/blocks';
import { figures, logCsv } from '../../../src/features/questions/questions';
import { newEngine, ok, seedBasics } from '../helpers';

const MIN = 60_000;
const HEADER = ['No.', 'Delegate', 'Respondent', 'Position', 'Agency', 'Topic', 'Question', 'Follow-up of', 'Asked at', 'Question time', 'Answer began', 'Answer time', 'Outcome', 'Due', 'Note'];

/** The words of a document model, for looking a name up in the minutes. */
const words = (model: DocModel) => JSON.stringify(model);

/**
 * The chair presses `n` on the questioning: the delegate is invited, the clock waits for Space.
 * Nothing has been asked yet: the log, its figures, the review and the minutes say so, and once
 * the clock has run the question counts as asked.
 */
describe('a question only called is not asked yet', () => {
  function called() {
    const { engine, db, clock } = newEngine();
    const { sessionId } = seedBasics(engine);
    const asker = ok(engine, 'delegate.add', { fullName: 'Đặng Quốc Việt' }).id;
    const official = ok(engine, 'delegate.add', { fullName: 'Bùi Quang Huy', title: 'Chủ tịch UBND huyện', voting: false }).id;
    const respondentId = ok(engine, 'respondent.add', { delegateId: official, agency: 'UBND huyện' }).id;
    // The questioning item under way in an open sitting, as the minutes tell it.
    const sitting = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    const item = ok(engine, 'agenda.add', { title: 'Chất vấn và trả lời chất vấn', kind: 'questioning' }).id;
    ok(engine, 'agenda.assign', { id: item, sittingId: sitting });
    ok(engine, 'item.start', { id: item });
    const id = ok(engine, 'question.register', { askerId: asker, respondentId, text: 'Tiến độ giải phóng mặt bằng dự án đường tỉnh 435?', agendaItemId: item }).id;
    ok(engine, 'question.next', {});
    clock.advance(2 * MIN);
    return { engine, db, clock, sessionId, id };
  }

  it('the log shows it as called, with no time, and does not count it; once its clock ran it is asked', () => {
    const { engine, clock, id } = called();
    expect(engine.current.questions.list.find((q) => q.id === id)?.phase).toBe('asking');
    expect(figures(engine.current, clock())).toMatchObject({ asked: 0, delegatesAsking: 0 });
    const row = () => Papa.parse<Record<string, string>>(logCsv(engine.current, engine.current.questions.list, clock(), HEADER, (s) => s, 'Called, not begun').slice(1), { header: true }).data[0];
    expect(row()).toMatchObject({ 'Asked at': 'Called, not begun', 'Question time': '' });
    ok(engine, 'question.toggle');
    clock.advance(MIN);
    expect(figures(engine.current, clock())).toMatchObject({ asked: 1, delegatesAsking: 1 });
    expect(row()['Asked at']).toMatch(/^\d\d:\d\d$/);
    expect(row()['Question time']).toBe('1:00');
  });

  it('the review counts nothing asked, and the minutes name no question, until its clock ran', () => {
    const { engine, db, clock, sessionId } = called();
    const review = () => computeReview(readReviewInput(db, sessionId, clock())!).questioning;
    expect(review()).toMatchObject({ registered: 1, asked: 0, askers: 0, respondentsQuestioned: 0 });
    expect(words(minutesModel(db, sessionId, { lang: 'vi', now: clock() })!)).not.toContain('Đặng Quốc Việt');
    ok(engine, 'question.toggle');
    clock.advance(MIN);
    expect(review()).toMatchObject({ asked: 1, askers: 1, respondentsQuestioned: 1, askMs: MIN });
    expect(words(minutesModel(db, sessionId, { lang: 'vi', now: clock() })!)).toContain('Đặng Quốc Việt');
  });

  it('an answer only called is not counted as given', () => {
    const { engine, db, clock, sessionId } = called();
    ok(engine, 'question.toggle');
    clock.advance(MIN);
    ok(engine, 'question.stop');
    ok(engine, 'answer.start');
    expect(computeReview(readReviewInput(db, sessionId, clock())!).questioning.byRespondent[0]).toMatchObject({ questions: 1, answers: 0 });
    ok(engine, 'question.toggle');
    clock.advance(MIN);
    expect(computeReview(readReviewInput(db, sessionId, clock())!).questioning.byRespondent[0]).toMatchObject({ answers: 1, answerMs: MIN });
  });
});
