/**
 * Chair-only controls are greyed on a secretary's console before anything is sent: the
 * backups' buttons (maintenance, refused to a secretary by the server) and the session's
 * delete and edit buttons.
 */
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount } from './mount';
import BackupsPanel from '../../src/features/backups/BackupsPanel.svelte';
import SetupView from '../../src/features/council/SetupView.svelte';
import AgendaImport from '../../src/features/prep/AgendaImport.svelte';
import HallView from '../../src/features/hall/HallView.svelte';
import { followEngine } from './follow-engine.svelte';
import { answerAsk } from './on-engine.svelte';
import { rulesSchema } from '../../electron/features/council/rules';
import type { State } from '../../src/lib/live.svelte';
import { newEngine, seedBasics } from '../unit/helpers';
import { i18n } from '../../src/lib/i18n.svelte';
import { live } from '../../src/lib/live.svelte';

afterEach(() => {
  live.role = 'chair';
});

const button = (name: string) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;

describe('chair-only controls on a secretary’s console', () => {
  it('greys Back up now for the secretary, not for the chair', () => {
    i18n.set('en');
    live.role = 'secretary';
    mount(BackupsPanel, { target: document.body });
    flushSync();
    expect(button('Back up now').classList.contains('not-mine')).toBe(true);
    expect(button('Back up now').getAttribute('aria-disabled')).toBe('true');
    expect(button('Back up now').title).toBe('The chair’s control: this console is a secretary’s.');
    live.role = 'chair';
    flushSync();
    expect(button('Back up now').classList.contains('not-mine')).toBe(false);
  });

  it('greys the sessions’ select, edit and delete buttons: no “cannot be undone” question before a refusal', async () => {
    i18n.set('en');
    live.role = 'secretary';
    const { engine } = newEngine();
    seedBasics(engine);
    engine.run('session.create', { number: 5, term: 3, kind: 'regular', startDate: '2026-12-20', endDate: '2026-12-20' });
    mount(SetupView, { target: document.body, props: { data: engine.current as unknown as State } });
    flushSync();
    const row = [...document.querySelectorAll('tbody tr')].find((r) => !r.classList.contains('current'))!;
    const buttons = [...row.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent?.trim())).toEqual(['Work on this session', 'Edit', '✕']);
    for (const b of buttons) expect(b.getAttribute('aria-disabled')).toBe('true');
    buttons.at(-1)!.click();
    buttons[1].click();
    await Promise.resolve();
    expect(document.querySelector('[data-ask]')).toBeNull();
    expect(document.body.textContent).not.toContain('Editing');
  });
});

describe('the backups list', () => {
  it('gives each backup’s time to the second, so two taken in the same minute do not read alike', async () => {
    i18n.set('en');
    const at = new Date(2026, 11, 8, 9, 5, 12).getTime();
    const backups = [
      { name: 'a.sqlite', at, size: 2048, reason: 'manual' },
      { name: 'b.sqlite', at: at - 40_000, size: 2048, reason: 'periodic' },
    ];
    vi.spyOn(live, 'admin').mockResolvedValue({ ok: true, value: { backups } } as never);
    live.connected = true;
    mount(BackupsPanel, { target: document.body });
    await vi.waitFor(() => expect(document.querySelectorAll('tbody tr')).toHaveLength(2));
    const times = [...document.querySelectorAll('tbody tr')].map((r) => r.querySelector('td')!.textContent!.trim());
    expect(times).toEqual(['8 Dec 2026, 09:05:12', '8 Dec 2026, 09:04:32']);
    // In Vietnamese, the day first and then the time, as an office writes them.
    i18n.set('vi');
    flushSync();
    expect([...document.querySelectorAll('tbody tr')].map((r) => r.querySelector('td')!.textContent!.trim())).toEqual(['08/12/2026 09:05:12', '08/12/2026 09:04:32']);
  });

  it('restores at a press while the list is being fetched again on reconnecting (the press was ignored)', async () => {
    i18n.set('en');
    const backups = [{ name: 'a.sqlite', at: new Date(2026, 11, 8, 9, 5, 12).getTime(), size: 2048, reason: 'before-restore' }];
    // The first list arrives; the one asked for on reconnecting is still on its way when the chair presses Restore.
    let lists = 0;
    const admin = vi.spyOn(live, 'admin').mockImplementation(((request: { op: string }) =>
      request.op === 'backups.list' && lists++ > 0 ? new Promise(() => {}) : Promise.resolve({ ok: true, value: { backups, failed: null } })) as never);
    live.connected = true;
    mount(BackupsPanel, { target: document.body });
    await vi.waitFor(() => expect(document.querySelectorAll('tbody tr')).toHaveLength(1));
    live.connected = false;
    flushSync();
    live.connected = true;
    flushSync();
    expect(lists).toBe(2);
    document.querySelector<HTMLButtonElement>('button[aria-label^="Restore the backup of"]')!.click();
    expect((await answerAsk(true)).button).toBe('Restore');
    await vi.waitFor(() => expect(admin).toHaveBeenCalledWith({ op: 'backups.restore', name: 'a.sqlite' }));
  });

  it('greys the programme import from its start (file, pasted rows, Preview), not only its last button after a whole preview', () => {
    i18n.set('vi');
    live.role = 'secretary';
    const data = {
      revision: 1,
      sessions: { list: [{ id: 1, number: 5, term: 1, kind: 'regular', title: '', startDate: '2026-12-08', endDate: '2026-12-09' }], currentId: 1 },
      sittings: [],
      agenda: [],
      rules: rulesSchema.parse({}),
    } as unknown as State;
    mount(AgendaImport, { target: document.body, props: { data } });
    flushSync();
    const area = document.querySelector('textarea')!;
    expect(area.disabled).toBe(true);
    expect(button('Chọn tệp…').disabled).toBe(true);
    expect(document.querySelector<HTMLInputElement>('input[type=file]')!.disabled).toBe(true);
    expect(button('Xem trước').getAttribute('aria-disabled')).toBe('true');
    expect(button('Xem trước').title).toBe('Thao tác của chủ tọa: máy này là máy của thư ký.');
    live.role = 'chair';
    flushSync();
    expect(area.disabled).toBe(false);
    expect(button('Chọn tệp…').disabled).toBe(false);
    expect(button('Xem trước').getAttribute('aria-disabled')).toBeNull();
  });

  it('takes the emblem’s file box out of the secretary’s Tab order, where it was a live control under a greyed label', () => {
    i18n.set('en');
    live.role = 'secretary';
    const { engine } = newEngine();
    seedBasics(engine);
    mount(HallView, { target: document.body, props: followEngine(engine) });
    flushSync();
    const file = document.querySelector<HTMLInputElement>('input[type=file][aria-label="Upload emblem"]')!;
    expect(file.disabled).toBe(true);
    expect(file.title).toBe('The chair’s control: this console is a secretary’s.');
    live.role = 'chair';
    flushSync();
    expect(file.disabled).toBe(false);
  });
});
