import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import CouncilTerm from '../../src/features/council/CouncilTerm.svelte';
import AgendaView from '../../src/features/agenda/AgendaView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { live, type State } from '../../src/lib/live.svelte';
import { newEngine, ok, seedBasics } from '../unit/helpers';
import type { Engine } from '../../electron/engine/engine';

/**
 * A number box's typo must be refused with a sentence and change nothing. Number("abc") is NaN,
 * and JSON carries NaN as null: a year was cleared, and minutes were called "required".
 */

let app: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (app) unmount(app);
  app = undefined;
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

/** Sends the view's commands to a real engine, through JSON as the transport does. */
function wire(engine: Engine) {
  return vi
    .spyOn(live, 'send')
    .mockImplementation(async (type, payload) => engine.dispatch({ ...JSON.parse(JSON.stringify(payload)), type }, { actor: 'test', lang: i18n.lang }) as never);
}
const stateOf = (engine: Engine) => {
  const { revision, slices } = engine.snapshot();
  return { ...slices, revision } as State;
};
const type = (input: HTMLInputElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event('input'));
  flushSync();
};
async function submit(form: HTMLFormElement) {
  form.requestSubmit();
  await new Promise((r) => setTimeout(r));
  flushSync();
}

describe('number boxes', () => {
  it('"First year of the term" typed wrong keeps the saved year and says why', async () => {
    i18n.set('en');
    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'council.setTermYears', { startYear: 2021 });
    wire(engine);
    app = mount(CouncilTerm, { target: document.body, props: { council: stateOf(engine).council! } });
    flushSync();
    for (const typo of ['abc', '2O21']) {
      type(document.querySelector<HTMLInputElement>('input[name=termStartYear]')!, typo);
      await submit(document.querySelector('form')!);
      expect(document.querySelector('[role=alert]')?.textContent).toBe('First year of the term must be a whole number; nothing was changed.');
      expect(stateOf(engine).council?.termStartYear).toBe(2021);
    }
    // An empty box still clears it.
    type(document.querySelector<HTMLInputElement>('input[name=termStartYear]')!, '');
    await submit(document.querySelector('form')!);
    expect(stateOf(engine).council?.termStartYear).toBeNull();
  });

  it('planned minutes "abc" or "1,5" is not a whole number, not "required"', async () => {
    i18n.set('vi');
    const { engine } = newEngine();
    seedBasics(engine);
    wire(engine);
    app = mount(AgendaView, { target: document.body, props: { data: stateOf(engine) } });
    flushSync();
    type(document.querySelector<HTMLInputElement>('input[name=itemTitle]')!, 'Báo cáo kinh tế - xã hội');
    for (const typo of ['abc', '1,5']) {
      type(document.querySelector<HTMLInputElement>('input[name=itemMinutes]')!, typo);
      await submit(document.querySelector<HTMLInputElement>('input[name=itemMinutes]')!.form!);
      expect(document.querySelector('[role=alert]')?.textContent).toBe('Số phút phải là số nguyên; chưa có gì thay đổi.');
    }
    expect(stateOf(engine).agenda).toEqual([]);
  });
});
