import { said, type Sentence } from './said.svelte';

/** A button a toast may carry: the one thing to do about what it says (redo what was just undone). */
export interface ToastAction {
  /** Its name, in every language (`words('undo.redo')`), so a language switch renames it too. */
  label: Sentence;
  run: () => void;
  /** Whether the button is offered now (read as the state changes): absent, always. */
  shown?: () => boolean;
}

/** One short confirmation at a time, announced to screen readers and gone after a few seconds. */
class Toast {
  /** A sentence in every language follows the console's language while it shows (said.svelte.ts). */
  message = $state<Sentence>('');
  action = $state.raw<ToastAction | null>(null);
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** What it says in the console's language now (reactive). */
  get text(): string {
    return said(this.message);
  }

  /** Shows `message`; with an action, a little longer, so there is time to reach its button. */
  show(message: Sentence, action: ToastAction | null = null): void {
    this.message = message;
    this.action = action;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.clear(), action ? 6000 : 3500);
  }

  clear(): void {
    clearTimeout(this.timer);
    this.message = '';
    this.action = null;
  }

  /** Runs the action once, and the toast goes. */
  act(): void {
    const action = this.action;
    if (action?.shown?.() === false) return;
    this.clear();
    action?.run();
  }
}

export const toast = new Toast();
