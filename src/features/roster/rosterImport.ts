/**
 * Reading a roster from a spreadsheet (rows of cells from ./spreadsheet.ts): each column
 * mapped to a field and each row checked before anything is sent. The engine checks again
 * when the one `roster.import` command commits.
 */
import { fold, foldWords, rowWords, storedLine, textKey } from '../../../common/fold';
import { fieldsMappedTwice, headerOverTwoRows, isColumnNumbers } from '../../../common/mapping';
import { ROSTER_LIMITS } from '../../../common/limits';
import type { Delegate } from '../../../common/roster/model';
import { orderSeatMoves } from '../../../common/roster/seatMoves';
import { isPersonName, withoutHonorific } from '../../../common/roster/names';
import { sentenceCase } from '../../../common/capitals';
import { AREA_UNITS } from '../../../common/council/units';

export const IMPORT_FIELDS = ['fullName', 'title', 'agency', 'group', 'committee', 'seatNumber', 'voting'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
/** Column index per field; -1 when the file has no such column. */
export type Mapping = Record<ImportField, number>;

// A type alias (not an interface) so it fits the command's open row schema.
export type ImportRow = {
  /** Line in the file, 1-based, as a spreadsheet shows it. */
  line: number;
  fullName: string;
  title: string;
  agency: string;
  group: string;
  committee: string;
  seatNumber: number | null;
  voting: boolean;
};

export type RowProblem = 'nameMissing' | 'nameTooLong' | 'nameTwice' | 'seatInvalid' | 'seatTwice' | 'seatTaken' | 'seatSwap' | 'votingUnknown';
export interface RowError {
  line: number;
  problem: RowProblem;
  value: string;
  /** nameTwice, seatTwice: the line the name or seat is first on. */
  first?: number;
}

/**
 * Index of the header: among the first 20 rows, the first naming the full-name column and
 * another field (merged title rows above it are skipped), else the first row with anything in it.
 */
export function headerIndex(rows: string[][]): number {
  for (let i = 0; i < Math.min(20, rows.length); i++) {
    const m = guessMapping(rows[i]);
    if (m.fullName >= 0 && IMPORT_FIELDS.filter((f) => m[f] >= 0).length >= 2) return i;
  }
  return Math.max(0, rows.findIndex((r) => r.some((c) => c.trim() !== '')));
}

/** Header words (folded) that name each field, in Vietnamese and English. */
const HEADER_WORDS: Record<ImportField, string[]> = {
  fullName: ['ho va ten', 'ho ten', 'full name', 'fullname', 'name', 'ten', 'ho va ten dai bieu', 'ho ten dai bieu', 'dai bieu', 'delegate', 'delegate name'],
  // Offices often keep title and workplace in one column ("Chức vụ, đơn vị công tác"): it is the title.
  title: ['chuc vu', 'chuc danh', 'title', 'position', 'chuc vu don vi cong tac', 'chuc vu co quan cong tac', 'chuc vu noi cong tac', 'chuc vu don vi', 'chuc danh don vi cong tac', 'chuc vu chuc danh'],
  agency: ['co quan', 'don vi', 'agency', 'organisation', 'organization', 'don vi cong tac', 'co quan cong tac', 'noi cong tac', 'co quan don vi'],
  group: ['to dai bieu', 'to', 'group', 'delegate group'],
  committee: ['ban', 'committee'],
  seatNumber: ['so ghe', 'ghe', 'seat', 'seat number', 'stt ghe'],
  // "Tư cách" as the console's own roster form names it (Đại biểu HĐND / Khách mời).
  voting: ['bieu quyet', 'quyen bieu quyet', 'loai', 'voting', 'role', 'thanh phan', 'tu cach', 'tu cach dai bieu'],
};

/** Header words (folded) of the column by which an office numbers its list: "STT", "TT", "Số TT", "No.". */
const LIST_NUMBER_WORDS = ['stt', 'tt', 'so tt', 'so thu tu', 'thu tu', 'no', 'number', 'ordinal'];

/**
 * The file numbers its people (an STT column in its header): the roster keeps the file's order
 * for those without a seat. The numbers themselves are not read, as offices restart them in
 * each section ("II. Khách mời" from 1 again); the rows' order is the office's.
 */
export const numbersItsRows = (header: readonly string[]): boolean => header.some((h) => LIST_NUMBER_WORDS.includes(foldWords(h)));

/**
 * Guesses which column holds which field from a header row; unknown columns stay unmapped. A
 * header cell of two lines (see headerCells: "Đơn vị bầu cử /" over "Tổ đại biểu") is known by
 * either line, or by both together.
 */
export function guessMapping(header: string[]): Mapping {
  // "full_name", "Họ và tên (*)", "HO VA TEN" all fold to plain words.
  const names = header.map((h) => [h, ...h.split('\n')].map(foldWords));
  const mapping = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, -1])) as Mapping;
  for (const field of IMPORT_FIELDS) {
    // Exact words first, so "to" (group) does not grab "to dai bieu" meant elsewhere.
    const exact = names.findIndex((n, i) => n.some((h) => HEADER_WORDS[field].includes(h)) && !Object.values(mapping).includes(i));
    mapping[field] = exact;
  }
  return mapping;
}

