import { describe, expect, it } from 'vitest';
import { elapsedMs, formatClock, pauseTimer, startTimer, STOPPED, timerPhase } from '../../electron/engine/timer';
import { applyUndo, peekUndo, UndoRecorder } from '../../electron/store/undo';
import { monotonicWallClock } from '../../electron/engine/clock';
import { dumpDb, newEngine, ok, seedBasics } from './helpers';

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
    expect(formatClock(425_999)).toBe('7:05');
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

describe('undo by before-images', () => {
  it('restores changed rows, deletes created rows, re-inserts deleted rows', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    const a = ok(engine, 'delegate.add', { fullName: 'A', seatNumber: 1 }) as { id: number };
    const b = ok(engine, 'delegate.add', { fullName: 'B', seatNumber: 2 }) as { id: number };
    const before = dumpDb(db);
    db.transaction(() => {
      const undo = new UndoRecorder(db);
      undo.before('delegate', a.id);
      db.prepare("UPDATE delegate SET full_name = 'A2' WHERE id = ?").run(a.id);
      undo.before('delegate', b.id);
      db.prepare('DELETE FROM delegate WHERE id = ?').run(b.id);
      const c = Number(db.prepare("INSERT INTO delegate (full_name) VALUES ('C')").run().lastInsertRowid);
      undo.created('delegate', c);
      undo.save('test', 'edit roster', 1);
    })();
    expect(peekUndo(db, 'test')).toBe('edit roster');
    expect(peekUndo(db, 'other')).toBeNull();
    expect(applyUndo(db, 'test')).toBe('edit roster');
    const after = dumpDb(db);
    expect(after.delegate).toEqual(before.delegate);
    expect(applyUndo(db, 'test')).toBeNull();
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
    const quorum = engine.run('rules.save', { ...before, quorum: { numerator: 3, denominator: 2 } });
    expect(!quorum.ok && quorum.error.code).toBe('invalid');
    const limit = engine.run('rules.save', { ...before, limits: { ...before.limits, speech: 99_999 } });
    expect(!limit.ok && limit.error.message).toBe('Speech limit (seconds) must be at most 3600.');
    expect(engine.current.rules).toEqual(before);
  });
});
