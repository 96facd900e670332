/**
 * What a personnel vote's counts were before a correction, as the minutes and the counting record
 * say it: the ballots when they changed, and each person whose line changed, by level ("Phạm Thị
 * Hồng Nhung: đồng ý 20, không đồng ý 12"); the counting record also gives each share, as its table
 * does. Only what changed: a confidence vote rates many officials, and a correction touches one or two.
 */
import type { PersonnelView } from '../../../common/personnel/model';
import { KIND_LEVELS } from '../../../common/personnel/result';
import { LEVEL_NAMES } from '../../../common/personnel/words';
import type { DocLang } from '../../documents/numbering';
import { fill } from '../../../common/strings';
import { countingRecordWords } from './report-strings';

/** The counts version `k` (index into `v.versions`, ≥ 1) replaced; '' when no ballot or line changed. */
export function countsBefore(v: PersonnelView, k: number, lang: DocLang, o: { percent: boolean }): string {
  const [before, after] = [v.versions[k - 1], v.versions[k]];
  if (!before || !after) return '';
  const b = before.ballots;
  const ballotsChanged = (['issued', 'returned', 'valid', 'invalid'] as const).some((x) => b[x] !== after.ballots[x]);
  const levels = KIND_LEVELS[v.kind];
  const people = v.people.filter((p) => !p.exemptReason && before.lines[p.id] && levels.some((l) => before.lines[p.id][l] !== after.lines[p.id]?.[l]));
  const line = (p: (typeof people)[number]) => {
    const counts = before.lines[p.id];
    const share = before.results[p.id]?.percent[lang];
    const shown = levels.filter((l) => l !== 'invalid' || counts.invalid > 0);
    return `${p.fullName}: ${shown.map((l) => `${LEVEL_NAMES[lang][l]} ${counts[l]}${o.percent && share ? ` (${share[l]}%)` : ''}`).join(', ')}`;
  };
  return [...(ballotsChanged ? [fill(countingRecordWords[lang].ballotsBefore, { ...b })] : []), ...people.map(line)].join('; ');
}
