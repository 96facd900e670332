/**
 * The key under which two spellings of a full name are one person's: case, spacing and how the
 * diacritics were typed (composed or not) aside. Diacritics themselves count: "Nguyễn Văn Ân"
 * is not "Nguyễn Văn An".
 */
export const nameKey = (name: string): string => name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');
