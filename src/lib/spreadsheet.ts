/**
 * The one way Gavel reads a table the chair brings: an .xlsx workbook (read-excel-file),
 * the tables of a Word .docx (docxTables.ts), a .csv/.tsv/.txt file or pasted lines (papaparse). Every reader returns rows of trimmed
 * text cells (their diacritics joined: composed), with row i at index i - 1 as a spreadsheet shows it, so the agenda and roster
 * parsers name the same line the chair sees; a Word document has no line numbers, so its rows
 * come with their places in it (rowPlace.ts says them). Files that cannot be read throw a
 * SpreadsheetError whose reason is a dictionary key, so the refusal reads in both languages.
 */
import Papa from 'papaparse';
import type { FilePlace } from '../../common/filePlace';
import { composed } from '../../common/fold';

export type SpreadsheetReason =
  | 'spreadsheet.unsupported'
  | 'spreadsheet.oldFormat'
  | 'spreadsheet.corrupt'
  | 'spreadsheet.docxCorrupt'
  | 'spreadsheet.noTable'
  | 'spreadsheet.noProgramme'
  | 'spreadsheet.delegatesNotProgramme'
  | 'spreadsheet.delegatesPasted'
  | 'spreadsheet.programmePasted'
  | 'spreadsheet.encoding'
  | 'spreadsheet.legacy'
  | 'spreadsheet.empty';

export class SpreadsheetError extends Error {
  constructor(
    readonly reason: SpreadsheetReason,
    readonly fileName: string,
  ) {
    super(`${reason}: ${fileName}`);
  }
}

/** The dictionary key for a failed read: a SpreadsheetError's reason, else "corrupt". */
export const spreadsheetErrorKey = (e: unknown): SpreadsheetReason => (e instanceof SpreadsheetError ? e.reason : 'spreadsheet.corrupt');

const TEXT_EXTENSIONS = ['csv', 'tsv', 'txt'];
/** What the file pickers accept. */
export const SPREADSHEET_ACCEPT = '.xlsx,.docx,.csv,.tsv,.txt';

/**
 * Rows as every reader returns them: diacritics joined in each cell (composed), trailing empty rows
 * dropped; empty rows in between stay so line numbers match the file.
 */
function trimTail(rows: string[][]): string[][] {
  let end = rows.length;
  while (end > 0 && rows[end - 1].every((c) => c === '')) end--;
  return rows.slice(0, end).map((row) => row.map(composed));
}

const DELIMITERS = ['\t', ',', ';', '|'];

/** CSV, TSV or lines pasted from Excel/Word: BOM stripped, delimiter (tab , ; |) guessed, quotes honoured. */
export function rowsFromText(text: string): string[][] {
  const clean = text.replace(/^\uFEFF/, '');
  // Blank lines spoil papaparse's delimiter guess, so guess without them, then keep them.
  const guessed = Papa.parse(clean, { preview: 50, skipEmptyLines: 'greedy', delimitersToGuess: DELIMITERS }).meta.delimiter;
  // Papaparse wants every line to split alike; an office file has heading lines of one cell
  // ("NGÀY THỨ NHẤT"), so the delimiter the widest of the first lines uses most wins.
  const lines = clean.split(/\r?\n/, 30);
  const most = (d: string) => Math.max(0, ...lines.map((l) => l.split(d).length - 1));
  const delimiter = DELIMITERS.reduce((best, d) => (most(d) > most(best) ? d : best), guessed);
  return split(clean, delimiter);
}

/** The text's rows of trimmed cells at the delimiter, quotes honoured, blank lines kept (line i is row i - 1). */
const split = (text: string, delimiter: string): string[][] =>
  trimTail(Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false }).data.map((row) => row.map((cell) => String(cell ?? '').trim())));

/** A comma then a word in lower case: a sentence's ("Tờ trình số 12/TTr-UBND, về dự toán …"), not a table's next cell. */
const PROSE_COMMA = /,\s+\p{Ll}/u;

/**
 * Lines pasted into an import, as rows of cells. A tab is a cell of Excel or of a Word table (or
 * of a heading row copied with them): any tab splits, as rowsFromText does. A comma, semicolon or
 * bar splits only when every line holds as many of it (quotes honoured) and no comma reads as a
 * sentence's: typed lines use them in titles ("Tờ trình số 12/TTr-UBND, về dự toán ngân sách năm
 * 2027"), which are one cell each, while a table uses them on every row. One line alone is never a table.
 */
export function rowsFromPaste(text: string): string[][] {
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.includes('\t')) return rowsFromText(clean);
  const lines = clean.split(/\r?\n/);
  const filled = lines.filter((l) => l.trim() !== '');
  const unquoted = filled.map((l) => l.replace(/"[^"]*"/g, ''));
  const widthOf = (d: string): number => {
    if (filled.length < 2 || (d === ',' && unquoted.some((l) => PROSE_COMMA.test(l)))) return 0;
    const widths = new Set(Papa.parse<string[]>(filled.join('\n'), { delimiter: d }).data.map((r) => r.length));
    return widths.size === 1 ? [...widths][0] : 0;
  };
  const table = [';', '|', ','].filter((d) => widthOf(d) >= 2).sort((a, b) => widthOf(b) - widthOf(a))[0];
  if (table) return split(clean, table);
  return trimTail(lines.map((l) => [l.trim()]));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** One workbook cell as the text the chair sees in Excel. */
export function cellToText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const date = value.toISOString().slice(0, 10);
    const time = `${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}`;
    if (date <= '1900-01-01') return time; // a time-of-day cell (Excel counts from 1899-12-30)
    return time === '00:00' ? date : `${date} ${time}`;
  }
  // Excel shows at most 15 significant digits; so does this (no 0.30000000000000004).
  if (typeof value === 'number') return String(Number(value.toPrecision(15)));
  return String(value).trim();
}

