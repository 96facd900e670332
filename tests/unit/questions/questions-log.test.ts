import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../electron/engine/engine';
import { answeredByLatest, figures, filterLog, hallShowsQuestions, isOverdue, logCsv, questionItemsOver, waitingForAnswer } from '../../../src/features/questions/questions';
import { newEngine, ok, seedBasics } from '../helpers';

/** The log's figures and export, computed from a sitting run on the real engine. */
function sitting() {
  const { engine, clock } = newEngine();
  seedBasics(engine);
  const add = (fullName: string, voting: boolean, title = '') => ok(engine, 'delegate.add', { fullName, voting, title }).id;
  const [a, b] = [add('Nguyễn Văn Dũng', true), add('Trần Thị Hoa', true)];
  const r1 = ok(engine, 'respondent.add', { delegateId: add('Phạm Minh Chính', false, 'Giám đốc Sở TN&MT'), agency: 'Sở TN&MT' }).id;
  const r2 = ok(engine, 'respondent.add', { delegateId: add('Hoàng Thị Lan', false, 'Giám đốc Sở Y tế') }).id;
  const reg = (askerId: number, respondentId: number, text: string) => ok(engine, 'question.register', { askerId, respondentId, text }).id;
  const q1 = reg(a, r1, 'Ô nhiễm, "sông Đà", xả thải\nkéo dài');
  const q2 = reg(b, r2, 'Bệnh viện quá tải');
  ok(engine, 'question.next');
  ok(engine, 'question.toggle');
  clock.advance(120_000);
  ok(engine, 'answer.start');
  ok(engine, 'question.toggle');
  clock.advance(300_000);
  ok(engine, 'question.stop');
  ok(engine, 'question.mark', { ids: [q1], status: 'answered' });
  ok(engine, 'question.mark', { ids: [q2], status: 'written', note: 'Văn bản' });
  return { engine, clock, q1, q2, r1, r2 };
}

const data = (engine: Engine) => engine.current;

