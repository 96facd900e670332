import { describe, expect, it } from 'vitest';
import { generateSession, liveActions, REALISTIC, type SessionSize } from '../../bench/generate';
import { figure, percentile } from '../../bench/stats';
import { newEngine } from './helpers';

// The benchmark's generator drives the real commands: if a schema changes under it, this
// fails here rather than in the middle of `npm run bench`.
describe('bench session generator', () => {
  it('seeds a realistic session through the engine', () => {
    const { engine } = newEngine();
    const seeded = generateSession(engine, REALISTIC);
    const state = engine.current;
    expect(state.delegates).toHaveLength(REALISTIC.delegates);
    expect(state.agenda).toHaveLength(REALISTIC.agendaItems);
    expect(state.council?.totalSeats).toBe(REALISTIC.delegates);
    const session = state.sessions.list.find((s) => s.id === state.sessions.currentId);
    expect(session).toMatchObject({ startDate: '2026-12-08', endDate: '2026-12-09' });
    expect(seeded.delegates.map((d) => d.id)).toEqual(state.delegates.map((d) => d.id));
  });

  it('every live action is accepted and changes the state', () => {
    const { engine } = newEngine();
    const small: SessionSize = { ...REALISTIC, delegates: 5, agendaItems: 4 };
    const actions = liveActions(generateSession(engine, small));
    for (let i = 0; i < actions.length * 3; i++) {
      const before = engine.current.revision;
      const cmd = actions[i % actions.length](i);
      const reply = engine.dispatch(cmd, { actor: 'test', lang: 'en' });
      expect(reply.ok, `${cmd.type}: ${JSON.stringify(reply)}`).toBe(true);
      expect(engine.current.revision).toBe(before + 1);
    }
    expect(engine.current.council?.name).toContain(`(${actions.length * 3 - actions.length})`);
  });
});

describe('bench statistics', () => {
  it('takes nearest-rank percentiles', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unsorted order
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
  });

  it('judges a figure by its median against the target', () => {
    expect(figure('s', 'n', 'ms', [1, 9, 2], { value: 2, better: 'lower' })).toMatchObject({ median: 2, min: 1, max: 9, met: true });
    expect(figure('s', 'n', 'op/s', [1, 9, 2], { value: 3, better: 'higher' }).met).toBe(false);
    expect(figure('s', 'n', 'ms', []).met).toBeUndefined();
  });
});
