import { describe, expect, it, vi } from 'vitest';
import { Engine } from '../../../electron/engine/engine';
import type { StateUpdate } from '../../../electron/engine/state';
import { dumpDb, newEngine, ok, seedBasics } from '../helpers';

// A patcher that throws stands for a bug in bringing a slice up to date.
const failing = vi.hoisted(() => ({ on: false }));
vi.mock('../../../electron/engine/publish', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../electron/engine/publish')>();
  return {
    ...real,
    patchSlice: (...args: Parameters<typeof real.patchSlice>) => {
      if (failing.on) throw new Error('patcher bug');
      return real.patchSlice(...args);
    },
  };
});

describe('a patch that cannot be built', () => {
  it('refuses the command and changes nothing, so the screens never fall behind a committed change', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    const rows = dumpDb(db);
    const state = engine.current;
    const updates: StateUpdate[] = [];
    engine.subscribe((u) => updates.push(u));
    const errors = console.error;
    console.error = () => {};
    failing.on = true;
    try {
      const reply = engine.run('agenda.add', { title: 'Khai mạc kỳ họp', kind: 'opening', plannedMinutes: 15 });
      expect(!reply.ok && reply.error.code).toBe('internal');
    } finally {
      failing.on = false;
      console.error = errors;
    }
    expect(dumpDb(db)).toEqual(rows);
    expect(engine.current).toBe(state);
    expect(updates).toEqual([]);
    // The next command goes through, and the state agrees with one rebuilt from the file.
    ok(engine, 'agenda.add', { title: 'Khai mạc kỳ họp', kind: 'opening', plannedMinutes: 15 });
    expect(engine.current).toEqual(new Engine(db).current);
    expect(engine.current.agenda.map((i) => i.title)).toEqual(['Khai mạc kỳ họp']);
  });
});