/** The header read over two rows when the row under it continues it (common/mapping.ts), else null. */
function twoRowHeader(rows: string[][], header: number): string[] | null {
  const top = rows[header] ?? [];
  const fields = Object.values(HEADER_WORDS).flat();
  return headerOverTwoRows(top, rows[header + 1], (c) => fields.includes(foldWords(c)), guessMapping(top).fullName);
}
const continuesHeader = (rows: string[][], header: number): boolean => twoRowHeader(rows, header) !== null;

/**
 * The header's cells, each with the text under it on a second line when the header is set over
 * two rows; a column under a cell merged across columns carries that cell's text too, so each
 * reads as the reader sees it ("Ngày sinh\nNữ"). columnName says one in a sentence.
 */
export function headerCells(rows: string[][]): string[] {
  const header = headerIndex(rows);
  return twoRowHeader(rows, header) ?? rows[header] ?? [];
}

/** How many rows the header takes: two when the row under it continues it (see continuesHeader), else one. */
export const headerRowCount = (rows: string[][]): 1 | 2 => (continuesHeader(rows, headerIndex(rows)) ? 2 : 1);

/**
 * A header cell as the reader sees it, on one line: the two rows of a header set over two
 * joined by a slash, "Đơn vị bầu cử / Tổ đại biểu", "Ngày sinh / Nữ" (once, where the office
 * already wrote one).
 */
export const columnName = (cell: string): string =>
  cell
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .reduce((name, line) => (name === '' ? line : /\/$/.test(name) ? `${name} ${line}` : `${name} / ${line}`), '');

/** Fields mapped to a column another field also takes; the import waits until each has its own. */
export const rosterTwiceMapped = (mapping: Mapping): ImportField[] => fieldsMappedTwice(mapping, IMPORT_FIELDS);

const YES = ['co', 'x', 'yes', 'y', '1', 'true', 'dai bieu', 'dai bieu hdnd', 'delegate', 'voting', 'bieu quyet'];
const NO = ['khong', 'no', 'n', '0', 'false', 'khach moi', 'dai bieu moi', 'guest', 'official', 'khach'];
/** A voting cell's word, as mapRows reads one: "Đại biểu HĐND", "Khách mời", "x". */
export const isVotingWord = (text: string): boolean => YES.includes(fold(text)) || NO.includes(fold(text));

/** Headings (folded, numbering dropped) that start the list's guests and officials, who do not vote. */
const GUEST_HEADINGS = ['khach moi', 'dai bieu moi', 'thanh phan moi', 'lanh dao', 'guests', 'officials', 'invited'];
/** Headings that start the council's own delegates again. */
const DELEGATE_HEADINGS = ['dai bieu hdnd', 'dai bieu hoi dong nhan dan', 'delegates'];
/** "II. ", "1) ", "a. " before a heading's words. */
const NUMBERING = /^\s*(?:[IVXLC]+|\d+|[a-z])[.)]\s*/i;

/** A section of the list: its group (or ''), whether its people vote (null: as the rows say), and whether it is an electoral unit. */
export interface Section {
  group: string;
  voting: boolean | null;
  /** "Đơn vị bầu cử số 2": the group when the list has no "Tổ" over it, else inside the Tổ's. */
  unit?: boolean;
  /** "1. Ban Pháp chế" over the committee's people: their committee, where their row names none. */
  committee?: string;
}

