import type { Db } from '../../store/db';
import { getCouncil } from '../council/store';
import { getCurrentSessionId } from '../council/sessions';
import { getRollCall, listMemberIds, listRollCalls } from './store';
import { presence } from './presence';
import { presentVoters } from '../../../common/votes/present';
import { hasQuorum, quorumNeeded } from '../../../common/attendance/quorum';
import { readRules } from '../council/rules';
import { vacantSeats } from '../../../common/attendance/vacancy';

function attendance(db: Db) {
  const sessionId = getCurrentSessionId(db);
  const quorum = readRules(db).quorum;
  // Ids only: this slice is rebuilt on every roll-call mark, and the roster may be hundreds.
  const voting = db.prepare('SELECT id, voting = 1 AS voting FROM delegate WHERE voting = 1').all() as { id: number; voting: boolean }[];
  const p = sessionId === null ? null : presence(db, sessionId);
  // A roll call counts the voting delegates it was taken against, of the seats there were then.
  const memberIds = p?.rollCallId == null ? null : listMemberIds(db, p.rollCallId);
  const totalSeats = (p?.rollCallId == null ? null : getRollCall(db, p.rollCallId)?.seats) ?? getCouncil(db)?.totalSeats ?? 0;
  // The same rule the votes use, so the hall's "present" and a vote's "present" never differ.
  const presentList = presentVoters(voting, p?.marks, memberIds);
  const present = presentList.length;
  // Present by default: whoever the roll call counts and nobody has marked. The screens say how
  // much of "present" is that default, so 35/35 on a roll call just opened reads as "nobody marked yet".
  const votingIds = new Set(voting.map((d) => d.id));
  const markedIds = new Set((p?.marks ?? []).map((m) => m.delegateId));
  const counted = memberIds === null ? voting.map((d) => d.id) : memberIds.filter((id) => votingIds.has(id));
  return {
    sittings: sessionId === null ? [] : listRollCalls(db, sessionId),
    currentId: p?.rollCallId ?? null,
    /** The voting delegates the current roll call counts (null before any: every voting delegate on the roster). */
    memberIds,
    /** The marks: away, late, and confirmed present; whoever has none is not marked, and counts as present. */
    marks: p?.marks ?? [],
    /** Voting delegates in the hall now, of the council's total seats. */
    present,
    /** Voting delegates the roll call counts who carry a mark (present, absent, late, left…); null before any roll call. */
    marked: p?.rollCallId == null ? null : counted.filter((id) => markedIds.has(id)).length,
    /** Of `present`, those with no mark: present because the roll call assumes so until marked. */
    assumed: presentList.filter((d) => !markedIds.has(d.id)).length,
    votingOnRoster: voting.length,
    totalSeats,
    /** Seats no voting delegate holds, of those the roll call counts (or the roster before any): "76/80 (1 ghế khuyết)". */
    vacant: vacantSeats(totalSeats, memberIds?.length ?? voting.length),
    needed: quorumNeeded(totalSeats, quorum),
    quorum: totalSeats > 0 && hasQuorum(present, totalSeats, quorum),
  };
}

/** The current roll call, its exceptions, who is in the hall and the quorum. */
export const attendanceSlices = { attendance };
