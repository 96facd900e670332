import { describe, expect, it } from 'vitest';
import { clockRefusal, clockSlotIn, parseClockTime, readClockTime } from '../../../common/timing/clock';
import { clockRangeMinutes, clockSlot, guessAgendaMapping, minutesFromText } from '../../../common/agenda/import';

describe('a time of day as a secretary types it', () => {
  it('reads every usual way of writing 14:30 on the 24-hour clock', () => {
    for (const typed of ['1430', '14:30', '14h30', '14 30', '14.30', '14 giờ 30', '14g30', ' 14H30 ', '１４：３０', '14 giờ 30 phút', "14h30'", '14h30’', '14G30', '14 h 30']) expect(readClockTime(typed), typed).toBe('14:30');
    expect(readClockTime('930')).toBe('09:30');
    expect(readClockTime('7h')).toBe('07:00');
    expect(readClockTime('0:05')).toBe('00:05');
    expect(readClockTime('23:59')).toBe('23:59');
  });

  it('reads nothing that is not a time, and never guesses at the 12-hour clock', () => {
    for (const typed of ['', '24:00', '25', '14:60', '1460', '14:3', '2:30 PM', '2:30 CH', 'abc', '12345', '14:30:00']) expect(readClockTime(typed), typed).toBeNull();
  });
});

describe('one grammar for every time of day Gavel reads', () => {
  it('reads what an office writes in a programme, as HH:MM', () => {
    const office: [string, string][] = [
      ['7h30', '07:30'], ['07h30', '07:30'], ['7 giờ 30', '07:30'], ['7 giờ 30 phút', '07:30'], ['7g30', '07:30'], ['07:30', '07:30'],
      ['13h30', '13:30'], ['13g30', '13:30'], ['13 GIỜ 30', '13:30'], ['8 giờ', '08:00'], ['14h', '14:00'], ['8h00', '08:00'], ['8h30’', '08:30'],
    ];
    for (const [written, time] of office) expect(parseClockTime(written), written).toEqual({ time, hour: Number(time.slice(0, 2)), minute: Number(time.slice(3)) });
  });

  it('takes bare numbers only where a field asks for a time: in a programme "1430" and "14" are minutes', () => {
    expect(parseClockTime('1430')).toEqual({ problem: 'unreadable' });
    expect(parseClockTime('14')).toEqual({ problem: 'unreadable' });
    expect(parseClockTime('14 30')).toEqual({ problem: 'unreadable' });
    expect(readClockTime('1430')).toBe('14:30');
    expect(readClockTime('14')).toBe('14:00');
  });

  it('says why each bad time is none, in both languages', () => {
    expect(parseClockTime('25:00')).toEqual({ problem: 'hour' });
    expect(parseClockTime('24h00')).toEqual({ problem: 'hour' });
    expect(parseClockTime('8h75')).toEqual({ problem: 'minute' });
    expect(parseClockTime('')).toEqual({ problem: 'empty' });
    expect(parseClockTime('   ')).toEqual({ problem: 'empty' });
    expect(parseClockTime('abc')).toEqual({ problem: 'unreadable' });
    expect(parseClockTime('2:30 PM')).toEqual({ problem: 'twelveHour' });
    expect(parseClockTime('2:30 CH')).toEqual({ problem: 'twelveHour' });
    expect(clockRefusal('25:00', 'vi')).toBe('«25:00» không phải là giờ hợp lệ: giờ chỉ từ 0 đến 23 (cách ghi 24 giờ, ví dụ 14:30).');
    expect(clockRefusal('25:00', 'en')).toBe('“25:00” is not a time of day: the hour goes from 0 to 23 (the 24-hour clock, e.g. 14:30).');
    expect(clockRefusal('8h75', 'vi')).toBe('«8h75» không phải là giờ hợp lệ: phút chỉ từ 00 đến 59 (ví dụ 8h45).');
    expect(clockRefusal('8h75', 'en')).toBe('“8h75” is not a time of day: the minutes go from 00 to 59 (e.g. 8h45).');
    expect(clockRefusal('', 'vi')).toBe('Hãy gõ giờ, ví dụ 14:30 hoặc 14h30.');
    expect(clockRefusal('', 'en')).toBe('Type a time of day, e.g. 14:30 or 14h30.');
    expect(clockRefusal(' abc ', 'vi')).toBe('«abc» không phải là giờ. Hãy gõ giờ và phút, ví dụ 14:30, 14h30 hoặc 14 giờ 30.');
    expect(clockRefusal('abc', 'en')).toBe('“abc” is not a time of day. Type hours and minutes, e.g. 14:30, 14h30 or 14 giờ 30.');
  });

  it('reads a timetable cell: a slot, or a start with a note after it', () => {
    expect(clockSlotIn('7h30 - 7h45')).toEqual({ start: '07:30', end: '07:45' });
    expect(clockSlotIn('07:30–08:00')).toEqual({ start: '07:30', end: '08:00' });
    expect(clockSlotIn('13 giờ 30 đến 14 giờ')).toEqual({ start: '13:30', end: '14:00' });
    expect(clockSlotIn('8h - 9h')).toEqual({ start: '08:00', end: '09:00' });
    expect(clockSlotIn('7h30 (dự kiến)')).toEqual({ start: '07:30' });
    expect(clockSlotIn('14h40')).toEqual({ start: '14:40' });
    for (const cell of ['08.12.2026', '15', '15 phút', 'Chào cờ', '7h30abc', '']) expect(clockSlotIn(cell), cell).toBeNull();
  });

  it('keeps a programme’s durations apart from its times of day: from 6 in the morning it is a time', () => {
    expect(clockSlot('7h30')).toEqual({ start: '07:30' });
    expect(clockSlot('1h30')).toBeNull();
    expect(minutesFromText('1h30')).toBe(90);
    expect(clockRangeMinutes('7h30 - 7h45')).toBe(15);
    expect(clockRangeMinutes('9h30 - 8h00')).toBe(-90);
    expect(clockRangeMinutes('7h30')).toBeNull();
    // A column of start times is no minutes column; a column of "2 giờ", "1h30" is.
    expect(guessAgendaMapping(['Nội dung', 'Thời gian'], [['Chào cờ', '7 giờ 30'], ['Khai mạc', '8h']]).minutes).toBe(-1);
    expect(guessAgendaMapping(['Nội dung', 'Thời gian'], [['Thảo luận tổ', '2 giờ'], ['Thảo luận', '1h30']]).minutes).toBe(1);
  });
});
