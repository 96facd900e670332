import { describe, expect, it } from 'vitest';
import { readClockTime } from '../../../common/timing/clock';

describe('a time of day as a secretary types it', () => {
  it('reads every usual way of writing 14:30 on the 24-hour clock', () => {
    for (const typed of ['1430', '14:30', '14h30', '14 30', '14.30', '14 giờ 30', '14g30', ' 14H30 ', '１４：３０']) expect(readClockTime(typed), typed).toBe('14:30');
    expect(readClockTime('930')).toBe('09:30');
    expect(readClockTime('7h')).toBe('07:00');
    expect(readClockTime('0:05')).toBe('00:05');
    expect(readClockTime('23:59')).toBe('23:59');
  });

  it('reads nothing that is not a time, and never guesses at the 12-hour clock', () => {
    for (const typed of ['', '24:00', '25', '14:60', '1460', '14:3', '2:30 PM', '2:30 CH', 'abc', '12345', '14:30:00']) expect(readClockTime(typed), typed).toBeNull();
  });
});
