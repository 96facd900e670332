import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { mount } from './mount';
import AgendaView from '../../src/features/agenda/AgendaView.svelte';
import RosterView from '../../src/features/roster/RosterView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { live, type State } from '../../src/lib/live.svelte';
import { newEngine, ok, seedBasics } from '../unit/helpers';

/**
 * Editing a row from the keyboard (and who is offered the agenda's reordering): Edit puts the keyboard in the row's first box (it fell to the
 * page, so Tab started again from the top), Escape cancels, and saving or cancelling gives the
 * keyboard back to the row's Edit button.
 */

const settle = async () => {
  await new Promise((r) => setTimeout(r));
  flushSync();
};
const escape = (el: Element) => el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));

describe('inline row edits from the keyboard', () => {
  it('agenda: Edit focuses the title, Escape cancels and gives the keyboard back, Save too', async () => {
    i18n.set('en');
    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'agenda.add', { title: 'Khai mạc kỳ họp', kind: 'opening', plannedMinutes: 15 });
    const sent = vi.spyOn(live, 'send').mockImplementation(async (type, payload) => engine.dispatch({ ...payload, type }, { actor: 'test', lang: 'en' }) as never);
    const { revision, slices } = engine.snapshot();
    mount(AgendaView, { target: document.body, props: { data: { ...slices, revision } as State } });
    flushSync();
    const edit = () => document.querySelector<HTMLButtonElement>('button[aria-label="Edit Khai mạc kỳ họp"]')!;

    edit().click();
    flushSync();
    const title = document.querySelector<HTMLInputElement>('tr.editing input[aria-label=Title]')!;
    expect(document.activeElement).toBe(title);
    escape(title);
    await settle();
    expect(document.querySelector('tr.editing')).toBeNull();
    expect(document.activeElement).toBe(edit());

    edit().click();
    flushSync();
    document.querySelector<HTMLFormElement>('tr.editing form')!.requestSubmit();
    await settle();
    // Nothing typed: the edit names the item and changes nothing, on the view the form was read at.
    expect(sent).toHaveBeenCalledWith('agenda.update', { id: expect.any(Number) }, { seen: revision });
    expect(document.querySelector('tr.editing')).toBeNull();
    expect(document.activeElement).toBe(edit());
  });

  it('roster: Edit focuses the first box, Escape cancels and gives the keyboard back', async () => {
    i18n.set('vi');
    const data = {
      revision: 1,
      council: { name: 'HĐND', level: 'province', term: 16, totalSeats: 58 },
      delegates: [{ id: 7, fullName: 'Đặng Thị Ánh', title: '', agency: '', group: 'Tổ 2', committee: '', seatNumber: 12, voting: true }],
      undo: {},
    } as unknown as State;
    mount(RosterView, { target: document.body, props: { data } });
    flushSync();
    const edit = () => document.querySelector<HTMLButtonElement>('[data-delegate="7"] button[data-edit]')!;
    edit().click();
    flushSync();
    const seat = document.querySelector<HTMLInputElement>('tr.editing input')!;
    expect(document.activeElement).toBe(seat);
    escape(seat);
    await settle();
    expect(document.querySelector('tr.editing')).toBeNull();
    expect(document.activeElement).toBe(edit());
  });

});

describe('agenda reordering by role', () => {
  it('a secretary’s console shows no drag handles and no hint to reorder', () => {
    i18n.set('vi');
    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'agenda.add', { title: 'Khai mạc kỳ họp', kind: 'opening', plannedMinutes: 15 });
    const { revision, slices } = engine.snapshot();
    live.role = 'secretary';
    try {
      mount(AgendaView, { target: document.body, props: { data: { ...slices, revision } as State } });
      flushSync();
      expect(document.querySelector('[data-drag]')).toBeNull();
      expect(document.body.textContent).not.toContain('Alt+↑');
    } finally {
      live.role = 'chair';
    }
  });
});
