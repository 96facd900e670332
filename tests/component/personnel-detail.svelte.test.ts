import { describe, expect, it } from 'vitest';
import { mount, unmountAll } from './mount';
import Detail from '../../src/features/personnel/Detail.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import type { State } from '../../src/lib/live.svelte';
import type { PersonnelView } from '../../src/features/personnel/personnel';
import { DISMISSAL_RULE, ORDINARY_RULE } from '../../common/votes/rule';
import { EMPTY_LINE } from '../../common/personnel/result';

const ballots = { issued: 35, returned: 35, valid: 35, invalid: 0 };
const at = Date.UTC(2026, 11, 8, 11, 17);
const vote = (status: 'draft' | 'closed') =>
  ({
    id: 2, sessionId: 1, agendaItemId: null, kind: 'election', title: 'Ủy viên Ủy ban nhân dân huyện', posts: 1,
    rules: { pass: ORDINARY_RULE, resign: ORDINARY_RULE, dismiss: DISMISSAL_RULE }, round: 2, revoteOf: 1, status,
    seats: 35, present: 33, ballots, createdAt: at, openedAt: status === 'draft' ? null : at, closedAt: status === 'draft' ? null : at, announcedAt: null,
    people: [],
    committee: [
      { delegateId: 1, fullName: 'Hoàng Văn An', title: '', role: 'head' },
      { delegateId: 2, fullName: 'Trần Thị Bình', title: '', role: 'member' },
    ],
    versions: [
      { version: 1, reason: '', at, actor: 'chair', present: 33, ballots, lines: {}, results: {} },
      { version: 2, reason: 'Kiểm lại phiếu theo đề nghị của Ban kiểm phiếu', at, actor: 'chair', present: 33, ballots, lines: {}, results: {} },
    ],
  }) as unknown as PersonnelView;
const data = {
  delegates: [],
  attendance: { sittings: [], currentId: null, marks: [] },
  hall: { mode: 'auto', voteId: null },
  personnelHall: { voteId: null },
  undo: {},
} as unknown as State;

describe('the personnel detail writes its words apart', () => {
  it('a space before the round and around the dots of a correction', () => {
    i18n.set('vi');
    mount(Detail, { target: document.body, props: { data, vote: vote('closed'), onSelect: () => {} } });
    expect(document.querySelector('#personnel-title')!.textContent).toBe('Bầu: Ủy viên Ủy ban nhân dân huyện (lần 2)');
    const versions = [...document.querySelectorAll('.versions li')].map((li) => li.textContent);
    // The date before the time, as every moment on the console is written (common/dates formatDateTime).
    expect(versions[1]).toMatch(/^Phiên bản 2 · \d\d\/12\/2026 \d\d:\d\d · Kiểm lại phiếu theo đề nghị của Ban kiểm phiếu$/);
  });

  it('calls the counting committee’s members "Ủy viên", as the counting record does', () => {
    i18n.set('vi');
    mount(Detail, { target: document.body, props: { data, vote: vote('draft'), onSelect: () => {} } });
    expect(document.querySelector('[data-testid=committee-saved]')!.textContent).toBe('Hoàng Văn An (Trưởng ban), Trần Thị Bình (Ủy viên)');
  });

  it('names the members being chosen as members, apart from the head', () => {
    const person = (id: number, fullName: string) => ({ id, fullName, seatNumber: id, voting: true, title: '', group: '', agency: '', committee: '' });
    const withPeople = { ...data, delegates: [person(1, 'Hoàng Văn An'), person(2, 'Trần Thị Bình'), person(3, 'Lê Thị Hồng')] } as unknown as State;
    const three = { ...vote('draft'), committee: [...vote('draft').committee, { delegateId: 3, fullName: 'Lê Thị Hồng', title: '', role: 'member' }] } as unknown as PersonnelView;
    const line = () => document.querySelector('[data-testid=committee-chosen]')!.textContent!.replace(/\s+/g, ' ').trim();
    i18n.set('vi');
    mount(Detail, { target: document.body, props: { data: withPeople, vote: three, onSelect: () => {} } });
    // Before: "Trưởng ban: Hoàng Văn An · Trần Thị Bình × · Lê Thị Hồng ×", every name read as a head.
    expect(line()).toBe('Trưởng ban: Hoàng Văn An · Các ủy viên: Trần Thị Bình ×, Lê Thị Hồng ×');
    unmountAll();
    i18n.set('en');
    mount(Detail, { target: document.body, props: { data: withPeople, vote: three, onSelect: () => {} } });
    expect(line()).toBe('Head: Hoàng Văn An · Members: Trần Thị Bình ×, Lê Thị Hồng ×');
  });
});

