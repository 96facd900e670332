/**
 * The console's one way to ask before a step, from a view or from plain code (undo.ts): never the
 * browser's confirm dialog, which froze the page (what another console did meanwhile came in only once
 * answered), spoke the browser's language on its buttons and put the keyboard on OK.
 *
 *     if (!(await ask(() => t('roster.confirmRemove', { name }), () => t('action.remove'), 'danger'))) return;
 *
 * The question (AskInPage, in an AskHost) shows beside the control the user acted on (the one with
 * the keyboard), or at the top of the page when none has it; the keyboard on Cancel, Esc or a click
 * elsewhere cancels, Enter on a button answers it. `text` and `yes` are worded when shown, so a
 * language switch re-words them; `yes` names the step ("Remove", "Restore"), never a bare OK.
 * One question at a time: asked again, the earlier one is answered no.
 *
 * `tone` is chosen at each call: 'danger' when yes removes, deletes, revokes, restores over or takes
 * back another operator's step (its button red, so a hurried Enter-then-Tab reads it before it
 * clicks), 'primary' for a step that loses nothing.
 */
import { mount, unmount } from 'svelte';
import AskHost from './AskHost.svelte';

/** How the yes button looks: red for a step that loses something, the accent colour otherwise. */
export type Tone = 'danger' | 'primary';

/** One answer of a question: its button's words, and its look (none: a plain button, as Cancel). */
export type Step = { label: string; tone?: Tone };

export type AskOptions = {
  /** Where the question shows and the keyboard comes back to: the focused control when not said. */
  near?: HTMLElement | null;
  /** Answers no once aborted, the keyboard left to the asker: the view that asked has moved on (another vote shown, the view left). */
  signal?: AbortSignal;
};

/** What Live's two questions need besides (timing/LiveView.svelte), each kept from before they moved here. */
export type ChooseOptions = AskOptions & {
  /**
   * The keyboard starts on the first step, not on Cancel: for a question answered by Enter as a
   * matter of course whose steps lose nothing (Live's "finish or pause the item running?").
   */
  startOnStep?: boolean;
  /** Enter answers the first step wherever the keyboard is in the question (Alt+S, Enter closes a sitting); its key is shown on it. */
  enterSteps?: boolean;
  /** Cancel's words when "Cancel" would not say what it keeps ("Keep it open"). */
  cancel?: () => string;
  /** A line under the question, re-read as it changes (Live: "the question has changed"). */
  note?: () => string | null;
};

/** The CSS anchor the question is placed by (AskHost's position-anchor), on the control it is about while asked. */
const ANCHOR = '--gavel-ask';

let open: ((step: number | null) => void) | null = null;

/** The control with the keyboard, if any (not the page itself). */
function focused(): HTMLElement | null {
  const at = document.activeElement;
  return at instanceof HTMLElement && at !== document.body ? at : null;
}

/** Asks `text` in the page; resolves true when the user chooses `yes`, false on Cancel, Esc or another question. */
export async function ask(text: () => string, yes: () => string, tone: Tone, options: AskOptions = {}): Promise<boolean> {
  return (await choose(text, () => [{ label: yes(), tone }], options)) === 0;
}

/**
 * Asks `text` with more than one step to choose (`steps`, re-read as they change, as `text` is):
 * resolves with the index of the step chosen, or null on Cancel, Esc, another question or `signal`.
 */
export function choose(text: () => string, steps: () => Step[], options: ChooseOptions = {}): Promise<number | null> {
  open?.(null);
  const near = options.near === undefined ? focused() : options.near;
  near?.style.setProperty('anchor-name', ANCHOR);
  return new Promise((resolve) => {
    let host: ReturnType<typeof mount> | undefined;
    // Withdrawn, the keyboard is not put back on the control: its premise changed, and an Enter
    // meant for the question would act there (a ▶ still shown would start). The asker says where.
    const aborted = () => answer(null, false);
    const answer = (step: number | null, back = true) => {
      if (open !== answer) return;
      open = null;
      options.signal?.removeEventListener('abort', aborted);
      near?.style.removeProperty('anchor-name');
      const app = host;
      // Unmounted after the click or key that answered has finished with its button.
      queueMicrotask(() => app && void unmount(app));
      // The question's buttons go with it: the keyboard goes back to where the user acted, not to the page.
      if (back && near?.isConnected && (focused() === null || focused()?.closest('[data-ask]'))) near.focus({ preventScroll: true });
      resolve(step);
    };
    open = answer;
    if (options.signal?.aborted) return answer(null, false);
    options.signal?.addEventListener('abort', aborted);
    const { startOnStep = false, enterSteps = false, cancel = null, note = null } = options;
    host = mount(AskHost, { target: document.body, props: { text, steps, startOnStep, enterSteps, cancel, note, near, onanswer: answer } });
  });
}

/** Answers the open question no, as Cancel would (the premise it asked about is gone). */
export function withdraw(): void {
  open?.(null);
}
