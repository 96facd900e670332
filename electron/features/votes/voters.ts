import type { Db } from '../../store/db';
import { listMarks, listMemberIds, rollCallAtOpening } from '../attendance/store';
import { clockOf, presentAt } from '../../../common/attendance/model';
import type { Vote, Voters } from '../../../common/votes/model';

/**
 * Who a named vote was held among, for its record by name: the roll call it opened under (or,
 * when the secretary typed the count, the last one taken before it), each member in the hall
 * or away at the minute it opened. Before any roll call every voting delegate counts as here,
 * as `presentVoters` counts them. Null for the other methods and before the vote opens.
 */
export function votersAtOpening(db: Db, vote: Vote): Voters | null {
  if (vote.method !== 'named' || vote.openedAt === null) return null;
  const openedAt = vote.openedAt;
  const callId = rollCallAtOpening(db, vote.sessionId, { rollCallId: vote.rollCallId, openedAt })?.id ?? null;
  if (callId === null) return { here: db.prepare('SELECT id FROM delegate WHERE voting = 1 ORDER BY id').pluck().all() as number[], away: [] };
  const marks = new Map(listMarks(db, callId).map((m) => [m.delegateId, m]));
  const clock = clockOf(openedAt);
  const members = listMemberIds(db, callId);
  return { here: members.filter((id) => presentAt(marks.get(id), clock)), away: members.filter((id) => !presentAt(marks.get(id), clock)) };
}
