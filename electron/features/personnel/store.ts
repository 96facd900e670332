import type { Db } from '../../store/db';
import { appendVersionRow, readVersions } from '../../store/versions';
import { EMPTY_LINE, personnelRulesSchema, type Ballots, type LineCounts, type PersonnelKind } from '../../../common/personnel/result';
import type { PersonnelStatus, Body, Honorific, PersonnelPerson, Counter, PersonnelVote, PersonnelVersion } from '../../../common/personnel/model';
import type { PresentSource } from '../../../common/votes/model';

export type PersonInput = Pick<PersonnelPerson, 'delegateId' | 'fullName' | 'title' | 'body' | 'honorific' | 'honorificGuessed' | 'exemptReason'>;
export type PersonnelInput = Pick<PersonnelVote, 'agendaItemId' | 'kind' | 'title' | 'posts' | 'rules'>;

interface VoteRow {
  id: number;
  session_id: number;
  agenda_item_id: number | null;
  kind: PersonnelKind;
  title: string;
  posts: number;
  rules: string;
  round: number;
  revote_of: number | null;
  status: PersonnelStatus;
  seats: number;
  vacant: number | null;
  present: number;
  present_source: PresentSource | null;
  ballots_issued: number;
  ballots_returned: number;
  ballots_valid: number;
  ballots_invalid: number;
  created_at: number;
  opened_at: number | null;
  closed_at: number | null;
  announced_at: number | null;
}

interface PersonRow {
  id: number;
  position: number;
  delegate_id: number | null;
  full_name: string;
  title: string;
  body: Body;
  honorific: Honorific;
  honorific_guessed: number;
  exempt_reason: string;
  agree: number;
  disagree: number;
  high: number;
  medium: number;
  low: number;
  line_invalid: number;
}

const rowToPerson = (r: PersonRow): PersonnelPerson => ({
  id: r.id,
  position: r.position,
  delegateId: r.delegate_id,
  fullName: r.full_name,
  title: r.title,
  body: r.body,
  honorific: r.honorific,
  honorificGuessed: r.honorific_guessed === 1,
  exemptReason: r.exempt_reason,
  counts: { agree: r.agree, disagree: r.disagree, high: r.high, medium: r.medium, low: r.low, invalid: r.line_invalid },
});

function rowToVote(db: Db, r: VoteRow): PersonnelVote {
  const people = (db.prepare('SELECT * FROM personnel_person WHERE vote_id = ? ORDER BY position').all(r.id) as PersonRow[]).map(rowToPerson);
  const committee = (
    db.prepare('SELECT delegate_id, full_name, title, role FROM personnel_counter WHERE vote_id = ? ORDER BY position').all(r.id) as {
      delegate_id: number | null;
      full_name: string;
      title: string;
      role: 'head' | 'member';
    }[]
  ).map((c) => ({ delegateId: c.delegate_id, fullName: c.full_name, title: c.title, role: c.role }));
  return {
    id: r.id,
    sessionId: r.session_id,
    agendaItemId: r.agenda_item_id,
    kind: r.kind,
    title: r.title,
    posts: r.posts,
    rules: personnelRulesSchema.parse(JSON.parse(r.rules)),
    round: r.round,
    revoteOf: r.revote_of,
    status: r.status,
    seats: r.seats,
    vacant: r.vacant,
    present: r.present,
    presentSource: r.present_source,
    ballots: { issued: r.ballots_issued, returned: r.ballots_returned, valid: r.ballots_valid, invalid: r.ballots_invalid },
    createdAt: r.created_at,
    openedAt: r.opened_at,
    closedAt: r.closed_at,
    announcedAt: r.announced_at,
    people,
    committee,
  };
}

/** A session's personnel votes, in the order they were created. */
export function listPersonnelVotes(db: Db, sessionId: number): PersonnelVote[] {
  return (db.prepare('SELECT * FROM personnel_vote WHERE session_id = ? ORDER BY id').all(sessionId) as VoteRow[]).map((r) => rowToVote(db, r));
}

export function getPersonnelVote(db: Db, id: number): PersonnelVote | undefined {
  const row = db.prepare('SELECT * FROM personnel_vote WHERE id = ?').get(id) as VoteRow | undefined;
  return row ? rowToVote(db, row) : undefined;
}

export function getOpenPersonnelVote(db: Db): PersonnelVote | undefined {
  const row = db.prepare("SELECT * FROM personnel_vote WHERE status = 'open'").get() as VoteRow | undefined;
  return row ? rowToVote(db, row) : undefined;
}

