import type { MajorityRule } from './rule';

export const VOTE_METHODS = ['hands', 'named', 'secret'] as const;

export type VoteMethod = (typeof VOTE_METHODS)[number];

export const RULE_KINDS = ['ordinary', 'dismissal', 'custom'] as const;

export type RuleKind = (typeof RULE_KINDS)[number];

export type VoteStatus = 'draft' | 'open' | 'closed';

/**
 * Where a ballot's "present" came from: the sitting's roll call, the roster when no roll call was
 * taken and no count typed (every voting delegate on it counted as present), or a number typed (the
 * secretary's count in the hall, or a correction's). Null until the ballot opens.
 */
export const PRESENT_SOURCES = ['roll-call', 'roster', 'typed'] as const;
export type PresentSource = (typeof PRESENT_SOURCES)[number];

export const CHOICES = ['for', 'against', 'abstain'] as const;

export type Choice = (typeof CHOICES)[number];

/** Everything counted in a vote; ballots are zero outside a secret ballot. */
export interface Tally {
  for: number;
  against: number;
  abstain: number;
  issued: number;
  returned: number;
  valid: number;
  invalid: number;
}

export interface Vote {
  id: number;
  sessionId: number;
  agendaItemId: number | null;
  resolutionNumber: string;
  resolutionTitle: string;
  /** The presenting body ("UBND tỉnh", "Thường trực HĐND"): "Tờ trình của …" in the minutes; empty when not given. */
  presentedBy: string;
  method: VoteMethod;
  ruleKind: RuleKind;
  rule: MajorityRule;
  round: number;
  revoteOf: number | null;
  status: VoteStatus;
  seats: number;
  /**
   * The seats no voting delegate held when it opened ("80 (1 ghế khuyết)"), fixed then, as `seats`
   * and `present` are (common/attendance/vacancy.ts vacantAtOpening); null until it opens.
   */
  vacant: number | null;
  present: number;
  /** Where `present` came from (see PresentSource); null until the vote opens. */
  presentSource: PresentSource | null;
  tally: Tally;
  createdAt: number;
  openedAt: number | null;
  closedAt: number | null;
  announcedAt: number | null;
  /** The roll call "present" was taken from when the vote opened (null if typed, or none held). */
  rollCallId: number | null;
}

/**
 * The voting delegates a named vote was held among (the roll call's roster then, or the whole
 * roster before any roll call), by id: in the hall when it opened, and away.
 */
export interface Voters {
  here: number[];
  away: number[];
}

/** A recorded result: version 1 at close, one more per correction. */
export interface VoteVersion {
  version: number;
  reason: string;
  at: number;
  actor: string;
  present: number;
  tally: Tally;
  /** A named vote's marks as they stood in this version. */
  marks: Record<number, Choice>;
  /** A named vote's voters, as read when it closed (null for the other methods, and for votes closed before they were kept). */
  voters: Voters | null;
}

export const EMPTY_TALLY: Tally = { for: 0, against: 0, abstain: 0, issued: 0, returned: 0, valid: 0, invalid: 0 };

/** Ballots of a secret ballot: issued, returned, and sorted into valid and invalid. */
export interface BallotCounts {
  issued: number;
  returned: number;
  valid: number;
  invalid: number;
}
