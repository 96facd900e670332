import { describe, expect, it } from 'vitest';
import { formatClock, formatDifference, wholeSeconds } from '../../../common/timing/timer';
import { duration } from '../../../electron/documents/blocks';

describe('one rounding rule for every duration', () => {
  it('rounds to the nearest second, half away from zero', () => {
    expect(formatClock(208_499)).toBe('3:28');
    expect(formatClock(208_500)).toBe('3:29');
    expect(formatClock(59_499)).toBe('0:59');
    expect(formatClock(59_500)).toBe('1:00');
    expect(formatClock(3_599_500)).toBe('1:00:00');
    expect(formatClock(-65_499)).toBe('-1:05');
    expect(formatClock(-65_500)).toBe('-1:06');
    expect(formatClock(-499)).toBe('0:00');
    expect(wholeSeconds(1_500)).toBe(2_000);
    expect(wholeSeconds(-1_500)).toBe(-2_000);
    expect(Object.is(wholeSeconds(-400), 0)).toBe(true);
  });

  it('reads on the screen the second the minutes write', () => {
    const pairs: [number, string, string][] = [
      [208_499, '3:28', '3\u00a0phút 28\u00a0giây'],
      [208_500, '3:29', '3\u00a0phút 29\u00a0giây'],
      [499, '0:00', '0\u00a0giây'],
      [500, '0:01', '1\u00a0giây'],
      [3_600_499, '1:00:00', '1\u00a0giờ'],
      [3_600_500, '1:00:01', '1\u00a0giờ 1\u00a0giây'],
    ];
    for (const [ms, clock, words] of pairs) {
      expect(formatClock(ms)).toBe(clock);
      expect(duration(ms, 'vi')).toBe(words);
    }
  });
});

describe('actual against planned', () => {
  it('is the difference of the two figures as shown, to the second, signed like every cell', () => {
    // Cut short after 0.4 s of a 25-minute slot: shown 0:00 against 25:00.
    expect(formatClock(400)).toBe('0:00');
    expect(formatDifference(400, 25 * 60_000)).toBe('−25:00');
    expect(formatDifference(25 * 60_000 + 125_400, 25 * 60_000)).toBe('+2:05');
    expect(formatDifference(25 * 60_000 + 400, 25 * 60_000)).toBe('0:00');
    expect(formatDifference(25 * 60_000 - 12_000, 25 * 60_000)).toBe('−0:12');
    expect(formatDifference(3 * 3_600_000, 60 * 60_000)).toBe('+2:00:00');
  });
});
