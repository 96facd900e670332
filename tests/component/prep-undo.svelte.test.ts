/**
 * The preparation screen's undo button says in words what it takes back (the template, how
 * many items) and takes a whole template back on a click or Ctrl+Z; a refused undo says why.
 * State from the real engine.
 */
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { mount } from './mount';
import AgendaPrep from '../../src/features/prep/AgendaPrep.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { live, type State } from '../../src/lib/live.svelte';
import { shortcuts } from '../../src/lib/shortcuts.svelte';
import { builtinTemplate } from '../../common/prep/templates';
import { newEngine, ok, seedBasics } from '../unit/helpers';

function prepared() {
  const { engine, clock } = newEngine();
  seedBasics(engine);
  ok(engine, 'template.apply', { builtin: 'yearEnd' });
  const state = () => {
    const { revision, slices } = engine.snapshot();
    return { ...slices, revision } as State;
  };
  live.state = state();
  vi.spyOn(live, 'now').mockReturnValue(clock());
  vi.spyOn(live, 'send').mockImplementation(async (type, payload) => engine.run(type, payload) as never);
  mount(AgendaPrep, { target: document.body, props: { data: state() } });
  flushSync();
  return { engine };
}

/** A control's accessible name: its text without what is hidden from screen readers (the key shown). */
function accessibleName(el: HTMLElement): string {
  const copy = el.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
  return copy.textContent!.trim();
}

const undoButton = () => [...document.querySelectorAll('button')].find((b) => /^(Hoàn tác|Undo):/.test(b.textContent ?? ''));
const n = builtinTemplate('yearEnd', 'province').length;

describe('undo on the preparation screen', () => {
  it('names the template and its items, and one click takes them all back', async () => {
    i18n.set('vi');
    const { engine } = prepared();
    const button = undoButton()!;
    expect(accessibleName(button)).toBe(`Hoàn tác: áp dụng mẫu «Kỳ họp thường lệ cuối năm» (${n} mục)`);
    expect(button.querySelector('kbd')?.textContent).toBe('Ctrl');
    button.click();
    await vi.waitFor(() => expect(engine.current.agenda).toEqual([]));
  });

  it('takes it back on Ctrl+Z, in English too', async () => {
    i18n.set('en');
    const { engine } = prepared();
    expect(accessibleName(undoButton()!)).toBe(`Undo: applying the template “Regular year-end session” (${n} items)`);
    window.addEventListener('keydown', shortcuts.handle);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true }));
    await vi.waitFor(() => expect(engine.current.agenda).toEqual([]));
  });

  it('says why when one of its items has since been started, and changes nothing', async () => {
    i18n.set('vi');
    const { engine } = prepared();
    const first = engine.current.timing.items[0];
    ok(engine, 'sitting.open', { id: first.sittingId! });
    ok(engine, 'item.start', { id: first.id, current: 'finish' });
    undoButton()!.click();
    await vi.waitFor(() => expect(document.querySelector('[role=alert]')?.textContent).toMatch(/^Không thể hoàn tác nữa: một thao tác sau đó đã thay đổi chính những mục này/)); // the engine's sentence, in the console's language (the reply carries both)
    expect(engine.current.agenda).toHaveLength(n);
  });
});
