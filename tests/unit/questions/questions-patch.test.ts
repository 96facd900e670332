import { describe, expect, it } from 'vitest';
import { generateSession, liveActions, REALISTIC } from '../../../bench/generate';
import { slicePatchers } from '../../../electron/engine/patchers';
import type { State, StateUpdate } from '../../../electron/engine/state';
import { readChanges } from '../../../electron/store/changes';
import { newEngine } from '../helpers';

/**
 * A long questioning day: each question command publishes the rows it touched and the derived
 * values that changed, and works them out without walking the session's lists (issue 14: a
 * command's cost in proportion to what it did, not to how long the day has run).
 */
describe('questions slice on a long questioning day', () => {
  /** The bench's realistic session with 300 questions asked and answered, then its live cycle. */
  function longDay() {
    const { engine, db } = newEngine();
    const seeded = db.transaction(() => engine.quietly(() => generateSession(engine, { ...REALISTIC, questions: 300 })))();
    // register, n, Space, a, Space: the live mix's questioning cycle (bench/generate.ts).
    const cycle = liveActions(seeded).filter((a) => /^(question|answer)\./.test(a(0).type));
    return { engine, db, cycle };
  }

  /** A list whose reads of rows by index are counted. */
  function counted<T extends object>(list: readonly T[], count: { reads: number }): readonly T[] {
    return new Proxy(list, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) count.reads++;
        return Reflect.get(target, key, receiver);
      },
    });
  }

  it('publishes only the rows each command touched, and the queue and "now" only when they change', () => {
    const { engine, db, cycle } = longDay();
    expect(engine.current.questions.list.length).toBeGreaterThanOrEqual(300);
    for (let round = 0; round < 2; round++) {
      for (const [i, action] of cycle.entries()) {
        const prev = engine.current.questions;
        const updates: StateUpdate[] = [];
        const off = engine.subscribe((u) => updates.push(u));
        const command = action(1000 + round * 10 + i);
        const reply = engine.dispatch(command, { actor: 'test', lang: 'en' });
        off();
        expect(reply.ok, command.type).toBe(true);
        const touched = readChanges(db);
        const ops = updates[0].patches?.questions ?? [];
        for (const op of ops) {
          if (op.op === 'rows') {
            const keys = new Set(touched.keys(op.path[0] === 'list' ? 'question' : 'answer').map(Number));
            const sent = [...op.upsert, ...(op.merge ?? [])].map((r) => r.id);
            expect(sent.every((id) => keys.has(id as number)), `${command.type} sends untouched rows`).toBe(true);
            expect(op.order, `${command.type} sends the whole order`).toBeUndefined();
          } else {
            expect(['queue', 'live']).toContain(op.path[0]);
          }
        }
        const now = engine.current.questions;
        const setOf = (name: string) => ops.some((o) => o.op === 'set' && o.path[0] === name);
        expect(setOf('queue'), command.type).toBe(JSON.stringify(now.queue) !== JSON.stringify(prev.queue));
        expect(setOf('live'), command.type).toBe(JSON.stringify(now.live) !== JSON.stringify(prev.live));
        expect(Buffer.byteLength(JSON.stringify(ops)), command.type).toBeLessThan(1500);
      }
    }
  });

  it('works out a question command\'s patch reading a few rows of the lists it holds, not all of them', () => {
    const { engine, db, cycle } = longDay();
    for (const [i, action] of cycle.entries()) {
      const prev = engine.current.questions;
      const command = action(2000 + i);
      expect(engine.dispatch(command, { actor: 'test', lang: 'en' }).ok, command.type).toBe(true);
      // The same patch worked out again from the state before the command, its lists counting reads.
      const count = { reads: 0 };
      const watched: State['questions'] = { ...prev, list: counted(prev.list, count) as State['questions']['list'], answers: counted(prev.answers, count) as State['questions']['answers'] };
      const ops = db.transaction(() => slicePatchers.questions!(db, watched, readChanges(db)))();
      expect(ops, command.type).not.toBeNull();
      expect(count.reads, `${command.type} read ${count.reads} of ${prev.list.length + prev.answers.length} rows`).toBeLessThanOrEqual(50);
    }
  });
});
