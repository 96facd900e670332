import { z } from 'zod';
import type { BallotCounts } from '../votes/model';
import { baseCount, canStillPass, formatPercent, majorityRuleSchema, passes, votesNeeded, type BaseInputs, type MajorityRule } from '../votes/rule';

/**
 * Personnel votes (bầu, miễn nhiệm / bãi nhiệm, lấy phiếu tín nhiệm) worked out from their
 * counts: pure functions, so every screen, export and test reads the same outcome.
 * The arithmetic is the majority rules' (`votes/rule.ts`): integers, rules as data.
 *
 * A dismissal (miễn nhiệm: the person leaves the post for any reason, often at their own
 * request) and a removal (bãi nhiệm: for wrongdoing) are the same ballot and the same majority,
 * but two acts the record must never confuse: each is its own kind, chosen when the vote is prepared.
 */
export const PERSONNEL_KINDS = ['election', 'dismissal', 'removal', 'confidence'] as const;
export type PersonnelKind = (typeof PERSONNEL_KINDS)[number];

/** What one line of a ballot can say about one person; `invalid` is a spoilt line (none or several marked). */
export const LEVELS = ['agree', 'disagree', 'high', 'medium', 'low', 'invalid'] as const;
export type Level = (typeof LEVELS)[number];
export type LineCounts = Record<Level, number>;
export const EMPTY_LINE: LineCounts = { agree: 0, disagree: 0, high: 0, medium: 0, low: 0, invalid: 0 };

/**
 * The levels a kind's ballot has, in the order of the tally sheet. Only a confidence vote's ballot
 * has an invalid line per person (none or several levels marked, Nghị quyết 96/2023); an election
 * ballot is valid or invalid whole, each candidate on a valid one kept or crossed out, and its
 * counting record gives the ballots and each candidate's count (DESIGN.md §7). A dismissal's or
 * removal's ballot marks each person's line "đồng ý" or "không đồng ý", so a line may be spoilt.
 */
export const KIND_LEVELS: Record<PersonnelKind, readonly Level[]> = {
  election: ['agree', 'disagree'],
  dismissal: ['agree', 'disagree', 'invalid'],
  removal: ['agree', 'disagree', 'invalid'],
  confidence: ['high', 'medium', 'low', 'invalid'],
};

/**
 * The levels a grid or a record shows for some lines: the ballot's, and the invalid line wherever a
 * line holds one (an election counted before its ballot had none keeps its figures, shown).
 */
export function shownLevels(kind: PersonnelKind, lines: readonly LineCounts[]): readonly Level[] {
  const levels = KIND_LEVELS[kind];
  return levels.includes('invalid') || !lines.some((l) => l.invalid > 0) ? levels : [...levels, 'invalid'];
}

/** A personnel vote's ballots: the secret ballot's counts, checked by the same checkBallots(). */
export type Ballots = BallotCounts;
export const EMPTY_BALLOTS: Ballots = { issued: 0, returned: 0, valid: 0, invalid: 0 };

/**
 * A personnel vote's rules, snapshotted when it is prepared:
 * - `pass`: elected (or dismissed) with this many agreeing; also the base of the percentages;
 * - `resign`, `dismiss`: confidence votes, low confidence from this many flags the official
 *   (Nghị quyết 96/2023/QH15: more than 1/2 may resign, at least 2/3 dismissal is proposed);
 *   the percentages of every level are of `resign`'s base (total seats by default).
 */
export const personnelRulesSchema = z.strictObject({
  pass: majorityRuleSchema,
  resign: majorityRuleSchema,
  dismiss: majorityRuleSchema,
});
export type PersonnelRules = z.output<typeof personnelRulesSchema>;

export type Outcome = 'elected' | 'notElected' | 'tie' | 'dismissed' | 'notDismissed' | 'removed' | 'notRemoved' | 'mayResign' | 'dismissalProposed' | 'confidence';

export interface PersonResult {
  /** The number the percentages are of. */
  base: number;
  /** Agreeing needed to pass (election, dismissal); low confidence needed to be flagged (confidence). */
  needed: number;
  /** Lines counted for this person so far, and those still to count. */
  counted: number;
  uncounted: number;
  percent: Record<'vi' | 'en', Record<Level, string>>;
  outcome: Outcome;
  /** While counting: could the person still be elected (dismissed) if every uncounted line agreed? */
  canStillPass: boolean;
}

