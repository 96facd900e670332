import { describe, expect, it } from 'vitest';
import { generateSession, liveActions, REALISTIC, type SessionSize } from '../../../bench/generate';
import { figure, percentile } from '../../../bench/stats';
import { newEngine } from '../helpers';
import { readJournal } from '../../../electron/store/journal';
import type { StateUpdate } from '../../../electron/engine/state';

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
    // Two sittings a day, every item in one of them.
    expect(state.sittings).toHaveLength(REALISTIC.days * 2);
    expect(state.timing.items.every((i) => i.sittingId !== null)).toBe(true);
    expect(state.attendance.marks.filter((m) => m.status === 'absent')).toHaveLength(seeded.absent.size);
    // Speeches that really started, counted by the engine's own totals.
    const spoken = Object.values(state.speechTotals.byDelegate).reduce((n, t) => n + t.count, 0);
    expect(spoken).toBe(REALISTIC.speeches);
    expect(state.speakers.current?.status).toBe('speaking');
    expect(state.questions.list).toHaveLength(REALISTIC.questions);
    expect(state.questions.list.every((q) => q.answerId !== null)).toBe(true);
    const votes = state.votes.filter((v) => v.sessionId === seeded.session.id);
    expect(votes).toHaveLength(REALISTIC.votes);
    expect(votes.filter((v) => v.announcedAt !== null)).toHaveLength(REALISTIC.votes - 1);
    expect(votes.find((v) => v.status === 'open')?.id).toBe(seeded.openVoteId);
  });

  it('seeding quietly (as the stress bench does) ends in the same state and journal, published once', () => {
    const small: SessionSize = { ...REALISTIC, delegates: 12, agendaItems: 6, speeches: 10, questions: 4, votes: 3 };
    const loud = newEngine();
    generateSession(loud.engine, small);
    const quiet = newEngine();
    const updates: StateUpdate[] = [];
    quiet.engine.subscribe((u) => updates.push(u));
    quiet.engine.quietly(() => generateSession(quiet.engine, small));
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ full: true, revision: loud.engine.current.revision });
    expect(quiet.engine.current).toEqual(loud.engine.current);
    expect(readJournal(quiet.db)).toEqual(readJournal(loud.db));
    // The engine's own path: a refused command is still refused inside.
    expect(quiet.engine.quietly(() => quiet.engine.run('vote.open', { id: 999 })).ok).toBe(false);
  });

  it('the live mix holds the chair\'s frequent actions', () => {
    const { engine } = newEngine();
    const seeded = generateSession(engine, { ...REALISTIC, delegates: 5, agendaItems: 4, speeches: 6, questions: 3, votes: 2 });
    const types = liveActions(seeded).map((a, i) => a(i).type);
    for (const t of ['speaker.next', 'speaker.start', 'speaker.pause', 'speaker.extend', 'vote.tally', 'item.resume', 'item.pause', 'item.extend', 'question.next', 'answer.start']) {
      expect(types).toContain(t);
    }
  });

  it('every live action is accepted and changes the state', () => {
    const { engine } = newEngine();
    const small: SessionSize = { ...REALISTIC, delegates: 21, agendaItems: 5, speeches: 12, questions: 6, votes: 2 };
    const actions = liveActions(generateSession(engine, small));
    for (let i = 0; i < actions.length * 3; i++) {
      const before = engine.current.revision;
      const cmd = actions[i % actions.length](i);
      const reply = engine.dispatch(cmd, { actor: 'test', lang: 'en' });
      expect(reply.ok, `${cmd.type}: ${JSON.stringify(reply)}`).toBe(true);
      expect(engine.current.revision).toBe(before + 1);
    }
    // The cycles really ran: a speech started per cycle, the tallies landed on the open vote.
    const spoken = Object.values(engine.current.speechTotals.byDelegate).reduce((n, t) => n + t.count, 0);
    expect(spoken).toBe(small.speeches + 3);
    expect(engine.current.votes.find((v) => v.status === 'open')?.tally.for).toBeGreaterThan(0);
    expect(engine.current.timing.items.filter((i) => i.status === 'paused').length).toBeGreaterThan(0);
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
