import type { Db } from '../../store/db';
import { getHallPersonnel, getPersonnelVote, listPersonnelVersions, listPersonnelVotes } from './store';
import type { PersonnelPerson, PersonnelVote, PersonView, PersonnelView } from '../../../common/personnel/model';
import { personSentence } from './announce';
import { getCurrentSessionId } from '../council/sessions';
import { EMPTY_LINE, newRoundReason, personnelResults, type PersonResult } from '../../../common/personnel/result';
import { electionWay } from '../../../common/personnel/words';
import { getAgendaItem } from '../agenda/store';

/** Results of those on the ballot (the exempt are not), keyed by person id. */
export function resultsOf(vote: Omit<PersonnelVote, 'people'>, people: readonly PersonnelPerson[], lineOf = (p: PersonnelPerson) => p.counts): Map<number, PersonResult> {
  const rated = people.filter((p) => !p.exemptReason);
  const results = personnelResults({ ...vote, lines: rated.map(lineOf) });
  return new Map(rated.map((p, i) => [p.id, results[i]]));
}

export function personnelView(db: Db, vote: PersonnelVote): PersonnelView {
  const results = resultsOf(vote, vote.people);
  const people = vote.people.map((p): PersonView => {
    const result = results.get(p.id) ?? null;
    const announcement = result && { vi: personSentence(vote, p, result, 'vi'), en: personSentence(vote, p, result, 'en') };
    return { ...p, result, announcement };
  });
  const versions = listPersonnelVersions(db, vote.id).map((v) => {
    const r = resultsOf({ ...vote, present: v.present, ballots: v.ballots }, vote.people, (p) => v.lines[p.id] ?? EMPTY_LINE);
    return { ...v, results: Object.fromEntries(r) };
  });
  // "Bầu bổ sung …" on the programme: the heading and the record say the election so.
  const way = vote.kind === 'election' && vote.agendaItemId !== null ? electionWay(getAgendaItem(db, vote.agendaItemId)?.title ?? null) : null;
  // A new round says why it was held, from the round before's results.
  const before = vote.revoteOf === null ? null : getPersonnelVote(db, vote.revoteOf);
  const revoteReason = before ? newRoundReason(before.kind, before.posts, [...resultsOf(before, before.people).values()].map((r) => r.outcome)) : null;
  return { ...vote, way, revoteReason, people, versions };
}

/** Personnel votes of the current session only (as `votes`: earlier sessions are read from the database where asked). */
export const personnelSlices = {
  personnel: (db: Db): PersonnelView[] => {
    const sessionId = getCurrentSessionId(db);
    return sessionId === null ? [] : listPersonnelVotes(db, sessionId).map((v) => personnelView(db, v));
  },
  /** The personnel result the hall shows in its result mode when no resolution vote is chosen there. */
  personnelHall: (db: Db) => ({ voteId: getHallPersonnel(db) }),
};
