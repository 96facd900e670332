/**
 * Brings a panel the chair acts on from the keyboard wholly into the window, when it is not: the
 * timers of the floor, after a one-letter key pressed with the page scrolled down to a form or a
 * list below them (at 1366×768 the questioning form and its setup push the panel out of sight).
 * A panel that fits on the page's first screen sends the page back to its top, where the app's
 * header is whole; a lower one is scrolled to the nearest edge.
 */
export function bringIntoSight(el: Element | null | undefined): void {
  if (!el) return;
  const { top, bottom } = el.getBoundingClientRect();
  if (top >= 0 && bottom <= window.innerHeight) return;
  if (bottom + window.scrollY <= window.innerHeight) window.scrollTo(0, 0);
  else el.scrollIntoView({ block: 'nearest' });
}
