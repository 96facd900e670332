import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../electron/engine/engine';
import { monotonicWallClock } from '../../../electron/engine/clock';
import { elapsedMs } from '../../../common/timing/timer';
import { forecast, joinRows, pace, totalsByGroup, totalsBySitting } from '../../../common/timing/stats';
import { openStore } from '../../../electron/store/db';
import { listTimings } from '../../../electron/features/timing/store';
import type { AgendaKind } from '../../../common/agenda/model';
import type { CommandType } from '../../../electron/engine/commands';
import type { ErrorCode } from '../../../electron/engine/messages';
import { changedSlices, dumpDb, manualClock, newEngine, ok, seedBasics, tempDir, refused } from '../helpers';

const MIN = 60_000;

function setUp(file?: string, clock = manualClock()) {
  const env = newEngine(file, clock);
  seedBasics(env.engine);
  const sitting = ok(env.engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' });
  const add = (title: string, kind: AgendaKind, plannedMinutes: number) => {
    const { id } = ok(env.engine, 'agenda.add', { title, kind, plannedMinutes });
    ok(env.engine, 'agenda.assign', { id, sittingId: sitting.id });
    return id;
  };
  const a = add('Báo cáo kinh tế - xã hội', 'report', 15);
  const b = add('Báo cáo thẩm tra', 'verification', 10);
  const c = add('Thảo luận', 'discussion', 60);
  return { ...env, sittingId: sitting.id, a, b, c };
}

const timing = (engine: Engine, id: number) => engine.current.timing.items.find((t) => t.id === id)!;

describe('live control of agenda items', () => {
  it('accumulates across pauses and records every segment', () => {
    const { engine, clock, a } = setUp();
    ok(engine, 'item.start', { id: a });
    clock.advance(5 * MIN);
    ok(engine, 'item.pause', { id: a });
    clock.advance(2 * MIN); // paused: does not count
    ok(engine, 'item.resume', { id: a });
    clock.advance(3 * MIN + 500);
    expect(elapsedMs(timing(engine, a), clock())).toBe(8 * MIN + 500);
    ok(engine, 'item.finish', { id: a });
    const t = timing(engine, a);
    expect(t).toMatchObject({ status: 'finished', startedAt: null, accumulatedMs: 8 * MIN + 500 });
    // Every segment is in the record (the minutes and review read them); screens get the first and the latest.
    const all = listTimings(engine.db, engine.current.sessions.currentId!).find((x) => x.id === a)!.segments;
    expect(all).toHaveLength(2);
    expect(all[1].startedAt - all[0].endedAt!).toBe(2 * MIN);
    expect(t.segments).toEqual(all);
    // The sitting opened with the first item and its clock runs on.
    expect(engine.current.sittings[0].status).toBe('open');
  });

  it('starting a second item while one runs asks finish-or-pause', () => {
    const { engine, db, clock, a, b } = setUp();
    ok(engine, 'item.start', { id: a });
    clock.advance(MIN);
    const before = dumpDb(db);
    const error = refused(engine, 'item.start', { id: b });
    expect(error.code).toBe('another-item-live');
    expect(error.en).toBe('“Báo cáo kinh tế - xã hội” is running. Choose whether to finish or pause it before starting another item.');
    expect(dumpDb(db)).toEqual(before);
    ok(engine, 'item.start', { id: b, current: 'pause' });
    expect(timing(engine, a)).toMatchObject({ status: 'paused', accumulatedMs: MIN });
    expect(timing(engine, b).status).toBe('running');
    clock.advance(MIN);
    ok(engine, 'item.resume', { id: a, current: 'finish' });
    expect(timing(engine, b)).toMatchObject({ status: 'finished', accumulatedMs: MIN });
    expect(engine.current.timing.items.filter((t) => t.status === 'running').map((t) => t.id)).toEqual([a]);
  });

  it('refuses bad input and changes nothing', () => {
    const { engine, db, a, b, c } = setUp();
    ok(engine, 'item.start', { id: a });
    ok(engine, 'item.finish', { id: a, });
    ok(engine, 'item.start', { id: b });
    ok(engine, 'item.pause', { id: b });
    const before = dumpDb(db);
    const cases: [CommandType, object, ErrorCode][] = [
      ['item.start', { id: a }, 'item-done'],
      ['item.pause', { id: b }, 'item-not-running'],
      ['item.pause', { id: c }, 'item-not-running'],
      ['item.resume', { id: c }, 'item-not-paused'],
      ['item.finish', { id: c }, 'item-not-started'],
      ['item.skip', { id: b }, 'item-not-pending'],
      ['item.reopen', { id: c }, 'item-not-done'],
      ['item.start', { id: 9999 }, 'not-found'],
      ['item.extend', { id: c, minutes: -5 }, 'invalid'],
      ['item.extend', { id: c, minutes: 100_000 }, 'invalid'],
      ['item.start', { id: c, current: 'later' }, 'invalid'],
      ['sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }, 'duplicate-sitting'],
      ['sitting.add', { date: '2026-12-08', part: 'afternoon', plannedStart: '17:30', plannedEnd: '13:30' }, 'times-reversed'],
      ['sitting.add', { date: '2026-12-08', part: 'afternoon', plannedStart: '25:00', plannedEnd: '26:00' }, 'invalid'],
      ['agenda.setParent', { id: a, parentId: a }, 'bad-parent'],
    ];
    for (const [type, payload, code] of cases) expect(refused(engine, type, payload).code, type).toBe(code);
    expect(refused(engine, 'item.extend', { id: c, minutes: -5 }).en).toBe('Minutes must be at least 1.');
    expect(dumpDb(db)).toEqual(before);
  });

  it('adds minutes to the plan, up to a limit', () => {
    const { engine, db, a } = setUp();
    ok(engine, 'item.extend', { id: a });
    ok(engine, 'item.extend', { id: a, minutes: 4 });
    expect(timing(engine, a).extraMinutes).toBe(5);
    for (let i = 0; i < 9; i++) ok(engine, 'item.extend', { id: a, minutes: 60 }); // 545
    const before = dumpDb(db);
    expect(refused(engine, 'item.extend', { id: a, minutes: 60 }).code).toBe('extra-too-long');
    expect(dumpDb(db)).toEqual(before);
  });

  it('skips and reopens, keeping time already run', () => {
    const { engine, clock, a, b } = setUp();
    ok(engine, 'item.skip', { id: b });
    expect(timing(engine, b).status).toBe('skipped');
    ok(engine, 'item.reopen', { id: b });
    expect(timing(engine, b).status).toBe('pending');
    ok(engine, 'item.start', { id: a });
    clock.advance(90_000);
    ok(engine, 'item.finish', { id: a });
    ok(engine, 'item.reopen', { id: a });
    expect(timing(engine, a)).toMatchObject({ status: 'paused', accumulatedMs: 90_000 });
  });

  it('undoes the last timing actions one by one', () => {
    const { engine, db, clock, a, b } = setUp();
    const start = dumpDb(db);
    ok(engine, 'item.start', { id: a });
    clock.advance(MIN);
    const running = dumpDb(db);
    ok(engine, 'item.start', { id: b, current: 'finish' });
    expect(engine.current.undo.timing).toMatchObject({ action: 'start', subject: 'Báo cáo thẩm tra' });
    ok(engine, 'undo', { scope: 'timing' });
    // A is running again from its true start; B never started.
    expect(dumpDb(db).agenda_item).toEqual(running.agenda_item);
    expect(dumpDb(db).item_segment).toEqual(running.item_segment);
    clock.advance(MIN);
    expect(elapsedMs(timing(engine, a), clock())).toBe(2 * MIN);
    ok(engine, 'undo', { scope: 'timing' });
    expect(dumpDb(db).agenda_item).toEqual(start.agenda_item);
    expect(dumpDb(db).sitting).toEqual(start.sitting);
    expect(refused(engine, 'undo', { scope: 'timing' }).code).toBe('nothing-to-undo');
  });

  it('a finished item ends the speech at its rostrum, and undo brings both back', () => {
    const { engine, db, clock, a, b, c } = setUp();
    const d1 = ok(engine, 'delegate.add', { fullName: 'Phạm Thị An', seatNumber: 1 }).id;
    const d2 = ok(engine, 'delegate.add', { fullName: 'Lê Văn Bình', seatNumber: 2 }).id;
    ok(engine, 'item.start', { id: a });
    // A report's floor is the discussion after it (speakers/slices.ts followLiveItem): the report's own queue is chosen.
    ok(engine, 'speaker.focus', { agendaItemId: a });
    ok(engine, 'speaker.request', { agendaItemId: a, delegateId: d1 });
    ok(engine, 'speaker.next', {});
    ok(engine, 'speaker.start', {});
    clock.advance(3 * MIN);
    const speaking = dumpDb(db).speech;
    ok(engine, 'item.finish', { id: a });
    expect(engine.current.speakers.current).toBeNull();
    expect(dumpDb(db).speech).toEqual([expect.objectContaining({ status: 'done', accumulated_ms: 3 * MIN, finished_at: clock() })]);
    ok(engine, 'undo', { scope: 'timing' });
    expect(dumpDb(db).speech).toEqual(speaking);
    expect(engine.current.speakers.current).toMatchObject({ delegateId: d1, status: 'speaking' });
    // Moving on to the next item with "finish" ends it too; a speech on another item is left alone.
    ok(engine, 'item.start', { id: b, current: 'finish' });
    expect(engine.current.speakers.current).toBeNull();
    ok(engine, 'speaker.focus', { agendaItemId: b });
    ok(engine, 'speaker.request', { agendaItemId: b, delegateId: d2 });
    ok(engine, 'speaker.next', {});
    ok(engine, 'item.start', { id: c, current: 'pause' });
    expect(engine.current.speakers.current).toMatchObject({ delegateId: d2, status: 'called' });
  });
  it('a paused item or a suspended sitting pauses the speech at its rostrum, its resumption resumes it, and undo brings it back', () => {
    const { engine, db, clock, a, sittingId } = setUp();
    const d1 = ok(engine, 'delegate.add', { fullName: 'Phạm Thị An', seatNumber: 1 }).id;
    ok(engine, 'item.start', { id: a });
    ok(engine, 'speaker.focus', { agendaItemId: a });
    ok(engine, 'speaker.request', { agendaItemId: a, delegateId: d1 });
    ok(engine, 'speaker.next', {});
    ok(engine, 'speaker.start', {});
    clock.advance(2 * MIN);
    const speaking = dumpDb(db).speech;
    ok(engine, 'item.pause', { id: a });
    expect(engine.current.speakers.current).toMatchObject({ delegateId: d1, startedAt: null, accumulatedMs: 2 * MIN });
    ok(engine, 'undo', { scope: 'timing' });
    expect(dumpDb(db).speech).toEqual(speaking);
    // A break: the sitting is suspended, and the delegate's time stops with it.
    ok(engine, 'sitting.suspend', { id: sittingId });
    clock.advance(15 * MIN);
    const cur = engine.current.speakers.current!;
    expect(cur).toMatchObject({ status: 'speaking', startedAt: null });
    expect(elapsedMs(cur, clock())).toBe(2 * MIN);
    // The item resumes: the speech it paused goes on with it.
    ok(engine, 'item.resume', { id: a });
    expect(engine.current.speakers.current).toMatchObject({ startedAt: clock(), accumulatedMs: 2 * MIN });
    // A speech the chair paused in Speakers stays paused through the item's pause and resume.
    ok(engine, 'speaker.pause', {});
    ok(engine, 'item.pause', { id: a });
    ok(engine, 'item.resume', { id: a });
    expect(engine.current.speakers.current).toMatchObject({ startedAt: null });
  });
});

describe('sittings follow the selected session', () => {
  it('switching sessions republishes sittings and timing', () => {
    const { engine, sittingId } = setUp();
    const updates: string[][] = [];
    engine.subscribe((u) => updates.push(changedSlices(u)));
    const other = ok(engine, 'session.create', { number: 12, term: 16, kind: 'thematic', startDate: '2026-12-20', endDate: '2026-12-20' });
    expect(engine.current.sessions.currentId).toBe(other.id);
    expect(engine.current.sittings).toEqual([]);
    expect(engine.current.timing.items).toEqual([]);
    ok(engine, 'session.select', { id: 1 });
    expect(engine.current.sittings.map((s) => s.id)).toEqual([sittingId]);
    expect(updates.every((u) => u.includes('sittings') && u.includes('timing'))).toBe(true);
  });
});

describe('the sitting clock', () => {
  it('opens, suspends (pausing its item), resumes and closes', () => {
    const { engine, db, clock, sittingId, a } = setUp();
    expect(refused(engine, 'sitting.close', { id: sittingId }).code).toBe('sitting-not-started');
    ok(engine, 'sitting.open', { id: sittingId });
    clock.advance(2 * MIN);
    ok(engine, 'item.start', { id: a });
    clock.advance(3 * MIN);
    ok(engine, 'sitting.suspend', { id: sittingId });
    expect(timing(engine, a)).toMatchObject({ status: 'paused', accumulatedMs: 3 * MIN });
    expect(engine.current.sittings[0]).toMatchObject({ status: 'suspended', accumulatedMs: 5 * MIN });
    clock.advance(10 * MIN);
    ok(engine, 'item.resume', { id: a }); // reopens the suspended sitting
    expect(engine.current.sittings[0].status).toBe('open');
    clock.advance(MIN);
    const before = dumpDb(db);
    const refusal = refused(engine, 'sitting.close', { id: sittingId });
    expect(refusal.code).toBe('sitting-item-live');
    // The button says "Kết thúc phiên họp"; "bế mạc" is the session's closing, not a sitting's.
    expect(refusal.vi).toBe('Nội dung «Báo cáo kinh tế - xã hội» của phiên họp này vẫn đang chạy hoặc tạm dừng. Hãy kết thúc nội dung đó trước khi kết thúc phiên họp.');
    expect(dumpDb(db)).toEqual(before);
    ok(engine, 'item.finish', { id: a });
    ok(engine, 'sitting.close', { id: sittingId });
    expect(engine.current.sittings[0]).toMatchObject({ status: 'closed', accumulatedMs: 6 * MIN });
    expect(refused(engine, 'item.start', { id: engine.current.agenda[1].id }).code).toBe('sitting-closed');
  });

  it('a sitting suspended for the night is closed, at its last item’s end, once day two finishes that item and starts its own, and the session can end', () => {
    const { engine, clock, sittingId, a, b, c } = setUp();
    const nextDay = ok(engine, 'sitting.add', { date: '2026-12-09', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    const d = ok(engine, 'agenda.add', { title: 'Bế mạc kỳ họp', kind: 'closing', plannedMinutes: 15 }).id;
    ok(engine, 'agenda.assign', { id: d, sittingId: nextDay });
    ok(engine, 'item.start', { id: a });
    ok(engine, 'item.start', { id: b, current: 'finish' });
    ok(engine, 'item.start', { id: c, current: 'finish' });
    clock.advance(20 * MIN);
    const evening = clock();
    // Day one ends with the sitting suspended, its last item paused.
    ok(engine, 'sitting.suspend', { id: sittingId });
    clock.advance(14 * 60 * MIN);
    // Day two: `n` from the paused item finishes it and starts the next day's first.
    ok(engine, 'item.finish', { id: c });
    ok(engine, 'item.start', { id: d });
    // Before: day one's sitting stayed suspended for good, and the minutes said the session never ended.
    expect(engine.current.sittings.find((s) => s.id === sittingId)).toMatchObject({ status: 'closed', closedAt: evening });
    clock.advance(10 * MIN);
    ok(engine, 'item.finish', { id: d });
    ok(engine, 'sitting.close', { id: nextDay });
    expect(engine.current.sittings.every((s) => s.status === 'closed')).toBe(true);
  });

  it('a suspended sitting with an item left is not closed by the next day’s', () => {
    const { engine, sittingId, a } = setUp();
    const nextDay = ok(engine, 'sitting.add', { date: '2026-12-09', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    const d = ok(engine, 'agenda.add', { title: 'Bế mạc kỳ họp', kind: 'closing', plannedMinutes: 15 }).id;
    ok(engine, 'agenda.assign', { id: d, sittingId: nextDay });
    ok(engine, 'item.start', { id: a });
    ok(engine, 'sitting.suspend', { id: sittingId });
    ok(engine, 'item.finish', { id: a });
    ok(engine, 'item.start', { id: d });
    expect(engine.current.sittings.find((s) => s.id === sittingId)?.status).toBe('suspended');
  });

  it('suspending the sitting pauses the question or answer under way, which the hall would otherwise count on', () => {
    const { engine, clock, sittingId } = setUp();
    const asker = ok(engine, 'delegate.add', { fullName: 'Hoàng Văn An', seatNumber: 5 }).id;
    const official = ok(engine, 'delegate.add', { fullName: 'Hà Minh Đức', voting: false }).id;
    const { id: respondentId } = ok(engine, 'respondent.add', { delegateId: official, agency: 'Phòng Tài nguyên và Môi trường' });
    const q = ok(engine, 'question.register', { askerId: asker, respondentId, text: 'Tiến độ cấp giấy chứng nhận?' }).id;
    ok(engine, 'sitting.open', { id: sittingId });
    ok(engine, 'question.next', { id: q });
    ok(engine, 'question.toggle');
    clock.advance(MIN);
    ok(engine, 'sitting.suspend', { id: sittingId });
    const asked = () => engine.current.questions.list.find((x) => x.id === q)!;
    expect(asked()).toMatchObject({ phase: 'asking', startedAt: null, accumulatedMs: MIN });
    // Undo takes the break back: the question runs again from where it was.
    ok(engine, 'undo', { scope: 'timing' });
    expect(asked()).toMatchObject({ phase: 'asking', accumulatedMs: 0 });
    expect(asked().startedAt).not.toBeNull();
    ok(engine, 'sitting.suspend', { id: sittingId });

    // The same for the official's answer.
    ok(engine, 'sitting.open', { id: sittingId });
    ok(engine, 'question.toggle');
    ok(engine, 'question.stop');
    ok(engine, 'answer.start');
    ok(engine, 'question.toggle');
    clock.advance(2 * MIN);
    ok(engine, 'sitting.suspend', { id: sittingId });
    const answer = engine.current.questions.answers.at(-1)!;
    expect(answer).toMatchObject({ endedAt: null, startedAt: null, accumulatedMs: 2 * MIN });
  });

  it('opening a sitting suspends the one still open', () => {
    const { engine, clock, sittingId, a } = setUp();
    const afternoon = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'afternoon', plannedStart: '13:30', plannedEnd: '17:00' });
    ok(engine, 'item.start', { id: a });
    clock.advance(MIN);
    ok(engine, 'sitting.open', { id: afternoon.id });
    expect(engine.current.sittings.map((s) => [s.id, s.status, s.accumulatedMs])).toEqual([
      [sittingId, 'suspended', MIN],
      [afternoon.id, 'open', 0],
    ]);
    expect(timing(engine, a)).toMatchObject({ status: 'paused', accumulatedMs: MIN });
    ok(engine, 'undo', { scope: 'timing' });
    expect(timing(engine, a).status).toBe('running');
    expect(engine.current.sittings.map((s) => s.status)).toEqual(['open', 'planned']);
  });
});

describe('going on from a sitting whose programme is done', () => {
  it('closes it, where one with work left is suspended; one undo takes the step back whole', () => {
    const { engine, clock, sittingId, a, b, c } = setUp();
    const afternoon = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'afternoon', plannedStart: '13:30', plannedEnd: '17:00' });
    const { id: vote } = ok(engine, 'agenda.add', { title: 'Biểu quyết thông qua nghị quyết', kind: 'vote', plannedMinutes: 30 });
    ok(engine, 'agenda.assign', { id: vote, sittingId: afternoon.id });
    ok(engine, 'item.start', { id: a });
    clock.advance(MIN);
    ok(engine, 'item.finish', { id: a });
    ok(engine, 'item.skip', { id: b });
    ok(engine, 'item.start', { id: c });
    clock.advance(2 * MIN);
    // The morning's last item ends as the afternoon's first begins (n on the console, "finish").
    ok(engine, 'item.start', { id: vote, current: 'finish' });
    const morning = engine.current.sittings.find((s) => s.id === sittingId)!;
    expect(morning).toMatchObject({ status: 'closed', accumulatedMs: 3 * MIN, closedAt: clock() });
    expect(engine.current.sittings.find((s) => s.id === afternoon.id)!.status).toBe('open');
    ok(engine, 'undo', { scope: 'timing' });
    expect(engine.current.sittings.map((s) => s.status)).toEqual(['open', 'planned']);
    expect(timing(engine, c).status).toBe('running');
    // Paused instead, the discussion keeps the morning to come back to: suspended.
    ok(engine, 'item.start', { id: vote, current: 'pause' });
    expect(engine.current.sittings.map((s) => s.status)).toEqual(['suspended', 'open']);
  });

  it('closes a sitting whose only items left are ones it never takes up: a heading, a report sent to the delegates to study', () => {
    const { engine, clock, sittingId, a, b, c } = setUp();
    const inMorning = (title: string, kind: AgendaKind) => {
      const { id } = ok(engine, 'agenda.add', { title, kind, plannedMinutes: 0 });
      ok(engine, 'agenda.assign', { id, sittingId });
      return id;
    };
    inMorning('Phần thứ hai: Thảo luận, biểu quyết', 'other');
    inMorning('Báo cáo công tác thi hành án dân sự (gửi đại biểu nghiên cứu, không trình bày)', 'report');
    const afternoon = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'afternoon', plannedStart: '13:30', plannedEnd: '17:00' });
    const { id: vote } = ok(engine, 'agenda.add', { title: 'Biểu quyết thông qua nghị quyết', kind: 'vote', plannedMinutes: 30 });
    ok(engine, 'agenda.assign', { id: vote, sittingId: afternoon.id });
    for (const id of [a, b]) {
      ok(engine, 'item.start', { id });
      clock.advance(MIN);
      ok(engine, 'item.finish', { id });
    }
    ok(engine, 'item.start', { id: c });
    clock.advance(MIN);
    ok(engine, 'item.start', { id: vote, current: 'finish' });
    expect(engine.current.sittings.map((s) => s.status)).toEqual(['closed', 'open']);
  });
});

