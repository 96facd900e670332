/**
 * The sitting in progress, as Alt+S, the hall's day, the roll call and the forecast read it: the open
 * one, else the latest suspended (a morning left suspended the day before is not the one meant).
 */
import { describe, expect, it } from 'vitest';
import { sittingSuspended, sittingUnderway, type Sitting } from '../../../common/timing/model';
import { focusSitting } from '../../../common/timing/stats';

const sitting = (id: number, date: string, part: Sitting['part'], status: Sitting['status']): Sitting => ({
  id,
  sessionId: 1,
  date,
  part,
  plannedStart: part === 'morning' ? '07:30' : '13:30',
  plannedEnd: part === 'morning' ? '11:30' : '17:00',
  status,
  startedAt: null,
  accumulatedMs: 0,
  openedAt: null,
  closedAt: null,
});

describe('the sitting in progress', () => {
  it('is the open one, else the latest suspended, else none', () => {
    const a = sitting(1, '2026-12-08', 'afternoon', 'suspended');
    const b = sitting(2, '2026-12-09', 'morning', 'suspended');
    const c = sitting(3, '2026-12-09', 'afternoon', 'planned');
    expect(sittingUnderway([a, b, c])).toBe(b);
    expect(focusSitting([], [a, b, c], null)).toBe(b);
    const open = { ...a, status: 'open' as const };
    expect(sittingUnderway([open, b, c])).toBe(open);
    expect(focusSitting([], [open, b, c], null)).toBe(open);
    // Yesterday's left suspended, this morning open: this morning, for the forecast too.
    const today = { ...b, status: 'open' as const };
    expect(focusSitting([], [a, today, c], null)).toBe(today);
    expect(sittingUnderway([c])).toBeNull();
    expect(focusSitting([], [c], null)).toBe(c);
  });

  it('is suspended, for the hall and the broadcast alike, only when no sitting is open', () => {
    const morning = sitting(1, '2026-12-08', 'morning', 'suspended');
    const afternoon = sitting(2, '2026-12-08', 'afternoon', 'planned');
    expect(sittingSuspended([morning, afternoon])).toBe(true);
    // The afternoon opened over a morning left suspended: the floor is the afternoon's.
    expect(sittingSuspended([morning, { ...afternoon, status: 'open' }])).toBe(false);
    expect(sittingSuspended([{ ...morning, status: 'open' }, afternoon])).toBe(false);
    // The morning closed, the afternoon to come, or no sitting at all: not suspended.
    expect(sittingSuspended([{ ...morning, status: 'closed' }, afternoon])).toBe(false);
    expect(sittingSuspended([])).toBe(false);
  });
});
