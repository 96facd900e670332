import { describe, expect, it } from 'vitest';
import { dumpDb, newEngine, ok, refused, seedBasics } from '../helpers';

/**
 * A vote on item B opened while item A is under way (the chair puts B's resolution to the vote at
 * the end of A's discussion): B was held then, and must not stay "not started" in the programme.
 */
function twoItems() {
  const { engine, db, clock } = newEngine();
  seedBasics(engine);
  const debate = ok(engine, 'agenda.add', { title: 'Thảo luận về kinh tế - xã hội', kind: 'discussion' }).id;
  const voteItem = ok(engine, 'agenda.add', { title: 'Biểu quyết thông qua nghị quyết', kind: 'vote' }).id;
  const voteId = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về kế hoạch năm 2027', method: 'hands', agendaItemId: voteItem }).id;
  return { engine, db, clock, debate, voteItem, voteId };
}
const status = (engine: ReturnType<typeof newEngine>['engine'], id: number) => engine.current.timing.items.find((t) => t.id === id)!;

describe('a vote taken during another item', () => {
  it('marks its own item held, in the same command, and leaves the item under way and its timer alone', () => {
    const { engine, clock, debate, voteItem, voteId } = twoItems();
    ok(engine, 'item.start', { id: debate });
    const before = status(engine, debate);
    clock.advance(5 * 60_000);
    const revision = engine.current.revision;
    ok(engine, 'vote.open', { id: voteId, present: 52 });
    expect(engine.current.revision).toBe(revision + 1);
    expect(status(engine, voteItem)).toMatchObject({ status: 'finished', accumulatedMs: 0, startedAt: null });
    expect(status(engine, debate)).toEqual(before);
    expect(engine.current.timing.liveItemId).toBe(debate);
    // Closed, it stays held; Reopen takes the mark back in one step.
    ok(engine, 'vote.tally', { id: voteId, for: 40, against: 2, abstain: 1 });
    ok(engine, 'vote.close', { id: voteId });
    expect(status(engine, voteItem).status).toBe('finished');
    ok(engine, 'item.reopen', { id: voteItem });
    expect(status(engine, voteItem).status).toBe('pending');
  });

  it('leaves the item alone when nothing else is under way, when it is the item under way, and when the vote is refused', () => {
    const { engine, db, debate, voteItem, voteId } = twoItems();
    ok(engine, 'vote.open', { id: voteId, present: 52 });
    expect(status(engine, voteItem).status).toBe('pending');
    ok(engine, 'vote.tally', { id: voteId, for: 40, against: 2, abstain: 1 });
    ok(engine, 'vote.close', { id: voteId });

    ok(engine, 'item.start', { id: voteItem });
    const second = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về dự toán 2027', method: 'hands', agendaItemId: voteItem }).id;
    ok(engine, 'vote.open', { id: second, present: 52 });
    expect(status(engine, voteItem).status).toBe('running');

    // Another vote open: refused, and the third vote's item, not started, stays so.
    const third = ok(engine, 'agenda.add', { title: 'Biểu quyết nghị quyết về giá đất', kind: 'vote' }).id;
    const blocked = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về giá đất', method: 'hands', agendaItemId: third }).id;
    ok(engine, 'item.start', { id: debate, current: 'pause' });
    const dump = dumpDb(db);
    refused(engine, 'vote.open', { id: blocked, present: 52 }, 'vote-already-open');
    expect(dumpDb(db)).toEqual(dump);
    expect(status(engine, third).status).toBe('pending');
  });
});
