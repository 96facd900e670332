import { fold } from '../fold';

const collator = new Intl.Collator('vi');
/** "Nguyễn Văn An" as Vietnamese lists read it: given name, then middle names ('' for none), then family name. */
const sortWords = (name: string): string[] => {
  const words = name.normalize('NFC').trim().split(/\s+/);
  return words.length < 2 ? words : [words.at(-1)!, words.slice(1, -1).join(' '), words[0]];
};

/**
 * The order of a Vietnamese list of people ("xếp theo vần ABC của tên"): by given name in the
 * Vietnamese alphabet (An, Anh, Ánh, Ân, Ấn, Bình, … Dũng, Đông), then middle and family names;
 * not by code point, which put every "Đ" after "V" and "Nguyễn" before "Ngô". Word by word: the
 * tones differ only at the collation's second level, so a whole line compared at once put "Lê Văn
 * Án" before "Trần Văn An" (its family name decided before its given name's tone).
 */
export function compareNames(a: string, b: string): number {
  const x = sortWords(a);
  const y = sortWords(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const c = collator.compare(x[i], y[i]);
    if (c !== 0) return c;
  }
  return x.length - y.length || collator.compare(a, b);
}

/** The family names most Vietnamese people bear (folded): the first word of a name in a list of delegates. */
const FAMILY_NAMES = new Set(
  'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh truong trinh mai dao doan lam luong luu ha cao ta chu kieu quach ton thai tieu vuong la khuat nong lo ma mac'.split(' '),
);
/**
 * An honorific an office writes before a name in a list: "Ông", "Bà", "Đồng chí", "Đ/c", and
 * English lists' "Mr", "Mrs", "Ms".
 */
const HONORIFIC = /^(ông|bà|đồng chí|đ\/c|đ\.c|đc|mr|mrs|ms)\.?\s+(.+)$/iu;
/** "Ông" and "Bà" are family names too (Ông Ích Khiêm, Ông Văn Tùng): they are a title only before another family name. */
const ALSO_FAMILY = new Set(['ong', 'ba']);

/** Two to five words, the first a common family name, whatever their case ("NGUYỄN VĂN AN" too). */
const familyFirst = (words: string[]) => words.length >= 2 && words.length <= 5 && FAMILY_NAMES.has(fold(words[0]));

/**
 * A name without the honorific written before it ("Ông Nguyễn Văn An" → "Nguyễn Văn An", "Ông"),
 * so a person imported from a list is stored and matched by their name alone. Never a part of
 * the name: "Ông" or "Bà" is taken for a title only when a family name follows it, and any
 * honorific only when a name of two words at least follows it; else the name is left whole.
 */
export function withoutHonorific(cell: string): { name: string; honorific: string } {
  const text = cell.trim();
  const m = HONORIFIC.exec(text);
  if (!m) return { name: text, honorific: '' };
  const words = m[2].trim().split(/\s+/);
  const isTitle = ALSO_FAMILY.has(fold(m[1])) ? familyFirst(words) : words.length >= 2 && /^\p{Lu}/u.test(words[0]);
  return isTitle ? { name: words.join(' '), honorific: text.slice(0, text.length - m[2].length).trim() } : { name: text, honorific: '' };
}

/**
 * Whether a cell reads as a Vietnamese person's full name, as a list of delegates writes it:
 * two to five capitalised words, the first a family name ("Nguyễn Văn Hùng", "Hồ Thị Kim Yến",
 * "Ông Lê Văn Nam"), nothing else. "Chào cờ", "Báo cáo thẩm tra" are not.
 */
export function isPersonName(cell: string): boolean {
  const words = withoutHonorific(cell).name.split(/\s+/);
  if (!words.every((w) => /^\p{Lu}\p{Ll}*$/u.test(w.normalize('NFC')))) return false;
  return familyFirst(words);
}
