/**
 * Where a vote's "present" came from is kept when it opens and when a correction retypes it: the
 * sitting's roll call, the roster when nobody counted (every voting delegate on it taken as present),
 * or a number typed. The console once said "as counted in the hall" of a roster figure nobody
 * counted. Real engine on SQLite, in memory and on a file reopened.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../electron/engine/engine';
import { newEngine, ok, refused, seedBasics, tempDir } from '../helpers';
import { prepareConfidence, setUp as personnelSetUp, view as personnelView } from '../personnel/fixtures';

function setUp(file?: string) {
  const ctx = newEngine(file);
  seedBasics(ctx.engine);
  const delegates = [1, 2, 3, 4, 5, 6, 7].map((i) => ok(ctx.engine, 'delegate.add', { fullName: `Đại biểu ${i}`, seatNumber: i }).id);
  ok(ctx.engine, 'delegate.add', { fullName: 'Giám đốc Sở Tài chính', voting: false });
  return { ...ctx, delegates };
}
const create = (engine: Engine) => ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về kế hoạch đầu tư công năm 2027', method: 'hands' }).id;
const vote = (engine: Engine, id: number) => engine.current.votes.find((v) => v.id === id)!;
const stored = (ctx: { db: ReturnType<typeof newEngine>['db'] }, id: number) => ctx.db.prepare('SELECT present, present_source AS source, roll_call_id AS rollCallId FROM vote WHERE id = ?').get(id);

describe('where a vote’s present figure came from', () => {
  it('no roll call and no count typed: the roster, all 7 voting delegates, and no roll call kept', () => {
    const ctx = setUp();
    const id = create(ctx.engine);
    expect(vote(ctx.engine, id).presentSource).toBeNull();
    ok(ctx.engine, 'vote.open', { id });
    expect(vote(ctx.engine, id)).toMatchObject({ present: 7, presentSource: 'roster', rollCallId: null });
    expect(stored(ctx, id)).toEqual({ present: 7, source: 'roster', rollCallId: null });
  });

  it('a roll call taken: its count, and the roll call named', () => {
    const ctx = setUp();
    const call = ok(ctx.engine, 'attendance.open', { label: '2026-12-08 sáng' }).id;
    ok(ctx.engine, 'attendance.mark', { delegateId: ctx.delegates[0], status: 'absent' });
    const id = create(ctx.engine);
    ok(ctx.engine, 'vote.open', { id });
    expect(stored(ctx, id)).toEqual({ present: 6, source: 'roll-call', rollCallId: call });
  });

  it('a count typed: typed, with or without a roll call, even when it equals the roster', () => {
    const ctx = setUp();
    const a = create(ctx.engine);
    ok(ctx.engine, 'vote.open', { id: a, present: 7 });
    expect(stored(ctx, a)).toEqual({ present: 7, source: 'typed', rollCallId: null });
    ok(ctx.engine, 'vote.close', { id: a });
    ok(ctx.engine, 'attendance.open', { label: '2026-12-08 sáng' });
    const b = create(ctx.engine);
    ok(ctx.engine, 'vote.open', { id: b, present: 5 });
    expect(stored(ctx, b)).toEqual({ present: 5, source: 'typed', rollCallId: null });
  });

  it('a correction that retypes present makes it typed; one that leaves it keeps the source; a refused one changes nothing', () => {
    const file = path.join(tempDir(), 'gavel.sqlite');
    const ctx = setUp(file);
    const id = create(ctx.engine);
    ok(ctx.engine, 'vote.open', { id });
    ok(ctx.engine, 'vote.tally', { id, for: 6, against: 1, abstain: 0 });
    ok(ctx.engine, 'vote.close', { id });
    ok(ctx.engine, 'vote.correct', { id, reason: 'Đếm lại số phiếu', tally: { for: 5, against: 1, abstain: 1, issued: 0, returned: 0, valid: 0, invalid: 0 } });
    expect(vote(ctx.engine, id)).toMatchObject({ present: 7, presentSource: 'roster' });
    refused(ctx.engine, 'vote.correct', { id, reason: 'Nhập sai', present: 90 }, 'present-over-seats');
    expect(vote(ctx.engine, id)).toMatchObject({ present: 7, presentSource: 'roster' });
    ok(ctx.engine, 'vote.correct', { id, reason: 'Thư ký đếm lại: 7 đại biểu có mặt', present: 7 });
    expect(vote(ctx.engine, id)).toMatchObject({ present: 7, presentSource: 'typed' });
    ctx.db.close();
    // Kept on disk: a console reopening the file says the same.
    const again = newEngine(file);
    expect(vote(again.engine, id)).toMatchObject({ present: 7, presentSource: 'typed' });
    again.db.close();
  });
});

describe('where a personnel vote’s present figure came from', () => {
  it('the roll call’s count is from the roll call; a number typed is typed; with neither it does not open', () => {
    const { engine, db, officials, counters } = personnelSetUp();
    const a = prepareConfidence(engine, officials.slice(0, 2));
    ok(engine, 'personnel.committee', { id: a, head: counters[0] });
    refused(engine, 'personnel.open', { id: a }, 'personnel-present-needed');
    expect(personnelView(engine, a)).toMatchObject({ status: 'draft', presentSource: null });
    ok(engine, 'attendance.open', { label: '2026-12-08 sáng' });
    ok(engine, 'personnel.open', { id: a });
    expect(personnelView(engine, a)).toMatchObject({ status: 'open', presentSource: 'roll-call' });
    expect(db.prepare('SELECT present_source FROM personnel_vote WHERE id = ?').pluck().get(a)).toBe('roll-call');

    const b = prepareConfidence(engine, officials.slice(2, 4));
    ok(engine, 'personnel.committee', { id: b, head: counters[1] });
    db.prepare("UPDATE personnel_vote SET status = 'closed' WHERE id = ?").run(a);
    ok(engine, 'personnel.open', { id: b, present: 9 });
    expect(personnelView(engine, b)).toMatchObject({ present: 9, presentSource: 'typed' });
  });
});