/** The first worksheet of an .xlsx workbook. */
export async function rowsFromXlsx(data: ArrayBuffer, fileName = 'workbook.xlsx'): Promise<string[][]> {
  // A zip archive starts with "PK"; anything else is not a workbook (e.g. a renamed .xls).
  const head = new Uint8Array(data, 0, Math.min(2, data.byteLength));
  if (head[0] !== 0x50 || head[1] !== 0x4b) throw new SpreadsheetError('spreadsheet.corrupt', fileName);
  // Loaded on demand, so the reader does not weigh on the console's startup.
  const { readSheet } = await import('read-excel-file/universal');
  let sheet: unknown[][];
  try {
    sheet = await readSheet(data);
  } catch {
    throw new SpreadsheetError('spreadsheet.corrupt', fileName);
  }
  return trimTail(sheet.map((row) => row.map(cellToText)));
}

/**
 * A file's rows, and where each sits in a Word document (its table and row there); null where
 * row i is line i of the file, as a spreadsheet or a text file numbers its lines.
 */
export interface Sheet {
  rows: string[][];
  places: FilePlace[] | null;
}

/** The tables of a Word document, and where each row is in it; its reader is loaded when one is chosen. */
export async function rowsFromDocxFile(data: ArrayBuffer, fileName = 'document.docx'): Promise<Sheet> {
  const { rowsFromDocx, DocxError } = await import('./docxTables');
  try {
    const { rows, places } = rowsFromDocx(data);
    const kept = trimTail(rows);
    return { rows: kept, places: places.slice(0, kept.length) };
  } catch (e) {
    throw new SpreadsheetError(e instanceof DocxError && e.reason === 'noTable' ? 'spreadsheet.noTable' : 'spreadsheet.docxCorrupt', fileName);
  }
}

/** Decodes a text file as UTF-8, refusing other encodings rather than showing mojibake. */
function decodeUtf8(data: ArrayBuffer, fileName: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    // Bytes that are not UTF-8 but read as Vietnamese in Windows-1258 (or as TCVN3 symbols): say so.
    const legacy = new TextDecoder('windows-1258').decode(data);
    const vietnamese = /[\u0102\u0103\u0110\u0111\u01A0\u01A1\u01AF\u01B0\u0300\u0301\u0303\u0309\u0323]/.test(legacy);
    throw new SpreadsheetError(vietnamese || looksLegacyVietnamese([[legacy]]) ? 'spreadsheet.legacy' : 'spreadsheet.encoding', fileName);
  }
}

// Letters only Vietnamese Unicode has (ă â đ ê ô ơ ư and the toned vowels of Latin Extended Additional).
const VIETNAMESE_UNICODE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/g;
// TCVN3 (ABC) puts Vietnamese letters on Latin-1 symbols: "Hội đồng" shows as "Héi ®ång", "Tờ trình" as "Tê tr×nh".
const TCVN3_MARKS = /[\p{L}][\u00A8-\u00BE\u00D7]|[\u00A8-\u00BE\u00D7][\p{L}]/gu;

/**
 * Text typed with a legacy Vietnamese font (TCVN3/ABC, .VnTime) reads as valid Unicode full of
 * symbols; importing it would store mojibake, so such a file is refused with its reason.
 */
export function looksLegacyVietnamese(rows: string[][]): boolean {
  const text = rows.flat().join(' ');
  const marks = text.match(TCVN3_MARKS)?.length ?? 0;
  const unicode = text.match(VIETNAMESE_UNICODE)?.length ?? 0;
  return marks >= 3 && marks > unicode;
}

/** Reads a chosen file by its extension into rows of text cells (and a Word document's places); refuses unreadable or empty ones. */
export async function readSheet(fileName: string, data: ArrayBuffer): Promise<Sheet> {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  let sheet: Sheet;
  if (ext === 'xlsx') sheet = { rows: await rowsFromXlsx(data, fileName), places: null };
  else if (ext === 'docx') sheet = await rowsFromDocxFile(data, fileName);
  else if (TEXT_EXTENSIONS.includes(ext)) sheet = { rows: rowsFromText(decodeUtf8(data, fileName)), places: null };
  else if (ext === 'xls' || ext === 'doc') throw new SpreadsheetError('spreadsheet.oldFormat', fileName);
  else throw new SpreadsheetError('spreadsheet.unsupported', fileName);
  if (sheet.rows.length === 0) throw new SpreadsheetError('spreadsheet.empty', fileName);
  if (looksLegacyVietnamese(sheet.rows)) throw new SpreadsheetError('spreadsheet.legacy', fileName);
  return sheet;
}

/** A File from an <input type="file">. */
export async function readSpreadsheetFile(file: File): Promise<Sheet> {
  return readSheet(file.name, await file.arrayBuffer());
}
