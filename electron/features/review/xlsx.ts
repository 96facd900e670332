/**
 * The review as one workbook (write-excel-file): one sheet per table, header row in bold,
 * counts as numbers, durations as real Excel times ([h]:mm:ss, a fraction of a day) and
 * shares as real percentages, so the office can sum, sort and chart them.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import writeXlsxFile from 'write-excel-file/node';
import type { CellObject, Sheet } from 'write-excel-file/node';
import { plainSpaces, type Cell, type Table } from '../../../common/review/tables';

const DAY_MS = 86_400_000;
export const DURATION_FORMAT = '[h]:mm:ss';
export const SHARE_FORMAT = '0.00%';

function cell(c: Cell): CellObject | null {
  if (c === null) return null;
  switch (c.kind) {
    case 'text':
      return { value: plainSpaces(c.text), type: String };
    case 'count':
      return { value: c.n, type: Number };
    case 'ms':
      return { value: c.ms / DAY_MS, type: Number, format: DURATION_FORMAT };
    case 'share':
      return { value: c.share.whole === 0 ? 0 : c.share.part / c.share.whole, type: Number, format: SHARE_FORMAT };
  }
}

/** Column widths in characters: wide enough for the header and the longest text, capped. */
function widths(t: Table): { width: number }[] {
  return t.columns.map((h, k) => {
    const longest = Math.max(h.length, ...t.rows.map((r) => (r[k]?.kind === 'text' ? r[k].text.length : 10)));
    return { width: Math.min(60, Math.max(10, longest + 2)) };
  });
}

export async function reviewWorkbook(tables: readonly Table[]): Promise<Buffer> {
  const sheets: Sheet<Buffer>[] = tables.map((t) => ({
    sheet: t.sheet,
    columns: widths(t),
    stickyRowsCount: 1,
    data: [t.columns.map((h) => ({ value: plainSpaces(h), type: String, fontWeight: 'bold' as const })), ...t.rows.map((r) => r.map(cell))],
  }));
  return negativeTimesShown(await writeXlsxFile(sheets).toBuffer());
}

/**
 * Excel in its usual 1900 date system shows a negative time as "########": every difference of
 * an item cut short, in every 'Chênh lệch' column. In the 1904 system it shows "-0:15:00". The
 * workbook holds durations and no dates, so switching the system moves nothing else.
 */
function negativeTimesShown(xlsx: Buffer): Buffer {
  const files = unzipSync(xlsx);
  const name = 'xl/workbook.xml';
  files[name] = strToU8(strFromU8(files[name]).replace(/<workbookPr\b/, '<workbookPr date1904="1"'));
  return Buffer.from(zipSync(files));
}
