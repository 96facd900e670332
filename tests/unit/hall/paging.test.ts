import { describe, expect, it } from 'vitest';
import { pageStarts } from '../../../src/hall/paging';

const rows = (n: number, h = 33) => Array.from({ length: n }, () => h);
/** Page lengths from the pages' first rows. */
const lengths = (starts: number[], n: number) => starts.map((s, i) => (starts[i + 1] ?? n) - s);

describe('the hall’s pages of a long ballot', () => {
  it('pages rows of one height evenly in the fewest pages: 20 that fit 13 a page are 10 and 10, 35 that fit 13 are 12, 12, 11', () => {
    expect(lengths(pageStarts(rows(20), 13 * 33 + 5), 20)).toEqual([10, 10]);
    expect(lengths(pageStarts(rows(35), 13 * 33 + 5), 35)).toEqual([12, 12, 11]);
    expect(lengths(pageStarts(rows(12), 12 * 33), 12)).toEqual([12]);
    expect(pageStarts([], 100)).toEqual([0]);
  });

  it('counts a two-line row (a flagged official on a 4:3 screen) at its height, on every page, not the first page’s', () => {
    // 35 rows, every fourth two lines (56 px): twelve hold three two-line rows, 465 px.
    const heights = Array.from({ length: 35 }, (_, i) => (i % 4 === 0 ? 56 : 33));
    expect(lengths(pageStarts(heights, 470), 35)).toEqual([12, 12, 11]);
    // 9 px short of twelve: eleven a page need four pages, and four pages are nine rows each.
    expect(lengths(pageStarts(heights, 456), 35)).toEqual([9, 9, 9, 8]);
    // The two-line rows all at the end: three pages (12, 9, 3 filled in order), evened out to 9, 9 and 6, the last page of six two-line rows.
    const late = Array.from({ length: 24 }, (_, i) => (i >= 18 ? 56 : 33));
    const starts = pageStarts(late, 12 * 33);
    expect(lengths(starts, 24)).toEqual([9, 9, 6]);
    for (let p = 0; p < starts.length; p++) expect(late.slice(starts[p], starts[p + 1]).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(12 * 33);
  });

  it('holds at least the fewest rows a page may hold, even past the room (the type is then shrunk)', () => {
    // Two 100 px rows fit in 250 px; five a page are held (5, 5, 2: three pages), evened out to 4, 4 and 4.
    expect(lengths(pageStarts(rows(12, 100), 250, 5), 12)).toEqual([4, 4, 4]);
    expect(lengths(pageStarts(rows(12, 100), 250), 12)).toEqual([2, 2, 2, 2, 2, 2]);
  });
});
