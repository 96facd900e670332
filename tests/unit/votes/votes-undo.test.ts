import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../electron/engine/engine';
import { dumpDb, newEngine, ok, refused, seedBasics } from '../helpers';

/**
 * The `vote` undo scope: a count typed or a named mark is taken back exactly while the vote is
 * open; once it is closed (announced, corrected, held again) undo refuses, changing nothing, and
 * says how a closed vote is put right.
 */
const TITLE = 'Nghị quyết về kế hoạch đầu tư công năm 2027';

function setUp() {
  const ctx = newEngine();
  seedBasics(ctx.engine);
  const names = ['Nguyễn Thị Hằng', 'Đặng Quốc Việt', 'Lê Văn Thành', 'Phạm Thị Ánh Tuyết', 'Hoàng Minh Đức'];
  const delegates = names.map((fullName, i) => ok(ctx.engine, 'delegate.add', { fullName, seatNumber: i + 1 }).id);
  return { ...ctx, delegates };
}

const vote = (engine: Engine, id: number) => engine.current.votes.find((v) => v.id === id)!;
const open = (engine: Engine, method: 'hands' | 'secret' | 'named', present?: number) => {
  const id = ok(engine, 'vote.create', { resolutionTitle: TITLE, method }).id;
  // A secret ballot opens with its counting committee named.
  if (method === 'secret') ok(engine, 'record.setCounters', { voteId: id, counters: engine.current.delegates.slice(0, 2).map((d) => d.id) });
  ok(engine, 'vote.open', present === undefined ? { id } : { id, present });
  return id;
};

describe('undoing counts of an open vote', () => {
  it('takes back the counts typed, one entry at a time, exactly', () => {
    const { engine, db } = setUp();
    const id = open(engine, 'hands', 52);
    ok(engine, 'vote.tally', { id, for: 28, against: 2, abstain: 1 });
    const first = dumpDb(db);
    ok(engine, 'vote.tally', { id, for: 49, against: 2, abstain: 1 });
    expect(engine.current.undo.vote).toMatchObject({ action: 'tally', subject: '49/2/1' });
    expect(ok(engine, 'undo', { scope: 'vote' })).toMatchObject({ scope: 'vote', action: 'tally', subject: '49/2/1' });
    const { journal: _j, undo_step: _u, redo_step: _r, ...now } = dumpDb(db);
    const { journal: _j2, undo_step: _u2, redo_step: _r2, ...then } = first;
    expect(now).toEqual(then);
    expect(vote(engine, id).tally).toMatchObject({ for: 28, against: 2, abstain: 1 });
    expect(engine.current.undo.vote).toMatchObject({ action: 'tally', subject: '28/2/1' });
    ok(engine, 'undo', { scope: 'vote' });
    expect(vote(engine, id)).toMatchObject({ status: 'open', tally: { for: 0, against: 0, abstain: 0 } });
    // Behind the counts, the opening (vote-open-undo.test.ts).
    expect(engine.current.undo.vote).toMatchObject({ action: 'open', subject: TITLE });
  });

  it('names a secret ballot’s entry that changed only the ballots by those', () => {
    const { engine } = setUp();
    const id = open(engine, 'secret', 50);
    ok(engine, 'vote.tally', { id, for: 0, against: 0, abstain: 0, issued: 50, returned: 48, valid: 47, invalid: 1 });
    expect(engine.current.undo.vote).toMatchObject({ action: 'ballots', subject: '50/48/47/1' });
    ok(engine, 'vote.tally', { id, for: 40, against: 5, abstain: 2, issued: 50, returned: 48, valid: 47, invalid: 1 });
    expect(engine.current.undo.vote).toMatchObject({ action: 'tally', subject: '40/5/2' });
    ok(engine, 'undo', { scope: 'vote' });
    expect(vote(engine, id).tally).toEqual({ for: 0, against: 0, abstain: 0, issued: 50, returned: 48, valid: 47, invalid: 1 });
  });

  it('takes back a named mark, and the count with it, naming the delegate and the choice', () => {
    const { engine, delegates } = setUp();
    const id = open(engine, 'named');
    ok(engine, 'vote.mark', { id, delegateId: delegates[0], choice: 'for' });
    ok(engine, 'vote.mark', { id, delegateId: delegates[1], choice: 'against' });
    expect(engine.current.undo.vote).toMatchObject({ action: 'mark-against', subject: 'Đặng Quốc Việt' });
    ok(engine, 'vote.mark', { id, delegateId: delegates[0], choice: null });
    expect(engine.current.undo.vote).toMatchObject({ action: 'mark-clear', subject: 'Nguyễn Thị Hằng' });
    // The cleared mark comes back as it was.
    ok(engine, 'undo', { scope: 'vote' });
    expect(vote(engine, id).marks).toEqual({ [delegates[0]]: 'for', [delegates[1]]: 'against' });
    expect(vote(engine, id).tally).toMatchObject({ for: 1, against: 1, abstain: 0 });
    expect(engine.current.undo.vote).toMatchObject({ action: 'mark-against', subject: 'Đặng Quốc Việt' });
    ok(engine, 'undo', { scope: 'vote' });
    expect(vote(engine, id).marks).toEqual({ [delegates[0]]: 'for' });
    expect(vote(engine, id).tally).toMatchObject({ for: 1, against: 0, abstain: 0 });
    expect(engine.current.undo.vote).toMatchObject({ action: 'mark-for', subject: 'Nguyễn Thị Hằng' });
  });

  it('takes back a changed mark to the choice it had', () => {
    const { engine, delegates } = setUp();
    const id = open(engine, 'named');
    ok(engine, 'vote.mark', { id, delegateId: delegates[2], choice: 'for' });
    ok(engine, 'vote.mark', { id, delegateId: delegates[2], choice: 'abstain' });
    ok(engine, 'undo', { scope: 'vote' });
    expect(vote(engine, id).marks).toEqual({ [delegates[2]]: 'for' });
    expect(vote(engine, id).tally).toMatchObject({ for: 1, against: 0, abstain: 0 });
  });
});

