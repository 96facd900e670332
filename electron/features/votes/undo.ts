import type { Db } from '../../store/db';
import { stepRow, type RowImages, type UndoLabel } from '../../store/undo';
import { EngineError } from '../../engine/errors';
import { describeUndo, type StepDirection } from '../../engine/undo';
import type { Choice, Tally } from '../../../common/votes/model';
import { getOpenVote, getVote } from './store';

/** The opening of a vote, and the counts and named marks of an open vote, are taken back in this scope. */
export const VOTE_UNDO_SCOPE = 'vote';

/** The action an opening's step is labelled with (`describeUndo`), which the scope's check tells apart. */
export const OPEN_ACTION = 'open';

/**
 * The `vote` undo scope: opening a vote (Alt+O pressed by mistake), and the counts typed and the
 * named marks of an open vote. Once the vote is closed its counts are its record, put right only
 * by a correction with a reason or by holding it again; a mark step touches only its mark (and the
 * count it changed), so a close would not always overtake it: the scope refuses by the vote's
 * status, whatever rows the step holds. An opening is taken back only while nothing is recorded
 * in the vote, and done again only while no other vote is open (one is open at a time).
 */
export function voteStillOpen(db: Db, images: readonly RowImages[], step: UndoLabel, direction: StepDirection): void {
  for (const voteId of votesOf(images, 'vote', 'vote_mark')) {
    const vote = getVote(db, voteId);
    if (!vote) continue;
    if (step.action === OPEN_ACTION && direction === 'redo') {
      const open = getOpenVote(db);
      if (open && open.id !== voteId) throw new EngineError('vote-already-open', { title: open.resolutionTitle });
      continue;
    }
    if (vote.status !== 'open') throw new EngineError('undo-vote-closed', { title: vote.resolutionTitle });
    if (step.action === OPEN_ACTION && Object.values(vote.tally).some((n) => n > 0)) throw new EngineError('undo-vote-counted', { title: vote.resolutionTitle });
  }
}

/** The ids of the votes a step's rows belong to: the vote rows themselves, and the `vote_id` of their child rows. */
export function votesOf(images: readonly RowImages[], table: string, child: string): Set<number> {
  const ids = new Set<number>();
  for (const img of images) {
    if (img.t === table) ids.add(Number(img.k));
    const row = img.t === child ? stepRow<{ vote_id?: number }>(img) : null;
    if (row?.vote_id !== undefined) ids.add(row.vote_id);
  }
  return ids;
}

/**
 * Names a count step by what was entered: the three counts as "for/against/abstain", or, when a
 * secret ballot's entry changed only the ballots, those as "issued/returned/valid/invalid".
 */
export function describeTally(db: Db, before: Tally, after: Tally): void {
  const counts = [after.for, after.against, after.abstain];
  if (counts.join('/') === [before.for, before.against, before.abstain].join('/') && JSON.stringify(before) !== JSON.stringify(after)) describeBallots(db, after);
  else describeUndo(db, 'tally', counts.join('/'));
}

/** Names a ballots step (a secret ballot's, or a personnel vote's) by the four numbers entered, "issued/returned/valid/invalid". */
export function describeBallots(db: Db, b: { issued: number; returned: number; valid: number; invalid: number }): void {
  describeUndo(db, 'ballots', [b.issued, b.returned, b.valid, b.invalid].join('/'));
}

/** Names a mark step: `mark-for` … or `mark-clear`, with the delegate's name. */
export function describeMark(db: Db, name: string, choice: Choice | null): void {
  describeUndo(db, `mark-${choice ?? 'clear'}`, name);
}