export function insertPersonnelVote(db: Db, sessionId: number, v: PersonnelInput, at: number, round = 1, revoteOf: number | null = null): number {
  return Number(
    db
      .prepare(
        `INSERT INTO personnel_vote (session_id, agenda_item_id, kind, title, posts, rules, round, revote_of, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(sessionId, v.agendaItemId, v.kind, v.title, v.posts, JSON.stringify(v.rules), round, revoteOf, at).lastInsertRowid,
  );
}

export function updatePersonnelVote(db: Db, id: number, v: PersonnelInput): void {
  db.prepare('UPDATE personnel_vote SET agenda_item_id = ?, kind = ?, title = ?, posts = ?, rules = ? WHERE id = ?').run(
    v.agendaItemId,
    v.kind,
    v.title,
    v.posts,
    JSON.stringify(v.rules),
    id,
  );
}

export function deletePersonnelVote(db: Db, id: number): void {
  db.prepare('DELETE FROM personnel_vote WHERE id = ?').run(id);
}

/** Replaces the ballot's lines (only before opening, so no counts are lost). */
export function setPeople(db: Db, voteId: number, people: readonly PersonInput[]): void {
  db.prepare('DELETE FROM personnel_person WHERE vote_id = ?').run(voteId);
  const insert = db.prepare(
    `INSERT INTO personnel_person (vote_id, position, delegate_id, full_name, title, body, honorific, honorific_guessed, exempt_reason)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  people.forEach((p, i) => insert.run(voteId, i + 1, p.delegateId, p.fullName, p.title, p.body, p.honorific, p.honorificGuessed ? 1 : 0, p.exemptReason));
}

export function setCommittee(db: Db, voteId: number, committee: readonly Counter[]): void {
  db.prepare('DELETE FROM personnel_counter WHERE vote_id = ?').run(voteId);
  const insert = db.prepare('INSERT INTO personnel_counter (vote_id, position, delegate_id, full_name, title, role) VALUES (?, ?, ?, ?, ?, ?)');
  committee.forEach((c, i) => insert.run(voteId, i + 1, c.delegateId, c.fullName, c.title, c.role));
}

/** The figures the ballot is counted against, fixed as it opens: as a resolution's (votes/store.ts markOpened). */
export function markPersonnelOpened(db: Db, id: number, opening: { seats: number; vacant: number; present: number; presentSource: PresentSource; at: number }): void {
  const { seats, vacant, present, presentSource, at } = opening;
  db.prepare("UPDATE personnel_vote SET status = 'open', seats = ?, vacant = ?, present = ?, present_source = ?, opened_at = ? WHERE id = ?").run(seats, vacant, present, presentSource, at, id);
}

export function saveBallots(db: Db, id: number, b: Ballots): void {
  db.prepare('UPDATE personnel_vote SET ballots_issued = ?, ballots_returned = ?, ballots_valid = ?, ballots_invalid = ? WHERE id = ?').run(
    b.issued,
    b.returned,
    b.valid,
    b.invalid,
    id,
  );
}

export function saveLine(db: Db, personId: number, c: LineCounts): void {
  db.prepare('UPDATE personnel_person SET agree = ?, disagree = ?, high = ?, medium = ?, low = ?, line_invalid = ? WHERE id = ?').run(
    c.agree,
    c.disagree,
    c.high,
    c.medium,
    c.low,
    c.invalid,
    personId,
  );
}

export function markPersonnelClosed(db: Db, id: number, at: number): void {
  db.prepare("UPDATE personnel_vote SET status = 'closed', closed_at = ? WHERE id = ?").run(at, id);
}

export function markPersonnelAnnounced(db: Db, id: number, at: number): void {
  db.prepare('UPDATE personnel_vote SET announced_at = ? WHERE id = ?').run(at, id);
}

export function listPersonnelVersions(db: Db, voteId: number): PersonnelVersion[] {
  return readVersions<Pick<PersonnelVersion, 'present' | 'ballots' | 'lines'>>(db, 'personnel_version', voteId).map(({ counts: c, ...r }) => {
    const lines = Object.fromEntries(Object.entries(c.lines).map(([k, v]) => [Number(k), { ...EMPTY_LINE, ...v }]));
    return { ...r, present: c.present, ballots: c.ballots, lines };
  });
}

/** Appends the vote's current counts as its next version. */
export function appendPersonnelVersion(db: Db, voteId: number, reason: string, at: number, actor: string): number {
  const v = getPersonnelVote(db, voteId)!;
  const lines = Object.fromEntries(v.people.map((p) => [p.id, p.counts]));
  return appendVersionRow(db, 'personnel_version', voteId, reason, at, actor, { present: v.present, ballots: v.ballots, lines });
}

/** The personnel vote chosen for the hall's result mode, if any. */
export function getHallPersonnel(db: Db): number | null {
  const row = db.prepare('SELECT vote_id FROM personnel_hall WHERE id = 1').get() as { vote_id: number | null } | undefined;
  return row?.vote_id ?? null;
}

export function setHallPersonnel(db: Db, voteId: number | null): void {
  db.prepare('INSERT INTO personnel_hall (id, vote_id) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET vote_id = excluded.vote_id').run(voteId);
}
