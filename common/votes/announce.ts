/**
 * The sentence a chair reads out after a vote, in both languages. Shared: the console shows it
 * (worked out from the vote it holds, so the state does not carry both sentences of every vote),
 * and the minutes and counting records print it.
 */
import type { Lang } from '../strings';
import type { Vote } from './model';
import type { RuleBase } from './rule';
import type { VoteResult } from './result';
import { fill } from '../strings';

/**
 * The result as the chair reads it out (`announcement` below), in Vietnamese administrative style:
 * "Có 28/30 đại biểu tán thành, chiếm 93,33% tổng số đại biểu Hội đồng nhân dân; …".
 */
const voteAnnounceEn = {
  ballots: 'Ballots issued: {issued}; returned: {returned}; valid: {valid}; invalid: {invalid}. ',
  counts: '{for} of {base} {unit} in favour, {pFor}% {of}; {against} against, {pAgainst}%; {abstain} abstaining{abstainShare}. ',
  abstainShare: ', {pAbstain}%',
  /**
   * A secret ballot's counts as a results sheet reads them, and as the personnel votes' say them
   * ("in favour, 26 of 35 (74.29% of …)"): never "29 of 35 ballots in favour", which reads as 29
   * of 35 ballots when 33 were issued; the share says what the 35 is.
   */
  countsSecret: 'In favour, {for} of {base} ({pFor}% {of}); against, {against} ({pAgainst}%); abstaining, {abstain}{abstainShare}. ',
  abstainShareSecret: ' ({pAbstain}%)',
  /** Present but not counted in a show of hands or a named vote: said, or the counts seem not to add up. */
  notVoting: '{n|# delegate|# delegates} present did not vote.',
  adopted: '{title} is therefore adopted by the council.',
  notAdopted: '{title} is therefore not adopted by the council.',
  /** The same in a record written afterwards (the minutes): what the council did, in the past. */
  adoptedPast: '{title} was therefore adopted by the council.',
  notAdoptedPast: '{title} was therefore not adopted by the council.',
  // A no-break space: a line never ends in "(No." with the number below (the record, the hall).
  numbered: '{title} (No.\u00a0{number})',
  /** Who presented the resolution, after its name in the record: "Tờ trình của …". */
  presentedBy: ' (submitted by {by})',
  unitBallots: 'ballots',
  unitDelegates: 'delegates',
  /** What the percentages are "of", as read out. */
  'of.seats': 'of the total number of council delegates',
  'of.present': 'of the delegates present',
  'of.ballots': 'of the ballots returned',
  'of.cast': 'of the votes cast',
  'of.forAgainst': 'of the votes for and against',
};
const voteAnnounceVi: Record<keyof typeof voteAnnounceEn, string> = {
  ballots: 'Số phiếu phát ra: {issued}; số phiếu thu vào: {returned}; số phiếu hợp lệ: {valid}; số phiếu không hợp lệ: {invalid}. ',
  counts: 'Có {for}/{base} {unit} tán thành, chiếm {pFor}% {of}; {against} {unit} không tán thành, chiếm {pAgainst}%; {abstain} {unit} không biểu quyết{abstainShare}. ',
  abstainShare: ', chiếm {pAbstain}%',
  // Vietnamese says a secret ballot's counts as it says a show of hands' ("Có 29/35 phiếu tán thành").
  countsSecret: 'Có {for}/{base} phiếu tán thành, chiếm {pFor}% {of}; {against} phiếu không tán thành, chiếm {pAgainst}%; {abstain} phiếu không biểu quyết{abstainShare}. ',
  abstainShareSecret: ', chiếm {pAbstain}%',
  notVoting: '{n} đại biểu có mặt không tham gia biểu quyết.',
  adopted: 'Như vậy, {title} đã được Hội đồng nhân dân thông qua.',
  notAdopted: 'Như vậy, {title} không được Hội đồng nhân dân thông qua.',
  // Vietnamese says it alike read out and recorded ("đã được … thông qua").
  adoptedPast: 'Như vậy, {title} đã được Hội đồng nhân dân thông qua.',
  notAdoptedPast: 'Như vậy, {title} không được Hội đồng nhân dân thông qua.',
  numbered: '{title} (số\u00a0{number})',
  presentedBy: ' (Tờ trình của {by})',
  unitBallots: 'phiếu',
  unitDelegates: 'đại biểu',
  'of.seats': 'tổng số đại biểu Hội đồng nhân dân',
  'of.present': 'tổng số đại biểu có mặt',
  'of.ballots': 'tổng số phiếu thu vào',
  'of.cast': 'tổng số đại biểu tham gia biểu quyết',
  'of.forAgainst': 'tổng số phiếu tán thành và không tán thành',
};
export const voteAnnounce = { en: voteAnnounceEn, vi: voteAnnounceVi };

