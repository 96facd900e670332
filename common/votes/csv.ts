import Papa from 'papaparse';
import type { Lang } from '../strings';
import type { VoteView } from './result';
import { ruleFraction } from './rule';
import { VOTE_CSV_COLUMNS, voteCsv } from './catalog';
import { fill } from '../strings';
import type { Delegate } from '../roster/model';
import { namedRoll, ROLL_GROUPS } from './names';

/**
 * All votes of a session as CSV, one row per vote, the current (latest) version of each; a named
 * vote closed also by name, one cell per group ("Nguyễn Văn A; Trần Thị B"), in the order of
 * `delegates` (the roster's seat order). Starts with a byte-order mark so that Excel reads the
 * Vietnamese as UTF-8.
 */
export function votesCsv(
  votes: readonly VoteView[],
  itemTitles: ReadonlyMap<number, string>,
  delegates: readonly Pick<Delegate, 'id' | 'fullName'>[],
  lang: Lang,
  formatTime: (ms: number) => string,
): string {
  const w = voteCsv[lang];
  const rows = votes.map((v) => {
    const r = v.result;
    const t = v.tally;
    const secret = v.method === 'secret';
    const roll = v.status === 'closed' ? namedRoll(v, delegates) : null;
    return [
      v.agendaItemId === null ? '' : itemTitles.get(v.agendaItemId) ?? '',
      v.resolutionNumber,
      v.resolutionTitle,
      v.presentedBy,
      v.round,
      fill(w.rule, { comparison: w[v.rule.comparison], fraction: ruleFraction(v.rule), base: w[`base.${v.rule.base}`] }),
      w[`method.${v.method}`],
      v.present,
      // Empty for a vote not opened yet: it has no "present".
      v.presentSource === null ? '' : w[`source.${v.presentSource}`],
      v.seats,
      t.for,
      t.against,
      t.abstain,
      secret ? t.issued : '',
      secret ? t.returned : '',
      secret ? t.valid : '',
      secret ? t.invalid : '',
      r.base,
      r.needed,
      r.percent[lang].for,
      v.status !== 'closed' ? w.pending : r.passed ? w.passed : w.failed,
      v.versions.length,
      v.openedAt === null ? '' : formatTime(v.openedAt),
      v.closedAt === null ? '' : formatTime(v.closedAt),
      ...ROLL_GROUPS.map((g) => (roll ? roll[g].map((d) => d.fullName).join('; ') : '')),
    ];
  });
  // papaparse, as for the questioning log: every field quoted, inner quotes doubled (RFC 4180).
  return '\uFEFF' + Papa.unparse({ fields: VOTE_CSV_COLUMNS.map((c) => w[`col.${c}`]), data: rows }, { quotes: true, newline: '\r\n' }) + '\r\n';
}