describe('timers survive a restart and ignore wall-clock jumps', () => {
  it('a running item is still running with the right elapsed time after reopening the file', () => {
    const file = path.join(tempDir(), 'gavel.db');
    const clock = manualClock();
    const first = setUp(file, clock);
    ok(first.engine, 'item.start', { id: first.a });
    clock.advance(4 * MIN);
    ok(first.engine, 'item.pause', { id: first.a });
    clock.advance(MIN);
    ok(first.engine, 'item.resume', { id: first.a });
    clock.advance(30_000);
    // No close: as after kill -9, the file is simply opened again by a new engine.
    const again = new Engine(openStore(file), clock);
    clock.advance(2 * MIN);
    const t = timing(again, first.a);
    expect(t.status).toBe('running');
    expect(elapsedMs(t, clock())).toBe(6 * MIN + 30_000);
    ok(again, 'item.finish', { id: first.a });
    expect(timing(again, first.a).accumulatedMs).toBe(6 * MIN + 30_000);
  });

  it('a running timer computes from engine time, not from a jumping wall clock', () => {
    const { db } = newEngine();
    let mono = 1_000;
    const clock = monotonicWallClock(Date.UTC(2026, 11, 8, 0, 30), () => mono);
    const engine = new Engine(db, clock);
    seedBasics(engine);
    const { id } = ok(engine, 'agenda.add', { title: 'Tờ trình', kind: 'submission', plannedMinutes: 10 });
    const realNow = Date.now;
    try {
      ok(engine, 'item.start', { id });
      mono += 5 * MIN;
      Date.now = () => realNow() - 3_600_000; // the laptop resyncs its time an hour back
      ok(engine, 'item.pause', { id });
      expect(timing(engine, id).accumulatedMs).toBe(5 * MIN);
    } finally {
      Date.now = realNow;
    }
  });
});

