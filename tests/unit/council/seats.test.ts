import { describe, expect, it } from 'vitest';
import { seatWarning } from '../../../common/seats';

describe('seat counts under the 2025 law', () => {
  it('warns outside the level’s range and says nothing for districts and other assemblies', () => {
    expect(['province', 'commune', 'district', 'other'].map((l) => seatWarning(l as never, 40))).toEqual(['low', 'high', null, null]);
    expect([49, 50, 85, 86, 125, 126].map((n) => seatWarning('province', n))).toEqual(['low', null, null, 'special', 'special', 'high']);
    expect([14, 15, 30, 31].map((n) => seatWarning('commune', n))).toEqual(['low', null, null, 'high']);
  });
});
