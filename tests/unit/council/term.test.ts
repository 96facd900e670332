import { describe, expect, it } from 'vitest';
import { romanNumeral, termYears } from '../../../common/term';

describe('term numerals', () => {
  it('writes terms in Roman numerals as councils do', () => {
    expect([1, 4, 9, 14, 19, 40, 90, 1994].map(romanNumeral)).toEqual(['I', 'IV', 'IX', 'XIV', 'XIX', 'XL', 'XC', 'MCMXCIV']);
  });
  it('falls back to digits outside what Roman numerals write', () => {
    expect([0, -3, 2.5, 4000].map(romanNumeral)).toEqual(['0', '-3', '2.5', '4000']);
  });
  it('gives the years of a five-year term', () => {
    expect(termYears(2016)).toBe('2016–2021');
    expect(termYears(2026)).toBe('2026–2031');
    expect(termYears(null)).toBe('');
  });
});
