import { describe, expect, it } from 'vitest';
import { formatDateTime, isCalendarDate, parseTypedDate, typedDate } from '../../../common/dates';

describe('a date as an office types it, day first', () => {
  it('takes the ways a date is written in a council office', () => {
    for (const text of ['08/12/2026', '8/12/2026', '8-12-2026', '8.12.2026', '8 12 2026', ' 08 / 12 / 2026 ', '08122026', '8/12/26', '2026-12-08']) {
      expect(parseTypedDate(text), text).toBe('2026-12-08');
    }
  });

  it('refuses what is not a real date, rather than guessing', () => {
    for (const text of ['31/02/2027', '29/02/2027', '32/01/2026', '0/1/2026', '12/13/2026', '8/12', '2026-13-01', '812026', 'hôm nay', '', '08/12/2026 14:00']) {
      expect(parseTypedDate(text), text).toBeNull();
    }
    expect(parseTypedDate('29/02/2028')).toBe('2028-02-29');
  });

  it('shows an ISO date as dd/mm/yyyy and nothing for anything else', () => {
    expect(typedDate('2026-12-08')).toBe('08/12/2026');
    expect(typedDate('')).toBe('');
    expect(typedDate('8/12/2026')).toBe('');
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2026-2-3')).toBe(false);
  });
});

describe('a moment as an office reads it', () => {
  it('says the local time of the computer, day first in Vietnamese, the month named in English', () => {
    const tz = process.env.TZ;
    process.env.TZ = 'Asia/Ho_Chi_Minh';
    try {
      // 15:40:07 UTC is 22:40:07 in Hà Nội: the office reads its own clock, not UTC.
      const at = Date.UTC(2026, 11, 5, 15, 40, 7);
      expect(formatDateTime(at, 'vi')).toBe('05/12/2026 22:40');
      expect(formatDateTime(at, 'en')).toBe('5 Dec 2026, 22:40');
      expect(formatDateTime(at, 'vi', { seconds: true })).toBe('05/12/2026 22:40:07');
      expect(formatDateTime(Date.UTC(2026, 0, 4, 17, 5, 0), 'en', { seconds: true })).toBe('5 Jan 2026, 00:05:00');
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });
});
