/**
 * A council's term (khóa) is written as it is spoken: in Roman numerals ("khóa IV"),
 * with the years of the term where known ("khóa IV, nhiệm kỳ 2016–2021").
 * Pure: imported by the engine, the documents and the screens alike.
 */
const NUMERALS: readonly [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** 4 → "IV", 14 → "XIV". Whole numbers from 1 to 3999; anything else is written in digits. */
export function romanNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) return String(n);
  let rest = n;
  let out = '';
  for (const [value, letters] of NUMERALS) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/**
 * A term typed as offices write it, "IX" or "ix" as well as "9": its number, or null when the
 * text is not a Roman numeral written the usual way ("IIII" and "VX" are not).
 */
export function romanValue(text: string): number | null {
  const t = text.trim().toUpperCase();
  if (!/^[MDCLXVI]+$/.test(t)) return null;
  const values: Record<string, number> = { M: 1000, D: 500, C: 100, L: 50, X: 10, V: 5, I: 1 };
  let n = 0;
  for (let i = 0; i < t.length; i++) n += values[t[i]] < (values[t[i + 1]] ?? 0) ? -values[t[i]] : values[t[i]];
  return romanNumeral(n) === t ? n : null;
}

/** "2016–2021" (en dash), or '' when the first year is unknown. A term lasts five years. */
export function termYears(startYear: number | null | undefined, length = 5): string {
  if (!startYear || !Number.isInteger(startYear)) return '';
  return `${startYear}–${startYear + length}`;
}
