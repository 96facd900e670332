/**
 * A vote's presenting body corrected after the vote is closed: a typo found then used to stay in
 * the minutes (vote.update takes drafts only). record.setPresentedBy puts it right in any state,
 * makes no new version of the count, and is taken back by the secretary's undo (scope `notes`).
 */
import { describe, expect, it } from 'vitest';
import { getVote } from '../../../electron/features/votes/store';
import { newEngine, ok, refused, seedBasics } from '../helpers';

const secretary = { actor: 'Thư ký', lang: 'vi', role: 'secretary', deviceId: 2 } as const;

function closedVote() {
  const ctx = newEngine();
  const { engine } = ctx;
  seedBasics(engine);
  const id = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về dự toán ngân sách năm 2027', presentedBy: 'UBND tỉh', method: 'hands' }).id;
  ok(engine, 'vote.open', { id, present: 50 });
  ok(engine, 'vote.tally', { id, for: 45, against: 3, abstain: 2 });
  ok(engine, 'vote.close', { id });
  return { ...ctx, id };
}

describe('correcting a closed vote’s presenting body', () => {
  it('is refused by vote.update once the vote is closed, and done by record.setPresentedBy, the count left as it was', () => {
    const { engine, db, id } = closedVote();
    refused(engine, 'vote.update', { id, resolutionTitle: 'Nghị quyết về dự toán ngân sách năm 2027', presentedBy: 'UBND tỉnh', method: 'hands' }, 'vote-not-draft');
    const before = getVote(db, id)!;
    const versions = () => db.prepare('SELECT count(*) FROM vote_version WHERE vote_id = ?').pluck().get(id);
    const versionsBefore = versions();
    const reply = engine.dispatch({ type: 'record.setPresentedBy', voteId: id, presentedBy: '  UBND tỉnh  ' }, secretary);
    expect(reply.ok).toBe(true);
    const after = getVote(db, id)!;
    expect(after.presentedBy).toBe('UBND tỉnh');
    expect({ ...after, presentedBy: before.presentedBy }).toEqual(before);
    expect(versions()).toBe(versionsBefore);
    expect(engine.current.votes.find((v) => v.id === id)?.presentedBy).toBe('UBND tỉnh');
    // Journaled, and offered to the secretary's undo, naming the vote.
    expect(db.prepare("SELECT count(*) FROM journal WHERE type = 'record.setPresentedBy'").pluck().get()).toBe(1);
    expect(engine.current.undo.notes).toMatchObject({ action: 'presentedBy', subject: `vote:${id}` });
    expect(engine.dispatch({ type: 'undo', scope: 'notes' }, secretary).ok).toBe(true);
    expect(getVote(db, id)!.presentedBy).toBe('UBND tỉh');
  });

  it('refuses a vote that does not exist and a body over 200 characters, changing nothing', () => {
    const { engine, id } = closedVote();
    refused(engine, 'record.setPresentedBy', { voteId: 9999, presentedBy: 'UBND tỉnh' }, 'not-found');
    refused(engine, 'record.setPresentedBy', { voteId: id, presentedBy: 'x'.repeat(201) });
  });
});
