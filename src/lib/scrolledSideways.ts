/**
 * `use:scrolledSideways` on a `.table-scroll` box: marks it `scrolled` while it is scrolled
 * sideways, so its frozen column casts a soft edge only while figures pass under it (app.css).
 * At rest the frozen column is part of the table, with no line of its own.
 */
export function scrolledSideways(box: HTMLElement) {
  const mark = () => box.classList.toggle('scrolled', box.scrollLeft > 0);
  box.addEventListener('scroll', mark, { passive: true });
  mark();
  return {
    destroy() {
      box.removeEventListener('scroll', mark);
    },
  };
}