/**
 * The one text of a row that holds only one (a cell merged across the row keeps it in its first
 * cell), as a heading, a total or a label is written; null for a row of several cells, or none.
 */
export function loneText(row: readonly string[]): string | null {
  const filled = row.filter((c) => c.trim() !== '');
  return filled.length === 1 ? filled[0] : null;
}

/**
 * A row that only heads a section of the list, as offices lay them out: one text merged across
 * the row (kept in its first cell). "TỔ ĐẠI BIỂU SỐ 1" is the group of the rows below it, as is
 * "Đơn vị bầu cử số 2" in a list by electoral unit; "II. KHÁCH MỜI" makes them guests, "ĐẠI
 * BIỂU HĐND" delegates again; the list's title ("DANH SÁCH ĐẠI BIỂU …") heads it all. Any
 * other lone text is left to the row's checks (a name alone is a person).
 */
export function sectionOf(row: string[]): Section | null {
  const lone = loneText(row);
  if (lone === null) return null;
  const text = storedLine(lone).replace(NUMBERING, '');
  const words = foldWords(text);
  const starts = (list: string[]) => list.some((w) => words === w || words.startsWith(`${w} `));
  // "Tổ 1", "Tổ số 2", "Tổ đại biểu số 3"; never a name alone such as "Tô Văn Nam".
  if (/^to (?:dai bieu\b|so \d|\d)/.test(words)) return { group: text, voting: null };
  if (/^don vi bau cu (?:so )?\d/.test(words)) return { group: text, voting: null, unit: true };
  // The list's own title ("DANH SÁCH ĐẠI BIỂU HĐND XÃ …") typed over a pasted list: no one's.
  if (words.startsWith('danh sach ')) return { group: '', voting: null };
  if (starts(GUEST_HEADINGS)) return { group: '', voting: false };
  if (starts(DELEGATE_HEADINGS)) return { group: '', voting: null };
  return null;
}


/** A Roman numeral of a section (I to XXXIX) as an STT cell holds it: alone ("III"), or with its mark and maybe its text ("II. Các Ban"). */
const ROMAN_CELL = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})(?:\s*[.):\-–]\s*(.*))?$/su;

/**
 * The text of a row a printed list heads a section with, a Roman numeral in its STT column: "I |
 * Thường trực HĐND", "II. Các Ban" (merged across the row), a bare "III"; null for any other row.
 * The numeral is in a column before the names' (`nameColumn`), or alone on its row; offices number
 * people in Arabic, so "1 | …" is a person, as is a person's name after a numeral ("VI VĂN LONG"
 * has no mark after "VI"; "I | Lê Thị Hoa" is kept, a person never dropped for a heading).
 */
export function romanHeading(row: readonly string[], nameColumn: number): string | null {
  const at = row.findIndex((c) => c.trim() !== '');
  const m = at < 0 ? null : ROMAN_CELL.exec(row[at].trim());
  if (!m || (at >= nameColumn && loneText(row) === null) || isPersonName(row[nameColumn] ?? '')) return null;
  return [m[1] ?? '', ...row.slice(at + 1)].map((c) => c.trim()).filter((c) => c !== '').join(' ');
}

/** Words (folded) after "Ban" that name a council's committee ("Ban Pháp chế", "Ban Kinh tế - Ngân sách"), never a person's middle or given name. */
const COMMITTEE_WORDS = ['phap che', 'kinh te', 'van hoa', 'dan toc', 'do thi', 'ngan sach', 'xa hoi'];
/**
 * The bodies a printed list heads a part with (folded). "Ban" and "Đoàn" are family names too (Ban
 * Thị Hoa, Đoàn Văn Hậu), so they head a part only before the words that make them a body.
 */
const BODY = new RegExp(`^(?:ban (?:${COMMITTEE_WORDS.join('|')})|doan (?:dai bieu|dbqh|hdnd|thanh nien)|thuong truc|van phong|uy ban|cac ban|to dai bieu)(?: |$)`);

