/**
 * Vietnamese text without diacritics, lower-cased: "Nguyễn Văn Dũng" → "nguyen van dung".
 * Pure, so the engine (import parsers) and the screens (search) fold text the same way.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .trim();
}

/** A header or label folded to plain words: "Họ_và_tên (*)" → "ho va ten". */
export const foldWords = (text: string): string =>
  fold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