describe('once the vote is closed', () => {
  it('refuses to undo a count, changing nothing, and says how to put it right', () => {
    const { engine } = setUp();
    const id = open(engine, 'hands', 52);
    ok(engine, 'vote.tally', { id, for: 49, against: 2, abstain: 1 });
    ok(engine, 'vote.close', { id });
    const r = refused(engine, 'undo', { scope: 'vote' }, 'undo-vote-closed');
    expect(r.en).toBe(`The vote “${TITLE}” is closed, so its counts can no longer be undone or redone. To put them right, correct the result (with a reason) or hold the vote again.`);
    expect(r.vi).toBe(`Cuộc biểu quyết «${TITLE}» đã kết thúc nên không thể hoàn tác hay làm lại số phiếu nữa. Để sửa, hãy đính chính kết quả (ghi rõ lý do) hoặc biểu quyết lại.`);
    ok(engine, 'vote.announce', { id });
    refused(engine, 'undo', { scope: 'vote' }, 'undo-vote-closed');
    ok(engine, 'vote.correct', { id, reason: 'Nhập nhầm số phiếu', tally: { for: 48, against: 3, abstain: 1 } });
    refused(engine, 'undo', { scope: 'vote' }, 'undo-vote-closed');
    expect(vote(engine, id).tally).toMatchObject({ for: 48, against: 3, abstain: 1 });
  });

  it('refuses to undo a named mark after the close, and after the vote is held again', () => {
    const { engine, delegates } = setUp();
    const id = open(engine, 'named');
    for (const d of delegates) ok(engine, 'vote.mark', { id, delegateId: d, choice: 'for' });
    ok(engine, 'vote.close', { id });
    refused(engine, 'undo', { scope: 'vote' }, 'undo-vote-closed');
    const again = ok(engine, 'vote.revote', { id }).id;
    refused(engine, 'undo', { scope: 'vote' }, 'undo-vote-closed');
    // The new round's own entries are undone as usual, and the refusal returns behind them.
    ok(engine, 'vote.open', { id: again });
    ok(engine, 'vote.mark', { id: again, delegateId: delegates[0], choice: 'against' });
    ok(engine, 'undo', { scope: 'vote' });
    expect(vote(engine, again).marks).toEqual({});
    // Then the new round's opening, nothing recorded in it: a draft again.
    expect(ok(engine, 'undo', { scope: 'vote' })).toMatchObject({ action: 'open' });
    expect(vote(engine, again).status).toBe('draft');
    refused(engine, 'undo', { scope: 'vote' }, 'undo-vote-closed');
    expect(Object.keys(vote(engine, id).marks)).toHaveLength(delegates.length);
  });
});

describe('across sessions', () => {
  it('refuses a count step taken in another session, and offers it only as that session’s', () => {
    const { engine } = setUp();
    const id = open(engine, 'hands', 52);
    ok(engine, 'vote.tally', { id, for: 30, against: 1, abstain: 0 });
    ok(engine, 'session.create', { number: 12, term: 16, kind: 'thematic', startDate: '2026-12-20', endDate: '2026-12-20' });
    expect(engine.current.undo.vote).toMatchObject({ elsewhere: { sessionId: 1 } });
    refused(engine, 'undo', { scope: 'vote' }, 'undo-other-session');
    ok(engine, 'session.select', { id: 1 });
    ok(engine, 'undo', { scope: 'vote' });
    expect(vote(engine, id).tally).toMatchObject({ for: 0, against: 0, abstain: 0 });
  });
});
