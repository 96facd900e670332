import type { Db } from '../../store/db';
import { appendVersionRow, readVersions } from '../../store/versions';
import type { MajorityRule } from '../../../common/votes/rule';
import type { VoteMethod, RuleKind, VoteStatus, Choice, Tally, Vote, Voters, VoteVersion, PresentSource } from '../../../common/votes/model';
import { votersAtOpening } from './voters';

export type VoteInput = Pick<Vote, 'agendaItemId' | 'resolutionNumber' | 'resolutionTitle' | 'presentedBy' | 'method' | 'ruleKind' | 'rule'>;

interface VoteRow {
  id: number;
  session_id: number;
  agenda_item_id: number | null;
  resolution_number: string;
  resolution_title: string;
  presented_by: string;
  method: VoteMethod;
  rule_kind: RuleKind;
  rule_base: MajorityRule['base'];
  rule_comparison: MajorityRule['comparison'];
  rule_numerator: number;
  rule_denominator: number;
  round: number;
  revote_of: number | null;
  status: VoteStatus;
  seats: number;
  vacant: number | null;
  present: number;
  for_count: number;
  against_count: number;
  abstain_count: number;
  ballots_issued: number;
  ballots_returned: number;
  ballots_valid: number;
  ballots_invalid: number;
  created_at: number;
  opened_at: number | null;
  closed_at: number | null;
  announced_at: number | null;
  roll_call_id: number | null;
  present_source: PresentSource | null;
}

const rowToVote = (r: VoteRow): Vote => ({
  id: r.id,
  sessionId: r.session_id,
  agendaItemId: r.agenda_item_id,
  resolutionNumber: r.resolution_number,
  resolutionTitle: r.resolution_title,
  presentedBy: r.presented_by,
  method: r.method,
  ruleKind: r.rule_kind,
  rule: { base: r.rule_base, comparison: r.rule_comparison, numerator: r.rule_numerator, denominator: r.rule_denominator },
  round: r.round,
  revoteOf: r.revote_of,
  status: r.status,
  seats: r.seats,
  vacant: r.vacant,
  present: r.present,
  presentSource: r.present_source,
  tally: {
    for: r.for_count,
    against: r.against_count,
    abstain: r.abstain_count,
    issued: r.ballots_issued,
    returned: r.ballots_returned,
    valid: r.ballots_valid,
    invalid: r.ballots_invalid,
  },
  createdAt: r.created_at,
  openedAt: r.opened_at,
  closedAt: r.closed_at,
  announcedAt: r.announced_at,
  rollCallId: r.roll_call_id,
});

const inputToRow = (v: VoteInput) => ({
  agenda_item_id: v.agendaItemId,
  resolution_number: v.resolutionNumber,
  resolution_title: v.resolutionTitle,
  presented_by: v.presentedBy,
  method: v.method,
  rule_kind: v.ruleKind,
  rule_base: v.rule.base,
  rule_comparison: v.rule.comparison,
  rule_numerator: v.rule.numerator,
  rule_denominator: v.rule.denominator,
});

/** A session's votes, in the order they were created. */
export function listVotes(db: Db, sessionId: number): Vote[] {
  return (db.prepare('SELECT * FROM vote WHERE session_id = ? ORDER BY id').all(sessionId) as VoteRow[]).map(rowToVote);
}

export function getVote(db: Db, id: number): Vote | undefined {
  const row = db.prepare('SELECT * FROM vote WHERE id = ?').get(id) as VoteRow | undefined;
  return row ? rowToVote(row) : undefined;
}

export function getOpenVote(db: Db): Vote | undefined {
  const row = db.prepare("SELECT * FROM vote WHERE status = 'open'").get() as VoteRow | undefined;
  return row ? rowToVote(row) : undefined;
}

export function insertVote(db: Db, sessionId: number, v: VoteInput, at: number, round = 1, revoteOf: number | null = null): number {
  return Number(
    db
      .prepare(
        `INSERT INTO vote (session_id, agenda_item_id, resolution_number, resolution_title, presented_by, method, rule_kind,
           rule_base, rule_comparison, rule_numerator, rule_denominator, round, revote_of, created_at)
         VALUES (@session_id, @agenda_item_id, @resolution_number, @resolution_title, @presented_by, @method, @rule_kind,
           @rule_base, @rule_comparison, @rule_numerator, @rule_denominator, @round, @revote_of, @created_at)`,
      )
      .run({ ...inputToRow(v), session_id: sessionId, round, revote_of: revoteOf, created_at: at }).lastInsertRowid,
  );
}

export function updateVoteInput(db: Db, id: number, v: VoteInput): void {
  db.prepare(
    `UPDATE vote SET agenda_item_id = @agenda_item_id, resolution_number = @resolution_number,
       resolution_title = @resolution_title, presented_by = @presented_by, method = @method, rule_kind = @rule_kind, rule_base = @rule_base,
       rule_comparison = @rule_comparison, rule_numerator = @rule_numerator, rule_denominator = @rule_denominator
     WHERE id = @id`,
  ).run({ ...inputToRow(v), id });
}

