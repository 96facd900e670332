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