/**
 * A row that heads a part of the list with a body's name, numbered in Arabic as offices number
 * them under a Roman section ("1. Ban Pháp chế" merged across the row, "2 | Ban Kinh tế - Ngân
 * sách" in the name column), or unnumbered: its text, and whether it is a committee (a "Ban"),
 * else null. The whole row decides: only the body's name, and at most a number before it, is in
 * it; a row with a title, a group or a seat is a person's, and a person's name never heads a part.
 */
export function bodyHeading(row: readonly string[], nameColumn: number): { text: string; committee: boolean } | null {
  const filled = row.map((c, i) => ({ c: c.trim(), i })).filter(({ c }) => c !== '');
  const [first, second] = filled;
  const text =
    filled.length === 1 ? first.c
    : filled.length === 2 && second.i === nameColumn && first.i < nameColumn && /^\d{1,3}[.)]?$/.test(first.c) ? second.c
    : null;
  if (text === null) return null;
  const name = storedLine(text).replace(NUMBERING, '');
  const words = foldWords(name);
  // Written as a name is ("Ban Văn Hóa", each word capitalised), it is one: a body is "Ban Văn hóa - Xã hội", "BAN PHÁP CHẾ".
  const asName = name.split(' ').length <= 5 && name.split(' ').every((w) => /^\p{Lu}\p{Ll}*$/u.test(w));
  if (asName || isPersonName(name) || !BODY.test(words)) return null;
  return { text: name, committee: words.startsWith('ban ') };
}

/** Words (folded) a lone text starts with where the list has ended: its total, then the signature block. */
const FOOTER_STARTS = ['tong so', 'tong cong', 'tm', 't m', 'kt', 'noi nhan', 'nguoi lap', 'nguoi lap bieu', 'xac nhan'];

/**
 * The end of the list: a lone text ("Tổng số: 30 đại biểu", "TM. THƯỜNG TRỰC HĐND", "Nơi nhận:")
 * after the people. It and every row below it (the signer's title and name) are left out.
 */
function footerAt(row: string[]): boolean {
  const lone = loneText(row);
  if (lone === null) return false;
  const words = foldWords(lone);
  return FOOTER_STARTS.some((w) => words === w || words.startsWith(`${w} `));
}

/** Words (folded) a label of the list starts with, never a person: "Gồm: phường A, xã B", "Thành phần:". */
const LABEL_STARTS = ['gom', 'thanh phan', 'danh sach', 'tong so'];
/** A unit a place is named after, as a list of the places a group covers names them. */
const PLACE_UNIT = new RegExp(`(?:^|\\s)(?:${AREA_UNITS.map((u) => u.vi).join('|')})\\s`, 'iu');

/**
 * A name cell that is no person but a label or a list of places typed among the names, as Word
 * lists have them under a group ("Gồm: phường A, xã B", "Thành phần:", "phường Hòa Sơn, xã Hòa
 * Bình"): left out of the import and said in the preview. A person's name before a comma
 * ("Nguyễn Văn An, Chủ tịch UBND xã") is never one.
 */
export function notAPerson(cell: string): boolean {
  const text = cell.replace(/\s+/g, ' ').trim();
  if (text === '' || isPersonName(text)) return false;
  const words = foldWords(text);
  if (LABEL_STARTS.some((w) => words === w || words.startsWith(`${w} `)) || text.endsWith(':')) return true;
  return text.includes(',') && PLACE_UNIT.test(` ${text} `) && !isPersonName(text.split(',')[0]);
}

/** A line of the file left out as no person (notAPerson): said in the preview, so she can check it. */
export interface LeftOutLine {
  line: number;
  text: string;
}

/** An honorific written before a name in the file ("Ông"), taken off it: the name is stored without it. */
export interface StrippedHonorific {
  line: number;
  honorific: string;
  fullName: string;
}

/** A person of the file already on the roster as the file has them: nothing to import. */
export interface KnownRow {
  line: number;
  fullName: string;
}

/** What an import may change of a person already on the roster. */
export const UPDATE_FIELDS = ['fullName', 'title', 'agency', 'group', 'committee', 'seatNumber', 'voting'] as const;
export type UpdateField = (typeof UPDATE_FIELDS)[number];
type Value = Delegate[UpdateField];

/** A person of the file already on the roster whom the file changes: each field, old → new. */
export interface UpdateRow {
  line: number;
  id: number;
  /** The name as the roster has it now. */
  fullName: string;
  changes: { field: UpdateField; from: Value; to: Value }[];
}

