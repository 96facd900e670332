import type { Db } from '../../store/db';
import { listAllVotes, listMarks, listVersions, type Choice, type Vote, type VoteVersion } from './store';
import { announcement } from './announce';
import { computeResult, type VoteResult } from './result';

/** A vote as screens show it: the row, its history, its marks, and the result worked out once here. */
export interface VoteView extends Vote {
  versions: (VoteVersion & { result: VoteResult })[];
  marks: Record<number, Choice>;
  result: VoteResult;
  announcement: { vi: string; en: string };
}

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
