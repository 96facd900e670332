import { describe, expect, it } from 'vitest';
import { computeReview } from '../../../common/review/figures';
import { readRecord } from '../../../electron/features/record/read';
import { readReviewInput } from '../../../electron/features/review/input';
import { Engine } from '../../../electron/engine/engine';
import { dumpDb, newEngine, ok, refused, seedBasics } from '../helpers';

/**
 * A held sitting's attendance is what it was: the roster and the seats of its roll call are
 * kept with it, so adding, removing or recounting later changes no earlier figure.
 */
describe("a roll call keeps the roster it was taken against", () => {
  function heldMorning() {
    const env = newEngine();
    const { engine, db, clock } = env;
    const { sessionId } = seedBasics(engine); // 58 seats
    const names = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung'];
    const [an, binh, cuong] = names.map((fullName, i) => ok(engine, 'delegate.add', { fullName, seatNumber: i + 1 }).id);
    const morning = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    const afternoon = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'afternoon', plannedStart: '13:30', plannedEnd: '17:00' }).id;
    const item = ok(engine, 'agenda.add', { title: 'Khai mạc kỳ họp', kind: 'opening', plannedMinutes: 15 }).id;
    ok(engine, 'agenda.assign', { id: item, sittingId: morning });
    ok(engine, 'attendance.open', { sittingId: morning });
    ok(engine, 'attendance.mark', { delegateId: binh, status: 'absent' });
    ok(engine, 'item.start', { id: item });
    clock.advance(15 * 60_000);
    ok(engine, 'item.finish', { id: item });
    ok(engine, 'sitting.close', { id: morning });
    const morningFigures = () => {
      const record = readRecord(db, sessionId)!;
      const review = computeReview(readReviewInput(db, sessionId, clock())!);
      const entry = record.sittings.find((e) => e.sitting?.id === morning)!;
      return { present: entry.rollCall!.present, seats: entry.rollCall!.totalSeats, review: review.attendance[0] };
    };
    return { ...env, sessionId, an, binh, cuong, afternoon, morningFigures };
  }

  it('adding delegates, raising the seats and a new roll call leave the held sitting as it was', () => {
    const { engine, db, afternoon, morningFigures } = heldMorning();
    const held = morningFigures();
    expect(held).toEqual({ present: 3, seats: 58, review: expect.objectContaining({ voting: 4, present: 3, absent: 1 }) });
    ok(engine, 'attendance.open', { sittingId: afternoon });
    ok(engine, 'council.save', { name: 'HĐND tỉnh Hòa Bình', level: 'province', term: 16, totalSeats: 60 });
    const late = ok(engine, 'delegate.add', { fullName: 'Hoàng Văn Em', seatNumber: 5 }).id;
    ok(engine, 'roster.import', { rows: [{ line: 2, fullName: 'Vũ Thị Giang', seatNumber: 6 }] });
    expect(morningFigures()).toEqual(held);
    // The roll call under way counts who came onto the roster during it, of the seats now.
    expect(engine.current.attendance).toMatchObject({ present: 6, totalSeats: 60 });
    expect(engine.current.attendance.memberIds).toContain(late);
    // The patched state is the state rebuilt from the file.
    expect(engine.current).toEqual(new Engine(db).current);
  });

  it('someone a held roll call counts cannot be removed; nothing changes', () => {
    const { engine, db, an, morningFigures } = heldMorning();
    const held = morningFigures();
    const rows = dumpDb(db);
    expect(refused(engine, 'delegate.remove', { id: an })).toMatchObject({
      code: 'delegate-in-roll-call',
      en: 'Nguyễn Văn An is in the roll call of a sitting, so cannot be removed from the roster: that sitting’s attendance would change.',
    });
    expect(dumpDb(db)).toEqual(rows);
    expect(morningFigures()).toEqual(held);
  });

  it('someone entered by mistake during the roll call under way, and not marked, can be removed', () => {
    const { engine, db, afternoon } = heldMorning();
    ok(engine, 'attendance.open', { sittingId: afternoon });
    const typo = ok(engine, 'delegate.add', { fullName: 'Nguyen Van An', seatNumber: 9 }).id;
    expect(engine.current.attendance.present).toBe(5);
    ok(engine, 'delegate.remove', { id: typo });
    expect(engine.current.attendance.present).toBe(4);
    expect(engine.current).toEqual(new Engine(db).current);
    // Marked in it, they are part of its record.
    const other = ok(engine, 'delegate.add', { fullName: 'Đỗ Minh Tuấn', seatNumber: 10 }).id;
    ok(engine, 'attendance.mark', { delegateId: other, status: 'excused' });
    expect(refused(engine, 'delegate.remove', { id: other }).code).toBe('delegate-in-roll-call');
  });
});