describe('the number present before a personnel vote opens', () => {
  const person = (id: number) => ({ id, fullName: `Đại biểu ${id}`, seatNumber: id, voting: true, title: '', group: '', agency: '', committee: '' });
  const delegates = Array.from({ length: 35 }, (_, i) => person(i + 1));
  const box = () => [...document.querySelectorAll('label')].find((l) => l.textContent!.startsWith('Số đại biểu có mặt'))!.querySelector('input')!;

  it('is left empty for the secretary to fill when no roll call was taken, not every seat', () => {
    i18n.set('vi');
    mount(Detail, { target: document.body, props: { data: { ...data, delegates } as unknown as State, vote: vote('draft'), onSelect: () => {} } });
    // Before: 35, as if all 35 delegates were in the hall.
    expect(box().value).toBe('');
  });

  it('is the roll call’s count when one was taken', () => {
    i18n.set('vi');
    const attendance = { sittings: [{ id: 7, sittingLabel: '2026-12-08 sáng' }], currentId: 7, memberIds: null, marks: [{ delegateId: 3, status: 'absent' }, { delegateId: 4, status: 'excused' }] };
    mount(Detail, { target: document.body, props: { data: { ...data, delegates, attendance } as unknown as State, vote: vote('draft'), onSelect: () => {} } });
    expect(box().value).toBe('33');
  });
});

describe('a new round is offered only where the rules allow one', () => {
  const pct = Object.fromEntries(Object.keys(EMPTY_LINE).map((l) => [l, '0']));
  const result = (outcome: string) => ({ outcome, base: 35, needed: 18, counted: 35, uncounted: 0, canStillPass: false, percent: { vi: pct, en: pct } });
  const person = (id: number, outcome: string) => ({ id, position: id, delegateId: id, fullName: `Người ${id}`, title: '', body: 'council', honorific: '', exemptReason: '', counts: EMPTY_LINE, result: result(outcome), announcement: null });
  const closed = (kind: string, posts: number, outcomes: string[]) => ({ ...vote('closed'), kind, posts, people: outcomes.map((o, i) => person(i + 1, o)) }) as unknown as PersonnelView;
  const offered = () => [...document.querySelectorAll('button')].some((b) => b.textContent?.startsWith('New round'));
  const cases: [string, number, string[], boolean][] = [
    // Before, "New round" showed on every closed vote, a removal that passed among them.
    ['removal', 0, ['removed'], false],
    ['dismissal', 0, ['notDismissed'], false],
    ['confidence', 0, ['mayResign'], false],
    ['election', 1, ['elected', 'notElected'], false],
    ['election', 2, ['elected', 'tie', 'tie'], true],
    ['election', 1, ['notElected', 'notElected'], true],
  ];
  for (const [kind, posts, outcomes, expected] of cases) {
    it(`${kind}, ${posts} post(s), ${outcomes.join(' ')}: ${expected ? 'offered' : 'not offered'}`, () => {
      i18n.set('en');
      mount(Detail, { target: document.body, props: { data, vote: closed(kind, posts, outcomes), onSelect: () => {} } });
      expect(offered()).toBe(expected);
    });
  }
});