/**
 * A value of the file the same as the roster's: a text in another letter case only is (textKey, as
 * people are matched), so a roster imported before groups typed in capitals were put in sentence
 * case ("TỔ ĐẠI BIỂU SỐ 1") is not offered as changed by the same file read now ("Tổ đại biểu số 1").
 */
const sameValue = (a: Value, b: Value): boolean => (typeof a === 'string' && typeof b === 'string' ? textKey(a) === textKey(b) : a === b);

/** What the command sends of an update: the person and the new values only. */
export type UpdateCommandRow = { line: number; id: number } & Partial<Pick<Delegate, UpdateField>>;
export const updateCommandRow = (u: UpdateRow): UpdateCommandRow => ({ line: u.line, id: u.id, ...Object.fromEntries(u.changes.map((c) => [c.field, c.to])) });

/**
 * The person of the roster a row of the file is. The full name as written is the key an office's
 * list always has (its lists carry no date of birth or code, and the roster keeps none), case and
 * spacing aside, diacritics counted: "Nguyễn Văn Ân" is not "Nguyễn Văn An". A name whose
 * diacritics were corrected no longer matches, so the seat decides it: the person on that seat whose
 * name is the same letters without diacritics. A seat alone never does: it may have changed hands.
 */
function personOf(roster: readonly Delegate[], fullName: string, seatNumber: number | null, taken: ReadonlySet<number>): Delegate | undefined {
  const free = roster.filter((d) => !taken.has(d.id));
  // A roster imported before honorifics were taken off holds "Ông Nguyễn Văn An": the same person, whose name is updated.
  const name = (d: Delegate) => withoutHonorific(d.fullName).name;
  const byName = free.filter((d) => textKey(name(d)) === textKey(fullName));
  if (byName.length > 0) return byName.find((d) => d.seatNumber === seatNumber) ?? byName[0];
  return free.find((d) => seatNumber !== null && d.seatNumber === seatNumber && fold(name(d)) === fold(fullName));
}

/**
 * Turns rows of cells into roster rows and per-line problems, against the people on the `roster`.
 * A row of a person already on it is an update when the file says something else of them (a name's
 * diacritics, a seat, a group, a title), else `known`: nothing to do. Only what the file gives
 * changes a person: a column not in the file, or an empty cell, leaves what the roster has (a
 * roster is filled in by hand too). Nobody is removed: `missing` counts who is not in the file.
 * A name earlier in the file is a problem: a person listed twice would be two people. `places`: the
 * council's own place, kept with its capitals where a group typed in capitals is put in sentence case.
 */
