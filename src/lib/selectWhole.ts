/**
 * `use:selectWhole` on a box of figures (a tally sheet's cell): however it is reached, by Tab,
 * Enter or a click, even a click in the box the keyboard is already in, its whole figure is
 * selected, so what is typed replaces it, as in a spreadsheet. A select() on focus alone lost to
 * a click: the secretary Tabbed to the next row, clicked its first cell to be sure, and the click
 * put the caret into its "2" (Chromium collapses a selection clicked in just after the click),
 * her "30" making it "230". So the mouse does not place the caret here: the arrow keys move it,
 * to edit a figure in part.
 */
export function selectWhole(input: HTMLInputElement) {
  const select = () => input.select();
  const pressed = (event: MouseEvent) => {
    if (event.button !== 0) return;
    event.preventDefault();
    input.focus();
    select();
  };
  input.addEventListener('focus', select);
  input.addEventListener('mousedown', pressed);
  return {
    destroy() {
      input.removeEventListener('focus', select);
      input.removeEventListener('mousedown', pressed);
    },
  };
}
