/**
 * A mark mis-clicked during the roll call is undone in scope `attendance`: the person's mark
 * goes back to what it was (present included), named by the mark and the person; refused,
 * changing nothing, in another session, or once another sitting's roll call is on the screen.
 */
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/store/db';
import { Engine } from '../../../electron/engine/engine';
import { dumpDb, newEngine, ok, refused, seedBasics } from '../helpers';

const marks = (db: Db) => db.prepare('SELECT roll_call_id, delegate_id, status, at_time FROM attendance ORDER BY id').all();

function rollCall() {
  const env = newEngine();
  const { engine } = env;
  seedBasics(engine);
  const hang = ok(engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng', seatNumber: 1 }).id;
  const viet = ok(engine, 'delegate.add', { fullName: 'Đặng Quốc Việt', seatNumber: 2 }).id;
  ok(engine, 'attendance.open', { label: '2026-12-08 sáng' });
  return { ...env, hang, viet };
}

describe('undo of a roll-call mark', () => {
  it('takes back marks one at a time, last first, to exactly the marks before', () => {
    const { engine, db, hang, viet } = rollCall();
    const none = marks(db);
    ok(engine, 'attendance.mark', { delegateId: hang, status: 'late', time: '07:45' });
    const late = dumpDb(db).attendance;
    ok(engine, 'attendance.mark', { delegateId: hang, status: 'absent' });
    ok(engine, 'attendance.mark', { delegateId: viet, status: 'excused' });
    expect(engine.current.undo.attendance).toMatchObject({ action: 'excused', subject: 'Đặng Quốc Việt' });

    expect(ok(engine, 'undo', { scope: 'attendance' })).toEqual({ scope: 'attendance', action: 'excused', subject: 'Đặng Quốc Việt' });
    expect(engine.current.undo.attendance).toMatchObject({ action: 'absent', subject: 'Nguyễn Thị Hằng' });
    ok(engine, 'undo', { scope: 'attendance' });
    expect(dumpDb(db).attendance).toEqual(late); // late at 07:45 again, same row
    ok(engine, 'undo', { scope: 'attendance' });
    expect(marks(db)).toEqual(none);
    expect(engine.current.undo.attendance).toBeUndefined();
  });

  it('takes back a mark of present (the absence it cleared comes back), and records nothing for a mark that changes nothing', () => {
    const { engine, db, hang } = rollCall();
    ok(engine, 'attendance.mark', { delegateId: hang, status: 'absent' });
    const absent = marks(db);
    ok(engine, 'attendance.mark', { delegateId: hang, status: 'present' });
    expect(engine.current.undo.attendance).toMatchObject({ action: 'present', subject: 'Nguyễn Thị Hằng' });
    const steps = db.prepare('SELECT count(*) FROM undo_step').pluck().get();
    ok(engine, 'attendance.mark', { delegateId: hang, status: 'present' });
    expect(db.prepare('SELECT count(*) FROM undo_step').pluck().get()).toBe(steps);
    ok(engine, 'undo', { scope: 'attendance' });
    expect(marks(db)).toEqual(absent);
  });

  it('refuses, changing nothing, once the person is no longer on the roster it marked', () => {
    const { engine, db } = rollCall();
    // Entered after the roll call opened, so removable while unmarked.
    const an = ok(engine, 'delegate.add', { fullName: 'Võ Thành An', seatNumber: 3 }).id;
    ok(engine, 'attendance.mark', { delegateId: an, status: 'absent' });
    ok(engine, 'attendance.mark', { delegateId: an, status: 'unmarked' });
    ok(engine, 'delegate.remove', { id: an });
    const prior = dumpDb(db);
    const r = refused(engine, 'undo', { scope: 'attendance' }, 'undo-needs-removed');
    // Says why, and that the refusal left everything as it was, as the other refusals of undo do.
    expect(r.en).toBe('This can no longer be undone: something it depends on has since been removed (for example the delegate or the agenda item it concerned). Nothing was changed.');
    expect(r.vi).toBe('Không thể hoàn tác nữa: một mục mà thao tác này dựa vào đã bị xóa sau đó (ví dụ đại biểu hoặc mục chương trình liên quan). Chưa có gì thay đổi.');
    expect(dumpDb(db)).toEqual(prior);
  });

  it('refuses, changing nothing, when the mark was changed since by something other than a mark', () => {
    const { engine, db, hang } = rollCall();
    ok(engine, 'attendance.mark', { delegateId: hang, status: 'absent' });
    // Not an attendance step: as another tool would change the row.
    db.prepare("UPDATE attendance SET status = 'excused'").run();
    const prior = dumpDb(db);
    const r = refused(engine, 'undo', { scope: 'attendance' }, 'undo-overtaken');
    expect(r.en).toBe('This can no longer be undone: a later action changed the same records (for example the agenda item or the person was removed, or a speech has started). Nothing was changed.');
    expect(r.vi).toBe('Không thể hoàn tác nữa: một thao tác sau đó đã thay đổi chính những mục này (ví dụ mục chương trình hoặc đại biểu đã bị xóa, hoặc đại biểu đã bắt đầu phát biểu). Chưa có gì thay đổi.');
    expect(dumpDb(db)).toEqual(prior);
  });

  it('does not reach another session', () => {
    const { engine, db, hang } = rollCall();
    ok(engine, 'attendance.mark', { delegateId: hang, status: 'absent' });
    const other = ok(engine, 'session.create', { number: 12, term: 16, kind: 'thematic', startDate: '2027-03-10', endDate: '2027-03-10' });
    ok(engine, 'session.select', { id: other.id });
    expect(engine.current.undo.attendance).toMatchObject({ elsewhere: { sessionId: 1 } });
    const prior = marks(db);
    const r = refused(engine, 'undo', { scope: 'attendance' }, 'undo-other-session');
    expect(r.vi).toBe('Thao tác cuối cùng có thể hoàn tác thuộc một kỳ họp khác. Hãy chọn lại kỳ họp đó để hoàn tác.');
    expect(marks(db)).toEqual(prior);
  });

  it('refuses, changing nothing, while another sitting’s roll call is open, and takes the mark back on returning to it', () => {
    const { engine, db, hang, viet } = rollCall();
    const morning = engine.current.attendance.currentId!;
    ok(engine, 'attendance.mark', { delegateId: hang, status: 'absent' });
    const afternoon = ok(engine, 'attendance.open', { label: '2026-12-08 chiều', carry: true }).id;
    ok(engine, 'attendance.mark', { delegateId: viet, status: 'late', time: '14:10' });
    // The afternoon's own mark is taken back as usual; the next step is the morning's.
    ok(engine, 'undo', { scope: 'attendance' });
    const prior = dumpDb(db);
    const r = refused(engine, 'undo', { scope: 'attendance' }, 'undo-other-roll-call');
    expect(r.en).toBe('The mark of Nguyễn Thị Hằng belongs to the roll call of the morning sitting of 8 Dec 2026, not the one open now. Return to the roll call of the morning sitting of 8 Dec 2026 to undo or redo it.');
    expect(r.vi).toBe('Việc điểm danh Nguyễn Thị Hằng thuộc phiên buổi sáng 08/12/2026, không phải phiên đang điểm danh. Hãy quay lại điểm danh phiên buổi sáng 08/12/2026 để hoàn tác hoặc làm lại.');
    expect(dumpDb(db)).toEqual(prior);
    expect(engine.current.undo.attendance).toMatchObject({ action: 'absent', subject: 'Nguyễn Thị Hằng' });

    ok(engine, 'attendance.select', { id: morning });
    expect(ok(engine, 'undo', { scope: 'attendance' })).toEqual({ scope: 'attendance', action: 'absent', subject: 'Nguyễn Thị Hằng' });
    // The afternoon keeps the absence it started from.
    expect(marks(db)).toEqual([{ roll_call_id: afternoon, delegate_id: hang, status: 'absent', at_time: null }]);
    // Redo holds to the same rule: not from the afternoon's roll call, then from the morning's.
    ok(engine, 'attendance.select', { id: afternoon });
    refused(engine, 'redo', { scope: 'attendance' }, 'undo-other-roll-call');
    ok(engine, 'attendance.select', { id: morning });
    ok(engine, 'redo', { scope: 'attendance' });
    expect(marks(db)).toContainEqual({ roll_call_id: morning, delegate_id: hang, status: 'absent', at_time: null });
  });

  it('offers the step, in the undo and redo slices, as taken in its own roll call while another one is current, and as here again on returning', () => {
    const { engine, db, hang } = rollCall();
    const morning = engine.current.attendance.currentId!;
    ok(engine, 'attendance.mark', { delegateId: hang, status: 'absent' });
    const here = { action: 'absent', subject: 'Nguyễn Thị Hằng' };
    expect(engine.current.undo.attendance).toMatchObject(here);
    expect(engine.current.undo.attendance!.elsewhere).toBeUndefined();
    // The slice as patched after each command is the slice read afresh from the database.
    const fresh = () => new Engine(db).current;
    const afternoon = ok(engine, 'attendance.open', { label: '2026-12-08 chiều' }).id;
    expect(engine.current.undo.attendance).toMatchObject({ ...here, elsewhere: { rollCallId: morning } });
    expect(fresh().undo).toEqual(engine.current.undo);
    // Only the selection changes (a setting, no undo step): back in the morning, offered here again.
    ok(engine, 'attendance.select', { id: morning });
    expect(engine.current.undo.attendance).toMatchObject(here);
    expect(engine.current.undo.attendance!.elsewhere).toBeUndefined();
    ok(engine, 'attendance.select', { id: afternoon });
    expect(engine.current.undo.attendance!.elsewhere).toEqual({ rollCallId: morning });

    // The same for redo: undone in the morning, offered for redo there only.
    ok(engine, 'attendance.select', { id: morning });
    ok(engine, 'undo', { scope: 'attendance' });
    expect(engine.current.undo.attendance).toBeUndefined();
    expect(engine.current.redo.attendance).toMatchObject(here);
    expect(engine.current.redo.attendance!.elsewhere).toBeUndefined();
    ok(engine, 'attendance.select', { id: afternoon });
    expect(engine.current.redo.attendance).toMatchObject({ ...here, elsewhere: { rollCallId: morning } });
    expect(fresh().redo).toEqual(engine.current.redo);
    ok(engine, 'attendance.select', { id: morning });
    expect(engine.current.redo.attendance!.elsewhere).toBeUndefined();
    ok(engine, 'redo', { scope: 'attendance' });
    expect(engine.current.undo.attendance).toMatchObject(here);

    // A mark in the afternoon is offered there; undone, the morning's is offered as the morning's.
    ok(engine, 'attendance.select', { id: afternoon });
    ok(engine, 'attendance.mark', { delegateId: hang, status: 'excused' });
    expect(engine.current.undo.attendance).toMatchObject({ action: 'excused' });
    expect(engine.current.undo.attendance!.elsewhere).toBeUndefined();
    ok(engine, 'undo', { scope: 'attendance' });
    expect(engine.current.undo.attendance).toMatchObject({ ...here, elsewhere: { rollCallId: morning } });
    expect(fresh().undo).toEqual(engine.current.undo);
  });

  it('names a roll call typed by a council without sittings as it was typed', () => {
    const { engine, db, viet } = rollCall();
    ok(engine, 'attendance.open', { label: 'Họp chuyên đề' });
    ok(engine, 'attendance.mark', { delegateId: viet, status: 'excused' });
    ok(engine, 'attendance.open', { label: '2026-12-08 sáng' });
    const prior = dumpDb(db);
    const r = refused(engine, 'undo', { scope: 'attendance' }, 'undo-other-roll-call');
    expect(r.en).toBe('The mark of Đặng Quốc Việt belongs to the roll call of “Họp chuyên đề”, not the one open now. Return to the roll call of “Họp chuyên đề” to undo or redo it.');
    expect(r.vi).toBe('Việc điểm danh Đặng Quốc Việt thuộc phiên «Họp chuyên đề», không phải phiên đang điểm danh. Hãy quay lại điểm danh phiên «Họp chuyên đề» để hoàn tác hoặc làm lại.');
    expect(dumpDb(db)).toEqual(prior);
  });
});
