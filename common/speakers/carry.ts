/**
 * Carrying the requests still waiting on an item over to its continuation: a programme splits
 * one debate over two sittings ("Thảo luận tại hội trường về tình hình kinh tế - xã hội" on the
 * morning of day 1, "… (tiếp)" on day 2), and those registered and not reached on the first go to
 * the second. Pure, so the engine (speaker.carryOver) and the screens (the offer, its choice of
 * item) judge which items may take them, and which one to suggest, by the same rule.
 */
import { isHeading, type Row } from '../timing/stats';
import { textKey } from '../fold';

/** An item in one of these states takes no more requests: it is over. */
export const ITEM_OVER: ReadonlySet<string> = new Set(['finished', 'skipped']);

/**
 * What a continuation's title adds after the debate's own, as offices type it: "(tiếp)",
 * "(tiếp theo)", "(Tiếp)", "[tiếp]", "- tiếp theo", "– tiếp", ": tiếp theo", "(tt)", and
 * "(continued)", "(cont.)" in an English programme.
 */
const TRAILING_MARK = /\s*(?:[([]\s*(?:tiếp(?:\s+theo)?|tt|cont\.?|continued)\s*[)\]]|[-–—:]\s*(?:tiếp(?:\s+theo)?|continued))\s*\.?$/u;
/** "Tiếp tục thảo luận về …" continues "Thảo luận về …". */
const LEADING_MARK = /^(?:tiếp tục|continued:?)\s+/u;

/**
 * The debate a title names, continuation marks aside: case, spacing, how the diacritics were
 * typed and the dash between words (" - ", " – ") do not count.
 */
export function debateKey(title: string): string {
  let key = textKey(title).replace(/\s*[–—]\s*/g, ' - ').replace(/\.$/, '');
  key = key.replace(TRAILING_MARK, '').replace(LEADING_MARK, '').trim();
  return key;
}

/** Whether `title` is a continuation of the item titled `of` ("… (tiếp)" of "…"). */
export function continues(title: string, of: string): boolean {
  const key = textKey(title).replace(/\.$/, '');
  const marked = TRAILING_MARK.test(key) || LEADING_MARK.test(key);
  return marked && debateKey(title) === debateKey(of) && debateKey(of) !== '';
}

/** Why an item may not take the requests carried from `fromId`; null when it may. */
export type CarryBar = 'same' | 'heading' | 'over';

export function carryBar(rows: readonly Row[], fromId: number, to: Row): CarryBar | null {
  if (to.item.id === fromId) return 'same';
  if (isHeading(to, rows)) return 'heading';
  if (ITEM_OVER.has(to.timing.status)) return 'over';
  return null;
}

/** The items of the programme that may take the requests waiting on `fromId`, in programme order. */
export function carryTargets(rows: readonly Row[], fromId: number): Row[] {
  return rows.filter((r) => carryBar(rows, fromId, r) === null);
}

/**
 * The item to suggest: the continuation of the item (its title with "(tiếp)" or the like), the
 * first such after it in the programme, else before it; else the next discussion item after it
 * that may take them. Null when there is none: the chair picks among carryTargets.
 */
export function suggestedTarget(rows: readonly Row[], fromId: number): number | null {
  const at = rows.findIndex((r) => r.item.id === fromId);
  if (at < 0) return null;
  const from = rows[at].item;
  const targets = carryTargets(rows, fromId);
  const after = (r: Row) => rows.indexOf(r) > at;
  const continuation = [...targets.filter(after), ...targets.filter((r) => !after(r))].find((r) => continues(r.item.title, from.title));
  if (continuation) return continuation.item.id;
  return targets.find((r) => after(r) && r.item.kind === 'discussion')?.item.id ?? null;
}