describe('questioning log', () => {
  it('counts questions, delegates, outcomes and answer time by respondent; overdue stands out', () => {
    const { engine, clock, q2, r1 } = sitting();
    const f = figures(data(engine), clock());
    expect(f).toMatchObject({ asked: 1, followUps: 0, delegatesAsking: 1, overdue: 0 });
    expect(f.byStatus).toMatchObject({ answered: 1, written: 1, pending: 0 });
    expect(f.byRespondent[0]).toEqual({ respondentId: r1, questions: 1, answerMs: 300_000 });
    const written = data(engine).questions.list.find((q) => q.id === q2)!;
    expect(written.dueDate).toBe('2026-12-28');
    const byId = new Map(data(engine).questions.list.map((q) => [q.id, q]));
    expect(isOverdue(written, Date.UTC(2026, 11, 27, 5), byId)).toBe(false);
    expect(isOverdue(written, Date.UTC(2026, 11, 29, 12), byId)).toBe(true);
    expect(figures(data(engine), Date.UTC(2026, 11, 29, 12)).overdue).toBe(1);
  });

  it('filters by outcome and respondent', () => {
    const { engine, q1, q2, r2 } = sitting();
    const list = data(engine).questions.list;
    expect(filterLog(list, { status: 'written', respondentId: null, topicId: null }, questionItemsOver(data(engine))).map((q) => q.id)).toEqual([q2]);
    expect(filterLog(list, { status: '', respondentId: r2, topicId: null }, questionItemsOver(data(engine))).map((q) => q.id)).toEqual([q2]);
    expect(filterLog(list, { status: '', respondentId: null, topicId: null }, questionItemsOver(data(engine))).map((q) => q.id)).toEqual([q1, q2]);
  });

  it('exports CSV with a BOM that reads back, quotes and line breaks intact', () => {
    const { engine, clock } = sitting();
    const header = ['No.', 'Delegate', 'Respondent', 'Position', 'Agency', 'Topic', 'Question', 'Follow-up of', 'Asked at', 'Question time', 'Answer began', 'Answer time', 'Outcome', 'Due', 'Note'];
    const csv = logCsv(data(engine), data(engine).questions.list, clock(), header, (s) => s.toUpperCase(), 'CALLED');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true }).data;
    expect(rows[0]).toMatchObject({ Delegate: 'Nguyễn Văn Dũng', Question: 'Ô nhiễm, "sông Đà", xả thải\nkéo dài', 'Question time': '2:00', 'Answer time': '5:00', Outcome: 'ANSWERED', Agency: 'Sở TN&MT' });
    expect(rows[1]).toMatchObject({ Respondent: 'Hoàng Thị Lan', Position: 'Giám đốc Sở Y tế', Outcome: 'WRITTEN', Due: '2026-12-28', Note: 'Văn bản', 'Question time': '' });
  });

  it('the hall shows questioning while a question is asked or waits, or an answer runs', () => {
    const { engine } = newEngine();
    expect(hallShowsQuestions(null)).toBe(false);
    seedBasics(engine);
    expect(hallShowsQuestions(data(engine))).toBe(false);
    const { engine: e2 } = sitting();
    expect(hallShowsQuestions(data(e2))).toBe(false); // the answer has ended
    ok(e2, 'undo', { scope: 'questions' }); // back to …
    ok(e2, 'undo', { scope: 'questions' });
    ok(e2, 'undo', { scope: 'questions' }); // … the answer running
    expect(hallShowsQuestions(data(e2))).toBe(true);
  });

  it('an answer left running gives way on the hall once the chair gives the floor to a speaker or starts another item', () => {
    const { engine: e, clock } = sitting();
    ok(e, 'undo', { scope: 'questions' });
    ok(e, 'undo', { scope: 'questions' });
    ok(e, 'undo', { scope: 'questions' }); // the answer running again
    const item = ok(e, 'agenda.add', { title: 'Báo cáo giải trình', kind: 'report' }).id;
    const speaker = ok(e, 'delegate.add', { fullName: 'Nguyễn Xuân Lộc' }).id;
    clock.advance(10_000);
    ok(e, 'speaker.focus', { agendaItemId: item });
    ok(e, 'speaker.request', { delegateId: speaker });
    ok(e, 'speaker.next');
    // Called: the delegate now has the floor, not the respondent whose answer was never ended.
    expect(hallShowsQuestions(data(e))).toBe(false);
    // The chair goes back to the answer (pause, resume): the hall follows it again.
    clock.advance(10_000);
    ok(e, 'question.toggle');
    ok(e, 'question.toggle');
    expect(hallShowsQuestions(data(e))).toBe(true);
    clock.advance(10_000);
    ok(e, 'item.start', { id: item });
    expect(hallShowsQuestions(data(e))).toBe(false);
  });

  it('mark answered (d) after a follow-up takes the original question too', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const asker = ok(engine, 'delegate.add', { fullName: 'Nguyễn Văn Dũng' }).id;
    const r = ok(engine, 'respondent.add', { delegateId: ok(engine, 'delegate.add', { fullName: 'Phạm Minh Chính', voting: false }).id }).id;
    const first = ok(engine, 'question.register', { askerId: asker, respondentId: r, text: 'Tiến độ cấp giấy chứng nhận?' }).id;
    const other = ok(engine, 'question.register', { askerId: asker, respondentId: r, text: 'Đất công bị lấn chiếm?' }).id;
    expect(answeredByLatest(engine.current)).toEqual([]);
    ok(engine, 'question.next');
    ok(engine, 'question.toggle');
    ok(engine, 'answer.start');
    ok(engine, 'question.toggle');
    ok(engine, 'question.stop');
    const follow = ok(engine, 'question.followUp', { parentId: first, text: 'Khi nào xong?' }).id;
    ok(engine, 'question.toggle');
    ok(engine, 'answer.start');
    ok(engine, 'question.toggle');
    ok(engine, 'question.stop');
    expect(answeredByLatest(engine.current)).toEqual([first, follow]);
    ok(engine, 'question.mark', { ids: [first], status: 'written', note: 'Trả lời bằng văn bản' });
    // Only what is still pending; a question never asked is not touched.
    expect(answeredByLatest(engine.current)).toEqual([follow]);
    expect(answeredByLatest(engine.current)).not.toContain(other);
  });

  it('shows, filters and exports an unmarked follow-up with its question’s outcome and due date, as the figures count it', () => {
    const { engine, clock, q1 } = sitting();
    const follow = ok(engine, 'question.followUp', { parentId: q1, text: 'Khi nào xử lý xong?' }).id;
    ok(engine, 'question.toggle');
    clock.advance(60_000);
    ok(engine, 'question.stop');
    const header = ['No.', 'Delegate', 'Respondent', 'Position', 'Agency', 'Topic', 'Question', 'Follow-up of', 'Asked at', 'Question time', 'Answer began', 'Answer time', 'Outcome', 'Due', 'Note'];
    const exported = () => Papa.parse<Record<string, string>>(logCsv(data(engine), data(engine).questions.list, clock(), header, (s) => s.toUpperCase(), 'CALLED').slice(1), { header: true }).data;
    const only = (status: 'answered' | 'written' | 'pending') => filterLog(data(engine).questions.list, { status, respondentId: null, topicId: null }, questionItemsOver(data(engine))).map((q) => q.id);
    expect(data(engine).questions.list.find((q) => q.id === follow)!.status).toBe('pending');
    expect(figures(data(engine), clock()).followUpsByStatus).toMatchObject({ answered: 1, pending: 0 });
    expect(only('answered')).toEqual([q1, follow]);
    expect(only('pending')).toEqual([]);
    expect(exported().find((r) => r.Question === 'Khi nào xử lý xong?')).toMatchObject({ Outcome: 'ANSWERED', Due: '', 'Follow-up of': '1' });
    // The question sent on to a written answer: its follow-up goes with it, by the same date.
    ok(engine, 'question.mark', { ids: [q1], status: 'written' });
    const due = data(engine).questions.list.find((q) => q.id === q1)!.dueDate!;
    expect(only('written')).toContain(follow);
    expect(exported().find((r) => r.Question === 'Khi nào xử lý xong?')).toMatchObject({ Outcome: 'WRITTEN', Due: due });
    // Still waiting for its reply in the sitting, as the engine's answer.start sees it: `a` answers it.
    expect(waitingForAnswer(data(engine).questions.list).map((q) => q.id)).toEqual([follow]);
    const { id: answer } = ok(engine, 'answer.start');
    expect(data(engine).questions.list.find((q) => q.id === follow)!.answerId).toBe(answer);
    expect(waitingForAnswer(data(engine).questions.list)).toEqual([]);
    // Past that date both are overdue: the figure counts the follow-up with its question.
    const after = Date.parse(`${due}T12:00:00Z`) + 2 * 86_400_000;
    expect(figures(data(engine), after).overdue).toBe(3);
    expect(isOverdue(data(engine).questions.list.find((q) => q.id === follow)!, after, new Map(data(engine).questions.list.map((q) => [q.id, q])))).toBe(true);
  });
});
