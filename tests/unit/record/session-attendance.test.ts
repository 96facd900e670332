/**
 * A two-day session takes a roll call per sitting. The results notice and the minutes' part I report
 * the opening sitting's attendance and, when it differs, the closing sitting's (read.ts
 * sessionAttendance): not the first roll call's figure as if it held for the whole session.
 */
import { describe, expect, it } from 'vitest';
import { reportFile } from '../../../electron/documents/index';
import { readDocx } from '../../docx';
import { newEngine, ok, seedBasics } from '../helpers';

function twoSittings(absentAtClose: number) {
  const ctx = newEngine();
  const { engine } = ctx;
  const { sessionId } = seedBasics(engine);
  const people = Array.from({ length: 6 }, (_, i) => ok(engine, 'delegate.add', { fullName: `Đại biểu ${i + 1}`, seatNumber: i + 1 }).id);
  const plan = [
    { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' },
    { date: '2026-12-09', part: 'afternoon', plannedStart: '13:30', plannedEnd: '17:00' },
  ] as const;
  plan.forEach((s, k) => {
    const id = ok(engine, 'sitting.add', s).id;
    ok(engine, 'sitting.open', { id });
    ok(engine, 'attendance.open', { sittingId: id });
    ok(engine, 'attendance.mark', { delegateId: people[0], status: 'excused' });
    for (let i = 1; k === 1 && i <= absentAtClose; i++) ok(engine, 'attendance.mark', { delegateId: people[i], status: 'absent' });
    const item = ok(engine, 'agenda.add', { title: k === 0 ? 'Khai mạc kỳ họp' : 'Bế mạc kỳ họp', kind: k === 0 ? 'opening' : 'closing' }).id;
    ok(engine, 'agenda.assign', { id: item, sittingId: id });
    ok(engine, 'item.start', { id: item, current: 'finish' });
    ctx.clock.advance(60_000);
    ok(engine, 'item.finish', { id: item });
    ok(engine, 'sitting.close', { id });
    ctx.clock.advance(24 * 3600_000);
  });
  const text = async (doc: 'minutes' | 'notice', lang: 'vi' | 'en' = 'vi') => readDocx((await reportFile(ctx.db, { doc, sessionId, lang }, ctx.clock()))!.bytes).text;
  return { text };
}

// Six delegates on the roster for the 58 seats seedBasics gives: 52 seats are vacant, and each figure says so.
describe('the session’s attendance in the notice and the minutes', () => {
  it('is the opening sitting’s and the closing sitting’s when they differ, the same words in both documents', async () => {
    const { text } = twoSittings(2);
    const vi = 'Đại biểu Hội đồng nhân dân có mặt: 5/58 (52 ghế khuyết) tại phiên khai mạc; 3/58 (52 ghế khuyết) tại phiên bế mạc.';
    expect(await text('notice')).toContain(vi);
    expect(await text('notice')).not.toContain('Dự kỳ họp có 5/58');
    expect(await text('minutes')).toContain(vi);
    expect(await text('minutes', 'en')).toContain('Council delegates present: 5 of 58 (52 seats vacant) at the opening sitting; 3 of 58 (52 seats vacant) at the closing sitting.');
    // Each sitting's own roll call stays in part II.
    expect(await text('minutes')).toContain('Đại biểu có mặt: 3/58 đại biểu Hội đồng nhân dân (52 ghế khuyết).');
  });

  it('is said once for both when the opening and the closing agree', async () => {
    const { text } = twoSittings(0);
    expect(await text('notice')).toContain('Đại biểu Hội đồng nhân dân có mặt: 5/58 (52 ghế khuyết) tại phiên khai mạc và phiên bế mạc.');
    expect(await text('minutes', 'en')).toContain('Council delegates present: 5 of 58 (52 seats vacant) at the opening and closing sittings.');
  });
});
