/**
 * `use:editRow={{ cancel }}` on a table row's inline edit form: the keyboard lands in its first
 * box when it opens (the Edit button that had it is gone, and focus fell to the page), and
 * Escape cancels it, as it does a dialog.
 */
export function editRow(form: HTMLElement, options: { cancel: () => void }) {
  let current = options;
  form.querySelector<HTMLElement>('input, select, textarea')?.focus();
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    current.cancel();
  };
  form.addEventListener('keydown', onKey);
  return {
    update(next: { cancel: () => void }) {
      current = next;
    },
    destroy() {
      form.removeEventListener('keydown', onKey);
    },
  };
}