/** A vote as its announcement reads it: its rule, method and resolution, its count and the result of that count. */
export type AnnouncedVote = Pick<Vote, 'rule' | 'method' | 'resolutionTitle' | 'resolutionNumber' | 'tally'> & { result: VoteResult };

/** What the percentages are "of", as read out. */
export function basePhrase(base: RuleBase, lang: Lang): string {
  return voteAnnounce[lang][`of.${base}`];
}

/** The resolution as named in a sentence: "Nghị quyết về … (số 12/NQ-HĐND)". */
export function resolutionName(vote: Pick<Vote, 'resolutionTitle' | 'resolutionNumber'>, lang: Lang): string {
  return vote.resolutionNumber ? fill(voteAnnounce[lang].numbered, { title: vote.resolutionTitle, number: vote.resolutionNumber }) : vote.resolutionTitle;
}

/** Who presented the resolution, as the record names it after the resolution: " (Tờ trình của UBND tỉnh)"; '' when not given. */
export function presentedPhrase(vote: Pick<Vote, 'presentedBy'>, lang: Lang): string {
  return vote.presentedBy ? fill(voteAnnounce[lang].presentedBy, { by: vote.presentedBy }) : '';
}

/**
 * Those present who were not counted (28 + 3 + 2 of 34 present), so the counts add up to the
 * delegates present: "1 đại biểu có mặt không tham gia biểu quyết." The announcement, and the hall
 * beside its bars, say it in these words; '' when everyone present was counted, and always in a
 * secret ballot (notVoting is 0 there).
 */
export function notVotingSentence(result: Pick<VoteResult, 'notVoting'>, lang: Lang): string {
  const n = result.notVoting;
  if (n <= 0) return '';
  return fill(voteAnnounce[lang].notVoting, { n });
}

/**
 * Read out at the rostrum, a result is said in the present ("… is therefore adopted"); the minutes,
 * written afterwards, record it in the past ("… was therefore adopted").
 */
export type Tense = 'present' | 'past';

/**
 * The result as the chair reads it out, in Vietnamese administrative style:
 * "Có 28/30 đại biểu tán thành, chiếm 93,33% tổng số đại biểu Hội đồng nhân dân; …"; `past` for
 * the minutes.
 */
export function announcement(vote: AnnouncedVote, lang: Lang, tense: Tense = 'present'): string {
  const { count, verdict } = announcementParts(vote, lang, tense);
  return `${count} ${verdict}`;
}

/**
 * The announcement as its two parts: the count ("Số phiếu phát ra …; Có 29/35 phiếu tán thành …")
 * and the verdict ("Như vậy, Nghị quyết … đã được Hội đồng nhân dân thông qua."). A counting
 * record prints the verdict as a paragraph of its own, which goes overleaf with the closing
 * sentence and the signatures when they do not fit under the count.
 */
export function announcementParts(vote: AnnouncedVote, lang: Lang, tense: Tense = 'present'): { count: string; verdict: string } {
  const { tally, result: r } = vote;
  const w = voteAnnounce[lang];
  const p = r.percent[lang];
  const secret = vote.method === 'secret';
  // Abstentions are outside a "for and against" base, so they get no share of it.
  const abstainShare = vote.rule.base !== 'forAgainst' ? fill(secret ? w.abstainShareSecret : w.abstainShare, { pAbstain: p.abstain }) : '';
  const title = resolutionName(vote, lang);
  const ballots = secret ? fill(w.ballots, { issued: tally.issued, returned: tally.returned, valid: tally.valid, invalid: tally.invalid }) : '';
  const counts = fill(secret ? w.countsSecret : w.counts, {
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
  const notVoting = notVotingSentence(r, lang);
  const verdict = tense === 'past' ? (r.passed ? w.adoptedPast : w.notAdoptedPast) : r.passed ? w.adopted : w.notAdopted;
  return { count: (ballots + counts + (notVoting && `${notVoting} `)).trimEnd(), verdict: fill(verdict, { title }) };
}

/** A vote's announcement in each language. */
export function announcements(vote: AnnouncedVote): Record<Lang, string> {
  return { vi: announcement(vote, 'vi'), en: announcement(vote, 'en') };
}

/**
 * A result corrected after it was announced: its last version (a correction) is later than the
 * announcement, so the chair has figures to announce again ("announce the corrected result").
 * One rule for resolutions and personnel votes, for the engine that refuses an announcement with
 * nothing new and for the consoles that offer it.
 */
export function correctedSinceAnnounced(v: { announcedAt: number | null; versions: readonly { version: number; at: number }[] }): boolean {
  const last = v.versions.at(-1);
  return v.announcedAt !== null && last !== undefined && last.version > 1 && last.at > v.announcedAt;
}