export interface PersonnelInput {
  kind: PersonnelKind;
  /** Posts to fill (election); the highest counts among those passing fill them. */
  posts: number;
  rules: PersonnelRules;
  seats: number;
  present: number;
  ballots: Ballots;
  lines: readonly LineCounts[];
}

/** Before the valid ballots are known, every ballot returned, issued, or everyone present may still count. */
export function ballotPool(ballots: Ballots, present: number): number {
  return ballots.valid || ballots.returned || ballots.issued || present;
}

function inputs(p: PersonnelInput, inFavour: number, other: number): BaseInputs {
  return { seats: p.seats, present: p.present, returned: p.ballots.returned, for: inFavour, against: other, abstain: 0 };
}

/** The main rule's base for a line; bases that grow with votes ("cast") count the valid lines. */
function percentBase(p: PersonnelInput, line: LineCounts): number {
  const rule = p.kind === 'confidence' ? p.rules.resign : p.rules.pass;
  const valid = line.agree + line.disagree + line.high + line.medium + line.low;
  return baseCount(rule, inputs(p, valid, 0));
}

export function personnelResults(p: PersonnelInput): PersonResult[] {
  const pool = ballotPool(p.ballots, p.present);
  const results = p.lines.map((line): PersonResult => {
    const counted = shownLevels(p.kind, [line]).reduce((s, l) => s + line[l], 0);
    const uncounted = Math.max(0, pool - counted);
    const base = percentBase(p, line);
    const pct = (lang: 'vi' | 'en') => Object.fromEntries(LEVELS.map((l) => [l, formatPercent(line[l], base, lang)])) as Record<Level, string>;
    const common = { base, counted, uncounted, percent: { vi: pct('vi'), en: pct('en') } };
    if (p.kind === 'confidence') {
      const low = (rule: MajorityRule) => passes(rule, line.low, baseCount(rule, inputs(p, line.low, line.high + line.medium)));
      const outcome: Outcome = low(p.rules.dismiss) ? 'dismissalProposed' : low(p.rules.resign) ? 'mayResign' : 'confidence';
      const needed = votesNeeded(p.rules.resign, baseCount(p.rules.resign, inputs(p, line.low, line.high + line.medium)));
      return { ...common, needed, outcome, canStillPass: false };
    }
    const rule = p.rules.pass;
    const i = inputs(p, line.agree, line.disagree);
    const needed = votesNeeded(rule, baseCount(rule, i));
    const yes = line.agree >= needed;
    const outcome: Outcome =
      p.kind === 'election' ? (yes ? 'elected' : 'notElected') : p.kind === 'removal' ? (yes ? 'removed' : 'notRemoved') : yes ? 'dismissed' : 'notDismissed';
    return { ...common, needed, outcome, canStillPass: canStillPass(rule, i, uncounted) };
  });
  if (p.kind === 'election') fillPosts(p, results);
  return results;
}

/**
 * More candidates passing than posts: the highest counts win; those level at the last post
 * are a tie, decided by a new round, and none of them is elected.
 */
function fillPosts(p: PersonnelInput, results: PersonResult[]): void {
  const passing = results.map((r, i) => ({ r, agree: p.lines[i].agree })).filter((x) => x.r.outcome === 'elected');
  if (passing.length <= p.posts) return;
  const sorted = [...passing].sort((a, b) => b.agree - a.agree);
  const cut = sorted[p.posts - 1].agree;
  const above = sorted.filter((x) => x.agree > cut).length;
  const atCut = sorted.filter((x) => x.agree === cut);
  const tie = above + atCut.length > p.posts;
  for (const x of sorted) {
    if (x.agree > cut) continue;
    x.r.outcome = x.agree === cut && tie ? 'tie' : x.agree === cut ? 'elected' : 'notElected';
  }
}

/**
 * Why a closed vote may be held again as a new round, or null where the rules allow none: only an
 * election that left a post unfilled, by a tie for the last post (`tie`) or by candidates short of
 * the majority (`unfilled`). A dismissal or removal is decided by its one ballot, passed or not,
 * and a confidence vote's result is its counts: none of them is voted again in the same way.
 */
export type NewRoundReason = 'tie' | 'unfilled';

export function newRoundReason(kind: PersonnelKind, posts: number, outcomes: readonly (Outcome | undefined)[]): NewRoundReason | null {
  if (kind !== 'election') return null;
  if (outcomes.includes('tie')) return 'tie';
  return outcomes.filter((o) => o === 'elected').length < posts ? 'unfilled' : null;
}
