import { flushSync, tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount } from './mount';
import Detail from '../../src/features/personnel/Detail.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { live, type State } from '../../src/lib/live.svelte';
import type { PersonnelView } from '../../src/features/personnel/personnel';
import { DISMISSAL_RULE, ORDINARY_RULE } from '../../common/votes/rule';
import { EMPTY_LINE } from '../../common/personnel/result';

const delegate = (id: number, fullName: string) => ({ id, fullName, seatNumber: id, voting: true, title: 'Đại biểu', group: '', agency: '', committee: '' });
const delegates = [delegate(1, 'Lương Xuân Quý'), delegate(2, 'Trần Thị Hoa'), delegate(3, 'Phạm Văn Đức')];
const agenda = [{ id: 7, sessionId: 1, position: 1, title: 'Bầu Ủy viên Ủy ban nhân dân tỉnh', kind: 'election', presenter: '', plannedMinutes: 30 }];
const person = (id: number, fullName: string) => ({ id, position: id, delegateId: id, fullName, title: 'Đại biểu', body: 'council', honorific: 'mr', exemptReason: '', counts: EMPTY_LINE, result: null, announcement: null });
const ballots = { issued: 0, returned: 0, valid: 0, invalid: 0 };
const draft = (s: 'draft' | 'open' = 'draft') =>
  ({
    id: 4, sessionId: 1, agendaItemId: 7, kind: 'election', title: 'Ủy viên Ủy ban nhân dân tỉnh', posts: 1, way: null, revoteReason: null,
    rules: { pass: ORDINARY_RULE, resign: ORDINARY_RULE, dismiss: DISMISSAL_RULE }, round: 1, revoteOf: null, status: s,
    seats: 35, present: 0, ballots, createdAt: 0, openedAt: null, closedAt: null, announcedAt: null,
    people: [person(1, 'Lương Xuân Quý'), person(2, 'Trần Thị Hoa')], committee: [], versions: [],
  }) as unknown as PersonnelView;
const data = {
  revision: 9, delegates, agenda, personnel: [draft()], sessions: { currentId: 1, list: [] }, timing: { items: [], liveItemId: null },
  attendance: { sittings: [], currentId: null, marks: [] }, hall: { mode: 'auto', voteId: null }, personnelHall: { voteId: null }, undo: {},
} as unknown as State;

afterEach(() => {
  vi.restoreAllMocks();
});
const button = (name: string) => [...document.querySelectorAll('button')].find((b) => b.textContent!.trim().startsWith(name));

describe('a personnel vote not yet opened is edited in the console', () => {
  it('opens the preparing form filled with the draft, sends the change as personnel.update, and shows a refusal in words, the form kept', async () => {
    i18n.set('en');
    mount(Detail, { target: document.body, props: { data, vote: draft(), onSelect: () => {} } });
    // Before, a wrong post count meant Delete draft and prepare again.
    button('Edit')!.click();
    flushSync();
    await tick();
    expect(document.querySelector('#personnel-new-heading')!.textContent).toBe('Edit before opening: Ủy viên Ủy ban nhân dân tỉnh');
    const kind = document.querySelector<HTMLSelectElement>('select[name=kind]')!;
    expect(document.activeElement).toBe(kind);
    expect(kind.value).toBe('election');
    expect(document.querySelector<HTMLTextAreaElement>('[name=title]')!.value).toBe('Ủy viên Ủy ban nhân dân tỉnh');
    expect(document.querySelector<HTMLSelectElement>('select[name=agendaItem]')!.value).toBe('7');
    expect([...document.querySelectorAll('table.people strong')].map((s) => s.textContent)).toEqual(['Lương Xuân Quý', 'Trần Thị Hoa']);
    const posts = document.querySelector<HTMLInputElement>('input[name=posts]')!;
    posts.value = '2';
    posts.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();

    const send = vi.spyOn(live, 'send').mockResolvedValue({ ok: false, error: { code: 'personnel-not-draft', message: 'This vote has already been opened; its list and rules can no longer change.' } } as never);
    document.querySelector<HTMLFormElement>('form.prepare')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await Promise.resolve();
    flushSync();
    // Only what was changed, with the revision the form was read at (a crossing edit is refused: engine/edits.ts).
    expect(send).toHaveBeenCalledWith('personnel.update', { id: 4, posts: 2 }, { seen: 9 });
    expect(document.querySelector('[role=alert]')!.textContent).toContain('already been opened');
    expect(document.querySelector('form.prepare')).not.toBeNull();

    send.mockResolvedValue({ ok: true, value: undefined } as never);
    document.querySelector<HTMLFormElement>('form.prepare')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await Promise.resolve();
    await tick();
    expect(document.querySelector('form.prepare')).toBeNull();
    expect(document.activeElement).toBe(button('Edit'));
  });

  it('is left with Escape, changing nothing, the keyboard back on Edit', async () => {
    i18n.set('vi');
    mount(Detail, { target: document.body, props: { data, vote: draft(), onSelect: () => {} } });
    const send = vi.spyOn(live, 'send');
    button('Sửa')!.click();
    flushSync();
    await tick();
    expect(document.querySelector('#personnel-new-heading')!.textContent).toBe('Sửa trước khi mở: Ủy viên Ủy ban nhân dân tỉnh');
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await tick();
    expect(document.querySelector('form.prepare')).toBeNull();
    expect(document.activeElement).toBe(button('Sửa'));
    expect(send).not.toHaveBeenCalled();
  });

  it('shows a person taken off the roster since the draft was prepared, marked so, kept when saved (by the draft\'s line) unless taken off', async () => {
    i18n.set('en');
    // Trần Thị Hoa (line 2) was removed from the roster: her line has no roster entry any more.
    const vote = draft();
    vote.people[1] = { ...vote.people[1], delegateId: null };
    const roster = { ...data, delegates: delegates.filter((d) => d.id !== 2) } as State;
    mount(Detail, { target: document.body, props: { data: roster, vote, onSelect: () => {} } });
    button('Edit')!.click();
    flushSync();
    await tick();
    const rows = [...document.querySelectorAll('table.people tbody tr')];
    expect(rows.map((r) => r.querySelector('strong')!.textContent)).toEqual(['Lương Xuân Quý', 'Trần Thị Hoa']);
    expect(rows[1].querySelector('.off')!.textContent).toBe('no longer on the roster');
    expect(rows[0].querySelector('.off')).toBeNull();

    const send = vi.spyOn(live, 'send').mockResolvedValue({ ok: false, error: { code: 'invalid', message: 'kept' } } as never);
    const line = { title: 'Đại biểu', body: 'council', honorific: 'mr', exemptReason: '' };
    document.querySelector<HTMLFormElement>('form.prepare')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await Promise.resolve();
    flushSync();
    // Kept: the list, as it was read, is not sent at all.
    expect(send).toHaveBeenLastCalledWith('personnel.update', { id: 4 }, { seen: 9 });

    // Taken off with her × button: saved without her.
    document.querySelector<HTMLButtonElement>('button[aria-label="Take Trần Thị Hoa off the list"]')!.click();
    flushSync();
    document.querySelector<HTMLFormElement>('form.prepare')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await Promise.resolve();
    flushSync();
    expect(send).toHaveBeenLastCalledWith('personnel.update', { id: 4, people: [{ delegateId: 1, ...line }] }, { seen: 9 });
  });

  it('is not offered once the vote is open', () => {
    i18n.set('en');
    mount(Detail, { target: document.body, props: { data, vote: draft('open'), onSelect: () => {} } });
    expect(button('Edit')).toBeUndefined();
  });
});
