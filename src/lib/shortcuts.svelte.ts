/**
 * Keyboard shortcuts of the console, in one registry: views register what they offer
 * while mounted, one window listener dispatches, and `?` lists everything registered.
 * Single keys (Space, n, f…) never fire while typing in a field.
 */
import { untrack } from 'svelte';
import { t, type MessageKey } from './i18n.svelte';
import type { CommandType } from '../../electron/engine/commands';
import { mayUse } from './needs.svelte';
import { toast } from './toast.svelte';
import { inEvery, words } from './said.svelte';
import { live } from './live.svelte';
import { focusViewHeading } from './viewHeading';

export interface Shortcut {
  /** As shown and matched: "Space", "n", "Alt+1", "Ctrl+Z", "+" . */
  keys: string;
  /** What it does, as a message key. */
  label: MessageKey;
  /** Values of the label's placeholders ("+{n} min"). */
  params?: Record<string, string | number>;
  run: () => void;
  /**
   * The command the key sends, when it may be refused to this console's role (a chair's key on
   * a secretary's console): the `?` sheet says whose key it is. With `scope` for undo and redo.
   */
  needs?: CommandType;
  scope?: string;
  /**
   * false: the key is the view's and answers (a sentence saying what to do), but does nothing
   * there now, so the `?` sheet does not list it (Alt+D with no closed vote in hand, voteKeys.ts).
   */
  listed?: false;
}

class Shortcuts {
  // Raw: a deep $state would wrap each entry in a proxy, and removal compares the entries a
  // view registered with those held (a proxied list never found them: a view's keys outlived it).
  list = $state.raw<Shortcut[]>([]);
  helpOpen = $state(false);
  /**
   * The registrations themselves, kept outside the reactive list and copied into it on each change.
   * A view's effect torn down in the same update as its child's ran (Votes dropping its own Alt+D
   * as the vote's detail took the key) read the list as it was before the child's registration,
   * and wrote it back without the child's keys: the detail's Alt+O, Alt+C… were gone.
   */
  private held: Shortcut[] = [];

  /** Registers shortcuts for as long as the caller lives; returns the function that removes them. */
  register(shortcuts: Shortcut[]): () => void {
    // Called from effects: the caller must not come to depend on the list.
    this.held = [...this.held, ...shortcuts];
    untrack(() => (this.list = this.held));
    return () => {
      this.held = this.held.filter((s) => !shortcuts.includes(s));
      untrack(() => (this.list = this.held));
    };
  }

  handle = (event: KeyboardEvent): void => {
    if (event.key === '?' && !isTyping(event)) {
      event.preventDefault();
      this.helpOpen = !this.helpOpen;
      return;
    }
    if (event.key === 'Escape' && this.helpOpen) {
      this.helpOpen = false;
      return;
    }
    if (event.key === 'Escape') return leaveTextBox(event);
    const pressed = pressedKey(event);
    const match = this.list.findLast((s) => s.keys.toLowerCase() === pressed);
    if (!match) return;
    // While typing, plain keys type and Ctrl+letter edits the text (Ctrl+Z, Ctrl+C…); Alt
    // combinations and Ctrl with a non-letter (Ctrl+Enter) stay the console's.
    const ctrl = event.ctrlKey || event.metaKey;
    const editing = !event.altKey && (!ctrl || /^[a-z]$/i.test(event.key));
    if (isTyping(event) && editing) return;
    // Space is a checkbox's only key: on one (a topic's respondent), it ticks, not starts the floor.
    if (pressed === 'space' && isToggle(event)) return;
    event.preventDefault();
    this.run(match);
  };

  /**
   * A key a view's own text box passes on as the view's (the Attendance seat box, where only digits
   * type: `s`, `/`), run as if pressed outside it; false when no shortcut has that key.
   */
  press(key: string): boolean {
    const match = this.list.findLast((s) => s.keys.toLowerCase() === key.toLowerCase());
    if (match) this.run(match);
    return match !== undefined;
  }

  private run(match: Shortcut): void {
    // A revoked console's controls are off (App.svelte): its keys say so rather than act.
    if (live.revoked) return toast.show(words('conn.revokedShort'));
    // The chair's key on a secretary's console: it says whose key it is and sends nothing, as a
    // click on the greyed control does (the engine would refuse it without naming what it was).
    if (!mayUse(match)) return toast.show(inEvery(() => t('keys.notMine', { key: match.keys, what: t(match.label, match.params) })));
    match.run();
  }
}

