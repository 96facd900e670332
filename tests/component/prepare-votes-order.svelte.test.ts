/**
 * The prepare-votes preview after the secretary chooses another agenda item for a row: the row
 * takes its place in the programme's order, as `vote.prepareMany` creates the votes, the keyboard
 * stays on its select wherever it went, and a screen reader is told its new place.
 */
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import PrepareVotes from '../../src/features/prep/PrepareVotes.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { mountOnEngine } from './on-engine.svelte';
import { newEngine, ok } from '../unit/helpers';

const settle = async () => {
  await new Promise((r) => setTimeout(r));
  flushSync();
};
const A = 'Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2027';
const B = 'Nghị quyết về dự toán ngân sách xã năm 2027';
const C = 'Nghị quyết về kế hoạch đầu tư công năm 2027';

function session() {
  const { engine } = newEngine();
  ok(engine, 'council.save', { name: 'HĐND xã Tân Lập', level: 'commune', term: 1, totalSeats: 35 });
  ok(engine, 'session.create', { number: 5, term: 1, kind: 'regular', startDate: '2026-12-17', endDate: '2026-12-18' });
  const rows = [
    'Khai mạc kỳ họp',
    `Biểu quyết thông qua ${A}`,
    `Biểu quyết thông qua ${B}`,
    `Biểu quyết thông qua ${C}`,
    'Biểu quyết thông qua các nghị quyết khác',
  ].map((title, i) => ({ line: i + 2, title, kind: i === 0 ? 'opening' : 'vote', presenter: '', plannedMinutes: 10, sub: false }));
  ok(engine, 'agenda.import', { rows });
  return engine;
}
const titles = () => [...document.querySelectorAll('[data-testid=prepare-votes] tbody tr td:first-child')].map((td) => td.textContent);
/** The Matched column of the row of `title`. */
const matched = (title: string) => [...document.querySelectorAll('[data-testid=prepare-votes] tbody tr')].find((tr) => tr.querySelector('td')!.textContent === title)!.querySelector('td.match')!.textContent;
const summary = () => document.querySelector('.prepare-votes > p[role=status] b')!.textContent;
const select = (title: string) => document.querySelector<HTMLSelectElement>(`select[aria-label*="${title}"]`)!;
const choose = async (title: string, itemTitle: string | null) => {
  const el = select(title);
  el.focus();
  const option = [...el.options].find((o) => (itemTitle === null ? o.value === '' : o.textContent!.includes(itemTitle)))!;
  el.value = option.value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
  await settle();
};

describe('choosing another item for a vote to prepare', () => {
  it('moves the row to its item’s place, keeps the keyboard on it, says where it went, and prepares in that order', async () => {
    i18n.set('vi');
    const engine = session();
    mountOnEngine(engine, PrepareVotes);
    document.querySelector<HTMLButtonElement>('.sources button')!.click();
    await settle();
    expect(titles()).toEqual([A, B, C]);

    // A goes under the last item: it is listed last, as it will be created.
    await choose(A, 'các nghị quyết khác');
    expect(titles()).toEqual([B, C, A]);
    expect(document.activeElement).toBe(select(A));
    expect(document.querySelector('[data-testid=prepare-votes-moved]')!.textContent).toBe(`«${A}»: nay ở dòng 3 trên 3, thuộc mục 5. Biểu quyết thông qua các nghị quyết khác.`);

    // B to no item: after every vote that has one.
    i18n.set('en');
    await choose(B, null);
    expect(titles()).toEqual([C, A, B]);
    expect(document.activeElement).toBe(select(B));
    expect(document.querySelector('[data-testid=prepare-votes-moved]')!.textContent).toBe(`“${B}”: now row 3 of 3, without an item.`);

    // C under its own item again stays where it is, and nothing is said.
    await choose(C, `Biểu quyết thông qua ${C}`);
    expect(titles()).toEqual([C, A, B]);
    expect(document.querySelector('[data-testid=prepare-votes-moved]')!.textContent).toBe('');

    document.querySelector<HTMLButtonElement>('.commit button.primary')!.click();
    await settle();
    expect(engine.current.votes.map((v) => v.resolutionTitle)).toEqual([C, A, B]);
  });

  it('says a row the secretary put under another item was chosen by hand, and how it was matched once it is back', async () => {
    i18n.set('vi');
    const engine = session();
    mountOnEngine(engine, PrepareVotes);
    document.querySelector<HTMLButtonElement>('.sources button')!.click();
    await settle();
    expect(matched(A)).toBe('mục của nó');

    await choose(A, 'các nghị quyết khác');
    expect(matched(A)).toBe('chọn tay');
    // Its column says what it is to a screen reader, as to the eye.
    expect(document.querySelector('[data-testid=prepare-votes] thead th:last-child')!.textContent).toBe('Ghép');
    expect(summary()).toBe('3 cuộc biểu quyết sẽ được chuẩn bị: 2 khớp theo tên, 1 được chọn tay, 0 chưa có mục');

    i18n.set('en');
    await settle();
    expect(matched(A)).toBe('chosen by hand');
    expect(summary()).toBe('3 votes to prepare: 2 matched by title, 1 chosen by hand, 0 without an item');

    // Back under its own item: matched by the programme again, as the program found it.
    await choose(A, `Biểu quyết thông qua ${A}`);
    expect(matched(A)).toBe('its item');
    expect(summary()).toBe('3 votes to prepare: 3 matched by title, 0 without an item');

    // Without an item it is not matched, and is counted so.
    await choose(B, null);
    expect(matched(B)).toBe('not matched');
    // Chosen by hand from there too, as any item it was not matched to.
    await choose(B, 'Khai mạc');
    expect(matched(B)).toBe('chosen by hand');
  });
});
