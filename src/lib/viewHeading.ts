/**
 * The keyboard on the view's heading (the first `h2` of `main`): where it goes when a view opens
 * (App.svelte) and when Escape leaves a box (the person picker, a note field). Left on the page
 * body instead, the next Tab started at the top of the page, through the whole menu, and a screen
 * reader lost its place; from the heading the view's one-letter keys work and Tab goes on in the view.
 */
export function focusViewHeading(): boolean {
  const heading = document.querySelector<HTMLElement>('main h2');
  if (!heading) return false;
  heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
  return true;
}
