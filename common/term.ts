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

/** "2016–2021" (en dash), or '' when the first year is unknown. A term lasts five years. */
export function termYears(startYear: number | null | undefined, length = 5): string {
  if (!startYear || !Number.isInteger(startYear)) return '';
  return `${startYear}–${startYear + length}`;
}
