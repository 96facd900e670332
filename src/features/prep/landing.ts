/**
 * Where the keyboard goes once a template, a copied agenda or a programme file lands: to the
 * first item it added in the agenda's table. The button pressed is often gone by then (the
 * import's preview closes, the templates fold away), and the focus would fall to the page.
 */
import { tick } from 'svelte';

let landing = false;
/**
 * True while that focus is being given: the row was not chosen by the office, so the agenda form
 * keeps putting typed items at the end of the programme rather than in the first row's sitting.
 */
export const isLanding = () => landing;

/** `agenda()` reads the agenda after the reply (the state carrying the change came before it). */
export async function focusFirstAdded(agenda: () => readonly { id: number }[], before: number, replaced: boolean): Promise<void> {
  await tick();
  const first = agenda()[replaced ? 0 : before];
  const row = first && document.querySelector<HTMLElement>(`tr[data-item="${first.id}"][tabindex]`);
  landing = true;
  try {
    row?.focus();
  } finally {
    landing = false;
  }
}
