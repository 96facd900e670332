import type { Choice, Tally, Vote, Voters, VoteVersion } from './model';
import { baseCount, canStillPass, formatPercent, votesNeeded, type BaseInputs } from './rule';

/** The outcome of a vote under its rule, as every screen shows it. */
export interface VoteResult {
  /** The number the rule measures against (total seats, present, ballots, votes cast…). */
  base: number;
  needed: number;
  has: number;
  passed: boolean;
  /** Votes not yet counted: present (or valid ballots) minus those counted. */
  uncounted: number;
  /** Present delegates who did not vote (show of hands, named); 0 for a secret ballot. */
  notVoting: number;
  canStillPass: boolean;
  percent: { vi: Record<'for' | 'against' | 'abstain', string>; en: Record<'for' | 'against' | 'abstain', string> };
}

export function baseInputs(vote: Pick<Vote, 'seats' | 'present'>, tally: Tally): BaseInputs {
  return { seats: vote.seats, present: vote.present, returned: tally.returned, for: tally.for, against: tally.against, abstain: tally.abstain };
}

export function computeResult(vote: Pick<Vote, 'rule' | 'method' | 'seats' | 'present'>, tally: Tally): VoteResult {
  const inputs = baseInputs(vote, tally);
  const base = baseCount(vote.rule, inputs);
  const needed = votesNeeded(vote.rule, base);
  const counted = tally.for + tally.against + tally.abstain;
  // Before the valid ballots are known, every ballot issued (or everyone present) may still count.
  const pool = vote.method === 'secret' ? tally.valid || tally.returned || tally.issued || vote.present : vote.present;
  const uncounted = Math.max(0, pool - counted);
  const pct = (lang: 'vi' | 'en') => ({
    for: formatPercent(tally.for, base, lang),
    against: formatPercent(tally.against, base, lang),
    abstain: formatPercent(tally.abstain, base, lang),
  });
  return {
    base,
    needed,
    has: tally.for,
    passed: tally.for >= needed,
    uncounted,
    notVoting: vote.method === 'secret' ? 0 : Math.max(0, vote.present - counted),
    canStillPass: canStillPass(vote.rule, inputs, uncounted),
    percent: { vi: pct('vi'), en: pct('en') },
  };
}

/** A vote as screens show it: the row, its history, its marks, and the result worked out once here. */
export interface VoteView extends Vote {
  versions: (VoteVersion & { result: VoteResult })[];
  marks: Record<number, Choice>;
  /** A named vote's voters (who was in the hall when it opened), as its latest version keeps them; null for the other methods, and before it closes. */
  voters: Voters | null;
  result: VoteResult;
}
