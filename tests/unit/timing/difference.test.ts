import { describe, expect, it } from 'vitest';
import { formatClock, formatDifference } from '../../../common/timing/timer';

describe('actual against planned', () => {
  it('is the difference of the two figures as shown, to the second', () => {
    // Cut short after 0.6 s of a 25-minute slot: shown 0:00 against 25:00.
    expect(formatClock(600)).toBe('0:00');
    expect(formatDifference(600, 25 * 60_000)).toBe('−25:00');
    expect(formatDifference(25 * 60_000 + 125_900, 25 * 60_000)).toBe('+2:05');
    expect(formatDifference(25 * 60_000 + 400, 25 * 60_000)).toBe('0');
    expect(formatDifference(3 * 3_600_000, 60 * 60_000)).toBe('+2:00:00');
  });
});
