/**
 * A count the secretary typed ("present: 70") has no roll call of its own, so its "(1 ghế khuyết)"
 * was worked out from the roster as it is now: once the vacant seat was filled (a delegate added
 * after the vote), the vote's figure said 70/80 with no vacancy, though at the vote one seat of 80
 * was empty, as the minutes and the counting record say. Now the console measures it, as they do,
 * against the roster of the roll call the vote opened under (the last taken before it). A delegate
 * added while a roll call is under way joins that roll call, as on the roll-call path.
 * States from the real engine on SQLite.
 */
import { flushSync, unmount } from 'svelte';
import { describe, expect, it } from 'vitest';
import VotesView from '../../src/features/votes/VotesView.svelte';
import PersonnelView from '../../src/features/personnel/PersonnelView.svelte';
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

  it('with no roll call taken, keeps the vacancy the vote and the election opened with when the roster changes after them', () => {
    // Before, with no roll call the figure was the roster's as it is now: the seat filled after the
    // vote turned its "(1 ghế khuyết)" into nothing. The vote keeps the figure it opened with (vote.vacant).
    i18n.set('vi');
    const { engine } = newEngine();
    ok(engine, 'council.save', { name: 'HĐND tỉnh Hòa Bình', level: 'province', term: 16, totalSeats: 80 });
    ok(engine, 'session.create', { number: 12, term: 16, kind: 'urgent', startDate: '2026-12-20', endDate: '2026-12-20' });
    const ids = Array.from({ length: 79 }, (_, i) => ok(engine, 'delegate.add', { fullName: `Đại biểu số ${i + 1}` }).id);
    const { id } = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về điều chỉnh dự toán ngân sách năm 2026', method: 'hands' });
    ok(engine, 'vote.open', { id });
    ok(engine, 'vote.tally', { id, for: 75, against: 2, abstain: 2 });
    ok(engine, 'vote.close', { id });
    const election = ok(engine, 'personnel.prepare', { kind: 'election', title: 'Bầu bổ sung Ủy viên Ủy ban nhân dân tỉnh', posts: 1, people: [{ delegateId: ids[10], honorific: 'ms' }] }).id;
    ok(engine, 'personnel.committee', { id: election, head: ids[0] });
    ok(engine, 'personnel.open', { id: election, present: 75 });

    const votes = mountOnEngine(engine, VotesView);
    expect(text('vote-present')).toBe('Số đại biểu có mặt: 79/80 đại biểu (1 ghế khuyết)');
    ok(engine, 'delegate.add', { fullName: 'Hoàng Thị Ánh Tuyết' });
    expect(engine.current!.attendance.vacant).toBe(0);
    votes.props.data = stateFrom(engine);
    flushSync();
    expect(text('vote-present')).toBe('Số đại biểu có mặt: 79/80 đại biểu (1 ghế khuyết)');
    unmount(votes.app);

    mountOnEngine(engine, PersonnelView);
    const line = () => document.querySelector('#personnel-title')?.closest('header')?.querySelector('p')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(line()).toContain('80 đại biểu (1 ghế khuyết) · 75 có mặt');
    i18n.set('en');
    flushSync();
    expect(line()).toContain('80 seats (1 seat vacant) · 75 present');
  });
});
