import { describe, expect, it } from 'vitest';
import { mayBeDistrict, seatWarning } from '../../../common/seats';

describe('seat counts under the 2025 law', () => {
  it('warns outside the level’s range and says nothing for districts and other assemblies', () => {
    expect(['province', 'commune', 'district', 'other'].map((l) => seatWarning(l as never, 40))).toEqual(['low', 'high', null, null]);
    expect([49, 50, 85, 86, 125, 126].map((n) => seatWarning('province', n))).toEqual(['low', null, null, 'special', 'special', 'high']);
    expect([14, 15, 30, 31].map((n) => seatWarning('commune', n))).toEqual(['low', null, null, 'high']);
  });

  it('suggests the district level for a count outside the range that a district council had (30 to 40)', () => {
    expect([29, 31, 35, 40, 41].map((n) => mayBeDistrict('commune', n))).toEqual([false, true, true, true, false]);
    expect([30, 40, 41, 50].map((n) => mayBeDistrict('province', n))).toEqual([true, true, false, false]);
    expect([mayBeDistrict('district', 35), mayBeDistrict('other', 35), mayBeDistrict('commune', 30)]).toEqual([false, false, false]);
  });
});
