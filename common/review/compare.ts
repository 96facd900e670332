/**
 * The same headline figures for several sessions side by side ("reading share 62% → 41%"),
 * the way a council compares a session with the last one.
 */
import { workShares, type Review } from './figures';

/** The sessions of a list that come before `session` (term, then number), in list order. */
export const sessionsBefore = <S extends { term: number; number: number }>(list: readonly S[], session: { term: number; number: number }): S[] =>
  list.filter((s) => s.term < session.term || (s.term === session.term && s.number < session.number));

/** A share stays a part/whole pair until a table formats it with the votes' percentage rule. */
export interface Share {
  part: number;
  whole: number;
}

export type CompareValue = { kind: 'ms'; ms: number } | { kind: 'count'; n: number } | { kind: 'share'; share: Share };

export const COMPARE_KEYS = [
  'days',
  'sittings',
  'timeRun',
  'readingShare',
  'discussionShare',
  'questioningShare',
  'procedureShare',
  'speeches',
  'speakers',
  'votingSpokeShare',
  'speakingTime',
  'questionsAsked',
  'answeredInSitting',
  'writtenAnswers',
  'resolutionsPassed',
  'meanAttendance',
] as const;
export type CompareKey = (typeof COMPARE_KEYS)[number];

const ms = (v: number): CompareValue => ({ kind: 'ms', ms: v });
const n = (v: number): CompareValue => ({ kind: 'count', n: v });
const share = (part: number, whole: number): CompareValue => ({ kind: 'share', share: { part, whole } });

/** One session's headline figures, keyed as COMPARE_KEYS. */
export function headline(r: Review): Record<CompareKey, CompareValue> {
  const t = r.time.session;
  const present = r.attendance.reduce((s, a) => s + a.present, 0);
  const voting = r.attendance.reduce((s, a) => s + a.voting, 0);
  const work = workShares(t);
  // Sittings held (opened, or with an item run in them) and their days, first: a session of two
  // days beside one of one reads "12 → 27 speeches" for what it is.
  const held = r.time.sittings.filter((b) => b.sittingId !== null && (b.clockMs > 0 || b.actualMs > 0));
  return {
    days: n(new Set(held.map((b) => b.date)).size),
    sittings: n(held.length),
    timeRun: ms(t.actualMs),
    readingShare: { kind: 'share', share: work.reading },
    discussionShare: { kind: 'share', share: work.discussion },
    questioningShare: { kind: 'share', share: work.questioning },
    procedureShare: { kind: 'share', share: work.procedure },
    speeches: n(r.speaking.speeches),
    speakers: n(r.speaking.speakers),
    votingSpokeShare: share(r.speaking.votingSpeakers, r.speaking.votingDelegates),
    speakingTime: ms(r.speaking.ms),
    questionsAsked: n(r.questioning.asked),
    answeredInSitting: n(r.questioning.byStatus.answered),
    writtenAnswers: n(r.questioning.byStatus.written),
    resolutionsPassed: n(r.votes.passed),
    // Present over voting delegates, summed over the roll calls: the mean share present.
    meanAttendance: share(present, voting),
  };
}

/** Rows of the comparison: one per key, one value per review, in the reviews' order. */
export function compareReviews(reviews: readonly Review[]): { key: CompareKey; values: CompareValue[] }[] {
  const heads = reviews.map(headline);
  return COMPARE_KEYS.map((key) => ({ key, values: heads.map((h) => h[key]) }));
}
