/**
 * `use:editRow={{ cancel }}` on a table row's inline edit form: the keyboard lands in its first
 * box when it opens (the Edit button that had it is gone, and focus fell to the page), and
 * Escape cancels it, as it does a dialog.
 */
export function editRow(form: HTMLElement, options: { cancel: () => void }) {
  form.querySelector<HTMLElement>('input, select, textarea')?.focus();
  return cancelOnEscape(form, options);
}

/**
 * `use:cancelOnEscape={{ cancel }}`: Escape from any field of an editor cancels it, as it does a
 * dialog (editRow's). `cancel` null while the form edits nothing (a form that registers, and edits
 * what its row's Edit reads into it): Escape is then left to the field and the page (shortcuts.svelte.ts
 * leaveTextBox). A field that stops Escape on its way (the person picker closing its list) keeps it.
 */
export function cancelOnEscape(form: HTMLElement, options: { cancel: (() => void) | null }) {
  let current = options;
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !current.cancel) return;
    event.preventDefault();
    event.stopPropagation();
    current.cancel();
  };
  form.addEventListener('keydown', onKey);
  return {
    update(next: { cancel: (() => void) | null }) {
      current = next;
    },
    destroy() {
      form.removeEventListener('keydown', onKey);
    },
  };
}
