/**
 * An item typed into the agenda form after a template goes into a sitting, not to the end under
 * "No sitting": the form's Sitting box starts at the sitting the programme ends in, follows the
 * row the office last focused, and can be set by hand (No sitting included). Ctrl+Z takes the
 * item back. State and commands from the real engine.
 */
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import AgendaView from '../../src/features/agenda/AgendaView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { outlineNumbers } from '../../common/agenda/outline';
import { toast } from '../../src/lib/toast.svelte';
import { ctrlZ, mountOnEngine } from './on-engine.svelte';
import { newEngine, ok, seedBasics } from '../unit/helpers';
import type { Engine } from '../../electron/engine/engine';
import { toastSwitches } from './toast-lang';

// jsdom has no Web Animations; the rows' flip animation asks for them.
Element.prototype.getAnimations ??= () => [];

function prepared() {
  const { engine } = newEngine();
  seedBasics(engine);
  ok(engine, 'template.apply', { builtin: 'yearEnd' });
  mountOnEngine(engine, AgendaView);
  return engine;
}

const sittingBox = () => document.querySelector<HTMLSelectElement>('select[name=itemSitting]')!;
async function type(title: string) {
  const input = document.querySelector<HTMLInputElement>('input[name=itemTitle]')!;
  input.value = title;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  flushSync();
  document.querySelector<HTMLFormElement>('form.add')!.requestSubmit();
  await new Promise((r) => setTimeout(r));
  flushSync();
}
const placed = (engine: Engine, title: string) => {
  const item = engine.current.agenda.find((a) => a.title === title);
  return item && { index: engine.current.agenda.indexOf(item), sittingId: engine.current.timing.items.find((i) => i.id === item.id)!.sittingId };
};
/** An item's number as the Agenda view shows it: the programme's outline (2, 2.1), not its flat place. */
const numberOf = (engine: Engine, title: string) => {
  const parentOf = new Map(engine.current.timing.items.map((i) => [i.id, i.parentId]));
  const numbers = outlineNumbers(engine.current.agenda.map((i) => ({ id: i.id, parentId: parentOf.get(i.id) ?? null })));
  return numbers.get(engine.current.agenda.find((a) => a.title === title)!.id);
};
/** Where the engine puts the end of a sitting: after its last item (sub-items included). */
const endOf = (engine: Engine, sittingId: number) => engine.current.timing.items.findLastIndex((i) => i.sittingId === sittingId) + 1;

describe('the agenda form puts a typed item into a sitting', () => {
  it('starts at the sitting the programme ends in, labelled in Vietnamese', async () => {
    i18n.set('vi');
    const engine = prepared();
    const last = engine.current.sittings.at(-1)!;
    expect(sittingBox().closest('label')!.textContent).toMatch(/^Phiên họp/);
    expect(sittingBox().value).toBe(String(last.id));
    const end = endOf(engine, last.id);
    await type('Báo cáo bổ sung');
    expect(placed(engine, 'Báo cáo bổ sung')).toEqual({ index: end, sittingId: last.id });
    expect(document.querySelector('p.error')).toBeNull();
    // Said where it went: the row is often below the fold.
    expect(toast.text).toBe(`Đã thêm «Báo cáo bổ sung» thành mục ${numberOf(engine, 'Báo cáo bổ sung')}, thuộc phiên buổi chiều 09/12/2026.`);
    toastSwitches({ vi: `Đã thêm «Báo cáo bổ sung» thành mục ${numberOf(engine, 'Báo cáo bổ sung')}, thuộc phiên buổi chiều 09/12/2026.`, en: `Added “Báo cáo bổ sung” as item ${numberOf(engine, 'Báo cáo bổ sung')}, in the sitting: Afternoon, 9 Dec 2026.` });
  });

  it('after a template applied here, still puts it at the end of the programme: the keyboard landing on the first added row is not the office choosing its sitting', async () => {
    i18n.set('en');
    const { engine } = newEngine();
    seedBasics(engine);
    mountOnEngine(engine, AgendaView);
    document.querySelector<HTMLButtonElement>('.templates button.primary')!.click();
    await new Promise((r) => setTimeout(r));
    flushSync();
    const first = engine.current.agenda[0];
    expect(document.activeElement).toBe(document.querySelector(`tr[data-item="${first.id}"]`));
    const last = engine.current.sittings.at(-1)!;
    expect(sittingBox().value).toBe(String(last.id));
    const end = endOf(engine, last.id);
    await type('Báo cáo bổ sung');
    expect(placed(engine, 'Báo cáo bổ sung')).toEqual({ index: end, sittingId: last.id });
    expect(toast.text).toBe(`Added “Báo cáo bổ sung” as item ${numberOf(engine, 'Báo cáo bổ sung')}, in the sitting: Afternoon, 9 Dec 2026.`);
  });

  it('follows the row last focused, and Ctrl+Z takes the item back', async () => {
    i18n.set('en');
    const engine = prepared();
    const morning = engine.current.sittings[0];
    const firstRow = engine.current.agenda[0];
    document.querySelector<HTMLElement>(`tr[data-item="${firstRow.id}"]`)!.focus();
    flushSync();
    expect(sittingBox().value).toBe(String(morning.id));
    const end = endOf(engine, morning.id);
    await type('Tờ trình bổ sung');
    expect(placed(engine, 'Tờ trình bổ sung')).toEqual({ index: end, sittingId: morning.id });
    ctrlZ();
    await new Promise((r) => setTimeout(r));
    expect(placed(engine, 'Tờ trình bổ sung')).toBeUndefined();
  });

  it('"No sitting" chosen by hand puts it at the end under no sitting', async () => {
    i18n.set('en');
    const engine = prepared();
    const box = sittingBox();
    box.value = '';
    box.dispatchEvent(new Event('change', { bubbles: true }));
    flushSync();
    await type('Other business');
    expect(placed(engine, 'Other business')).toEqual({ index: engine.current.agenda.length - 1, sittingId: null });
    expect(toast.text).toBe(`Added “Other business” as item ${numberOf(engine, 'Other business')}.`);
    // The choice stays for the next item typed.
    expect(sittingBox().value).toBe('');
  });

  it('offers no Sitting box while the session has no sittings', () => {
    i18n.set('en');
    const { engine } = newEngine();
    seedBasics(engine);
    mountOnEngine(engine, AgendaView);
    expect(document.querySelector('select[name=itemSitting]')).toBeNull();
  });
});
