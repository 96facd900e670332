import type { Lang } from '../../../common/strings';
import type { Tally, Vote } from '../../../common/votes/model';
import type { RuleBase } from '../../../common/votes/rule';
import type { VoteResult } from '../../../common/votes/result';
import { voteAnnounce } from './strings';
import { fill } from '../../../common/strings';

/** What the percentages are "of", as read out (the votes' strings, features/votes/strings.ts). */
export function basePhrase(base: RuleBase, lang: Lang): string {
  return voteAnnounce[lang][`of.${base}`];
}

/** The resolution as named in a sentence: "Nghị quyết về … (số 12/NQ-HĐND)". */
export function resolutionName(vote: Pick<Vote, 'resolutionTitle' | 'resolutionNumber'>, lang: Lang): string {
  return vote.resolutionNumber ? fill(voteAnnounce[lang].numbered, { title: vote.resolutionTitle, number: vote.resolutionNumber }) : vote.resolutionTitle;
}

/**
 * The result as the chair reads it out, in Vietnamese administrative style:
 * "Có 28/30 đại biểu tán thành, chiếm 93,33% tổng số đại biểu Hội đồng nhân dân; …".
 */
export function announcement(vote: Pick<Vote, 'rule' | 'method' | 'resolutionTitle' | 'resolutionNumber'>, tally: Tally, r: VoteResult, lang: Lang): string {
  const w = voteAnnounce[lang];
  const p = r.percent[lang];
  const secret = vote.method === 'secret';
  // Abstentions are outside a "for and against" base, so they get no share of it.
  const abstainShare = vote.rule.base !== 'forAgainst' ? fill(w.abstainShare, { pAbstain: p.abstain }) : '';
  const title = resolutionName(vote, lang);
  const ballots = secret ? fill(w.ballots, { issued: tally.issued, returned: tally.returned, valid: tally.valid, invalid: tally.invalid }) : '';
  const counts = fill(w.counts, {
    for: tally.for,
    base: r.base,
    unit: secret ? w.unitBallots : w.unitDelegates,
    pFor: p.for,
    of: basePhrase(vote.rule.base, lang),
    against: tally.against,
    pAgainst: p.against,
    abstain: tally.abstain,
    abstainShare,
  });
  return ballots + counts + fill(r.passed ? w.adopted : w.notAdopted, { title });
}
