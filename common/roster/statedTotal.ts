import { foldWords } from '../fold';

/**
 * The total a roster file states for itself, as offices write it above or below the list:
 * "Tổng số: 79 đại biểu", "Tổng số đại biểu: 79", "(Tổng cộng 35 đại biểu)". Null when no cell
 * says one, or two cells say different ones.
 */
export function statedTotal(cells: readonly (readonly string[])[]): number | null {
  const found = new Set<number>();
  for (const row of cells) {
    for (const cell of row) {
      const words = foldWords(cell ?? '');
      const m = /\btong (?:so|cong)(?: dai bieu)?(?: hdnd)? (\d{1,4}) dai bieu\b/.exec(words) ?? /\btong (?:so|cong) dai bieu(?: hdnd)? (?:la )?(\d{1,4})\b/.exec(words);
      if (m) found.add(Number(m[1]));
    }
  }
  return found.size === 1 ? [...found][0] : null;
}
