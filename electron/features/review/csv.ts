/**
 * The two CSVs people keep asking for: attendance per sitting and speaking time per delegate.
 * papaparse writes them (quoting as spreadsheets expect); a BOM makes Excel read UTF-8.
 */
import Papa from 'papaparse';
import type { Lang } from '../../../common/strings';
import { cellText, plainSpaces, type Table } from '../../../common/review/tables';

export function tableCsv(table: Table, lang: Lang): string {
  return '\uFEFF' + Papa.unparse([table.columns, ...table.rows.map((r) => r.map((c) => cellText(c, lang)))].map((r) => r.map(plainSpaces)));
}