/** The presenting body alone, in any state (record.setPresentedBy). */
export function setPresentedBy(db: Db, id: number, presentedBy: string): void {
  db.prepare('UPDATE vote SET presented_by = ? WHERE id = ?').run(presentedBy, id);
}

export function deleteVote(db: Db, id: number): void {
  db.prepare('DELETE FROM vote WHERE id = ?').run(id);
}

/**
 * The figures the vote is counted against, fixed as it opens: `seats`, `vacant` (of those seats, by
 * attendance/store.ts vacantAtOpeningIn), `present`, and `rollCallId`, the roll call "present" came
 * from (null when typed or before any roll call).
 */
export function markOpened(db: Db, id: number, opening: { seats: number; vacant: number; present: number; presentSource: PresentSource; at: number; rollCallId: number | null }): void {
  const { seats, vacant, present, presentSource, at, rollCallId } = opening;
  db.prepare("UPDATE vote SET status = 'open', seats = ?, vacant = ?, present = ?, present_source = ?, opened_at = ?, roll_call_id = ? WHERE id = ?").run(seats, vacant, present, presentSource, at, rollCallId, id);
}

/** The counts; with `present`, a number typed (a correction's), so its source becomes 'typed'. */
export function saveTally(db: Db, id: number, t: Tally, present?: number): void {
  db.prepare(
    `UPDATE vote SET for_count = @for, against_count = @against, abstain_count = @abstain, ballots_issued = @issued, ballots_returned = @returned,
       ballots_valid = @valid, ballots_invalid = @invalid, present = COALESCE(@present, present),
       present_source = CASE WHEN @present IS NULL THEN present_source ELSE 'typed' END WHERE id = @id`,
  ).run({ for: t.for, against: t.against, abstain: t.abstain, issued: t.issued, returned: t.returned, valid: t.valid, invalid: t.invalid, present: present ?? null, id });
}

export function markClosed(db: Db, id: number, at: number): void {
  db.prepare("UPDATE vote SET status = 'closed', closed_at = ? WHERE id = ?").run(at, id);
}

export function markAnnounced(db: Db, id: number, at: number | null): void {
  db.prepare('UPDATE vote SET announced_at = ? WHERE id = ?').run(at, id);
}

export function listVersions(db: Db, voteId: number): VoteVersion[] {
  return readVersions<{ present: number; tally: Tally; marks?: Record<number, Choice>; voters?: Voters }>(db, 'vote_version', voteId).map(({ counts: c, ...r }) => ({
    ...r,
    present: c.present,
    tally: c.tally,
    marks: c.marks ?? {},
    voters: c.voters ?? null,
  }));
}

/**
 * Appends the vote's current counts as its next version. A named vote's also keeps its marks
 * and who it was held among, read once when it closes and carried into each correction: the
 * record by name stays as it was whatever attendance is marked afterwards.
 */
export function appendVersion(db: Db, voteId: number, reason: string, at: number, actor: string): number {
  const vote = getVote(db, voteId)!;
  const voters = vote.method === 'named' ? (listVersions(db, voteId).at(-1)?.voters ?? votersAtOpening(db, vote)) : null;
  const counts = { present: vote.present, tally: vote.tally, ...(vote.method === 'named' ? { marks: listMarks(db, voteId), voters } : {}) };
  return appendVersionRow(db, 'vote_version', voteId, reason, at, actor, counts);
}

export function listMarks(db: Db, voteId: number): Record<number, Choice> {
  const rows = db.prepare('SELECT delegate_id, choice FROM vote_mark WHERE vote_id = ?').all(voteId) as { delegate_id: number; choice: Choice }[];
  return Object.fromEntries(rows.map((r) => [r.delegate_id, r.choice]));
}

export function setMark(db: Db, voteId: number, delegateId: number, choice: Choice | null): void {
  if (choice === null) db.prepare('DELETE FROM vote_mark WHERE vote_id = ? AND delegate_id = ?').run(voteId, delegateId);
  else
    db.prepare(
      'INSERT INTO vote_mark (vote_id, delegate_id, choice) VALUES (?, ?, ?) ON CONFLICT (vote_id, delegate_id) DO UPDATE SET choice = excluded.choice',
    ).run(voteId, delegateId, choice);
}

/** The named marks summed, so the counts of a named vote are always those of its marks. */
export function countMarks(db: Db, voteId: number): Pick<Tally, 'for' | 'against' | 'abstain'> {
  const rows = db.prepare('SELECT choice, COUNT(*) AS n FROM vote_mark WHERE vote_id = ? GROUP BY choice').all(voteId) as { choice: Choice; n: number }[];
  const counts = { for: 0, against: 0, abstain: 0 };
  for (const r of rows) counts[r.choice] = r.n;
  return counts;
}
