import { describe, expect, it } from 'vitest';
import { hasQuorum, quorumNeeded } from '../../../common/attendance/quorum';
import { dumpDb, newEngine, ok, seedBasics, tempDir, refused } from '../helpers';
import path from 'node:path';
import type { CommandType } from '../../../electron/engine/commands';
import type { ErrorCode } from '../../../electron/engine/messages';

function setUp(file?: string) {
  const env = newEngine(file);
  seedBasics(env.engine);
  const item = ok(env.engine, 'agenda.add', { title: 'Thảo luận dự toán', kind: 'discussion' });
  const people = ['Nguyễn Văn Dũng', 'Trần Thị Hoa', 'Lê Văn Tám', 'Phạm Thị Lan', 'Võ Văn Kiệt'].map(
    (fullName, i) => ok(env.engine, 'delegate.add', { fullName, seatNumber: i + 1, group: i < 3 ? 'Tổ 1' : 'Tổ 2' }).id,
  );
  const official = ok(env.engine, 'delegate.add', { fullName: 'Giám đốc Sở Tài chính', voting: false, agency: 'Sở Tài chính' }).id;
  return { ...env, itemId: item.id, people, official };
}

const queueNames = (engine: ReturnType<typeof setUp>['engine']) =>
  engine.current.speakers.queue.map((s) => engine.current.delegates.find((d) => d.id === s.delegateId)!.fullName);

