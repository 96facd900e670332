import type { Lang } from '../../../common/strings';
import { basePhrase, type Tense } from '../../../common/votes/announce';
import type { PersonnelPerson, PersonnelVote } from '../../../common/personnel/model';
import { KIND_LEVELS, type Level, type PersonResult } from '../../../common/personnel/result';
import { addressed, addressedInOffice, postOf } from '../../../common/personnel/words';
import { personnelAnnounce, personnelRecorded } from './strings';
import { fill } from '../../../common/strings';

/** The ballots of each level counted in the sentence ("25/35 ballots in favour", "phiếu tín nhiệm cao"). */
const BALLOTS: Partial<Record<Level, 'ballotsAgree' | 'ballotsHigh' | 'ballotsMedium' | 'ballotsLow'>> = {
  agree: 'ballotsAgree',
  high: 'ballotsHigh',
  medium: 'ballotsMedium',
  low: 'ballotsLow',
};

/**
 * The statutory sentence for one person, as the head of the counting committee reads it:
 * "Ông Lương Xuân Quý được 49/58 phiếu tín nhiệm cao, chiếm 84,48% tổng số đại biểu Hội đồng
 * nhân dân; 5/58 phiếu tín nhiệm, chiếm 8,62%; 1/58 phiếu tín nhiệm thấp, chiếm 1,72%."
 * `inOffice`: the minutes' form, which names a rated official's office after the name; `tense`
 * 'past' is the record's ("… was therefore elected"), written after it was read out.
 */
export function personSentence(
  vote: Pick<PersonnelVote, 'kind' | 'title' | 'rules'>,
  person: PersonnelPerson,
  r: PersonResult,
  lang: Lang,
  { inOffice = false, tense = 'present' }: { inOffice?: boolean; tense?: Tense } = {},
): string {
  const w = tense === 'past' ? { ...personnelAnnounce[lang], ...personnelRecorded[lang] } : personnelAnnounce[lang];
  const who = addressed(person, lang);
  const rule = vote.kind === 'confidence' ? vote.rules.resign : vote.rules.pass;
  const of = ` ${basePhrase(rule.base, lang)}`;
  const levels = KIND_LEVELS[vote.kind].filter((l) => l !== 'invalid' && l !== 'disagree');
  const lines = levels.map((l, i) =>
    fill(w.line, { count: person.counts[l], base: r.base, ballots: w[BALLOTS[l]!], share: r.percent[lang][l], of: i === 0 ? of : '' }),
  );
  // The office in commas ("Mr X, Chủ tịch HĐND huyện,") before English's colon reads "Mr X, Chủ tịch HĐND huyện: …".
  const counts = fill(w.counts, { who: inOffice ? addressedInOffice(person, vote.kind, lang) : who, lines: lines.join('; ') }).replace(/,:/g, ':');
  // A confidence vote's result is the counts alone; every other outcome says what follows.
  const verdict = r.outcome === 'confidence' ? '' : fill(w[r.outcome], { who: midSentence(who, w[r.outcome], lang), post: postOf(vote) });
  return [counts, verdict].filter(Boolean).join('. ') + '.';
}

/**
 * "Như vậy, ông Lương Xuân Quý …": a Vietnamese honorific is written in capitals only where it
 * starts the sentence. English keeps "Mr" wherever it stands.
 */
function midSentence(who: string, sentence: string, lang: Lang): string {
  return lang === 'vi' && !sentence.startsWith('{who}') ? who.replace(/^(Ông|Bà) /u, (h) => h.toLocaleLowerCase('vi')) : who;
}
