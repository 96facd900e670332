/**
 * A new office's council before its list of delegates is imported: "Có mặt 0/35 (35 ghế khuyết)"
 * was true but no help. Where the present figure shows, the console says where to import the list
 * (Roster, Alt+2) and claims no quorum; the hall shows no count of nobody. Once one delegate is on
 * the roster the figure comes back with its vacancy note. States from the real engine on SQLite.
 */
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import AttendanceView from '../../src/features/attendance/AttendanceView.svelte';
import VotesView from '../../src/features/votes/VotesView.svelte';
import SpeakersView from '../../src/features/speakers/SpeakersView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import type { State } from '../../src/lib/live.svelte';
import { unmount } from './mount';
import { mountOnEngine, stateFrom } from './on-engine.svelte';
import { hallRenderer } from './hall-render';
import { newEngine, ok } from '../unit/helpers';

function newCouncil() {
  const { engine } = newEngine();
  ok(engine, 'council.save', { name: 'HĐND xã Tân Lập', level: 'commune', term: 1, totalSeats: 35 });
  ok(engine, 'session.create', { number: 5, term: 1, kind: 'regular', startDate: '2026-12-17', endDate: '2026-12-18' });
  return engine;
}
const text = (testId: string) => document.querySelector(`[data-testid="${testId}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
const render = hallRenderer();

describe('the present figure with nobody on the roster', () => {
  it('Attendance says where to import the roster, in both languages, and no quorum; one delegate brings the figure back', () => {
    i18n.set('vi');
    const engine = newCouncil();
    const mounted = mountOnEngine(engine, AttendanceView);
    expect(text('present-count')).toBe('Chưa có đại biểu nào trong danh sách: hãy nhập danh sách đại biểu ở mục Đại biểu (Alt+2).');
    expect(document.querySelector('[data-testid="quorum"]')).toBeNull();
    i18n.set('en');
    flushSync();
    expect(text('present-count')).toBe('No delegate on the roster yet: import the list of delegates in Roster (Alt+2).');

    ok(engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng', seatNumber: 1 });
    mounted.props.data = stateFrom(engine);
    flushSync();
    expect(text('present-count')).toBe('Present: 1 of 35 delegates (34 seats vacant)');
    expect(text('quorum')).toContain('needs 24');
  });

  it('Votes and Speakers say it too, before a roll call and after one taken of nobody', () => {
    i18n.set('vi');
    const engine = newCouncil();
    const { app } = mountOnEngine(engine, VotesView);
    expect(text('votes-present')).toBe('Chưa có đại biểu nào trong danh sách: hãy nhập danh sách đại biểu ở mục Đại biểu (Alt+2).');
    unmount(app);
    ok(engine, 'attendance.open', { label: 'Buổi sáng 17/12' });
    mountOnEngine(engine, SpeakersView);
    expect(text('speakers-no-roster')).toBe('Chưa có danh sách đại biểu (Alt+2)');
    expect(document.body.textContent).not.toContain('ghế khuyết');
  });

  it('the hall shows no presence badge for a roll call of nobody, and the report no vacancy note', () => {
    const engine = newCouncil();
    ok(engine, 'attendance.open', { label: 'Buổi sáng 17/12' });
    const state = (): State => stateFrom(engine);
    expect(render(state()).querySelector('[data-testid="hall-quorum"]')).toBeNull();
    ok(engine, 'hall.attendance', { show: true });
    const panel = render(state()).querySelector('[data-testid="hall-attendance"]')!;
    expect(panel.querySelector('.figure')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('35 Total council seats');

    ok(engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng', seatNumber: 1 });
    ok(engine, 'attendance.open', { label: 'Buổi chiều 17/12' });
    expect(render(state()).querySelector('[data-testid="hall-quorum"]')!.textContent).toContain('1 of 35 delegates (34 seats vacant)');
  });
});
