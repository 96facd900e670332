import { describe, expect, it } from 'vitest';
import { isCalendarDate, parseTypedDate, typedDate } from '../../../common/dates';

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
