import type { Lang } from '../strings';
import type { Level, Outcome, PersonnelKind } from './result';
import type { Body, Honorific } from './model';

/** Words of personnel votes shared by the engine's sentences, the CSV and the record. */
export const LEVEL_NAMES: Record<Level, Record<Lang, string>> = {
  agree: { vi: 'đồng ý', en: 'agree' },
  disagree: { vi: 'không đồng ý', en: 'disagree' },
  high: { vi: 'tín nhiệm cao', en: 'high confidence' },
  medium: { vi: 'tín nhiệm', en: 'confidence' },
  low: { vi: 'tín nhiệm thấp', en: 'low confidence' },
  invalid: { vi: 'dòng không hợp lệ', en: 'invalid line' },
};

export const KIND_NAMES: Record<PersonnelKind, Record<Lang, string>> = {
  election: { vi: 'Bầu', en: 'Election' },
  dismissal: { vi: 'Miễn nhiệm, bãi nhiệm', en: 'Dismissal' },
  confidence: { vi: 'Lấy phiếu tín nhiệm', en: 'Confidence vote' },
};

export const OUTCOME_NAMES: Record<Outcome, Record<Lang, string>> = {
  elected: { vi: 'Trúng cử', en: 'Elected' },
  notElected: { vi: 'Không trúng cử', en: 'Not elected' },
  tie: { vi: 'Bằng phiếu, bầu lại', en: 'Tie, vote again' },
  dismissed: { vi: 'Được miễn nhiệm', en: 'Dismissed' },
  notDismissed: { vi: 'Không được miễn nhiệm', en: 'Not dismissed' },
  mayResign: { vi: 'Tín nhiệm thấp trên 1/2: có thể xin từ chức', en: 'Low from over 1/2: may resign' },
  dismissalProposed: { vi: 'Tín nhiệm thấp từ 2/3: trình miễn nhiệm', en: 'Low from 2/3: dismissal proposed' },
  confidence: { vi: '', en: '' },
};

export const BODY_NAMES: Record<Body, Record<Lang, string>> = {
  council: { vi: 'Hội đồng nhân dân', en: 'Council' },
  committee: { vi: 'Ủy ban nhân dân', en: "People's Committee" },
};

const HONORIFIC_WORDS: Record<Exclude<Honorific, ''>, Record<Lang, string>> = {
  mr: { vi: 'Ông', en: 'Mr' },
  ms: { vi: 'Bà', en: 'Ms' },
};

/** "Ông Lương Xuân Quý" / "Mr Lương Xuân Quý"; just the name when the honorific is not set. */
export function addressed(p: { honorific: Honorific; fullName: string }, lang: Lang): string {
  return p.honorific ? `${HONORIFIC_WORDS[p.honorific][lang]} ${p.fullName}` : p.fullName;
}
