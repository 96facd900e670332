import { fold } from '../fold';

const collator = new Intl.Collator('vi');
/** "Nguyễn Văn An" as Vietnamese lists sort it: given name, then middle names, then family name. */
const sortKey = (name: string): string => {
  const words = name.trim().split(/\s+/);
  return [words.at(-1), ...words.slice(1, -1), words[0]].join(' ');
};

/**
 * The order of a Vietnamese list of people ("xếp theo vần ABC của tên"): by given name in the
 * Vietnamese alphabet (An, Ánh, Bình, … Đông after Dung), then middle and family names; not by
 * code point, which put every "Đ" after "V" and "Nguyễn" before "Ngô".
 */
export const compareNames = (a: string, b: string): number => collator.compare(sortKey(a), sortKey(b)) || collator.compare(a, b);

/** The family names most Vietnamese people bear (folded): the first word of a name in a list of delegates. */
const FAMILY_NAMES = new Set(
  'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh truong trinh mai dao doan lam luong luu ha cao ta chu kieu quach ton thai tieu vuong la khuat nong lo ma mac'.split(' '),
);
/** "Ông", "Bà", "Đồng chí", "Đ/c" before a name in a list. */
const HONORIFIC = /^(?:ông|bà|đồng chí|đ\/c|đc)\.?\s+/iu;

/**
 * Whether a cell reads as a Vietnamese person's full name, as a list of delegates writes it:
 * two to five capitalised words, the first a family name ("Nguyễn Văn Hùng", "Hồ Thị Kim Yến",
 * "Ông Lê Văn Nam"), nothing else. "Chào cờ", "Báo cáo thẩm tra" are not.
 */
export function isPersonName(cell: string): boolean {
  const words = cell.replace(HONORIFIC, '').trim().split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  if (!words.every((w) => /^\p{Lu}\p{Ll}*$/u.test(w.normalize('NFC')))) return false;
  return FAMILY_NAMES.has(fold(words[0]));
}
