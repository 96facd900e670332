import Papa from 'papaparse';
import { LEVELS, shownLevels, type Level } from './result';
import type { PersonnelView } from './model';
import { BODY_NAMES, kindName, LEVEL_NAMES, OUTCOME_NAMES, voteHeading } from './words';
import { PERSONNEL_CSV_COLUMNS, personnelCsv } from './catalog';
import { fill, sentenceStart, type Lang } from '../strings';

function csv(rows: (string | number)[][], fields?: string[]): string {
  // papaparse, as the other exports: every field quoted, a byte-order mark for Excel.
  const body = fields ? Papa.unparse({ fields, data: rows }, { quotes: true, newline: '\r\n' }) : Papa.unparse(rows, { quotes: true, newline: '\r\n' });
  return '\uFEFF' + body + '\r\n';
}

/** One row per person per vote: counts of every level, their shares, and the result. */
export function personnelResultsCsv(votes: readonly PersonnelView[], lang: Lang): string {
  const w = personnelCsv[lang];
  const levelCols = LEVELS.flatMap((l) => [sentenceStart(LEVEL_NAMES[lang][l]), `${w.pct} ${LEVEL_NAMES[lang][l]} (%)`]);
  const fields = [...PERSONNEL_CSV_COLUMNS.map((c) => w[`col.${c}`]), ...levelCols, w.outcome, w.status, w.versions];
  const rows = votes.flatMap((v) =>
    // Those voted on are numbered 1, 2, 3… as the counting record numbers them; an official exempt
    // from a confidence vote is not ranked: listed after them, unnumbered, with the reason.
    [...v.people.filter((p) => p.result), ...v.people.filter((p) => !p.result)].map((p, i) => {
      const r = p.result;
      const on = (l: Level) => shownLevels(v.kind, [p.counts]).includes(l);
      return [
        v.title,
        kindName(v, lang),
        v.round,
        r ? i + 1 : '',
        p.fullName,
        p.title,
        // A confidence vote rates people of two bodies; a candidate belongs to none yet.
        v.kind === 'confidence' ? BODY_NAMES[lang][p.body] : '',
        p.exemptReason,
        v.seats,
        v.present,
        v.ballots.valid,
        r ? r.base : '',
        ...LEVELS.flatMap((l) => (r && on(l) ? [p.counts[l], r.percent[lang][l]] : ['', ''])),
        r && v.status === 'closed' ? OUTCOME_NAMES[lang][r.outcome] : '',
        v.status === 'closed' ? '' : w.pending,
        v.versions.length,
      ];
    }),
  );
  return csv(rows, fields);
}

/**
 * The counting record (biên bản kiểm phiếu) of each vote as rows: the counting committee,
 * the ballots, the count and share per person, the announced sentences, and corrections.
 */
export function countingRecordCsv(votes: readonly PersonnelView[], lang: Lang): string {
  const w = personnelCsv[lang];
  const rows: (string | number)[][] = [];
  for (const v of votes) {
    if (rows.length) rows.push([]);
    const levels = shownLevels(v.kind, v.people.map((p) => p.counts));
    rows.push([w.record, voteHeading(v, lang)], [w.round, v.round]);
    for (const c of v.committee) rows.push([w.committee, c.role === 'head' ? w.chief : w.member, c.fullName, c.title]);
    rows.push([w.seats, v.seats], [w.present, v.present]);
    rows.push([w.issued, v.ballots.issued], [w.returned, v.ballots.returned], [w.valid, v.ballots.valid], [w.invalid, v.ballots.invalid]);
    rows.push([w['col.no'], w['col.fullName'], w['col.title'], ...levels.flatMap((l) => [sentenceStart(LEVEL_NAMES[lang][l]), '%']), w.outcome]);
    // Numbered among those voted on, as the printed record's table; the exempt follow it, unnumbered.
    v.people.filter((p) => p.result).forEach((p, i) => {
      rows.push([i + 1, p.fullName, p.title, ...levels.flatMap((l) => [p.counts[l], p.result!.percent[lang][l]]), v.status === 'closed' ? OUTCOME_NAMES[lang][p.result!.outcome] : w.pending]);
    });
    for (const p of v.people) if (!p.result) rows.push(['', p.fullName, p.title, `${w['col.exempt']}: ${p.exemptReason}`]);
    for (const p of v.people) if (p.announcement && v.status === 'closed') rows.push([w.announcement, p.announcement[lang]]);
    for (const ver of v.versions.slice(1)) rows.push([fill(w.correction, { version: ver.version }), ver.reason]);
  }
  return csv(rows);
}
