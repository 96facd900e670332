/**
 * A count the secretary typed ("present: 70") has no roll call of its own, so its "(1 ghế khuyết)"
 * was worked out from the roster as it is now: once the vacant seat was filled (a delegate added
 * after the vote), the vote's figure said 70/80 with no vacancy, though at the vote one seat of 80
 * was empty, as the minutes and the counting record say. Now the console measures it, as they do,
 * against the roster of the roll call the vote opened under (the last taken before it). A delegate
 * added while a roll call is under way joins that roll call, as on the roll-call path.
 * States from the real engine on SQLite.
 */
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import VotesView from '../../src/features/votes/VotesView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { mountOnEngine, stateFrom } from './on-engine.svelte';
import { newEngine, ok } from '../unit/helpers';

const text = (testId: string) => document.querySelector(`[data-testid="${testId}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

describe('a typed present count in the Votes view', () => {
  it('keeps the vacancy of its time after the seat is filled and a later roll call is taken, in both languages', () => {
    i18n.set('vi');
    const { engine, clock } = newEngine();
    ok(engine, 'council.save', { name: 'HĐND tỉnh Hòa Bình', level: 'province', term: 16, totalSeats: 80 });
    ok(engine, 'session.create', { number: 11, term: 16, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09' });
    for (let i = 1; i <= 79; i++) ok(engine, 'delegate.add', { fullName: `Đại biểu số ${i}` });
    ok(engine, 'attendance.open', { label: 'Buổi sáng 08/12' });
    clock.advance(60 * 60_000);
    const { id } = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về dự toán ngân sách năm 2027', method: 'hands' });
    ok(engine, 'vote.open', { id, present: 70 });
    ok(engine, 'vote.tally', { id, for: 66, against: 2, abstain: 2 });
    ok(engine, 'vote.close', { id });

    const mounted = mountOnEngine(engine, VotesView);
    expect(text('vote-present')).toBe('Số đại biểu có mặt: 70/80 đại biểu (1 ghế khuyết)');

    // The afternoon's roll call taken, and the vacant seat filled during it (the delegate joins the
    // roll call under way, the afternoon's, not the morning's the vote was counted in).
    clock.advance(4 * 60 * 60_000);
    ok(engine, 'attendance.open', { label: 'Buổi chiều 08/12' });
    ok(engine, 'delegate.add', { fullName: 'Hoàng Thị Ánh Tuyết' });
    mounted.props.data = stateFrom(engine);
    flushSync();
    expect(engine.current!.attendance.sittings.map((c) => c.members)).toEqual([79, 80]);
    expect(engine.current!.attendance.vacant).toBe(0);
    expect(text('vote-present')).toBe('Số đại biểu có mặt: 70/80 đại biểu (1 ghế khuyết)');
    i18n.set('en');
    flushSync();
    expect(text('vote-present')).toBe('Number present: 70 of 80 delegates (1 seat vacant)');
  });
});
