/**
 * Component tests on the real engine, as the console runs them: the state a screen holds, and a
 * view whose commands run on the engine and which gets the new state at once.
 */
import { flushSync, type Component } from 'svelte';
import { mount } from './mount';
import { vi } from 'vitest';
import type { Engine } from '../../electron/engine/engine';
import type { CommandMeta } from '../../electron/engine/protocol';
import { i18n } from '../../src/lib/i18n.svelte';
import { live, wireCommand, type State } from '../../src/lib/live.svelte';
import { shortcuts } from '../../src/lib/shortcuts.svelte';

/** The state a console holds after the engine's last command. */
export function stateFrom(engine: Engine): State {
  const { revision, slices } = engine.snapshot();
  return { ...slices, revision } as State;
}

/** Who a mounted view's commands come from: the chair's console, or a paired secretary's. */
export type Sender = Pick<CommandMeta, 'actor' | 'role' | 'deviceId'>;

/**
 * Mounts `view` on the engine, the console's keys listening: each command it sends runs there as
 * `sender` (the chair when not said), in the console's language, with `seen` in the command as the
 * transport sends it, and the view is given the state that follows. A question the view asks
 * (ask.ts) waits in the page for the test to answer it (`answerAsk`). The setup unmounts it after
 * the test (./mount).
 */
export function mountOnEngine(engine: Engine, view: Component<{ data: State }>, sender: Sender = { actor: 'chair', role: 'chair' }) {
  const props = $state({ data: stateFrom(engine) });
  const send = vi.spyOn(live, 'send').mockImplementation(async (type, payload, opts) => {
    const reply = engine.dispatch(wireCommand(type, payload, opts?.seen), { ...sender, lang: i18n.lang });
    props.data = stateFrom(engine);
    flushSync();
    return reply as never;
  });
  window.addEventListener('keydown', shortcuts.handle);
  const app = mount(view, { target: document.body, props });
  flushSync();
  return { app, props, send };
}

/** Ctrl+Z pressed on `on` (the page when not said), as the browser sends it. */
export const ctrlZ = (on: Element = document.body) =>
  on.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', code: 'KeyZ', ctrlKey: true, bubbles: true, cancelable: true }));

/**
 * The next command the view sends runs on the engine and its state arrives at once, but its reply is
 * held, as on a slow network or a loaded laptop: the view can be given another key meanwhile. The
 * function returned lets the reply come, and waits until the view has taken it.
 */
export function holdNextReply(send: ReturnType<typeof mountOnEngine>['send']): () => Promise<void> {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  const real = send.getMockImplementation()!;
  send.mockImplementationOnce(async (...args) => {
    const reply = await real(...args);
    await held;
    return reply;
  });
  return async () => {
    release();
    for (let i = 0; i < 10; i++) await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    flushSync();
  };
}

/**
 * Answers the question the view asks in the page (ask.ts) once it shows: its step's button, or
 * Cancel (`yes` false). Resolves with what it asked and the step's button's name.
 */
export async function answerAsk(yes: boolean): Promise<{ asked: string; button: string }> {
  const question = await vi.waitFor(() => {
    const q = document.querySelector<HTMLElement>('[data-ask] [role=alertdialog]');
    if (!q) throw new Error('nothing asked in the page');
    return q;
  });
  // Cancel is the last button: a question may offer more than one step (Live's finish or pause).
  const buttons = question.querySelectorAll('button');
  const [step, cancel] = [buttons[0], buttons[buttons.length - 1]];
  const asked = { asked: question.querySelector('p')!.textContent ?? '', button: step!.firstChild?.textContent?.trim() ?? '' };
  (yes ? step : cancel)!.click();
  flushSync();
  return asked;
}