describe('planned against actual, and the forecast', () => {
  const epoch = (date: string, time: string) => Date.parse(`${date}T${time}:00Z`);

  it('totals per kind and per sitting, live', () => {
    const { engine, clock, sittingId, a, b } = setUp();
    ok(engine, 'item.start', { id: a });
    clock.advance(12 * MIN);
    ok(engine, 'item.start', { id: b, current: 'finish' });
    clock.advance(4 * MIN);
    const rows = joinRows(engine.current.agenda, engine.current.timing.items);
    const groups = totalsByGroup(rows, clock());
    expect(groups.reports).toEqual({ plannedMs: 15 * MIN, plannedRunMs: 15 * MIN, actualMs: 12 * MIN });
    // The running item counts the plan it has used so far, not its whole plan.
    expect(groups.verification).toEqual({ plannedMs: 10 * MIN, plannedRunMs: 4 * MIN, actualMs: 4 * MIN });
    expect(groups.discussion).toEqual({ plannedMs: 60 * MIN, plannedRunMs: 0, actualMs: 0 });
    expect(totalsBySitting(rows, clock()).get(sittingId)).toEqual({ plannedMs: 85 * MIN, plannedRunMs: 19 * MIN, actualMs: 16 * MIN });
  });

  it('forecasts the end from the pace so far, and names the heaviest items', () => {
    const clock = manualClock(epoch('2026-12-08', '07:30'));
    const { engine, a, b, c } = setUp(undefined, clock);
    ok(engine, 'item.start', { id: a });
    clock.advance(30 * MIN); // planned 15: measured pace 2, a quarter of the hour it takes to settle
    ok(engine, 'item.start', { id: b, current: 'finish' });
    clock.advance(4 * MIN); // verification: 10 planned, 4 run, 6 left
    const rows = joinRows(engine.current.agenda, engine.current.timing.items);
    expect(pace(rows)).toBe(1.25);
    const f = forecast(rows, engine.current.sittings[0], clock(), epoch);
    // Left: 6 min of b, and c's 60 min at pace 1.25.
    expect(f.remainingMs).toBe(6 * MIN + 75 * MIN);
    expect(f.endMs).toBe(epoch('2026-12-08', '07:30') + 34 * MIN + 81 * MIN);
    expect(f.overrunMs).toBe(f.endMs - epoch('2026-12-08', '11:30'));
    expect(f.overrunMs).toBe(-125 * MIN);
    expect(f.heaviest).toEqual([
      { id: c, remainingMs: 75 * MIN },
      { id: b, remainingMs: 6 * MIN },
    ]);
    // Past its plan, the running item needs nothing more, but the sitting ends later.
    clock.advance(20 * MIN);
    const later = forecast(joinRows(engine.current.agenda, engine.current.timing.items), engine.current.sittings[0], clock(), epoch);
    expect(later.remainingMs).toBe(75 * MIN);
    expect(later.endMs).toBe(clock() + 75 * MIN);
  });

  it('keeps the pace within bounds so one odd item does not swing the forecast', () => {
    const { engine, clock, a, b } = setUp();
    ok(engine, 'item.start', { id: a });
    clock.advance(3_000); // a 15-minute item over in 3 seconds
    ok(engine, 'item.finish', { id: a });
    // Bounded to 0.5, then blended with 1 as only 15 of the 60 minutes it takes to settle have run.
    expect(pace(joinRows(engine.current.agenda, engine.current.timing.items))).toBe(0.875);
    ok(engine, 'item.start', { id: b });
    clock.advance(60 * MIN); // 10 planned: 6 times over
    ok(engine, 'item.finish', { id: b });
    // (3 s + 60 min) over 25 min planned is 2.4, bounded to 2, blended at 25/60.
    expect(pace(joinRows(engine.current.agenda, engine.current.timing.items))).toBeCloseTo(1 + 25 / 60, 10);
  });

  it('a sitting not yet opened is forecast from its planned start', () => {
    const clock = manualClock(epoch('2026-12-08', '06:00'));
    const { engine } = setUp(undefined, clock);
    const f = forecast(joinRows(engine.current.agenda, engine.current.timing.items), engine.current.sittings[0], clock(), epoch);
    expect(f.endMs).toBe(epoch('2026-12-08', '07:30') + 85 * MIN);
    expect(f.overrunMs).toBe(-155 * MIN);
  });

  it('says the pace is not measured until an item with a plan has finished (no "100%" before anything ran)', () => {
    const { engine, clock, a } = setUp();
    const now = () => forecast(joinRows(engine.current.agenda, engine.current.timing.items), engine.current.sittings[0], clock(), epoch);
    expect(now().paceMeasured).toBe(false);
    ok(engine, 'item.start', { id: a });
    clock.advance(5 * MIN);
    expect(now().paceMeasured).toBe(false);
    ok(engine, 'item.finish', { id: a });
    expect(now().paceMeasured).toBe(true);
  });
});
