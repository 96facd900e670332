import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { figures, hallShowsQuestions, logCsv } from '../../../src/features/questions/questions';
import { newEngine, ok, seedBasics } from '../helpers';

function answering() {
  const { engine, clock } = newEngine();
  seedBasics(engine);
  const add = (fullName: string, voting: boolean) => ok(engine, 'delegate.add', { fullName, voting }).id;
  const [a, b] = [add('Nguyễn Văn Dũng', true), add('Trần Thị Hoa', true)];
  const r = ok(engine, 'respondent.add', { delegateId: add('Phạm Minh Chính', false) }).id;
  const q1 = ok(engine, 'question.register', { askerId: a, respondentId: r, text: 'Ô nhiễm sông' }).id;
  const q2 = ok(engine, 'question.register', { askerId: b, respondentId: r, text: 'Bệnh viện quá tải' }).id;
  ok(engine, 'question.next');
  ok(engine, 'question.toggle');
  clock.advance(60_000);
  ok(engine, 'answer.start');
  ok(engine, 'question.toggle');
  clock.advance(90_000);
  return { engine, clock, q1, q2, a };
}

describe('marking answered (d)', () => {
  it('stops the answer clock, on the console and the hall; undo sets it running again', () => {
    const { engine, clock, q1 } = answering();
    const answer = () => engine.current.questions.answers[0];
    expect(hallShowsQuestions(engine.current)).toBe(true);
    ok(engine, 'question.mark', { ids: [q1], status: 'answered' });
    expect(answer()).toMatchObject({ startedAt: null, accumulatedMs: 90_000 });
    expect(answer().endedAt).not.toBeNull();
    expect(hallShowsQuestions(engine.current)).toBe(false);
    clock.advance(30_000);
    expect(figures(engine.current, clock()).byRespondent[0].answerMs).toBe(90_000);
    ok(engine, 'undo', { scope: 'questions' });
    expect(answer()).toMatchObject({ endedAt: null, accumulatedMs: 0 });
    expect(answer().startedAt).not.toBeNull();
    expect(engine.current.questions.list.find((q) => q.id === q1)!.status).toBe('pending');
  });

  it('leaves an answer alone when another outcome is set', () => {
    const { engine, q1 } = answering();
    ok(engine, 'question.mark', { ids: [q1], status: 'written' });
    expect(engine.current.questions.answers[0].endedAt).toBeNull();
  });
});

describe('questions and follow-ups', () => {
  it('are counted apart, and the export numbers a follow-up under its question', () => {
    const { engine, clock, q1 } = answering();
    ok(engine, 'question.stop');
    ok(engine, 'question.next');
    ok(engine, 'question.toggle');
    ok(engine, 'question.stop');
    ok(engine, 'question.followUp', { parentId: q1, text: 'Hỏi thêm về thời hạn' });
    ok(engine, 'question.toggle');
    ok(engine, 'question.stop');
    const f = figures(engine.current, clock());
    expect([f.asked, f.followUps]).toEqual([2, 1]);
    // The outcome tiles follow the same rule: a question and its follow-up sent to a written
    // answer are one question and one follow-up, not "2 written".
    const followUp = engine.current.questions.list.find((q) => q.parentId === q1)!.id;
    ok(engine, 'question.mark', { ids: [q1, followUp], status: 'written' });
    const marked = figures(engine.current, clock());
    expect([marked.byStatus.written, marked.followUpsByStatus.written]).toEqual([1, 1]);
    expect(marked.byRespondent.reduce((n, r) => n + r.questions, 0)).toBe(2);
    const header = ['no', 'asker', 'respondent', 'position', 'agency', 'topic', 'question', 'followUpOf', 'askedAt', 'questionTime', 'answeredAt', 'answerTime', 'status', 'dueDate', 'note'];
    const rows = Papa.parse<Record<string, string>>(logCsv(engine.current, engine.current.questions.list, clock(), header, (s) => s, 'called').slice(1), { header: true }).data;
    expect(rows.map((r) => [r.no, r.question, r.followUpOf])).toEqual([
      ['1', 'Ô nhiễm sông', ''],
      ['2', 'Bệnh viện quá tải', ''],
      ['1a', 'Hỏi thêm về thời hạn', '1'],
    ]);
  });
});

describe('a follow-up called and passed over with n', () => {
  it('goes back first in the queue, to come next, not behind every slip registered before it', () => {
    const { engine, q1, q2 } = answering();
    const { id: q3 } = ok(engine, 'question.register', { askerId: engine.current.questions.list[0].askerId, respondentId: engine.current.questions.list[0].respondentId, text: 'Án tồn đọng' });
    ok(engine, 'question.stop');
    ok(engine, 'question.mark', { ids: [q1], status: 'answered' });
    const follow = ok(engine, 'question.followUp', { parentId: q1, text: 'Cụ thể đến tháng nào thì xong?' }).id;
    // n before the follow-up was asked: the next slip is called, the follow-up waits first in line.
    ok(engine, 'question.next');
    expect(engine.current.questions.list.find((q) => q.phase === 'asking')!.id).toBe(q2);
    expect(engine.current.questions.queue).toEqual([follow, q3]);
    // Undo puts it all back as it was.
    ok(engine, 'undo', { scope: 'questions' });
    expect(engine.current.questions.queue).toEqual([q2, q3]);
    expect(engine.current.questions.list.find((q) => q.id === follow)!.phase).toBe('asking');
  });
});