export function mapRows(
  rows: string[][],
  mapping: Mapping,
  { hasHeader = true, roster = [], places = [] }: { hasHeader?: boolean; roster?: readonly Delegate[]; places?: readonly string[] } = {},
): {
  rows: ImportRow[];
  updates: UpdateRow[];
  errors: RowError[];
  known: KnownRow[];
  missing: number;
  footer: { line: number; text: string } | null;
  /** The honorifics taken off the file's names, line by line. */
  stripped: StrippedHonorific[];
  /** Labels and lists of places typed among the names: no one's, left out. */
  leftOut: LeftOutLine[];
  /** The file numbers its rows (see numbersItsRows): the new people are listed in its order. */
  keepOrder: boolean;
} {
  const errors: RowError[] = [];
  const known: KnownRow[] = [];
  const seen = new Map<number, number>();
  const seenNames = new Map<string, number>();
  const matched = new Set<number>();
  const header = hasHeader ? headerIndex(rows) : -1;
  // The header's second row, when it is set over two, is no one's.
  const headerEnd = header >= 0 && continuesHeader(rows, header) ? header + 1 : header;
  // A cell as the engine keeps it ("Nguyễn  Thị  Hoa" with one space, diacritics composed), so what the
  // file says is compared with the roster as stored: a file imported again changes no one it did not change.
  const cell = (row: string[], f: ImportField) => (mapping[f] >= 0 ? storedLine(row[mapping[f]] ?? '') : '');
  let section: Section = { group: '', voting: null };
  // A body's part under a section ("1. Ban Pháp chế" under "II. Các Ban"): its people keep the
  // section's group and vote (a part of "Khách mời" is guests too); a Ban is their committee.
  const bodySection = (row: string[]): Section | null => {
    const body = bodyHeading(row, mapping.fullName);
    if (!body) return null;
    const outer = { group: section.group, voting: section.voting, unit: section.unit };
    return sectionOf([body.text]) ?? (body.committee ? { ...outer, committee: sentenceCase(body.text, places) } : outer);
  };
  // Honorifics taken off the names ("Ông Nguyễn Văn An"): said in the preview.
  const stripped: StrippedHonorific[] = [];
  const leftOut: LeftOutLine[] = [];
  // Offices merge a group's cell ("Tổ 1") down over its members; the file gives it in the first
  // row only. So an empty group cell of a delegate takes the group above it, until a section
  // heading; guests and officials, who belong to no group, never take one.
  let groupAbove = '';
  // A heading above the header (the first group's "TỔ ĐẠI BIỂU SỐ 1" over its table in a Word
  // list of one table per group) is where the first rows belong.
  for (const row of rows.slice(0, Math.max(0, header))) section = sectionOf(row) ?? section;
  const headerKey = header >= 0 ? rowWords(rows[header]) : null;
  // First pass: each row read, checked on its own and against the file, and matched to the roster.
  const read: { row: ImportRow; person: Delegate | undefined; said: { voting: boolean; group: boolean } }[] = [];
  let footer: { line: number; text: string } | null = null;
  rows.forEach((row, i) => {
    if (i <= headerEnd || footer) return; // the header and any title rows above it; the list's total and signature
    if (row.every((c) => c.trim() === '')) return; // a blank line in the file
    if (headerKey !== null && rowWords(row) === headerKey) return; // the header again (each group's table, each printed page)
    if (isColumnNumbers(row)) return;
    if (read.length + errors.length > 0 && footerAt(row)) return void (footer = { line: i + 1, text: loneText(row)!.replace(/\s+/g, ' ').trim() });
    // A Roman heading is no one's: the section its text names ("I | TỔ ĐẠI BIỂU SỐ 1", "IV | Khách mời"), else a section of its own.
    const roman = romanHeading(row, mapping.fullName);
    const heading = roman === null ? (sectionOf(row) ?? bodySection(row)) : (sectionOf([roman]) ?? { group: '', voting: null });
    if (heading) {
      groupAbove = '';
      // An electoral unit inside a Tổ ("Tổ đại biểu số 1" over "Đơn vị bầu cử số 1, 2") keeps the Tổ as the group.
      return void (section = heading.unit && section.group !== '' && !section.unit ? section : heading);
    }
    const line = i + 1;
    if (notAPerson(cell(row, 'fullName'))) return void leftOut.push({ line, text: cell(row, 'fullName') });
    const { name: fullName, honorific } = withoutHonorific(cell(row, 'fullName'));
    if (honorific) stripped.push({ line, honorific, fullName });
    const seatText = cell(row, 'seatNumber');
    const votingText = fold(cell(row, 'voting'));
    const problems: RowError[] = [];
    if (!fullName) problems.push({ line, problem: 'nameMissing', value: '' });
    else if (fullName.length > ROSTER_LIMITS.fullName) problems.push({ line, problem: 'nameTooLong', value: fullName.slice(0, 20) + '…' });
    else if (seenNames.has(textKey(fullName))) problems.push({ line, problem: 'nameTwice', value: fullName, first: seenNames.get(textKey(fullName)) });
    else seenNames.set(textKey(fullName), line);
    let seatNumber: number | null = null;
    if (seatText) {
      seatNumber = /^\d+$/.test(seatText) && Number(seatText) >= 1 && Number(seatText) <= ROSTER_LIMITS.seatNumber ? Number(seatText) : null;
      if (seatNumber === null) problems.push({ line, problem: 'seatInvalid', value: seatText });
      else if (seen.has(seatNumber)) problems.push({ line, problem: 'seatTwice', value: String(seatNumber), first: seen.get(seatNumber) });
      else seen.set(seatNumber, line);
    }
    let voting = section.voting ?? true;
    if (votingText) {
      if (YES.includes(votingText)) voting = true;
      else if (NO.includes(votingText)) voting = false;
      else problems.push({ line, problem: 'votingUnknown', value: cell(row, 'voting') });
    }
    // A group typed in capitals in Word ("TỔ ĐẠI BIỂU SỐ 1") is kept as the hall prints names: "Tổ đại biểu số 1".
    const ownGroup = sentenceCase(cell(row, 'group'), places);
    if (ownGroup) groupAbove = ownGroup;
    if (problems.length) {
      // A person of the roster on a bad line is still in the file: not one of those it leaves out.
      const person = fullName ? personOf(roster, fullName, seatNumber, matched) : undefined;
      if (person) matched.add(person.id);
      return void errors.push(...problems);
    }
    const group = ownGroup || (voting ? groupAbove : '') || sentenceCase(section.group, places);
    const person = personOf(roster, fullName, seatNumber, matched);
    if (person) matched.add(person.id);
    const parsed = { line, fullName, title: cell(row, 'title'), agency: cell(row, 'agency'), group, committee: cell(row, 'committee') || (section.committee ?? ''), seatNumber, voting };
    read.push({ row: parsed, person, said: { voting: votingText !== '' || section.voting !== null, group: group !== '' } });
  });

  // Second pass: the seats, once it is known who moves. A seat is taken by a person of the roster
  // who keeps it: one not in the file, or whose row gives no other seat.
  const holders = new Map(roster.filter((d) => d.seatNumber !== null).map((d) => [d.seatNumber!, d.id]));
  const byId = new Map(roster.map((d) => [d.id, d]));
  const movesTo = new Map<number, number>();
  for (const { row, person } of read) if (person && row.seatNumber !== null && row.seatNumber !== person.seatNumber) movesTo.set(person.id, row.seatNumber);
  const keeps = (holder: number) => !movesTo.has(holder);
  const out: ImportRow[] = [];
  const updates: UpdateRow[] = [];
  const moves: { id: number; to: number; line: number }[] = [];
  const taken = (row: ImportRow, holder: number) => errors.push({ line: row.line, problem: 'seatTaken', value: `${row.seatNumber} (${byId.get(holder)!.fullName})` });
  for (const { row, person, said } of read) {
    if (!person) continue;
    const holder = row.seatNumber === null ? undefined : holders.get(row.seatNumber);
    if (holder !== undefined && holder !== person.id && keeps(holder)) {
      taken(row, holder);
      continue;
    }
    // What the file says of the person: a value it gives, different from the roster's.
    const given: Partial<Record<UpdateField, Value>> = { fullName: row.fullName };
    for (const f of ['title', 'agency', 'committee'] as const) if (row[f]) given[f] = row[f];
    if (said.group) given.group = row.group;
    if (row.seatNumber !== null) given.seatNumber = row.seatNumber;
    if (said.voting) given.voting = row.voting;
    const changes = UPDATE_FIELDS.filter((f) => f in given && !sameValue(given[f]!, person[f])).map((f) => ({ field: f, from: person[f], to: given[f]! }));
    if (changes.length === 0) known.push({ line: row.line, fullName: row.fullName });
    else updates.push({ line: row.line, id: person.id, fullName: person.fullName, changes });
    if (given.seatNumber !== undefined && given.seatNumber !== person.seatNumber) moves.push({ id: person.id, to: row.seatNumber!, line: row.line });
  }
  // Two people trading seats (5 ↔ 6) cannot be imported in one step; each is said on its line.
  const { blocked, held } = orderSeatMoves(holders, moves);
  for (const m of blocked) {
    errors.push({ line: m.line, problem: 'seatSwap', value: String(m.to) });
    const at = updates.findIndex((u) => u.line === m.line);
    if (at >= 0) updates.splice(at, 1);
  }
  // A new person's seat must be free once the moves that can be made are made: the engine's rule
  // (`held`), so a seat left only by a refused swap is still its holder's here as there.
  for (const { row, person } of read) {
    if (person) continue;
    const holder = row.seatNumber === null ? undefined : held.get(row.seatNumber);
    if (holder === undefined) out.push(row);
    else taken(row, holder);
  }
  errors.sort((a, b) => a.line - b.line);
  return { rows: out, updates, errors, known, missing: roster.length - matched.size, footer, stripped, leftOut, keepOrder: header >= 0 && numbersItsRows(rows[header]) };
}
