/**
 * The two CSVs people keep asking for: attendance per sitting and speaking time per delegate.
 * papaparse writes them (quoting as spreadsheets expect); a BOM makes Excel read UTF-8.
 */
import Papa from 'papaparse';
import type { Lang } from '../../../common/strings';
import { cellText, plainSpaces, type Cell, type Table } from '../../../common/review/tables';
import { wholeSeconds } from '../../../common/timing/timer';

/**
 * A duration as a spreadsheet reads it: hours, minutes and seconds always ("0:13:30"). Written as
 * on screen, a speech of 13 min 30 s ("13:30") opened in Excel or LibreOffice as 13 h 30 min, and
 * a column of them summed to days.
 */
export function spreadsheetDuration(ms: number): string {
  const total = Math.abs(wholeSeconds(ms)) / 1000;
  const sign = ms < 0 && total > 0 ? '-' : '';
  const two = (n: number) => String(n).padStart(2, '0');
  return `${sign}${Math.floor(total / 3600)}:${two(Math.floor((total % 3600) / 60))}:${two(total % 60)}`;
}

const csvCell = (c: Cell, lang: Lang): string => (c?.kind === 'ms' ? spreadsheetDuration(c.ms) : cellText(c, lang));

export function tableCsv(table: Table, lang: Lang): string {
  return '\uFEFF' + Papa.unparse([table.columns, ...table.rows.map((r) => r.map((c) => csvCell(c, lang)))].map((r) => r.map(plainSpaces)));
}
