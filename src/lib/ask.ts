/**
 * The console's one way to ask before a step, from a view or from plain code (undo.ts): never the
 * browser's confirm dialog, which froze the page (what another console did meanwhile came in only once
 * answered), spoke the browser's language on its buttons and put the keyboard on OK.
 *
 *     if (!(await ask(() => t('roster.confirmRemove', { name }), () => t('action.remove')))) return;
 *
 * The question (AskInPage, in an AskHost) shows beside the control the user acted on (the one with
 * the keyboard), or at the top of the page when none has it; the keyboard on Cancel, Esc or a click
 * elsewhere cancels, Enter on a button answers it. `text` and `yes` are worded when shown, so a
 * language switch re-words them; `yes` names the step ("Remove", "Restore"), never a bare OK.
 * One question at a time: asked again, the earlier one is answered no.
 */
import { mount, unmount } from 'svelte';
import AskHost from './AskHost.svelte';

export type AskOptions = {
  /** Where the question shows and the keyboard comes back to: the focused control when not said. */
  near?: HTMLElement | null;
};

/** The CSS anchor the question is placed by (AskHost's position-anchor), on the control it is about while asked. */
const ANCHOR = '--gavel-ask';

let open: ((yes: boolean) => void) | null = null;

/** The control with the keyboard, if any (not the page itself). */
function focused(): HTMLElement | null {
  const at = document.activeElement;
  return at instanceof HTMLElement && at !== document.body ? at : null;
}

/** Asks `text` in the page; resolves true when the user chooses `yes`, false on Cancel, Esc or another question. */
export function ask(text: () => string, yes: () => string, options: AskOptions = {}): Promise<boolean> {
  open?.(false);
  const near = options.near === undefined ? focused() : options.near;
  near?.style.setProperty('anchor-name', ANCHOR);
  return new Promise((resolve) => {
    let host: ReturnType<typeof mount> | undefined;
    const answer = (ok: boolean) => {
      if (open !== answer) return;
      open = null;
      near?.style.removeProperty('anchor-name');
      const app = host;
      // Unmounted after the click or key that answered has finished with its button.
      queueMicrotask(() => app && void unmount(app));
      // The question's buttons go with it: the keyboard goes back to where the user acted, not to the page.
      if (near?.isConnected && (focused() === null || focused()?.closest('[data-ask]'))) near.focus({ preventScroll: true });
      resolve(ok);
    };
    open = answer;
    host = mount(AskHost, { target: document.body, props: { text, yes, anchored: near !== null, onanswer: answer } });
  });
}

/** Answers the open question no, as Cancel would (the premise it asked about is gone). */
export function withdraw(): void {
  open?.(false);
}
