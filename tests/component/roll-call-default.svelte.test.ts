/**
 * A roll call is of exceptions: whoever is not marked counts as present (DESIGN §1, the secretary
 * marks the absent, late and leaving). Opened, a first roll call read "Có mặt 35/35 · Đủ túc số"
 * before the secretary had marked anybody, with nothing to say the 35 were assumed. Attendance now
 * says how many are marked and how many are counted present by default, the quorum with them, and
 * the hall's badge says no absence is recorded yet. States from the real engine on SQLite.
 */
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import AttendanceView from '../../src/features/attendance/AttendanceView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import type { State } from '../../src/lib/live.svelte';
import { mountOnEngine, stateFrom } from './on-engine.svelte';
import { hallRenderer } from './hall-render';
import { newEngine, ok } from '../unit/helpers';

const NAMES = ['Nguyễn Thị Hằng', 'Đặng Quốc Việt', 'Trần Thị Ánh Tuyết', 'Lê Văn Đức'];
function council() {
  const { engine } = newEngine();
  ok(engine, 'council.save', { name: 'HĐND xã Tân Lập', level: 'commune', term: 1, totalSeats: 4 });
  ok(engine, 'session.create', { number: 5, term: 1, kind: 'regular', startDate: '2026-12-17', endDate: '2026-12-18' });
  const ids = NAMES.map((fullName, i) => ok(engine, 'delegate.add', { fullName, seatNumber: i + 1 }).id as number);
  return { engine, ids };
}
const text = (testId: string) => document.querySelector(`[data-testid="${testId}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
const render = hallRenderer();

describe('a first roll call, before anyone is marked', () => {
  it('Attendance says everyone counts as present until marked, then how many are marked and how many assumed', () => {
    i18n.set('vi');
    const { engine, ids } = council();
    ok(engine, 'attendance.open', { label: 'Buổi sáng 17/12' });
    const mounted = mountOnEngine(engine, AttendanceView);
    expect(text('present-count')).toBe('Có mặt 4/4 đại biểu');
    expect(text('present-basis')).toBe('Chưa đánh dấu ai: cả 4 đại biểu được tính là có mặt và vào túc số cho đến khi được đánh dấu. Đánh dấu có mặt (p) từng đại biểu có trong hội trường.');
    i18n.set('en');
    flushSync();
    expect(text('present-basis')).toBe('Nobody marked yet: all 4 delegates count as present, and towards the quorum, until marked. Mark present (p) each delegate you see in the hall.');

    ok(engine, 'attendance.mark', { delegateId: ids[0], status: 'absent' });
    ok(engine, 'attendance.mark', { delegateId: ids[1], status: 'late', time: '07:45' });
    mounted.props.data = stateFrom(engine);
    flushSync();
    expect(text('present-count')).toBe('Present: 3 of 4 delegates');
    // The late arrival was seen coming in: confirmed. The two nobody marked count as present.
    expect(text('present-basis')).toBe('Confirmed present: 1 · Away: 1 (absent without leave 1) · Not marked, counted as present: 2 (seats 3, 4)');
    i18n.set('vi');
    flushSync();
    expect(text('present-basis')).toBe('Đã điểm danh có mặt: 1 · Vắng: 1 (vắng không có lý do 1) · Chưa đánh dấu, được tính là có mặt: 2 (ghế 3, 4)');

    // "p" on a delegate seen in the hall: the confirmed go up, the unmarked down, present stays 3.
    ok(engine, 'attendance.mark', { delegateId: ids[2], status: 'present' });
    mounted.props.data = stateFrom(engine);
    flushSync();
    expect(text('present-count')).toBe('Có mặt 3/4 đại biểu');
    expect(text('present-basis')).toBe('Đã điểm danh có mặt: 2 · Vắng: 1 (vắng không có lý do 1) · Chưa đánh dấu, được tính là có mặt: 1 (ghế 4)');
    const card = [...document.querySelectorAll('[data-testid="att-person"]')].find((c) => c.textContent?.includes('Trần Thị Ánh Tuyết'))!;
    expect(card.classList.contains('present')).toBe(true);
    expect(card.getAttribute('aria-label')).toBe('Trần Thị Ánh Tuyết: Có mặt');
    const other = [...document.querySelectorAll('[data-testid="att-person"]')].find((c) => c.textContent?.includes('Lê Văn Đức'))!;
    expect(other.getAttribute('aria-label')).toBe('Lê Văn Đức: Chưa đánh dấu');
    ok(engine, 'attendance.mark', { delegateId: ids[3], status: 'present' });
    mounted.props.data = stateFrom(engine);
    flushSync();
    expect(text('present-basis')).toBe('Đã điểm danh có mặt: 3 · Vắng: 1 (vắng không có lý do 1) · Đã đánh dấu đủ');
  });

  it('the hall’s roll-call report says how many of those present were seen while some are not marked', () => {
    const { engine, ids } = council();
    ok(engine, 'attendance.open', { label: 'Buổi sáng 17/12' });
    ok(engine, 'attendance.mark', { delegateId: ids[0], status: 'present' });
    ok(engine, 'attendance.mark', { delegateId: ids[1], status: 'excused' });
    ok(engine, 'hall.attendance', { show: true });
    const checked = (lang: 'vi' | 'en') => {
      const hall = render(stateFrom(engine) as State);
      i18n.set(lang);
      flushSync();
      return hall.querySelector('[data-testid="hall-att-checked"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
    };
    expect(checked('vi')).toBe('1 đã điểm danh 2 chưa đánh dấu');
    expect(checked('en')).toBe('1 confirmed 2 not marked');
    // Everyone marked: the figure is all seen, nothing to qualify.
    for (const id of ids.slice(2)) ok(engine, 'attendance.mark', { delegateId: id, status: 'present' });
    expect(checked('vi')).toBeNull();
  });

  it('before the session’s first roll call the view says nobody is marked because none is taken', () => {
    i18n.set('vi');
    const { engine } = council();
    mountOnEngine(engine, AttendanceView);
    expect(text('present-basis')).toBe('Chưa điểm danh: cả 4 đại biểu được tính là có mặt.');
    i18n.set('en');
    flushSync();
    expect(text('present-basis')).toBe('No roll call yet: all 4 delegates count as present.');
  });

  it('the hall’s badge says no absence is recorded while nobody is marked away, and stops saying it at the first absence', () => {
    const { engine, ids } = council();
    ok(engine, 'attendance.open', { label: 'Buổi sáng 17/12' });
    const badge = (lang: 'vi' | 'en') => {
      const hall = render(stateFrom(engine) as State);
      i18n.set(lang);
      flushSync();
      return hall.querySelector('[data-testid="hall-quorum"]')!.textContent!.replace(/\s+/g, ' ').trim();
    };
    expect(badge('vi')).toBe('Có mặt 4/4 đại biểu Đủ túc số (chưa ghi nhận ai vắng mặt)');
    expect(badge('en')).toBe('Present: 4 of 4 delegates Quorum (no absence recorded yet)');
    // Confirming those seen in the hall (p) records nobody away: the badge still says so.
    ok(engine, 'attendance.mark', { delegateId: ids[0], status: 'present' });
    ok(engine, 'attendance.mark', { delegateId: ids[1], status: 'present' });
    expect(badge('vi')).toBe('Có mặt 4/4 đại biểu Đủ túc số (chưa ghi nhận ai vắng mặt)');
    expect(badge('en')).toBe('Present: 4 of 4 delegates Quorum (no absence recorded yet)');
    ok(engine, 'attendance.mark', { delegateId: ids[3], status: 'excused' });
    expect(badge('vi')).toBe('Có mặt 3/4 đại biểu Đủ túc số');
    expect(badge('en')).toBe('Present: 3 of 4 delegates Quorum');
    // The excused mark changed to present: again nobody away.
    ok(engine, 'attendance.mark', { delegateId: ids[3], status: 'present' });
    expect(badge('vi')).toBe('Có mặt 4/4 đại biểu Đủ túc số (chưa ghi nhận ai vắng mặt)');
    // A late arrival, even once in the hall, is an absence recorded (for the time before).
    ok(engine, 'attendance.mark', { delegateId: ids[2], status: 'late', time: '07:50' });
    expect(badge('vi')).toBe('Có mặt 4/4 đại biểu Đủ túc số');
  });
});
