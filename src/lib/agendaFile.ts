/**
 * Turns what the chair brings (a CSV or XLSX file, or lines pasted from a document or a
 * spreadsheet) into a table of cells for `parseAgendaTable`. papaparse handles quoting,
 * BOMs and guesses the delimiter (comma, semicolon, tab); exceljs reads real workbooks.
 * Both run in the browser and in Node, so the tests read files exactly as the console does.
 */
import Papa from 'papaparse';

export function cellsFromText(text: string): string[][] {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy', delimitersToGuess: ['\t', ',', ';', '|'] });
  return result.data;
}

/** The first worksheet of an XLSX workbook, as rows of cell values. */
export async function cellsFromXlsx(data: ArrayBuffer): Promise<unknown[][]> {
  // Loaded on demand: the console needs it only when a workbook is imported.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    rows[n - 1] = values;
  });
  return Array.from(rows, (r) => r ?? []);
}

export class UnreadableFile extends Error {}

/** Reads a chosen file by its extension; anything else is refused with UnreadableFile. */
export async function cellsFromFile(name: string, data: ArrayBuffer): Promise<unknown[][]> {
  const ext = name.toLowerCase().split('.').pop();
  if (ext === 'xlsx') {
    try {
      return await cellsFromXlsx(data);
    } catch {
      throw new UnreadableFile(name);
    }
  }
  if (ext === 'csv' || ext === 'txt' || ext === 'tsv') return cellsFromText(new TextDecoder('utf-8').decode(data));
  throw new UnreadableFile(name);
}
