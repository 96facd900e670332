/**
 * `use:needs={'item.start'}` (or `use:needs={'maintenance'}`) on a control that sends a command this console may not send
 * (a secretary's console and a chair-only command, common/roles.ts): the control is greyed out,
 * says why on hover and to a screen reader, a click does nothing, and Tab passes it by (her Tab
 * walked through every chair button of Live); on a form, its fields too. The engine refuses such a
 * command anyway; this only keeps a secretary from reaching for it in front of the hall.
 */
import type { CommandType } from '../../electron/engine/commands';
import { mayRun } from '../../common/roles';
import { live } from './live.svelte';
import { t } from './i18n.svelte';

/**
 * A command, or `maintenance`: backups and the Activity journal, the chair's only (server/sockets.ts);
 * or an undo with its scope (`{ needs: 'undo', scope: 'personnel' }`), which a secretary may send in hers.
 */
export type Need = CommandType | 'maintenance' | { needs: CommandType; scope: string };

/**
 * May this console send what a key or control needs (with the scope of an undo or redo)? The
 * `?` sheet marks the keys it may not, and a press of one says so instead of sending it.
 */
export function mayUse(need: { needs?: CommandType; scope?: string }): boolean {
  return !need.needs || mayRun(live.role, need.needs, need.scope ? { scope: need.scope } : undefined);
}

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | HTMLButtonElement;
const isField = (el: unknown): el is Field =>
  el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement || el instanceof HTMLButtonElement;
/** A box or list that sends as it changes: the keyboard changes a select without a click, so it is disabled too. */
const isEntry = (el: HTMLElement): el is Exclude<Field, HTMLButtonElement> => isField(el) && !(el instanceof HTMLButtonElement);

/**
 * On a form, every field of it follows: a secretary typed a new session, a vote's title or a
 * council rule into boxes that were open to her, then found the form's button greyed. The fields
 * are disabled (read, not typed in, and skipped by Tab), as a disabled fieldset would make them.
 */
function disableFields(fields: Iterable<Element>, off: boolean): void {
  for (const field of fields) {
    if (!isField(field)) continue;
    if (off && !field.disabled) {
      field.disabled = true;
      field.dataset.notMine = '';
    } else if (!off && field.dataset.notMine !== undefined) {
      field.disabled = false;
      delete field.dataset.notMine;
    }
  }
}

/**
 * Out of the Tab order (tabindex -1) while not hers, still in view and still named with its reason
 * (aria-disabled, title); back to its own tabindex once it is. Not `disabled`: the views set a
 * button's `disabled` for their own reasons (nothing to finish) and would overwrite it.
 */
function skipByTab(node: HTMLElement, off: boolean): void {
  if (off && node.dataset.ownTabindex === undefined) {
    node.dataset.ownTabindex = node.getAttribute('tabindex') ?? '';
    node.tabIndex = -1;
  } else if (!off && node.dataset.ownTabindex !== undefined) {
    const own = node.dataset.ownTabindex;
    if (own === '') node.removeAttribute('tabindex');
    else node.setAttribute('tabindex', own);
    delete node.dataset.ownTabindex;
  }
}

export function needs(node: HTMLElement, type: Need) {
  let command = $state(type);
  const allowed = () => (command === 'maintenance' ? live.role === 'chair' : mayUse(typeof command === 'string' ? { needs: command } : command));
  const refuseClick = (e: Event) => {
    if (allowed()) return;
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  node.addEventListener('click', refuseClick, true);
  const form = node instanceof HTMLFormElement ? node : null;
  const fields = (): Iterable<Element> => (form ? form.elements : isEntry(node) ? [node] : []);
  // Fields a form shows later (a choice that opens more boxes) follow it too.
  const added = form ? new MutationObserver(() => !allowed() && disableFields(fields(), true)) : null;
  added?.observe(node, { childList: true, subtree: true });
  $effect(() => {
    const ok = allowed();
    // A form's own fields say it (disabled); the form itself only says why on hover.
    disableFields(fields(), !ok);
    if (!form) node.classList.toggle('not-mine', !ok);
    if (!form && !isEntry(node)) skipByTab(node, !ok);
    if (ok) {
      if (!form) node.removeAttribute('aria-disabled');
      if (node.dataset.roleTitle !== undefined) node.title = node.dataset.roleTitle;
    } else {
      if (!form) node.setAttribute('aria-disabled', 'true');
      node.dataset.roleTitle ??= node.title;
      node.title = t('role.chairOnly');
    }
  });
  return {
    update(next: Need) {
      command = next;
    },
    destroy() {
      node.removeEventListener('click', refuseClick, true);
      added?.disconnect();
    },
  };
}
