/**
 * `use:needs={'item.start'}` (or `use:needs={'maintenance'}`) on a control that sends a command this console may not send
 * (a secretary's console and a chair-only command, common/roles.ts): the control is greyed out,
 * says why on hover and to a screen reader, and a click does nothing. The engine refuses such a
 * command anyway; this only keeps a secretary from reaching for it in front of the hall.
 */
import type { CommandType } from '../../electron/engine/commands';
import { mayRun } from '../../common/roles';
import { live } from './live.svelte';
import { t } from './i18n.svelte';

/** A command, or `maintenance`: backups and the Activity journal, the chair's only (server/sockets.ts). */
export type Need = CommandType | 'maintenance';

/**
 * May this console send what a key or control needs (with the scope of an undo or redo)? The
 * `?` sheet marks the keys it may not, and a press of one says so instead of sending it.
 */
export function mayUse(need: { needs?: CommandType; scope?: string }): boolean {
  return !need.needs || mayRun(live.role, need.needs, need.scope ? { scope: need.scope } : undefined);
}

export function needs(node: HTMLElement, type: Need) {
  let command = $state(type);
  const allowed = () => (command === 'maintenance' ? live.role === 'chair' : mayUse({ needs: command }));
  const refuseClick = (e: Event) => {
    if (allowed()) return;
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  node.addEventListener('click', refuseClick, true);
  $effect(() => {
    const ok = allowed();
    node.classList.toggle('not-mine', !ok);
    if (ok) {
      node.removeAttribute('aria-disabled');
      if (node.dataset.roleTitle !== undefined) node.title = node.dataset.roleTitle;
    } else {
      node.setAttribute('aria-disabled', 'true');
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
    },
  };
}
