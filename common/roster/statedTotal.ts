import { foldWords } from '../fold';

/** What a roster file says of itself: the delegates it lists, the seats left vacant, so the council's seats. */
export interface StatedTotal {
  delegates: number;
  vacant: number;
  /** The council's total seats (tổng số đại biểu, the base of majorities): the delegates and the vacant seats. */
  seats: number;
}

/** "(01 ghế khuyết)", "khuyết 01 đại biểu", "còn khuyết 2 ghế", folded. */
const VACANT = /\b(\d{1,3}) ghe khuyet\b|\bkhuyet (\d{1,3})\b/;

/**
 * The total a roster file states for itself, as offices write it above or below the list:
 * "Tổng số: 79 đại biểu", "Tổng số đại biểu: 79", "(Tổng cộng 35 đại biểu)". A vacancy said with
 * it ("Tổng số: 79 đại biểu (01 ghế khuyết)") is a seat of the council nobody holds now: 80 seats,
 * not 79, or every majority would be measured on one seat too few. Null when no cell says a total,
 * or two cells say different ones.
 */
export function statedTotal(cells: readonly (readonly string[])[]): StatedTotal | null {
  const found = new Map<string, StatedTotal>();
  for (const row of cells) {
    for (const cell of row) {
      const words = foldWords(cell ?? '');
      const m = /\btong (?:so|cong)(?: dai bieu)?(?: hdnd)? (\d{1,4}) dai bieu\b/.exec(words) ?? /\btong (?:so|cong) dai bieu(?: hdnd)? (?:la )?(\d{1,4})\b/.exec(words);
      if (!m) continue;
      const v = VACANT.exec(words.slice(m.index + m[0].length));
      const delegates = Number(m[1]);
      const vacant = v ? Number(v[1] ?? v[2]) : 0;
      found.set(`${delegates}/${vacant}`, { delegates, vacant, seats: delegates + vacant });
    }
  }
  return found.size === 1 ? [...found.values()][0] : null;
}
