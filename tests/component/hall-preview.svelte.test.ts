import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { mount } from './mount';
import HallPreview from '../../src/features/hall/HallPreview.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import type { State } from '../../src/lib/live.svelte';
import { newEngine, ok, seedBasics } from '../unit/helpers';

/** A real published state: a session whose hall speaks `hallLang`, on the agenda mode. */
function stateWithHall(hallLang: 'vi' | 'en'): State {
  const { engine } = newEngine();
  seedBasics(engine);
  const { sessions } = engine.snapshot().slices as unknown as State;
  const session = sessions.list.find((s) => s.id === sessions.currentId)!;
  ok(engine, 'session.update', { ...session, id: session.id, hallLang });
  ok(engine, 'agenda.add', { title: 'Khai mạc kỳ họp', kind: 'opening', plannedMinutes: 10 });
  ok(engine, 'hall.setMode', { mode: 'agenda' });
  const { revision, slices } = engine.snapshot();
  return { ...slices, revision } as State;
}

describe("the console's hall preview", () => {
  it("speaks the session's hall language, not the console's", () => {
    i18n.set('en');
    mount(HallPreview, { target: document.body, props: { data: stateWithHall('vi') } });
    flushSync();
    const preview = document.querySelector('[data-testid=hall-preview]')!;
    expect(preview.getAttribute('lang')).toBe('vi');
    expect(preview.textContent).toContain('Chương trình kỳ họp');
    expect(preview.textContent).not.toContain('Agenda');
    // The console around it stays in English.
    expect(document.querySelector('figcaption')?.textContent).toContain('Now on the hall screen');
  });

  it('follows the console when the hall speaks the same language', () => {
    i18n.set('vi');
    mount(HallPreview, { target: document.body, props: { data: stateWithHall('en') } });
    flushSync();
    const preview = document.querySelector('[data-testid=hall-preview]')!;
    expect(preview.textContent).toContain('Agenda');
    expect(preview.textContent).not.toContain('Chương trình kỳ họp');
    expect(document.querySelector('figcaption')?.textContent).not.toContain('Now on the hall screen');
  });
});
