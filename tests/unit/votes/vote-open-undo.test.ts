import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/store/db';
import { dumpDb, newEngine, ok, refused, seedBasics } from '../helpers';

/**
 * Opening a vote is one undo step of the `vote` scope (DESIGN: every chair action undoable; one
 * undo, in the session, refused once a later command touched the rows): Alt+O pressed by mistake,
 * before anything is counted, is taken back by one Ctrl+Z, the vote a draft again and the item it
 * held pending again, together. Once counts are recorded, undo takes those back first; the opening
 * is refused while any count stands.
 */
const TITLE = 'Nghị quyết về kế hoạch đầu tư công năm 2027';

function twoItems() {
  const ctx = newEngine();
  seedBasics(ctx.engine);
  const debate = ok(ctx.engine, 'agenda.add', { title: 'Thảo luận về kinh tế - xã hội', kind: 'discussion' }).id;
  const voteItem = ok(ctx.engine, 'agenda.add', { title: 'Biểu quyết thông qua nghị quyết', kind: 'vote' }).id;
  const voteId = ok(ctx.engine, 'vote.create', { resolutionTitle: TITLE, method: 'hands', agendaItemId: voteItem }).id;
  ok(ctx.engine, 'item.start', { id: debate });
  ctx.clock.advance(60_000);
  return { ...ctx, debate, voteItem, voteId };
}

/** The database but the journal and the undo stacks, which record the steps themselves. */
const rows = (db: Db) => {
  const { journal: _j, undo_step: _u, redo_step: _r, ...rest } = dumpDb(db);
  return rest;
};

describe('undoing the opening of a vote', () => {
  it('puts the vote back to a draft and its item’s held mark back, in one step, exactly; redo opens it again', () => {
    const { engine, db, voteItem, voteId } = twoItems();
    const before = rows(db);
    ok(engine, 'vote.open', { id: voteId, present: 52 });
    const opened = rows(db);
    expect(engine.current.timing.items.find((i) => i.id === voteItem)?.status).toBe('finished');
    expect(engine.current.undo.vote).toMatchObject({ action: 'open', subject: TITLE });
    expect(ok(engine, 'undo', { scope: 'vote' })).toMatchObject({ scope: 'vote', action: 'open', subject: TITLE });
    expect(rows(db)).toEqual(before);
    expect(engine.current.votes.find((v) => v.id === voteId)).toMatchObject({ status: 'draft', openedAt: null });
    expect(engine.current.timing.items.find((i) => i.id === voteItem)?.status).toBe('pending');
    refused(engine, 'undo', { scope: 'vote' }, 'nothing-to-undo');
    // Ctrl+Y: opened again as it was, the item held again.
    ok(engine, 'redo', { scope: 'vote' });
    expect(rows(db)).toEqual(opened);
  });

  it('takes the counts back first, and refuses the opening while a count stands, changing nothing', () => {
    const { engine, db, voteId } = twoItems();
    ok(engine, 'vote.open', { id: voteId, present: 52 });
    ok(engine, 'vote.tally', { id: voteId, for: 49, against: 2, abstain: 1 });
    // The step offered is the count, not the opening: one Ctrl+Z leaves the vote open.
    expect(engine.current.undo.vote).toMatchObject({ action: 'tally' });
    ok(engine, 'undo', { scope: 'vote' });
    expect(engine.current.votes.find((v) => v.id === voteId)?.status).toBe('open');
    expect(engine.current.undo.vote).toMatchObject({ action: 'open' });
    // A count recorded without a step of its own in the scope (no command does today): the opening is refused, in words.
    db.prepare('UPDATE vote SET for_count = 3 WHERE id = ?').run(voteId);
    const counted = rows(db);
    const refusal = refused(engine, 'undo', { scope: 'vote' }, 'undo-vote-counted');
    expect(refusal.en).toContain(TITLE);
    expect(refusal.vi).toContain('không thể hoàn tác việc bắt đầu biểu quyết');
    expect(rows(db)).toEqual(counted);
  });

  it('refuses to open it again (redo) while another vote is open, changing nothing', () => {
    const { engine, db, voteId } = twoItems();
    ok(engine, 'vote.open', { id: voteId, present: 52 });
    ok(engine, 'undo', { scope: 'vote' });
    // Another opening drops the redo (a new step of the scope); a vote open without one (no command
    // does that today) still keeps a second vote from opening through redo.
    const other = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về dự toán ngân sách năm 2027', method: 'hands' }).id;
    db.prepare("UPDATE vote SET status = 'open' WHERE id = ?").run(other);
    const refusal = refused(engine, 'redo', { scope: 'vote' }, 'vote-already-open');
    expect(refusal.en).toContain('Nghị quyết về dự toán ngân sách năm 2027');
    expect(engine.current.votes.find((v) => v.id === voteId)?.status).toBe('draft');
  });

  it('any counts typed after Alt+O come back off one Ctrl+Z each, and the next puts the session as it was before the opening', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(30), fc.nat(10), fc.nat(10)), { maxLength: 5 }), (tallies) => {
        const { engine, db, voteId } = twoItems();
        const before = rows(db);
        ok(engine, 'vote.open', { id: voteId, present: 52 });
        for (const [f, a, b] of tallies) ok(engine, 'vote.tally', { id: voteId, for: f, against: a, abstain: b });
        // Entries that changed nothing leave no step: as many undos as steps were offered.
        let steps = 0;
        while (engine.current.undo.vote) {
          const { action } = ok(engine, 'undo', { scope: 'vote' });
          steps++;
          if (action === 'open') break;
          expect(engine.current.votes.find((v) => v.id === voteId)?.status).toBe('open');
        }
        expect(steps).toBeLessThanOrEqual(tallies.length + 1);
        expect(rows(db)).toEqual(before);
      }),
      { numRuns: 25 },
    );
  });
});
