/**
 * Preparing a session, round three, on the real engine: a created session takes the keyboard out
 * of the form (a second Enter made the next session at once); the council form proposes seats
 * for the level chosen until a number is typed; the agenda's edit row moves an item to another
 * sitting with the Live view's command; the empty roster points to the file import above it.
 */
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import SetupView from '../../src/features/council/SetupView.svelte';
import AgendaView from '../../src/features/agenda/AgendaView.svelte';
import RosterView from '../../src/features/roster/RosterView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { mountOnEngine } from './on-engine.svelte';
import { newEngine, ok, seedBasics } from '../unit/helpers';

const field = <T extends HTMLElement = HTMLInputElement>(name: string) => document.querySelector<T>(`[name=${name}]`)!;
const type = (el: HTMLInputElement | HTMLSelectElement, value: string, event = 'input') => {
  el.value = value;
  el.dispatchEvent(new Event(event, { bubbles: true }));
  flushSync();
};
const settle = async () => {
  await new Promise((r) => setTimeout(r));
  flushSync();
};

describe('the new session form after a create', () => {
  it('puts the keyboard on the new session’s row, out of the form, so a second Enter creates nothing', async () => {
    i18n.set('en');
    const { engine } = newEngine();
    ok(engine, 'council.save', { name: 'HĐND xã Lương Sơn', level: 'commune', term: 1, totalSeats: 25 });
    mountOnEngine(engine, SetupView);
    field('endDate').focus();
    field<HTMLFormElement>('endDate').closest('form')!.requestSubmit();
    await vi.waitFor(() => expect(engine.current.sessions.list).toHaveLength(1));
    await settle();
    const id = engine.current.sessions.list[0].id;
    const row = document.querySelector<HTMLElement>(`tr[data-session="${id}"]`)!;
    expect(document.activeElement).toBe(row);
    expect(row.textContent).toContain('Session 1, term I');
    expect(document.activeElement!.closest('form')).toBeNull();
  });
});

describe('the council form’s seats', () => {
  it('proposes the chosen level’s count until a number is typed, and never overwrites a typed one', () => {
    i18n.set('vi');
    const { engine } = newEngine();
    mountOnEngine(engine, SetupView);
    const level = field<HTMLSelectElement>('councilLevel');
    expect(field('totalSeats').value).toBe('50');
    type(level, 'commune', 'change');
    expect(field('totalSeats').value).toBe('30');
    type(level, 'province', 'change');
    expect(field('totalSeats').value).toBe('50');
    // Typed: the level no longer changes it.
    type(field('totalSeats'), '21');
    type(level, 'commune', 'change');
    expect(field('totalSeats').value).toBe('21');
  });

  it('keeps a saved council’s seats when its level is changed', () => {
    i18n.set('en');
    const { engine } = newEngine();
    ok(engine, 'council.save', { name: 'HĐND tỉnh Hòa Bình', level: 'province', term: 16, totalSeats: 58 });
    mountOnEngine(engine, SetupView);
    type(field<HTMLSelectElement>('councilLevel'), 'commune', 'change');
    expect(field('totalSeats').value).toBe('58');
  });
});

describe('the agenda’s edit row', () => {
  it('moves an item to another sitting, or to none, with the Live view’s command', async () => {
    i18n.set('en');
    const { engine } = newEngine();
    seedBasics(engine);
    const morning = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    const afternoon = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'afternoon', plannedStart: '13:30', plannedEnd: '17:00' }).id;
    const { id } = ok(engine, 'agenda.add', { title: 'Báo cáo kinh tế - xã hội', kind: 'report', plannedMinutes: 15, sittingId: morning });
    const mounted = mountOnEngine(engine, AgendaView);
    const sittingOf = () => engine.current.timing.items.find((i) => i.id === id)!.sittingId;
    const editAndSave = async (value: string) => {
      document.querySelector<HTMLButtonElement>('button[aria-label="Edit Báo cáo kinh tế - xã hội"]')!.click();
      flushSync();
      const select = document.querySelector<HTMLSelectElement>('form.edit select[aria-label="Sitting"]')!;
      expect(select.value).toBe(String(sittingOf() ?? ''));
      type(select, value, 'change');
      document.querySelector<HTMLFormElement>('form.edit')!.requestSubmit();
      await vi.waitFor(() => expect(document.querySelector('form.edit')).toBeNull());
    };
    await editAndSave(String(afternoon));
    expect(sittingOf()).toBe(afternoon);
    expect(mounted.send.mock.calls.map(([t]) => t)).toEqual(['agenda.update', 'agenda.assign']);
    await editAndSave('');
    expect(sittingOf()).toBeNull();
    // Nothing changed in the sitting: no assign is sent.
    mounted.send.mockClear();
    await editAndSave('');
    expect(mounted.send.mock.calls.map(([t]) => t)).toEqual(['agenda.update']);
  });
});

describe('the empty roster', () => {
  it('says the office’s list can be imported from its file or pasted lines, just above (both languages)', () => {
    i18n.set('vi');
    const { engine } = newEngine();
    seedBasics(engine);
    mountOnEngine(engine, RosterView);
    const text = () => document.querySelector('[data-testid=roster-empty]')!.textContent;
    expect(text()).toBe('Danh sách còn trống. Thêm từng đại biểu bằng biểu mẫu ở trên, hoặc nhập cả danh sách của văn phòng (tệp, hay các dòng chép từ Excel, Word) tại mục «Nhập danh sách từ tệp hoặc dòng dán vào (Excel, CSV, Word)» ngay phía trên.');
    i18n.set('en');
    flushSync();
    expect(text()).toBe('No one on the roster yet. Add the delegates with the form above, or import the office’s list (its file, or lines copied from Excel or Word) under “Import a list from a file or pasted lines (Excel, CSV, Word)” just above.');
  });
});
