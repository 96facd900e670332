import { untrack } from 'svelte';

/**
 * How many rows of a hall list fit on the screen, measured: the list is drawn with `most` rows,
 * and with one fewer each time what its box holds runs past the box's bottom, until it fits (or
 * only `least` are left). A name or a presenter wraps to a second line rather than end in "…",
 * so a row's height is the text's, not the screen's: six rows of two lines, a count worked out
 * from the screen's height, ran off a 4:3 projector's bottom with the line saying how many more
 * there are. Counted afresh from `most` whenever `key` changes (the screen's size, the language,
 * the rows' texts) and once the hall's fonts have arrived (a name in the fallback font is
 * narrower). Every step is a state change Svelte draws before the browser paints: no frame shows
 * the rows that did not fit. Where nothing is laid out (the box has no height: a test in jsdom),
 * all `most` are shown.
 *
 * Call it while a component is set up (it makes effects).
 */
export function fittedRows(box: () => HTMLElement | undefined, most: () => number, key: () => string, least = 1): { readonly count: number } {
  let fitted = $state<number | null>(null);
  let fonts = $state(0);
  let fittedFor = '';
  const count = () => Math.min(most(), fitted ?? Infinity);
  $effect(() => {
    let live = true;
    document.fonts?.ready.then(() => live && fonts++);
    return () => (live = false);
  });
  $effect(() => {
    const now = `${key()}|${fonts}`;
    const shown = count();
    untrack(() => {
      if (now !== fittedFor) {
        fittedFor = now;
        // Drawn again with every row, then measured (this effect runs again once it is drawn).
        if (fitted !== null) {
          fitted = null;
          return;
        }
      }
      const node = box();
      if (!node || node.clientHeight === 0) return;
      if (node.scrollHeight > node.clientHeight + 1 && shown > least) fitted = shown - 1;
    });
  });
  return {
    get count() {
      return count();
    },
  };
}
