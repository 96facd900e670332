import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import QuestionLog from '../../src/features/questions/QuestionLog.svelte';
import { i18n, t } from '../../src/lib/i18n.svelte';
import { newEngine, ok, seedBasics } from '../unit/helpers';
import { mountOnEngine } from './on-engine.svelte';
import { formatDate } from '../../common/dates';

/** One question sent to a written answer, its follow-up answered in the sitting. */
function writtenWithAnsweredFollowUp() {
  const { engine } = newEngine();
  seedBasics(engine);
  const asker = ok(engine, 'delegate.add', { fullName: 'Nguyễn Văn Dũng' }).id;
  const official = ok(engine, 'delegate.add', { fullName: 'Phạm Minh Chính', voting: false }).id;
  const respondentId = ok(engine, 'respondent.add', { delegateId: official }).id;
  const q = ok(engine, 'question.register', { askerId: asker, respondentId, text: 'Ô nhiễm sông' }).id;
  ok(engine, 'question.next');
  ok(engine, 'question.toggle');
  ok(engine, 'question.stop');
  ok(engine, 'question.followUp', { parentId: q, text: 'Khi nào xong?' });
  ok(engine, 'question.toggle');
  ok(engine, 'answer.start');
  ok(engine, 'question.toggle');
  const followUp = engine.current.questions.list.find((x) => x.parentId === q)!.id;
  ok(engine, 'question.mark', { ids: [followUp], status: 'answered' });
  ok(engine, 'question.mark', { ids: [q], status: 'written' });
  return engine;
}

describe('the outcome tiles', () => {
  const tile = (status: string) => {
    const dt = [...document.querySelectorAll('.figures dt')].find((d) => d.textContent === t(`q.status.${status}` as never))!;
    return [...dt.parentElement!.querySelectorAll('dd')].map((d) => d.textContent);
  };

  it('a tile with follow-ups alone says “1 follow-up”, not “0 + 1 follow-up”, in both languages', () => {
    i18n.set('vi');
    mountOnEngine(writtenWithAnsweredFollowUp(), QuestionLog);
    expect(tile('answered')).toEqual(['1 chất vấn lại']);
    expect(tile('written')).toEqual(['1']);
    expect(tile('withdrawn')).toEqual(['0']);
    i18n.set('en');
    flushSync();
    expect(tile('answered')).toEqual(['1 follow-up']);
  });
});

describe('the log’s rows', () => {
  it('show an unmarked follow-up with its question’s outcome and due date, not as pending', () => {
    i18n.set('en');
    const engine = writtenWithAnsweredFollowUp();
    const followUp = engine.current.questions.list.find((x) => x.parentId !== null)!;
    // The follow-up's own mark taken back: it is unmarked, and goes with its question.
    ok(engine, 'question.mark', { ids: [followUp.id], status: 'pending' });
    const due = engine.current.questions.list.find((x) => x.parentId === null)!.dueDate!;
    mountOnEngine(engine, QuestionLog);
    const row = document.querySelector(`tr[data-question="${followUp.id}"]`)!;
    expect(row.querySelector('.status')!.textContent).toBe(t('q.status.written'));
    expect(row.querySelector('.due')!.textContent).toContain(formatDate(due, 'en'));
  });
});
