/**
 * A province council of 80 seats with 79 delegates on its roster (one seat vacant), 3 absent at the
 * roll call. "Present" is one figure against one base everywhere, the council's seats, the base the
 * law counts majorities and the quorum against: 76/80, the vacancy named so the missing delegate is
 * not read as an absentee. Before, the Votes view said 76/79, a vote 76/80 and the record 76/80
 * with nothing to say why no one could ever make 80.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { reportFile } from '../../../electron/documents/index';
import { readDocx } from '../../docx';
import { itemUnderWay, newEngine, ok } from '../helpers';

let ctx: ReturnType<typeof newEngine>;
let sessionId: number;

beforeAll(() => {
  ctx = newEngine();
  const { engine } = ctx;
  ok(engine, 'council.save', { name: 'HĐND tỉnh Hòa Bình', level: 'province', term: 16, totalSeats: 80 });
  sessionId = ok(engine, 'session.create', { number: 11, term: 16, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-08' }).id;
  const ids = Array.from({ length: 79 }, (_, i) => ok(engine, 'delegate.add', { fullName: `Đại biểu số ${i + 1}` }).id);
  const { sittingId } = itemUnderWay(engine, { title: 'Khai mạc kỳ họp', kind: 'opening' });
  ok(engine, 'attendance.open', { sittingId });
  for (const id of ids.slice(0, 3)) ok(engine, 'attendance.mark', { delegateId: id, status: 'absent' });
});

describe('present with a vacant seat', () => {
  it('the attendance every screen reads is 76 of the 80 seats, 1 vacant', () => {
    const a = ctx.engine.current!.attendance;
    expect({ present: a.present, totalSeats: a.totalSeats, vacant: a.vacant }).toEqual({ present: 76, totalSeats: 80, vacant: 1 });
  });

  it('a vote opened on that roll call holds 76 of 80, the base of its majority', () => {
    const id = ok(ctx.engine, 'vote.create', { resolutionTitle: 'Nghị quyết về dự toán ngân sách năm 2027', method: 'hands' }).id;
    ok(ctx.engine, 'vote.open', { id });
    const vote = ctx.engine.current!.votes.find((v) => v.id === id)!;
    expect({ present: vote.present, seats: vote.seats }).toEqual({ present: 76, seats: 80 });
  });

  it('the minutes and the results notice say 76/80 and name the vacant seat, in both languages', async () => {
    const text = async (doc: 'minutes' | 'notice', lang: 'vi' | 'en') => readDocx((await reportFile(ctx.db, { doc, sessionId, lang }))!.bytes).text;
    expect(await text('minutes', 'vi')).toContain('Đại biểu có mặt: 76/80 đại biểu Hội đồng nhân dân (1 ghế khuyết).');
    expect(await text('minutes', 'vi')).toContain('Đại biểu Hội đồng nhân dân có mặt: 76/80 (1 ghế khuyết) tại phiên khai mạc.');
    expect(await text('minutes', 'en')).toContain('Delegates present: 76 of 80 (1 seat vacant).');
    expect(await text('notice', 'vi')).toContain('76/80 (1 ghế khuyết) tại phiên khai mạc');
  });
});
