/**
 * The hall names the day of its sitting, never the clock's today: before the first sitting, the
 * day it is planned for; in a sitting, its day; between sittings, the next one's; once the session
 * is closed, its last sitting's (a hall left on yesterday's closed sitting must not claim today).
 * The emblem mode names the same day.
 */
import { describe, expect, it } from 'vitest';
import type { State } from '../../src/lib/live.svelte';
import { hallDate } from '../../common/timing/model';
import { newEngine, ok } from '../unit/helpers';
import { stateFrom } from './on-engine.svelte';
import { hallRenderer } from './hall-render';

const render = hallRenderer();
const line = (mode: State['hall']['mode'] = 'auto') => {
  const text = (sel: string) => document.querySelector(sel)?.textContent?.trim() ?? '';
  return mode === 'emblem' ? text('.emblem .date') : text('header .session');
};

describe('the date on the hall screen', () => {
  it('is the sitting’s, from before the first to after the last, in the header and the emblem mode', () => {
    const { engine } = newEngine();
    ok(engine, 'council.save', { name: 'HĐND tỉnh Hòa Bình', level: 'province', term: 16, totalSeats: 58 });
    ok(engine, 'session.create', { number: 11, term: 16, kind: 'regular', title: 'Year-end', startDate: '2025-12-08', endDate: '2025-12-09' });
    const shown = (mode: State['hall']['mode'] = 'auto') => {
      const state = stateFrom(engine);
      render({ ...state, hall: { ...state.hall, mode } });
      return line(mode);
    };
    // No sitting planned yet: the session's first day.
    expect(shown()).toContain('8 Dec 2025');
    const day1 = ok(engine, 'sitting.add', { date: '2025-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    const day2 = ok(engine, 'sitting.add', { date: '2025-12-09', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    expect(shown()).toContain('8 Dec 2025');
    ok(engine, 'sitting.open', { id: day1 });
    expect(shown()).toContain('8 Dec 2025');
    ok(engine, 'sitting.close', { id: day1 });
    // Between the two: the next sitting's day, as the programme's heading says.
    expect(shown()).toContain('9 Dec 2025');
    ok(engine, 'sitting.open', { id: day2 });
    expect(shown('emblem')).toBe('9 Dec 2025');
    ok(engine, 'sitting.close', { id: day2 });
    // Closed, read on any later day: the last sitting's day, in the header and the emblem mode.
    expect(shown()).toContain('9 Dec 2025');
    expect(document.querySelector('[data-content="auto:closed"]')).not.toBeNull();
    expect(shown('emblem')).toBe('9 Dec 2025');
  });

  it('follows the live item’s sitting, and is never today', () => {
    const sittings = [
      { id: 1, date: '2025-12-08', status: 'closed' },
      { id: 2, date: '2025-12-09', status: 'planned' },
    ] as Parameters<typeof hallDate>[0];
    const session = { startDate: '2025-12-01' };
    expect(hallDate(sittings, { items: [], liveItemId: null }, session)).toBe('2025-12-09');
    // An item of day 1 reopened: the hall is in day 1's sitting.
    expect(hallDate(sittings, { items: [{ id: 7, sittingId: 1 }], liveItemId: 7 }, session)).toBe('2025-12-08');
    expect(hallDate([], { items: [], liveItemId: null }, session)).toBe('2025-12-01');
    expect(hallDate(sittings.map((s) => ({ ...s, status: 'closed' })), { items: [], liveItemId: null }, session)).toBe('2025-12-09');
  });
});
