import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { mount, unmountAll } from './mount';
import CountGrid from '../../src/features/personnel/CountGrid.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import type { PersonnelView } from '../../src/features/personnel/personnel';
import type { PersonnelKind } from '../../common/personnel/result';

const result = { base: 35, needed: 18, counted: 0, uncounted: 35, percent: { vi: {}, en: {} }, outcome: 'notElected', canStillPass: true };
const vote = (kind: PersonnelKind, status: 'draft' | 'open' | 'closed') =>
  ({
    kind,
    status,
    present: 35,
    ballots: { issued: 35, returned: 35, valid: 35, invalid: 0 },
    people: ['Quách Văn Toản', 'Phạm Thị An'].map((fullName, i) => ({ id: i + 1, fullName, title: '', exemptReason: '', result: { ...result, outcome: kind === 'confidence' ? 'confidence' : 'notElected' } })),
  }) as unknown as PersonnelView;

const cell = (row: number, col: string) => document.querySelector<HTMLInputElement>(`input[data-row="${row}"][data-col="${col}"]`)!;
const enter = (input: HTMLInputElement) => {
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
  flushSync();
};

describe('the tally grid keeps the keyboard in the grid', () => {
  it('Enter on the last row goes to the top of the next level, and the last cell keeps the focus', () => {
    i18n.set('en');
    mount(CountGrid, { target: document.body, props: { vote: vote('election', 'open'), lines: {}, editable: true, oncommit: async () => null } });
    cell(0, 'agree').focus();
    enter(cell(0, 'agree'));
    expect(document.activeElement).toBe(cell(1, 'agree'));
    enter(cell(1, 'agree'));
    expect(document.activeElement).toBe(cell(0, 'disagree'));
    cell(1, 'disagree').focus();
    enter(cell(1, 'disagree'));
    expect(document.activeElement).toBe(cell(1, 'disagree'));
  });
});

describe('the columns are the ballot\'s', () => {
  it('an election has no invalid line column (its ballots are valid or invalid whole); a dismissal and a confidence vote have one', () => {
    i18n.set('vi');
    const heads = () => [...document.querySelectorAll('thead th')].map((th) => th.textContent!.replace(/\u00a0/g, ' '));
    for (const [kind, has] of [['election', false], ['dismissal', true], ['confidence', true]] as const) {
      mount(CountGrid, { target: document.body, props: { vote: vote(kind, 'open'), lines: {}, editable: true, oncommit: async () => null } });
      expect(heads().includes('Dòng không hợp lệ'), kind).toBe(has);
      expect(document.querySelectorAll('input[data-col=invalid]').length, kind).toBe(has ? 2 : 0);
      unmountAll();
    }
  });
});

describe('before counting starts, nobody has a result', () => {
  it('a draft election shows "—", not "Not elected", for every candidate', () => {
    i18n.set('vi');
    mount(CountGrid, { target: document.body, props: { vote: vote('election', 'draft'), lines: {}, editable: false, oncommit: async () => null } });
    expect([...document.querySelectorAll('tbody td.standing')].map((td) => td.textContent)).toEqual(['—', '—']);
  });

  it('a draft counts nothing yet: no "0/0" read as a line fully counted, no "0,00" share', () => {
    i18n.set('vi');
    const draft = { ...vote('election', 'draft'), present: 0, ballots: { issued: 0, returned: 0, valid: 0, invalid: 0 } } as PersonnelView;
    mount(CountGrid, { target: document.body, props: { vote: draft, lines: {}, editable: false, oncommit: async () => null } });
    const row = [...document.querySelector('tbody tr')!.querySelectorAll('td')].map((td) => td.textContent);
    expect(row.slice(-3)).toEqual(['—', '—', '—']);
    expect(document.querySelector('td.total')).toBeNull();
  });
});

describe('a confidence vote’s result for one below both thresholds', () => {
  it('says so once counted ("Thấp không quá nửa"), not "—" read as a line not counted; while counting it is "—"', () => {
    for (const [lang, said] of [['vi', 'Thấp không quá\u00a0nửa'], ['en', 'Low from no more than half']] as const) {
      i18n.set(lang);
      mount(CountGrid, { target: document.body, props: { vote: vote('confidence', 'closed'), lines: {}, editable: false, oncommit: async () => null } });
      expect([...document.querySelectorAll('tbody td.standing')].map((td) => td.textContent), lang).toEqual([said, said]);
      unmountAll();
      mount(CountGrid, { target: document.body, props: { vote: vote('confidence', 'open'), lines: {}, editable: false, oncommit: async () => null } });
      expect([...document.querySelectorAll('tbody td.standing')].map((td) => td.textContent), lang).toEqual(['—', '—']);
      unmountAll();
    }
  });
});

describe('a person exempt from a confidence vote', () => {
  it('is listed under the grid with the reason in brackets, as the counting record writes it, not after a second colon', () => {
    const v = vote('confidence', 'open');
    v.people[1] = { ...v.people[1], title: 'Phó Chủ tịch HĐND huyện', exemptReason: 'Được bầu tại Kỳ họp thứ 9, tháng 7/2024.', result: null };
    i18n.set('vi');
    mount(CountGrid, { target: document.body, props: { vote: v, lines: {}, editable: true, oncommit: async () => null } });
    expect(document.querySelector('ul.exempt li')!.textContent).toBe('Phạm Thị An (Phó Chủ tịch HĐND huyện): không lấy phiếu (được bầu tại Kỳ họp thứ 9, tháng 7/2024)');
    unmountAll();
    i18n.set('en');
    mount(CountGrid, { target: document.body, props: { vote: v, lines: {}, editable: true, oncommit: async () => null } });
    expect(document.querySelector('ul.exempt li')!.textContent).toBe('Phạm Thị An (Phó Chủ tịch HĐND huyện): exempt (được bầu tại Kỳ họp thứ 9, tháng 7/2024)');
  });
});
