import type { Db } from '../../store/db';
import { listMarks, listVersions, listVotes } from './store';
import { getCurrentSessionId } from '../council/sessions';
import { listMarks as listAttendance, listMemberIds, listRollCalls } from '../attendance/store';
import { clockOf, presentAt } from '../../../common/attendance/model';
import type { Vote, Voters } from '../../../common/votes/model';
import { computeResult } from '../../../common/votes/result';
import type { VoteView } from '../../../common/votes/result';

/**
 * Who a named vote was held among, for its record by name: the roll call it opened under (or,
 * when the secretary typed the count, the last one taken before it), each member in the hall
 * or away at the minute it opened. Before any roll call every voting delegate counts as here,
 * as `presentVoters` counts them.
 */
function votersOf(db: Db, vote: Vote): Voters | null {
  if (vote.method !== 'named' || vote.openedAt === null) return null;
  const openedAt = vote.openedAt;
  const callId = vote.rollCallId ?? listRollCalls(db, vote.sessionId).filter((c) => c.openedAt <= openedAt).at(-1)?.id ?? null;
  if (callId === null) return { here: db.prepare('SELECT id FROM delegate WHERE voting = 1 ORDER BY id').pluck().all() as number[], away: [] };
  const marks = new Map(listAttendance(db, callId).map((m) => [m.delegateId, m]));
  const clock = clockOf(openedAt);
  const members = listMemberIds(db, callId);
  return { here: members.filter((id) => presentAt(marks.get(id), clock)), away: members.filter((id) => !presentAt(marks.get(id), clock)) };
}

export function voteView(db: Db, vote: Vote): VoteView {
  const result = computeResult(vote, vote.tally);
  return {
    ...vote,
    versions: listVersions(db, vote.id).map((v) => ({ ...v, result: computeResult({ ...vote, present: v.present }, v.tally) })),
    marks: vote.method === 'named' ? listMarks(db, vote.id) : {},
    voters: votersOf(db, vote),
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
