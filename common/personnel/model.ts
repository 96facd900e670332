import type { Ballots, LineCounts, NewRoundReason, PersonnelKind, PersonnelRules, PersonResult } from './result';
import type { PresentSource } from '../votes/model';


export type PersonnelStatus = 'draft' | 'open' | 'closed';

/** The undo steps of a draft (personnel.update, personnel.sortByName), taken back only while it is one; the others are an open vote's opening and counts. */
export const DRAFT_STEPS: readonly string[] = ['edit', 'honorific', 'sort'];

/**
 * The subject of a vote's opening: the vote's id and the title its words say, "12:Phó Chủ tịch Ủy
 * ban nhân dân tỉnh", so only that vote's panel offers to redo it. A draft's steps carry the draft's
 * id as data instead (`subjectId`: its own undo stack); journal rows written before did as this does.
 */
export const voteStepSubject = (voteId: number, name: string): string => `${voteId}:${name}`;

/** A step's vote and name (voteStepSubject); a step saved before subjects held the vote has its name alone. */
export function readVoteStepSubject(subject: string): { voteId: number | null; name: string } {
  const m = /^(\d+):(.*)$/s.exec(subject);
  return m ? { voteId: Number(m[1]), name: m[2] } : { voteId: null, name: subject };
}

export const BODIES = ['council', 'committee'] as const;

export type Body = (typeof BODIES)[number];

export const HONORIFICS = ['', 'mr', 'ms'] as const;

export type Honorific = (typeof HONORIFICS)[number];

/** One line of the ballot: a candidate, a person to dismiss, or an official rated. */
export interface PersonnelPerson {
  id: number;
  position: number;
  /** The roster entry, or null once it was removed from the roster (the names stay). */
  delegateId: number | null;
  fullName: string;
  title: string;
  body: Body;
  honorific: Honorific;
  /** The honorific is the console's guess from the name, not yet chosen by the secretary (shown as a guess). */
  honorificGuessed: boolean;
  /** Not on the ballot (elected this year, retirement announced), with the secretary's reason. */
  exemptReason: string;
  counts: LineCounts;
}

export interface Counter {
  delegateId: number | null;
  fullName: string;
  title: string;
  role: 'head' | 'member';
}

export interface PersonnelVote {
  id: number;
  sessionId: number;
  agendaItemId: number | null;
  /** Chosen when the vote is prepared: an election, a dismissal (miễn nhiệm), a removal (bãi nhiệm) or a confidence vote. */
  kind: PersonnelKind;
  /** The post (election, dismissal, removal) or the name of the confidence vote. */
  title: string;
  posts: number;
  rules: PersonnelRules;
  round: number;
  revoteOf: number | null;
  status: PersonnelStatus;
  seats: number;
  /** The seats no voting delegate held when it opened, fixed then (as a vote's `vacant`); null until it opens. */
  vacant: number | null;
  present: number;
  /** Where `present` came from: a roll call or a typed count (personnel.open refuses the bare roster); null until it opens. */
  presentSource: PresentSource | null;
  ballots: Ballots;
  createdAt: number;
  openedAt: number | null;
  closedAt: number | null;
  announcedAt: number | null;
  people: PersonnelPerson[];
  committee: Counter[];
}

export interface PersonnelVersion {
  version: number;
  reason: string;
  at: number;
  actor: string;
  present: number;
  ballots: Ballots;
  /** Counts per person id as they stood in this version. */
  lines: Record<number, LineCounts>;
}

export interface PersonView extends PersonnelPerson {
  /** Null for a person exempt from this vote (not on the ballot). */
  result: PersonResult | null;
  announcement: { vi: string; en: string } | null;
}

/**
 * How an election fills its post when the programme item says so (words.ts `electionWay`):
 * "Bầu bổ sung …" elects one more (`more`), "Bầu thay thế …" someone in place of another (`replace`).
 */
export type ElectionWay = 'more' | 'replace';

/** A personnel vote as screens show it: people with results and sentences, and its versions. */
export interface PersonnelView extends Omit<PersonnelVote, 'people'> {
  /** An election's "bổ sung" or "thay thế", as its programme item says it; null otherwise. */
  way: ElectionWay | null;
  /** A new round's why: the round before left a tie for the last post, or posts unfilled; null for a first round. */
  revoteReason: NewRoundReason | null;
  people: PersonView[];
  versions: (PersonnelVersion & { results: Record<number, PersonResult> })[];
}
