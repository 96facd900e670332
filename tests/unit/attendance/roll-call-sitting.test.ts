/**
 * A roll call of a sitting is named from its sitting as it reads now: the session's dates
 * corrected (and its sitting's with them), the roll call names the corrected day everywhere it is
 * read (the published state, the review), in a new database and in one written before the link.
 */
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/store/db';
import { computeReview } from '../../../common/review/figures';
import { readReviewInput } from '../../../electron/features/review/input';
import { listRollCalls } from '../../../electron/features/attendance/store';
import { dumpDb, newEngine, ok, refused, schemaBefore, seedBasics } from '../helpers';

const MORNING = { part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' } as const;

describe('a roll call’s name after the session’s dates are corrected', () => {
  it('follows its sitting’s corrected date in the published state and the review; the same sitting’s roll call is reopened, not taken twice', () => {
    const { engine, db, clock } = newEngine();
    const { sessionId } = seedBasics(engine);
    ok(engine, 'delegate.add', { fullName: 'Hoàng Văn An' });
    const sittingId = ok(engine, 'sitting.add', { date: '2026-12-08', ...MORNING }).id;
    const rollCallId = ok(engine, 'attendance.open', { sittingId }).id;
    expect(engine.current.attendance.sittings.map((r) => r.sittingLabel)).toEqual(['2026-12-08 sáng']);
    // The session was typed a week early: dates corrected, then its sitting's.
    ok(engine, 'session.update', { id: sessionId, number: 11, term: 16, kind: 'regular', startDate: '2026-12-15', endDate: '2026-12-16' });
    ok(engine, 'sitting.update', { id: sittingId, date: '2026-12-15', ...MORNING });
    expect(engine.current.attendance.sittings.map((r) => r.sittingLabel)).toEqual(['2026-12-15 sáng']);
    expect(computeReview(readReviewInput(db, sessionId, clock())!).attendance.map((a) => a.label)).toEqual(['2026-12-15 sáng']);
    // Opening the sitting's roll call again finds the same one, under its new name.
    expect(ok(engine, 'attendance.open', { sittingId }).id).toBe(rollCallId);
    // The old day is free: a sitting added on it gets a roll call of its own.
    const other = ok(engine, 'sitting.add', { date: '2026-12-16', ...MORNING }).id;
    ok(engine, 'sitting.update', { id: other, date: '2026-12-16', part: 'afternoon', plannedStart: '13:30', plannedEnd: '17:00' });
    expect(ok(engine, 'attendance.open', { sittingId: other }).id).not.toBe(rollCallId);
    expect(engine.current.attendance.sittings.map((r) => r.sittingLabel)).toEqual(['2026-12-15 sáng', '2026-12-16 chiều']);
  });

  it('a roll call of a sitting that is not the session’s is refused, and nothing changes', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    const before = dumpDb(db);
    refused(engine, 'attendance.open', { sittingId: 999 }, 'not-found');
    expect(dumpDb(db)).toEqual(before);
  });

  it('links the roll calls of a database written before (schema 26) to their sittings by name, so a later correction renames them', () => {
    const { db } = schemaBefore('roll-call-sitting');
    db.exec(`
      INSERT INTO council (id, name, level, term, total_seats) VALUES (1, 'HĐND xã Lương Sơn', 'commune', 1, 15);
      INSERT INTO session (id, number, term, kind, title, start_date, end_date) VALUES (1, 1, 1, 'regular', '', '2026-12-08', '2026-12-08');
      INSERT INTO sitting (id, session_id, date, part, planned_start, planned_end) VALUES (1, 1, '2026-12-08', 'afternoon', '13:30', '17:00');
      INSERT INTO roll_call (id, session_id, sitting_label, opened_at) VALUES (1, 1, '2026-12-08 chiều', 0), (2, 1, 'Phiên trù bị', 1);
    `);
    migrate(db);
    expect(listRollCalls(db, 1).map((r) => [r.sittingLabel, r.sittingId])).toEqual([
      ['2026-12-08 chiều', 1],
      ['Phiên trù bị', null],
    ]);
    db.prepare("UPDATE sitting SET date = '2026-12-09' WHERE id = 1").run();
    expect(listRollCalls(db, 1).map((r) => r.sittingLabel)).toEqual(['2026-12-09 chiều', 'Phiên trù bị']);
  });
});
