/**
 * A delegate the secretary sees in the hall is marked present (confirmed), not left unmarked: "p"
 * used to clear the mark, so a delegate just confirmed went back among the unmarked, counted
 * present by default, and the roll call could not tell "seen" from "nobody checked". Confirmed
 * present is a mark of its own now; `unmarked` clears one. The figures do not move: quorum, a
 * vote's present and the minutes count an unmarked delegate as present, as before. Real SQLite.
 */
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/store/db';
import { Engine } from '../../../electron/engine/engine';
import { reportModel } from '../../../electron/documents/index';
import { rollCallGroups } from '../../../common/attendance/model';
import { discussionUnderWay, manualClock, newEngine, ok, refused, dumpDb, seedBasics } from '../helpers';

const NAMES = ['Nguyễn Thị Hằng', 'Đặng Quốc Việt', 'Trần Thị Ánh Tuyết', 'Lê Văn Đức', 'Hoàng Thị Ngọc Ánh', 'Phạm Đình Khôi'];
const marks = (db: Db) => db.prepare('SELECT delegate_id AS id, status, at_time AS time FROM attendance ORDER BY delegate_id').all();

function council() {
  const env = newEngine();
  const { engine } = env;
  seedBasics(engine);
  // Six seats, six delegates: a quorum of two thirds is four.
  ok(engine, 'council.save', { name: 'HĐND xã Tân Lập', level: 'commune', term: 1, totalSeats: 6 });
  const ids = NAMES.map((fullName, i) => ok(engine, 'delegate.add', { fullName, seatNumber: i + 1 }).id as number);
  // The morning sitting under way, its roll call taken: the minutes report it.
  const { sittingId } = discussionUnderWay(engine);
  ok(engine, 'attendance.open', { sittingId });
  return { ...env, ids };
}

const figures = (engine: Engine) => {
  const a = engine.current.attendance;
  return { present: a.present, quorum: a.quorum, groups: rollCallGroups(a) };
};