describe('speaker queue', () => {
  it('queues in order, reorders, puts back at the end, and undoes the last action', () => {
    const { engine, people } = setUp();
    const ids = people.map((delegateId) => ok(engine, 'speaker.request', { delegateId }).id);
    expect(queueNames(engine)).toEqual(['Nguyễn Văn Dũng', 'Trần Thị Hoa', 'Lê Văn Tám', 'Phạm Thị Lan', 'Võ Văn Kiệt']);
    ok(engine, 'speaker.move', { id: ids[4], index: 0 });
    ok(engine, 'speaker.move', { id: ids[0], index: 99 });
    expect(queueNames(engine)).toEqual(['Võ Văn Kiệt', 'Trần Thị Hoa', 'Lê Văn Tám', 'Phạm Thị Lan', 'Nguyễn Văn Dũng']);
    ok(engine, 'speaker.requeue', { id: ids[1] });
    expect(queueNames(engine)).toEqual(['Võ Văn Kiệt', 'Lê Văn Tám', 'Phạm Thị Lan', 'Nguyễn Văn Dũng', 'Trần Thị Hoa']);
    // The step names the person it was about, for the chair's "Undo: put back (Trần Thị Hoa)".
    expect(engine.current.undo.queue).toMatchObject({ action: 'requeue', subject: 'Trần Thị Hoa' });
    ok(engine, 'undo', { scope: 'queue' });
    ok(engine, 'undo', { scope: 'queue' });
    expect(queueNames(engine)).toEqual(['Võ Văn Kiệt', 'Nguyễn Văn Dũng', 'Trần Thị Hoa', 'Lê Văn Tám', 'Phạm Thị Lan']);
    ok(engine, 'speaker.withdraw', { id: ids[2] });
    expect(queueNames(engine)).not.toContain('Lê Văn Tám');
    ok(engine, 'undo', { scope: 'queue' });
    expect(queueNames(engine)).toContain('Lê Văn Tám');
  });

  it('hears a point of order before the speeches waiting, after the points of order raised before it; one undo takes it back', () => {
    const { engine, people } = setUp();
    const [dung, hoa, tam, lan, kiet] = people;
    for (const delegateId of [dung, hoa, tam]) ok(engine, 'speaker.request', { delegateId });
    ok(engine, 'speaker.request', { delegateId: lan, kind: 'pointOfOrder' });
    expect(queueNames(engine)).toEqual(['Phạm Thị Lan', 'Nguyễn Văn Dũng', 'Trần Thị Hoa', 'Lê Văn Tám']);
    ok(engine, 'speaker.request', { delegateId: kiet, kind: 'pointOfOrder' });
    expect(queueNames(engine)).toEqual(['Phạm Thị Lan', 'Võ Văn Kiệt', 'Nguyễn Văn Dũng', 'Trần Thị Hoa', 'Lê Văn Tám']);
    expect(engine.current.speakers.queue.map((s) => s.kind)).toEqual(['pointOfOrder', 'pointOfOrder', 'speech', 'speech', 'speech']);
    // A debate reply or a speech still joins the end.
    ok(engine, 'speaker.request', { delegateId: lan, kind: 'debateReply' });
    expect(queueNames(engine).at(-1)).toBe('Phạm Thị Lan');
    ok(engine, 'undo', { scope: 'queue' });
    ok(engine, 'undo', { scope: 'queue' });
    expect(queueNames(engine)).toEqual(['Phạm Thị Lan', 'Nguyễn Văn Dũng', 'Trần Thị Hoa', 'Lê Văn Tám']);
    ok(engine, 'speaker.next');
    expect(engine.current.speakers.current).toMatchObject({ delegateId: lan, kind: 'pointOfOrder' });
  });

  it('runs speeches with pauses and extra time, recognises a second speech, and keeps totals', () => {
    const { engine, clock, people, official } = setUp();
    ok(engine, 'speaker.request', { delegateId: people[0] });
    ok(engine, 'speaker.request', { delegateId: official, kind: 'explanation' });
    ok(engine, 'speaker.next');
    let cur = engine.current.speakers.current!;
    expect(cur).toMatchObject({ delegateId: people[0], status: 'called', kind: 'speech', limitMs: 7 * 60_000 });
    ok(engine, 'speaker.start');
    clock.advance(60_000);
    ok(engine, 'speaker.pause');
    clock.advance(30_000); // the chair's interjection does not count
    ok(engine, 'speaker.start');
    clock.advance(20_000);
    ok(engine, 'speaker.extend', { seconds: 30 });
    ok(engine, 'speaker.extend', { seconds: 60 });
    cur = engine.current.speakers.current!;
    expect(cur.extraMs).toBe(90_000);
    expect(cur.pauses).toBe(1);
    // Next closes the running speech at 80 s and calls the official.
    ok(engine, 'speaker.next');
    expect(engine.current.speakers.current).toMatchObject({ delegateId: official, kind: 'explanation', limitMs: 600_000 });
    expect(engine.current.speechTotals.byDelegate[people[0]]).toEqual({ count: 1, ms: 80_000 });

    // The same delegate asks again on the same item: a second speech with its own limit.
    const again = ok(engine, 'speaker.request', { delegateId: people[0] });
    expect(again.kind).toBe('secondSpeech');
    ok(engine, 'speaker.start');
    clock.advance(5 * 60_000);
    ok(engine, 'speaker.next');
    expect(engine.current.speakers.current).toMatchObject({ delegateId: people[0], kind: 'secondSpeech', limitMs: 180_000 });
    ok(engine, 'speaker.start');
    clock.advance(45_000);
    ok(engine, 'speaker.pause');
    clock.advance(10_000);
    // Finishing a paused speech keeps what was spoken.
    ok(engine, 'speaker.finish');
    expect(engine.current.speakers.current).toBeNull();
    const totals = engine.current.speechTotals;
    expect(totals.byDelegate[people[0]]).toEqual({ count: 2, ms: 125_000 });
    expect(totals.byGroup['Tổ 1']).toEqual({ count: 2, ms: 125_000 });
    expect(totals.byItem[engine.current.speakers.itemId!]).toEqual({ count: 3, ms: 425_000 });
  });

  it('refuses a duplicate request, an unknown person, negative extra time, and calling someone absent, changing nothing', () => {
    const { engine, db, people } = setUp();
    const first = ok(engine, 'speaker.request', { delegateId: people[0] });
    const second = ok(engine, 'speaker.request', { delegateId: people[1] });
    ok(engine, 'attendance.open', { label: '2026-12-08 sáng' });
    ok(engine, 'attendance.mark', { delegateId: people[1], status: 'absent' });
    ok(engine, 'speaker.next');
    ok(engine, 'speaker.start');
    const before = dumpDb(db);
    const refusals: [CommandType, object, ErrorCode][] = [
      ['speaker.request', { delegateId: people[0] }, 'duplicate-request'],
      ['speaker.request', { delegateId: 999 }, 'not-found'],
      ['speaker.extend', { seconds: -30 }, 'invalid'],
      ['speaker.call', { id: second.id }, 'speaker-absent'],
      ['speaker.call', { id: 4242 }, 'not-found'],
      ['speaker.withdraw', { id: first.id }, 'not-waiting'],
      ['speaker.next', {}, 'nobody-present'],
    ];
    for (const [type, payload, code] of refusals) refused(engine, type, payload, code);
    expect(refused(engine, 'speaker.call', { id: second.id }).vi).toBe('Trần Thị Hoa không có mặt trong phiên họp này, không thể mời phát biểu.');
    expect(dumpDb(db)).toEqual(before);
    // Once she arrives (late, with the time) she can be called.
    ok(engine, 'attendance.mark', { delegateId: people[1], status: 'late', time: '08:20' });
    ok(engine, 'speaker.call', { id: second.id });
    expect(engine.current.speakers.current?.delegateId).toBe(people[1]);
  });

  it('keeps a running speech, its pauses and the queue through a restart', () => {
    const file = path.join(tempDir(), 'gavel.db');
    const a = setUp(file);
    ok(a.engine, 'speaker.request', { delegateId: a.people[2] });
    ok(a.engine, 'speaker.request', { delegateId: a.people[3] });
    ok(a.engine, 'speaker.next');
    ok(a.engine, 'speaker.start');
    a.clock.advance(10_000);
    ok(a.engine, 'speaker.pause');
    ok(a.engine, 'speaker.start');
    const at = a.clock();
    a.db.close();
    const b = newEngine(file, a.clock);
    b.clock.set(at + 5_000);
    const cur = b.engine.current.speakers.current!;
    expect(cur).toMatchObject({ delegateId: a.people[2], accumulatedMs: 10_000, startedAt: at, pauses: 1 });
    expect(b.engine.current.speakers.queue.map((s) => s.delegateId)).toEqual([a.people[3]]);
  });

  it('refuses queue undo, changing nothing, once a person with requests is removed', () => {
    const { engine, db, people } = setUp();
    ok(engine, 'speaker.request', { delegateId: people[0] });
    ok(engine, 'speaker.request', { delegateId: people[1] });
    ok(engine, 'delegate.remove', { id: people[0] });
    expect(engine.current.speakers.queue.map((s) => s.delegateId)).toEqual([people[1]]);
    ok(engine, 'undo', { scope: 'queue' }); // the second request: its row is as the step left it
    expect(engine.current.speakers.queue).toEqual([]);
    const before = dumpDb(db);
    refused(engine, 'undo', { scope: 'queue' }, 'undo-overtaken'); // the first: its row is gone
    expect(dumpDb(db)).toEqual(before);
  });
});

