import type { Lang } from '../strings';
import type { Honorific } from './model';
import { honorifics, personnelBodies, personnelKinds, personnelLevels, personnelOutcomes } from './catalog';

/** Words of personnel votes shared by the engine's sentences, the CSV and the record (their text: common/personnel/catalog.ts). */
export const LEVEL_NAMES = personnelLevels;
export const KIND_NAMES = personnelKinds;
export const OUTCOME_NAMES = personnelOutcomes;
export const BODY_NAMES = personnelBodies;

/** "Ông Lương Xuân Quý" / "Mr Lương Xuân Quý"; just the name when the honorific is not set. */
export function addressed(p: { honorific: Honorific; fullName: string }, lang: Lang): string {
  return p.honorific ? `${honorifics[lang][p.honorific]} ${p.fullName}` : p.fullName;
}
