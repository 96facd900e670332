import type { Db } from '../../store/db';
import { listMarks, listVersions, listVotes } from './store';
import { getCurrentSessionId } from '../council/sessions';
import type { Vote } from '../../../common/votes/model';
import { computeResult } from '../../../common/votes/result';
import type { VoteView } from '../../../common/votes/result';

export function voteView(db: Db, vote: Vote): VoteView {
  const result = computeResult(vote, vote.tally);
  const versions = listVersions(db, vote.id);
  return {
    ...vote,
    versions: versions.map((v) => ({ ...v, result: computeResult({ ...vote, present: v.present }, v.tally) })),
    marks: vote.method === 'named' ? listMarks(db, vote.id) : {},
    // From the record the vote's own commands write, so the slice changes only with them.
    voters: versions.at(-1)?.voters ?? null,
    result,
  };
}

/**
 * The current session's votes only: what screens follow live. Earlier sessions' votes stay in
 * the database for the documents (minutes, review) and the Activity read, which ask for them;
 * publishing them would make every screen hold a council term's history it never shows.
 */
export const voteSlices = {
  votes: (db: Db): VoteView[] => {
    const sessionId = getCurrentSessionId(db);
    return sessionId === null ? [] : listVotes(db, sessionId).map((v) => voteView(db, v));
  },
};