describe('attendance and quorum', () => {
  it('computes the quorum in whole numbers at the edges', () => {
    const twoThirds = { numerator: 2, denominator: 3 };
    expect(quorumNeeded(90, twoThirds)).toBe(60);
    expect(quorumNeeded(58, twoThirds)).toBe(39);
    expect(quorumNeeded(1, twoThirds)).toBe(1);
    expect(hasQuorum(60, 90, twoThirds)).toBe(true);
    expect(hasQuorum(59, 90, twoThirds)).toBe(false);
    expect(hasQuorum(39, 58, twoThirds)).toBe(true);
    expect(hasQuorum(38, 58, twoThirds)).toBe(false);
    expect(quorumNeeded(58, { numerator: 1, denominator: 2 })).toBe(29);
  });

  it('counts present voting delegates of the total seats, with everyone present by default', () => {
    const { engine, db, people, official } = setUp();
    ok(engine, 'council.save', { name: 'HĐND xã', level: 'commune', term: 3, totalSeats: 6 });
    // 5 voting delegates of 6 seats; quorum needs 4.
    expect(engine.current.attendance).toMatchObject({ currentId: null, present: 5, totalSeats: 6, needed: 4, quorum: true });
    const before = dumpDb(db);
    refused(engine, 'attendance.mark', { delegateId: people[0], status: 'absent' }, 'no-roll-call');
    ok(engine, 'attendance.open', { label: '2026-12-08 sáng' });
    refused(engine, 'attendance.mark', { delegateId: people[0], status: 'late' }, 'time-required');
    refused(engine, 'attendance.mark', { delegateId: people[0], status: 'left', time: '25:00' }, 'invalid');
    expect(dumpDb(db).attendance).toEqual(before.attendance);

    ok(engine, 'attendance.mark', { delegateId: people[0], status: 'absent' });
    ok(engine, 'attendance.mark', { delegateId: official, status: 'absent' }); // a guest does not count
    expect(engine.current.attendance).toMatchObject({ present: 4, quorum: true });
    ok(engine, 'attendance.mark', { delegateId: people[1], status: 'left', time: '10:45' });
    expect(engine.current.attendance).toMatchObject({ present: 3, quorum: false });
    ok(engine, 'attendance.mark', { delegateId: people[0], status: 'late', time: '08:15' });
    expect(engine.current.attendance).toMatchObject({ present: 4, quorum: true });
    // The afternoon starts a new roll call: everyone present again; the morning is kept.
    ok(engine, 'attendance.open', { label: '2026-12-08 chiều' });
    expect(engine.current.attendance).toMatchObject({ present: 5, marks: [] });
    const morning = engine.current.attendance.sittings[0];
    ok(engine, 'attendance.select', { id: morning.id });
    expect(engine.current.attendance.marks).toHaveLength(3);
  });
});

