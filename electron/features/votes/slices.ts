import type { Db } from '../../store/db';
import { listAllVotes, listMarks, listVersions } from './store';
import type { Vote } from '../../../common/votes/model';
import { announcement } from './announce';
import { computeResult } from '../../../common/votes/result';
import type { VoteView } from '../../../common/votes/result';

export function voteView(db: Db, vote: Vote): VoteView {
  const result = computeResult(vote, vote.tally);
  return {
    ...vote,
    versions: listVersions(db, vote.id).map((v) => ({ ...v, result: computeResult({ ...vote, present: v.present }, v.tally) })),
    marks: vote.method === 'named' ? listMarks(db, vote.id) : {},
    result,
    announcement: { vi: announcement(vote, vote.tally, result, 'vi'), en: announcement(vote, vote.tally, result, 'en') },
  };
}

/**
 * Votes of every session (screens filter by the current one), so that switching sessions
 * needs no republish of this slice.
 */
export const voteSlices = {
  votes: (db: Db): VoteView[] => listAllVotes(db).map((v) => voteView(db, v)),
};
