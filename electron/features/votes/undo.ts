import type { Db } from '../../store/db';
import { stepRow, type RowImages, type UndoLabel } from '../../store/undo';
import { EngineError } from '../../engine/errors';
import type { ErrorCode } from '../../engine/messages';
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
 * status, whatever rows the step holds (openedStepAllowed).
 */
export function voteStillOpen(db: Db, images: readonly RowImages[], step: UndoLabel, direction: StepDirection): void {
  for (const voteId of votesOf(images, 'vote', 'vote_mark')) {
    const vote = getVote(db, voteId);
    if (!vote) continue;
    const opened = { status: vote.status, title: vote.resolutionTitle, counted: Object.values(vote.tally).some((n) => n > 0) };
    const otherOpen = () => {
      const open = getOpenVote(db);
      return open && open.id !== voteId ? open.resolutionTitle : null;
    };
    openedStepAllowed(opened, step, direction, otherOpen, VOTE_REFUSALS);
  }
}

/** The refusals of a scope holding a vote's opening and counts, each naming the vote by its title. */
export interface OpenedRefusals {
  alreadyOpen: ErrorCode;
  closed: ErrorCode;
  counted: ErrorCode;
}

const VOTE_REFUSALS: OpenedRefusals = { alreadyOpen: 'vote-already-open', closed: 'undo-vote-closed', counted: 'undo-vote-counted' };

/**
 * The rule of a scope holding a vote's opening and its counts, a resolution's (`vote`) and a
 * personnel vote's (`personnel`) alike: a count is taken back or done again only while its vote is
 * open; the opening is taken back only while nothing is recorded in the vote, and done again only
 * while no other vote (`otherOpen`, its title) is open, one being open at a time. Each refusal is
 * the scope's own code (`refusals`), naming the vote by its title.
 */
export function openedStepAllowed(
  vote: { status: string; title: string; counted: boolean },
  step: UndoLabel,
  direction: StepDirection,
  otherOpen: () => string | null,
  refusals: OpenedRefusals,
): void {
  if (step.action === OPEN_ACTION && direction === 'redo') {
    const other = otherOpen();
    if (other !== null) throw new EngineError(refusals.alreadyOpen, { title: other });
    return;
  }
  if (vote.status !== 'open') throw new EngineError(refusals.closed, { title: vote.title });
  if (step.action === OPEN_ACTION && vote.counted) throw new EngineError(refusals.counted, { title: vote.title });
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
