/**
 * `use:needs={'item.start'}` on a control that sends a command this console may not send
 * (a secretary's console and a chair-only command, common/roles.ts): the control is greyed out,
 * says why on hover and to a screen reader, and a click does nothing. The engine refuses such a
 * command anyway; this only keeps a secretary from reaching for it in front of the hall.
 */
import type { CommandType } from '../../electron/engine/commands';
import { mayRun } from '../../common/roles';
import { live } from './live.svelte';
import { t } from './i18n.svelte';

export function needs(node: HTMLElement, type: CommandType) {
  let command = $state(type);
  const allowed = () => mayRun(live.role, command);
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
    update(next: CommandType) {
      command = next;
    },
    destroy() {
      node.removeEventListener('click', refuseClick, true);
    },
  };
}
