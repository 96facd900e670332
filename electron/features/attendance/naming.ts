import { sittingOfLabel } from '../../../common/attendance/sittingLabel';
import { sittingParts } from '../../../common/timing/labels';
import { formatDate } from '../../../common/dates';
import { fill, type Lang } from '../../../common/strings';
import { thingNames } from '../../engine/messages';

/**
 * A roll call named inside a sentence, as the console names it: "the morning sitting of 8 Dec
 * 2026" / "phiên buổi sáng 08/12/2026" for an agenda's sitting, the label typed otherwise.
 */
export function rollCallPhrase(label: string, lang: Lang): string {
  const sitting = sittingOfLabel(label);
  if (!sitting) return fill(thingNames[lang]['roll-call-typed'], { label });
  return fill(thingNames[lang]['roll-call-sitting'], { part: sittingParts[lang][sitting.part], date: formatDate(sitting.date, lang) });
}