describe('roster import', () => {
  it('adds every row in one command, or none when a row is bad', () => {
    const { engine, db } = setUp();
    const before = dumpDb(db);
    const bad = engine.run('roster.import', {
      rows: [
        { line: 2, fullName: 'Đinh Văn A', seatNumber: 10 },
        { line: 3, fullName: 'Đinh Văn B', seatNumber: 3 },
      ],
    });
    expect(!bad.ok && bad.error.message).toBe('Line 3: Seat 3 is already taken by Lê Văn Tám.');
    const empty = engine.dispatch({ type: 'roster.import', rows: [{ line: 4, fullName: ' ' }] }, { actor: 'x', lang: 'vi' });
    expect(!empty.ok && empty.error.message).toBe('Dòng 4: Họ và tên không được để trống.');
    expect(refused(engine, 'roster.import', { rows: [{ line: 2, fullName: 'X', seatNumber: 20 }, { line: 3, fullName: 'Y', seatNumber: 20 }] }).en).toBe('Line 3: Seat 20 is already taken by X.');
    expect(dumpDb(db)).toEqual(before);
    ok(engine, 'roster.import', {
      rows: [
        { line: 2, fullName: 'Đinh Văn A', seatNumber: 10, committee: 'Ban Pháp chế' },
        { line: 3, fullName: 'Chánh án TAND tỉnh', voting: false, agency: 'Tòa án nhân dân tỉnh' },
      ],
    });
    expect(engine.current.delegates.find((d) => d.seatNumber === 10)).toMatchObject({ committee: 'Ban Pháp chế' });
    expect(engine.current.delegates).toHaveLength(8);
  });
});
