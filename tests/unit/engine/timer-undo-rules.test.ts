import { describe, expect, it } from 'vitest';
import { elapsedMs, formatClock, pauseTimer, startTimer, STOPPED, timerPhase } from '../../../common/timing/timer';
import { capturedShapes, clearChanges, readChanges, restoreImage } from '../../../electron/store/changes';
import { monotonicWallClock } from '../../../electron/engine/clock';
import { dumpDb, newEngine, ok, seedBasics, refused } from '../helpers';

describe('timer arithmetic', () => {
  it('accumulates across pauses and never runs backwards', () => {
    let t = startTimer(STOPPED, 1_000);
    expect(elapsedMs(t, 61_000)).toBe(60_000);
    t = pauseTimer(t, 61_000);
    expect(elapsedMs(t, 500_000)).toBe(60_000);
    t = startTimer(t, 100_000);
    expect(elapsedMs(t, 130_000)).toBe(90_000);
    expect(elapsedMs(t, 99_000)).toBe(60_000); // a screen slightly behind the engine
    expect(startTimer(t, 200_000)).toBe(t); // starting a running timer changes nothing
    expect(pauseTimer(STOPPED, 5)).toBe(STOPPED);
  });

  it('phases: amber before the limit, red past it', () => {
    expect(timerPhase(0, 420_000, 60_000)).toBe('normal');
    expect(timerPhase(359_999, 420_000, 60_000)).toBe('normal');
    expect(timerPhase(360_000, 420_000, 60_000)).toBe('warning');
    expect(timerPhase(420_000, 420_000, 60_000)).toBe('warning');
    expect(timerPhase(420_001, 420_000, 60_000)).toBe('overrun');
    expect(timerPhase(10_000_000, null, 60_000)).toBe('normal');
  });

  it('formats clocks for screens', () => {
    expect(formatClock(425_000)).toBe('7:05');
    expect(formatClock(425_499)).toBe('7:05');
    expect(formatClock(425_500)).toBe('7:06');
    expect(formatClock(-65_000)).toBe('-1:05');
    expect(formatClock(3_725_000)).toBe('1:02:05');
    expect(formatClock(0)).toBe('0:00');
  });

  it('the engine clock follows the monotonic clock, not a jumping wall clock', () => {
    let mono = 5_000;
    const clock = monotonicWallClock(1_000_000, () => mono);
    mono += 30_000;
    expect(clock()).toBe(1_030_000);
  });
});

describe('record of touched rows', () => {
  it('records every write with its before-image, and puts rows back from it', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    const a = ok(engine, 'delegate.add', { fullName: 'A', seatNumber: 1 });
    const b = ok(engine, 'delegate.add', { fullName: 'B', seatNumber: 2 });
    const before = dumpDb(db);
    const shapes = capturedShapes(db);
    clearChanges(db);
    db.prepare("UPDATE delegate SET full_name = 'A2' WHERE id = ?").run(a.id);
    const c = Number(db.prepare("INSERT INTO delegate (full_name) VALUES ('C')").run().lastInsertRowid);
    db.prepare('DELETE FROM delegate WHERE id = ?').run(b.id);
    db.prepare("INSERT INTO setting (key, value) VALUES ('x', '1')").run();
    const touched = readChanges(db);
    expect(touched.all().map((t) => [t.table, t.key, t.op])).toEqual([
      ['delegate', a.id, 'update'],
      ['delegate', c, 'insert'],
      ['delegate', b.id, 'delete'],
      ['setting', 'x', 'insert'],
    ]);
    for (const t of touched.all().reverse()) restoreImage(db, shapes.get(t.table)!, t.key, t.before);
    expect(dumpDb(db).delegate).toEqual(before.delegate);
    expect(dumpDb(db).setting).toEqual(before.setting);
  });

  it("leaves an undo step's images out of its recorded image (nothing restores an undo step)", () => {
    const { db } = newEngine();
    const id = Number(
      db.prepare("INSERT INTO undo_step (scope, label, at, images, action, subject, actor) VALUES ('t', 'x', 1, ?, 'x', '', 'me')").run(JSON.stringify([{ t: 'delegate', k: 1, b: 'x'.repeat(2000), a: null }]))
        .lastInsertRowid,
    );
    clearChanges(db);
    db.prepare('DELETE FROM undo_step WHERE id = ?').run(id);
    const step = JSON.parse(readChanges(db).rows('undo_step')[0].before!);
    expect(step).toMatchObject({ id, scope: 't', action: 'x', actor: 'me' });
    expect(step).not.toHaveProperty('images');
  });

  it('keeps BLOB columns through an image (hex in JSON)', () => {
    const { db } = newEngine();
    const shapes = capturedShapes(db);
    db.prepare("INSERT INTO hall_emblem (id, mime, data, updated_at) VALUES (1, 'image/png', x'00ff10', 1)").run();
    clearChanges(db);
    db.prepare("UPDATE hall_emblem SET data = x'01' WHERE id = 1").run();
    const [t] = readChanges(db).all();
    restoreImage(db, shapes.get('hall_emblem')!, t.key, t.before);
    expect((db.prepare('SELECT hex(data) AS h FROM hall_emblem').get() as { h: string }).h).toBe('00FF10');
  });
});

describe('rules', () => {
  it('reads defaults from an empty database and saves a change', () => {
    const { engine } = newEngine();
    expect(engine.current.rules.limits.speech).toBe(420);
    expect(engine.current.rules.quorum).toEqual({ numerator: 2, denominator: 3 });
    const rules = structuredClone(engine.current.rules);
    rules.limits.speech = 300;
    ok(engine, 'rules.save', rules);
    expect(engine.current.rules.limits.speech).toBe(300);
  });

  it('refuses a negative limit and keeps the old rules', () => {
    const { engine } = newEngine();
    const rules = structuredClone(engine.current.rules);
    rules.limits.speech = -1;
    const reply = engine.run('rules.save', rules);
    expect(reply.ok).toBe(false);
    expect(engine.current.rules.limits.speech).toBe(420);
  });

  it('gives a new agenda item its kind’s default duration', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'agenda.add', { title: 'Thảo luận tổ', kind: 'discussion' });
    expect(engine.current.agenda[0].plannedMinutes).toBe(60);
  });
});

describe('rules refusals', () => {
  it('refuses a quorum above the whole and an absurd limit, in words, changing nothing', () => {
    const { engine } = newEngine();
    const before = structuredClone(engine.current.rules);
    refused(engine, 'rules.save', { ...before, quorum: { numerator: 3, denominator: 2 } }, 'invalid');
    expect(refused(engine, 'rules.save', { ...before, limits: { ...before.limits, speech: 99_999 } }).en).toBe('Speech limit (seconds) must be at most 3600.');
    expect(engine.current.rules).toEqual(before);
  });
});
