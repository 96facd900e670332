/**
 * Vietnamese text without diacritics, lower-cased: "Nguyễn Văn Dũng" → "nguyen van dung".
 * Pure, so the engine (import parsers) and the screens (search) fold text the same way.
 */
export function fold(text: string): string {
  return unmarked(text).toLowerCase().trim();
}

/** Vietnamese text without diacritics, its case kept: "Đồng Nai" → "Dong Nai" (file names, search). */
export function unmarked(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/**
 * Text with its diacritics joined (NFC), as the engine stores every text: copied from some PDFs, or
 * typed in Word with Unikey's "Unicode tổ hợp", Vietnamese has them apart ("Nguyê\u0303n"). Every
 * import reads its file or pasted lines through it (src/lib/spreadsheet.ts), so a preview shows what is stored.
 */
export const composed = (text: string): string => text.normalize('NFC');

/**
 * A line of text as the engine stores it (engine/validation.ts): its diacritics composed (NFC; a
 * Word file typed with Unikey's "Unicode tổ hợp" has them apart), runs of spaces one. What an import
 * compares with the roster, so a file imported again shows no change where there is none.
 */
export const storedLine = (text: string): string => composed(text).replace(/\s+/g, ' ').trim();

/**
 * The key under which two spellings of a text are the same: case, spacing and how the
 * diacritics were typed (composed or not) aside. Diacritics themselves count: "Nguyễn Văn Ân"
 * is not "Nguyễn Văn An", "Bàu Sen" is not "Bầu".
 */
export const textKey = (text: string): string => storedLine(text).toLocaleLowerCase('vi');

/** A header or label folded to plain words: "Họ_và_tên (*)" → "ho va ten". */
export const foldWords = (text: string): string =>
  fold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * A whole row's words, folded: two rows with the same key say the same thing, so an import
 * knows the header row when a file repeats it (each table of a Word list, each printed page).
 */
export const rowWords = (cells: readonly string[]): string => foldWords(cells.join(' '));