/**
 * Escape in a text box gives the keyboard back to the view (its heading, as the person picker's
 * and the note field's Escape do), so the view's keys work again: pressed in the respondent's
 * agency box, the chair's next `/` or `n` typed itself into the box. Not in a dialog (Escape is the
 * dialog's), nor where the box or its form used Escape already (a picker's list closing, an edit
 * cancelled, typed text taken back: they prevent the default or stop it on the way).
 */
function leaveTextBox(event: KeyboardEvent): void {
  const box = event.target as HTMLElement | null;
  if (event.defaultPrevented || !box || box.tagName === 'SELECT' || !isTyping(event)) return;
  if (box.closest('dialog, [role=dialog], [role=alertdialog]') || box.getAttribute('role') === 'combobox') return;
  if (document.activeElement !== box) return;
  event.preventDefault();
  if (!focusViewHeading()) box.blur();
}

function isTyping(event: KeyboardEvent): boolean {
  const el = event.target as HTMLElement | null;
  if (!el) return false;
  if (el.isContentEditable) return true;
  if (el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return true;
  if (el.tagName === 'INPUT') return !['button', 'checkbox', 'radio', 'submit'].includes((el as HTMLInputElement).type);
  return false;
}

/** A control that Space ticks or opens and no other key does: a checkbox, a radio button, a disclosure's summary. */
function isToggle(event: KeyboardEvent): boolean {
  // A key sent to the document or the window has no element to tick.
  const el = event.target;
  if (!(el instanceof Element)) return false;
  if (el instanceof HTMLInputElement) return ['checkbox', 'radio'].includes(el.type);
  return el.tagName === 'SUMMARY' || ['checkbox', 'radio', 'switch'].includes(el.getAttribute('role') ?? '');
}

/** "Ctrl+Z", "Alt+1", "Space", "n", "+", "ArrowUp" — the form shown beside buttons. */
export function keyName(event: KeyboardEvent): string {
  const parts: string[] = [];
  if (event.ctrlKey || event.metaKey) parts.push('Ctrl');
  if (event.altKey) parts.push('Alt');
  // Letters with Ctrl are shown and matched upper case ("Ctrl+Z"), plain ones lower case ("n").
  const ctrl = event.ctrlKey || event.metaKey;
  // Shift is named with a key of its own name (Shift+Tab) and with Ctrl or Alt and a letter
  // (Ctrl+Shift+Z is redo, not Ctrl+Z; Alt+Shift+K the way back of Alt+K); a printed character
  // already says it (`?`, `+`).
  const physical = /^(?:Digit|Key)([0-9A-Z])$/.exec(event.code)?.[1];
  const altLetter = event.altKey && (physical ? /[A-Z]/.test(physical) : /^[a-z]$/i.test(event.key));
  const ctrlLetter = ctrl && /^[a-z]$/i.test(event.key);
  if (event.shiftKey && (event.key.length > 1 || altLetter || ctrlLetter)) parts.push('Shift');
  const key = event.key === ' ' ? 'Space' : event.key.length === 1 ? (ctrl ? event.key.toUpperCase() : event.key.toLowerCase()) : event.key;
  // Alt+digit or Alt+letter gives other characters on some layouts (Option on a Mac);
  // use the physical key for those.
  if (event.altKey && physical) parts.push(/\d/.test(physical) ? physical : physical.toLowerCase());
  // `=` is the `+` key without Shift: one more minute either way, so the chair need not hold Shift.
  else parts.push(key === '=' ? '+' : key);
  return parts.join('+');
}

/**
 * The key pressed as shortcuts are matched: keyName, lower case, with Ctrl+Shift+Z read as
 * Ctrl+Y (the other common redo key: one binding answers both). For a field that answers the
 * console's undo and redo keys itself (a count box, the roll call's seat box).
 */
export function pressedKey(event: KeyboardEvent): string {
  const name = keyName(event).toLowerCase();
  return name === 'ctrl+shift+z' ? 'ctrl+y' : name;
}

export const shortcuts = new Shortcuts();
