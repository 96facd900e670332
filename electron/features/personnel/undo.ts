import type { Db } from '../../store/db';
import type { RowImages } from '../../store/undo';
import { EngineError } from '../../engine/errors';
import { describeUndo } from '../../engine/undo';
import { votesOf } from '../votes/undo';
import { getPersonnelVote } from './store';

/** The ballots and lines of an open personnel vote are taken back in this scope. */
export const PERSONNEL_UNDO_SCOPE = 'personnel';

/**
 * The `personnel` undo scope: the ballots and the lines of an open personnel vote, as the
 * counting committee reads them out. Once it is closed they are its record (corrected with a
 * reason, or a new round held); a line's step touches only its person's row, which a close
 * leaves alone: the scope refuses by the vote's status.
 */
export function personnelStillOpen(db: Db, images: readonly RowImages[]): void {
  for (const voteId of votesOf(images, 'personnel_vote', 'personnel_person')) {
    const vote = getPersonnelVote(db, voteId);
    if (vote && vote.status !== 'open') throw new EngineError('undo-personnel-closed', { title: vote.title });
  }
}

/** Names a lines step by the person whose line changed (and how many lines, when more than one). */
export function describeLines(db: Db, names: readonly string[]): void {
  describeUndo(db, 'line', names[0] ?? '', names.length > 1 ? names.length : undefined);
}
