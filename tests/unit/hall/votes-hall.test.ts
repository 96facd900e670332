import { describe, expect, it } from 'vitest';
import { hallVote, markChanges } from '../../../src/features/votes/votes';
import { newEngine, ok, seedBasics } from '../helpers';

describe('what the hall shows', () => {
  it('the open vote, then nothing until the result is announced, then that result', () => {
    const { engine, clock } = newEngine();
    seedBasics(engine);
    const data = () => engine.current;
    const a = ok(engine, 'vote.create', { resolutionTitle: 'A', method: 'hands' }).id;
    const b = ok(engine, 'vote.create', { resolutionTitle: 'B', method: 'hands' }).id;
    expect(hallVote(data())).toBeNull(); // drafts are not shown
    ok(engine, 'vote.open', { id: a, present: 40 });
    expect(hallVote(data())?.id).toBe(a);
    ok(engine, 'vote.close', { id: a });
    expect(hallVote(data())).toBeNull();
    ok(engine, 'vote.announce', { id: a });
    expect(hallVote(data())?.id).toBe(a);
    clock.advance(60_000);
    ok(engine, 'vote.open', { id: b, present: 40 });
    expect(hallVote(data())?.id).toBe(b);
    ok(engine, 'vote.close', { id: b });
    expect(hallVote(data())).toBeNull(); // never the older result while a newer one waits
  });

  it('an earlier vote corrected and announced again is what the hall shows', () => {
    const { engine, clock } = newEngine();
    seedBasics(engine);
    const data = () => engine.current;
    const [a, b] = ['A', 'B'].map((title) => ok(engine, 'vote.create', { resolutionTitle: title, method: 'hands' }).id);
    for (const id of [a, b]) {
      ok(engine, 'vote.open', { id, present: 40 });
      ok(engine, 'vote.tally', { id, for: 30, against: 5, abstain: 5 });
      ok(engine, 'vote.close', { id });
      ok(engine, 'vote.announce', { id });
      clock.advance(60_000);
    }
    expect(hallVote(data())?.id).toBe(b);
    ok(engine, 'vote.correct', { id: a, reason: 'Nhầm số phiếu', tally: { for: 19, against: 10, abstain: 4 } });
    ok(engine, 'vote.announce', { id: a });
    expect(hallVote(data())?.id).toBe(a);
  });

  it('lists who changed between two versions of a named vote', () => {
    expect(markChanges({ 1: 'for', 2: 'for' }, { 1: 'for', 2: 'against', 3: 'abstain' })).toEqual([
      { delegateId: 2, choice: 'against' },
      { delegateId: 3, choice: 'abstain' },
    ]);
    expect(markChanges({ 4: 'for' }, {})).toEqual([{ delegateId: 4, choice: null }]);
  });
});
