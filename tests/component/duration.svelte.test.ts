import { afterEach, describe, expect, it } from 'vitest';
import { formatDuration } from '../../src/lib/duration';
import { i18n } from '../../src/lib/i18n.svelte';

describe('a duration in words', () => {
  afterEach(() => i18n.use('vi'));

  it('says seconds under a minute, not "0 phút" of a sitting that has begun', () => {
    i18n.use('vi');
    expect(formatDuration(12_400)).toBe('12 giây');
    expect(formatDuration(59_400)).toBe('59 giây');
    // 59.6 s is a minute to the nearest second, and said so.
    expect(formatDuration(59_600)).toBe('1 phút');
    expect(formatDuration(95 * 60_000)).toBe('1 giờ 35 phút');
    i18n.use('en');
    expect(formatDuration(12_400)).toBe('12 s');
    expect(formatDuration(40 * 60_000)).toBe('40 min');
  });
});