describe('a delegate confirmed present', () => {
  it('is kept as a present mark, counted among the confirmed, and the present figure and quorum do not move', () => {
    const { engine, db, ids } = council();
    expect(figures(engine)).toEqual({ present: 6, quorum: true, groups: { confirmed: 0, away: 0, unmarked: 6 } });
    ok(engine, 'attendance.mark', { delegateId: ids[0], status: 'present' });
    ok(engine, 'attendance.mark', { delegateId: ids[1], status: 'present' });
    ok(engine, 'attendance.mark', { delegateId: ids[2], status: 'absent' });
    ok(engine, 'attendance.mark', { delegateId: ids[3], status: 'late', time: '08:10' });
    ok(engine, 'attendance.mark', { delegateId: ids[4], status: 'notArrived' });
    expect(marks(db)).toEqual([
      { id: ids[0], status: 'present', time: null },
      { id: ids[1], status: 'present', time: null },
      { id: ids[2], status: 'absent', time: null },
      { id: ids[3], status: 'late', time: '08:10' },
      { id: ids[4], status: 'late', time: null },
    ]);
    // Seen: the two marked present and the late arrival; away: absent and not arrived; one not marked.
    expect(figures(engine)).toEqual({ present: 4, quorum: true, groups: { confirmed: 3, away: 2, unmarked: 1 } });
    // The state published by patches is the state read afresh from the database.
    expect(new Engine(db, manualClock()).current.attendance).toEqual(engine.current.attendance);
  });

  it('is present for a vote exactly as one not marked: the vote opens with the same present', () => {
    const open = (confirm: boolean) => {
      const { engine, ids } = council();
      ok(engine, 'attendance.mark', { delegateId: ids[5], status: 'excused' });
      if (confirm) for (const id of ids.slice(0, 5)) ok(engine, 'attendance.mark', { delegateId: id, status: 'present' });
      const vote = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về dự toán ngân sách năm 2027', method: 'named' }).id;
      ok(engine, 'vote.open', { id: vote });
      // A confirmed delegate may be marked in the named vote; the excused one may not.
      ok(engine, 'vote.mark', { id: vote, delegateId: ids[0], choice: 'for' });
      refused(engine, 'vote.mark', { id: vote, delegateId: ids[5], choice: 'for' }, 'voter-excused');
      const v = engine.current.votes.find((x) => x.id === vote)!;
      return { present: v.present, quorum: engine.current.attendance.quorum, needed: engine.current.attendance.needed };
    };
    expect(open(true)).toEqual(open(false));
    expect(open(true)).toEqual({ present: 5, quorum: true, needed: 4 });
  });

  it('changes nothing in the minutes, the counting records or the results notice', () => {
    const { engine, db, ids } = council();
    ok(engine, 'attendance.mark', { delegateId: ids[2], status: 'absent' });
    const docs = () =>
      JSON.stringify((['minutes', 'notice', 'ballots'] as const).flatMap((doc) => (['vi', 'en'] as const).map((lang) => reportModel(db, { doc, sessionId: 1, lang }, 0))));
    const before = docs();
    expect(before).toContain('Đại biểu có mặt: 5/6 đại biểu Hội đồng nhân dân.');
    for (const id of [ids[0], ids[1], ids[3]]) ok(engine, 'attendance.mark', { delegateId: id, status: 'present' });
    expect(docs()).toBe(before);
  });

  it('is taken back by undo like any other mark, and `unmarked` clears a mark (itself undoable)', () => {
    const { engine, db, ids } = council();
    ok(engine, 'attendance.mark', { delegateId: ids[0], status: 'present' });
    expect(engine.current.undo.attendance).toMatchObject({ action: 'present', subject: 'Nguyễn Thị Hằng' });
    ok(engine, 'undo', { scope: 'attendance' });
    expect(marks(db)).toEqual([]);
    expect(rollCallGroups(engine.current.attendance)).toEqual({ confirmed: 0, away: 0, unmarked: 6 });

    ok(engine, 'attendance.mark', { delegateId: ids[1], status: 'absent' });
    ok(engine, 'attendance.mark', { delegateId: ids[1], status: 'present' });
    expect(marks(db)).toEqual([{ id: ids[1], status: 'present', time: null }]);
    ok(engine, 'attendance.mark', { delegateId: ids[1], status: 'unmarked' });
    expect(engine.current.undo.attendance).toMatchObject({ action: 'unmarked', subject: 'Đặng Quốc Việt' });
    expect(marks(db)).toEqual([]);
    ok(engine, 'undo', { scope: 'attendance' });
    expect(marks(db)).toEqual([{ id: ids[1], status: 'present', time: null }]);
    ok(engine, 'undo', { scope: 'attendance' });
    expect(marks(db)).toEqual([{ id: ids[1], status: 'absent', time: null }]);
  });

  it('refuses a status it does not know, changing nothing', () => {
    const { engine, db, ids } = council();
    const prior = dumpDb(db);
    refused(engine, 'attendance.mark', { delegateId: ids[0], status: 'confirmed' }, 'invalid');
    expect(dumpDb(db)).toEqual(prior);
  });

  it('is not carried into the next sitting’s roll call: seen this morning is not seen this afternoon', () => {
    const { engine, db, ids } = council();
    ok(engine, 'attendance.mark', { delegateId: ids[0], status: 'present' });
    ok(engine, 'attendance.mark', { delegateId: ids[1], status: 'excused' });
    const afternoon = ok(engine, 'attendance.open', { label: '2026-12-08 chiều', carry: true }).id;
    const carried = db.prepare('SELECT delegate_id AS id, status FROM attendance WHERE roll_call_id = ?').all(afternoon);
    expect(carried).toEqual([{ id: ids[1], status: 'excused' }]);
    expect(rollCallGroups(engine.current.attendance)).toEqual({ confirmed: 0, away: 1, unmarked: 5 });
  });
});
