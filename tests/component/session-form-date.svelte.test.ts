import { flushSync } from 'svelte';
import { mount, unmount } from './mount';
import { afterEach, describe, expect, it, vi } from 'vitest';
import SetupView from '../../src/features/council/SetupView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import type { State } from '../../src/lib/live.svelte';
import { newEngine } from '../unit/helpers';

const zone = process.env.TZ;
afterEach(() => {
  vi.useRealTimers();
  process.env.TZ = zone;
});

describe('the new session form', () => {
  it('proposes the council’s own date, not UTC’s: at 06:30 in Hà Nội it is already the 10th', () => {
    process.env.TZ = 'Asia/Ho_Chi_Minh';
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-09T23:30:00Z')); // 06:30 on 10 Dec in Hà Nội
    i18n.set('vi');
    const { engine } = newEngine();
    const app = mount(SetupView, { target: document.body, props: { data: engine.current as unknown as State } });
    flushSync();
    expect(document.querySelector<HTMLInputElement>('input[name=startDate]')!.value).toBe('10/12/2026');
    expect(document.querySelector<HTMLInputElement>('input[name=endDate]')!.value).toBe('10/12/2026');
    unmount(app);
  });

  it('moves the end date with a later start, keeping the session’s length, but keeps an end typed on purpose after the start', async () => {
    i18n.set('vi');
    const { engine } = newEngine();
    engine.run('council.save', { name: 'HĐND tỉnh Hòa Bình', level: 'province', term: 17, totalSeats: 50 });
    const { mountOnEngine } = await import('./on-engine.svelte');
    const { app } = mountOnEngine(engine, SetupView);
    const field = (name: string) => document.querySelector<HTMLInputElement>(`input[name=${name}]`)!;
    const enter = (name: string, text: string) => {
      field(name).value = text;
      field(name).dispatchEvent(new Event('input', { bubbles: true }));
      field(name).dispatchEvent(new Event('change', { bubbles: true }));
      flushSync();
    };
    // A one-day form: a later start takes the end with it. Entered as the end field takes the
    // focus (a quick Tab and typing), the moved end is selected, so typing replaces it.
    field('startDate').value = '08/12/2030';
    field('startDate').dispatchEvent(new Event('input', { bubbles: true }));
    field('endDate').focus();
    field('startDate').dispatchEvent(new Event('change', { bubbles: true }));
    flushSync();
    await vi.waitFor(() => expect([field('endDate').value, field('endDate').selectionStart, field('endDate').selectionEnd]).toEqual(['08/12/2030', 0, 10]));
    // Two days typed, then the start moved: still two days.
    enter('endDate', '09/12/2030');
    enter('startDate', '15/12/2030');
    expect(field('endDate').value).toBe('16/12/2030');
    // An end typed on purpose, still after the new start, stays where it was put.
    enter('endDate', '19/12/2030');
    enter('startDate', '17/12/2030');
    expect(field('endDate').value).toBe('19/12/2030');
    // Created, then edited: moving the session moves both of its days.
    document.querySelector<HTMLFormElement>('form.session')!.requestSubmit();
    await vi.waitFor(() => expect((engine.current as unknown as State).sessions.list.map((s) => [s.startDate, s.endDate])).toEqual([['2030-12-17', '2030-12-19']]));
    flushSync();
    document.querySelector<HTMLButtonElement>('button[aria-label^="Sửa"]')!.click();
    flushSync();
    enter('startDate', '20/12/2030');
    expect(field('endDate').value).toBe('22/12/2030');
    unmount(app);
  });

  it('after a session is made, offers the next number and no name: the name was that session’s', async () => {
    i18n.set('vi');
    const { engine } = newEngine();
    engine.run('council.save', { name: 'HĐND xã Lương Sơn', level: 'commune', term: 20, totalSeats: 30 });
    const { mountOnEngine } = await import('./on-engine.svelte');
    const { app } = mountOnEngine(engine, SetupView);
    const title = document.querySelector<HTMLInputElement>('input[name=sessionTitle]')!;
    title.value = 'Kỳ họp thường lệ cuối năm 2026';
    title.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
    document.querySelector<HTMLFormElement>('form.session')!.requestSubmit();
    await vi.waitFor(() => expect((engine.current as unknown as State).sessions.list.map((s) => s.title)).toEqual(['Kỳ họp thường lệ cuối năm 2026']));
    flushSync();
    expect(title.value).toBe('');
    expect(document.querySelector<HTMLInputElement>('input[name=sessionNumber]')!.value).toBe('2');
    unmount(app);
    vi.restoreAllMocks();
  });

  it('after a session is made, offers fresh days (from the day after it ends), not that session’s, and keeps its term and hall language', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-05T03:00:00Z'));
    i18n.set('en');
    const { engine } = newEngine();
    engine.run('council.save', { name: 'Lương Sơn commune council', level: 'commune', term: 1, totalSeats: 25 });
    const { mountOnEngine } = await import('./on-engine.svelte');
    const { app } = mountOnEngine(engine, SetupView);
    const field = (name: string) => document.querySelector<HTMLInputElement | HTMLSelectElement>(`[name=${name}]`)!;
    const enter = (name: string, text: string) => {
      field(name).value = text;
      field(name).dispatchEvent(new Event('input', { bubbles: true }));
      field(name).dispatchEvent(new Event('change', { bubbles: true }));
      flushSync();
    };
    enter('sessionNumber', '4');
    enter('sessionKind', 'thematic');
    enter('startDate', '15/12/2026');
    enter('endDate', '17/12/2026');
    enter('hallLang', 'en');
    document.querySelector<HTMLFormElement>('form.session')!.requestSubmit();
    await vi.waitFor(() => expect((engine.current as unknown as State).sessions.list.map((s) => [s.number, s.startDate, s.endDate])).toEqual([[4, '2026-12-15', '2026-12-17']]));
    flushSync();
    expect(['sessionNumber', 'sessionTerm', 'sessionKind', 'startDate', 'endDate', 'hallLang'].map((n) => field(n).value)).toEqual(['5', 'I', 'regular', '18/12/2026', '18/12/2026', 'en']);
    // A later start moves the fresh end with it again, as in a fresh form (the end typed for the last session is forgotten).
    enter('startDate', '20/12/2026');
    expect(field('endDate').value).toBe('20/12/2026');
    unmount(app);
    vi.restoreAllMocks();
  });

  it('proposes the day after the latest session ends, not a day of it; today once that day is past', () => {
    process.env.TZ = 'Asia/Ho_Chi_Minh';
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-08T02:00:00Z')); // 09:00 on 8 Dec, the session's first day
    i18n.set('vi');
    const { engine } = newEngine();
    engine.run('council.save', { name: 'HĐND xã Lương Sơn', level: 'commune', term: 1, totalSeats: 25 });
    engine.run('session.create', { number: 3, term: 1, kind: 'regular', title: '', startDate: '2026-06-20', endDate: '2026-06-20', hallLang: 'vi' });
    engine.run('session.create', { number: 4, term: 1, kind: 'regular', title: '', startDate: '2026-12-08', endDate: '2026-12-09', hallLang: 'vi' });
    const seen = () => {
      const app = mount(SetupView, { target: document.body, props: { data: engine.current as unknown as State } });
      flushSync();
      const days = ['startDate', 'endDate'].map((n) => document.querySelector<HTMLInputElement>(`input[name=${n}]`)!.value);
      unmount(app);
      return days;
    };
    expect(seen()).toEqual(['10/12/2026', '10/12/2026']);
    vi.setSystemTime(new Date('2027-01-15T02:00:00Z'));
    expect(seen()).toEqual(['15/01/2027', '15/01/2027']);
  });
});
