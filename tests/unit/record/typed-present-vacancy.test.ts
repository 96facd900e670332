/**
 * A secret ballot whose "present" the secretary typed keeps no roll call of its own. Its counting
 * record names the vacant seats of its time, by the roster of the roll call it opened under (the
 * last taken before it), not the roster now: the seat filled in the afternoon was still empty at
 * the morning's vote. The same rule (common/attendance/vacancy.ts vacantAtOpening) is the console's.
 */
import { describe, expect, it } from 'vitest';
import { reportFile } from '../../../electron/documents/index';
import { readDocx } from '../../docx';
import { newEngine, ok } from '../helpers';
import { rollCallOfBallot, vacantAtOpening } from '../../../common/attendance/vacancy';

describe('the roll call a ballot opened under', () => {
  const calls = [
    { id: 1, openedAt: 100, members: 79 },
    { id: 2, openedAt: 500, members: 80 },
  ];
  it('is its own when it kept one, else the last taken before it opened, else none', () => {
    expect(rollCallOfBallot(calls, { rollCallId: 2, openedAt: 300 })?.id).toBe(2);
    expect(rollCallOfBallot(calls, { rollCallId: null, openedAt: 300 })?.id).toBe(1);
    expect(rollCallOfBallot(calls, { rollCallId: null, openedAt: 600 })?.id).toBe(2);
    expect(rollCallOfBallot(calls, { rollCallId: null, openedAt: 50 })).toBeUndefined();
    expect(rollCallOfBallot(calls, { rollCallId: null, openedAt: null })).toBeUndefined();
  });
  it('gives the vacancy of that roll call, the roster now only before any', () => {
    expect(vacantAtOpening(calls, { seats: 80, openedAt: 300, rollCallId: null }, 80)).toBe(1);
    expect(vacantAtOpening(calls, { seats: 80, openedAt: 50, rollCallId: null }, 78)).toBe(2);
    expect(vacantAtOpening(calls, { seats: 80, openedAt: null }, 80)).toBe(0);
  });
});

describe('a typed count in the counting record', () => {
  it('names the seat vacant at the vote, though it was filled since, in both languages', async () => {
    const { engine, db, clock } = newEngine();
    ok(engine, 'council.save', { name: 'HĐND tỉnh Hòa Bình', level: 'province', term: 16, totalSeats: 80 });
    const sessionId = ok(engine, 'session.create', { number: 11, term: 16, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09' }).id;
    const ids = Array.from({ length: 79 }, (_, i) => ok(engine, 'delegate.add', { fullName: `Đại biểu số ${i + 1}` }).id);
    ok(engine, 'attendance.open', { label: 'Buổi sáng 08/12' });
    clock.advance(60 * 60_000);
    const id = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về biên chế công chức năm 2027', method: 'secret' }).id;
    ok(engine, 'record.setCounters', { voteId: id, counters: ids.slice(0, 3) });
    ok(engine, 'vote.open', { id, present: 72 });
    ok(engine, 'vote.tally', { id, issued: 72, returned: 72, valid: 72, invalid: 0, for: 70, against: 1, abstain: 1 });
    ok(engine, 'vote.close', { id });
    clock.advance(4 * 60 * 60_000);
    ok(engine, 'attendance.open', { label: 'Buổi chiều 08/12' });
    ok(engine, 'delegate.add', { fullName: 'Hoàng Thị Ánh Tuyết' });
    expect(engine.current!.attendance.vacant).toBe(0);

    const paragraphs = async (lang: 'vi' | 'en') => readDocx((await reportFile(db, { doc: 'ballots', sessionId, lang }))!.bytes).paragraphs.map((p) => p.text);
    expect(await paragraphs('vi')).toContain('Tổng số đại biểu Hội đồng nhân dân: 80 (1 ghế khuyết); số đại biểu có mặt:\u00a072.');
    expect(await paragraphs('en')).toContain('Total council seats: 80 (1 seat vacant); delegates present:\u00a072.');
  }, 30_000);
});
