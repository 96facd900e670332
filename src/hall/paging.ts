/**
 * Where the hall's pages of a long list begin: as few pages as the rows need at their measured
 * heights, and of even length within that (twenty rows that fit thirteen a page are two pages of
 * ten, not thirteen and seven). Pure, so it is tested on numbers; the panel measures the rows.
 */

/** The first row of each page, filling each page in order up to `room` and at most `cap` rows. */
function fill(heights: readonly number[], room: number, cap: number, minRows: number): number[] {
  const starts = [0];
  let used = 0;
  let count = 0;
  heights.forEach((h, i) => {
    // A page holds at least `minRows` rows even past its room (the type is then shrunk to fit them).
    const full = count >= cap || (used + h > room && count >= minRows);
    if (i > 0 && full) {
      starts.push(i);
      used = 0;
      count = 0;
    }
    used += h;
    count++;
  });
  return starts;
}

/**
 * The first row of each page for rows of `heights` (px) in `room` (px): the fewest pages in which
 * they fit, each page held to the fewest rows that still gives that many pages, so the pages are
 * of even length (a page of two-line rows may hold one fewer). `minRows`: the least a page holds.
 */
export function pageStarts(heights: readonly number[], room: number, minRows = 1): number[] {
  const n = heights.length;
  if (n === 0) return [0];
  const fewest = fill(heights, room, n, minRows).length;
  for (let cap = Math.ceil(n / fewest); cap < n; cap++) {
    const starts = fill(heights, room, cap, minRows);
    if (starts.length === fewest) return starts;
  }
  return fill(heights, room, n, minRows);
}
