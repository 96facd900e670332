/**
 * Reading a roster from a spreadsheet (rows of cells from ./spreadsheet.ts): each column
 * mapped to a field and each row checked before anything is sent. The engine checks again
 * when the one `roster.import` command commits.
 */
import { fold, foldWords, rowWords, textKey } from '../../../common/fold';
import { fieldsMappedTwice } from '../../../common/mapping';
import { ROSTER_LIMITS } from '../../../common/limits';

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

export type RowProblem = 'nameMissing' | 'nameTooLong' | 'nameTwice' | 'seatInvalid' | 'seatTwice' | 'seatTaken' | 'votingUnknown';
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

/** Guesses which column holds which field from a header row; unknown columns stay unmapped. */
export function guessMapping(header: string[]): Mapping {
  // "full_name", "Họ và tên (*)", "HO VA TEN" all fold to plain words.
  const folded = header.map(foldWords);
  const mapping = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, -1])) as Mapping;
  for (const field of IMPORT_FIELDS) {
    // Exact words first, so "to" (group) does not grab "to dai bieu" meant elsewhere.
    const exact = folded.findIndex((h, i) => HEADER_WORDS[field].includes(h) && !Object.values(mapping).includes(i));
    mapping[field] = exact;
  }
  return mapping;
}

/** Fields mapped to a column another field also takes; the import waits until each has its own. */
export const rosterTwiceMapped = (mapping: Mapping): ImportField[] => fieldsMappedTwice(mapping, IMPORT_FIELDS);

const YES = ['co', 'x', 'yes', 'y', '1', 'true', 'dai bieu', 'dai bieu hdnd', 'delegate', 'voting', 'bieu quyet'];
const NO = ['khong', 'no', 'n', '0', 'false', 'khach moi', 'dai bieu moi', 'guest', 'official', 'khach'];

/** Headings (folded, numbering dropped) that start the list's guests and officials, who do not vote. */
const GUEST_HEADINGS = ['khach moi', 'dai bieu moi', 'thanh phan moi', 'lanh dao', 'guests', 'officials', 'invited'];
/** Headings that start the council's own delegates again. */
const DELEGATE_HEADINGS = ['dai bieu hdnd', 'dai bieu hoi dong nhan dan', 'delegates'];
/** "II. ", "1) ", "a. " before a heading's words. */
const NUMBERING = /^\s*(?:[IVXLC]+|\d+|[a-z])[.)]\s*/i;

/**
 * A row that only heads a section of the list, as offices lay them out: one text merged across
 * the row (kept in its first cell). "TỔ ĐẠI BIỂU SỐ 1" is the group of the rows below it,
 * "II. KHÁCH MỜI" makes them guests, "ĐẠI BIỂU HĐND" delegates again. Any other lone text is
 * left to the row's checks (a name alone is a person).
 */
function sectionOf(row: string[]): { group: string; voting: boolean | null } | null {
  const filled = row.filter((c) => c.trim() !== '');
  if (filled.length !== 1) return null;
  const text = filled[0].replace(/\s+/g, ' ').trim().replace(NUMBERING, '');
  const words = foldWords(text);
  const starts = (list: string[]) => list.some((w) => words === w || words.startsWith(`${w} `));
  // "Tổ 1", "Tổ số 2", "Tổ đại biểu số 3"; never a name alone such as "Tô Văn Nam".
  if (/^to (?:dai bieu\b|so \d|\d)/.test(words)) return { group: text, voting: null };
  if (starts(GUEST_HEADINGS)) return { group: '', voting: false };
  if (starts(DELEGATE_HEADINGS)) return { group: '', voting: null };
  return null;
}

/** A person of the file already on the roster: left out, not imported a second time. */
export interface KnownRow {
  line: number;
  fullName: string;
}

/**
 * Turns rows of cells into roster rows and per-line problems; `takenSeats` are seats already on
 * the roster, `names` the full names on it. A name earlier in the file is a problem: a person
 * listed twice would be two people. A name already on the roster is `known`, left out: the same
 * list imported again says so once per person, not a name and a seat problem for each.
 */
export function mapRows(
  rows: string[][],
  mapping: Mapping,
  { hasHeader = true, takenSeats = new Map<number, string>(), names = [] }: { hasHeader?: boolean; takenSeats?: Map<number, string>; names?: string[] } = {},
): { rows: ImportRow[]; errors: RowError[]; known: KnownRow[] } {
  const out: ImportRow[] = [];
  const errors: RowError[] = [];
  const known: KnownRow[] = [];
  const seen = new Map<number, number>();
  const onRoster = new Set(names.map(textKey));
  const seenNames = new Map<string, number>();
  const header = hasHeader ? headerIndex(rows) : -1;
  // Runs of spaces in a cell ("Nguyễn  Thị  Hoa") are one, as the engine keeps them.
  const cell = (row: string[], f: ImportField) => (mapping[f] >= 0 ? (row[mapping[f]] ?? '').replace(/\s+/g, ' ').trim() : '');
  let section: { group: string; voting: boolean | null } = { group: '', voting: null };
  // Offices merge a group's cell ("Tổ 1") down over its members; the file gives it in the first
  // row only. So an empty group cell of a delegate takes the group above it, until a section
  // heading; guests and officials, who belong to no group, never take one.
  let groupAbove = '';
  // A heading above the header (the first group's "TỔ ĐẠI BIỂU SỐ 1" over its table in a Word
  // list of one table per group) is where the first rows belong.
  for (const row of rows.slice(0, Math.max(0, header))) section = sectionOf(row) ?? section;
  const headerKey = header >= 0 ? rowWords(rows[header]) : null;
  rows.forEach((row, i) => {
    if (i <= header) return; // the header and any title rows above it
    if (row.every((c) => c.trim() === '')) return; // a blank line in the file
    if (headerKey !== null && rowWords(row) === headerKey) return; // the header again (each group's table, each printed page)
    const heading = sectionOf(row);
    if (heading) {
      groupAbove = '';
      return void (section = heading);
    }
    const line = i + 1;
    const fullName = cell(row, 'fullName');
    if (fullName && onRoster.has(textKey(fullName))) {
      groupAbove = cell(row, 'group') || groupAbove; // the next rows of a merged group cell are still in it
      return void known.push({ line, fullName });
    }
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
      else if (takenSeats.has(seatNumber)) problems.push({ line, problem: 'seatTaken', value: `${seatNumber} (${takenSeats.get(seatNumber)})` });
      else seen.set(seatNumber, line);
    }
    let voting = section.voting ?? true;
    if (votingText) {
      if (YES.includes(votingText)) voting = true;
      else if (NO.includes(votingText)) voting = false;
      else problems.push({ line, problem: 'votingUnknown', value: cell(row, 'voting') });
    }
    const ownGroup = cell(row, 'group');
    if (ownGroup) groupAbove = ownGroup;
    if (problems.length) {
      errors.push(...problems);
      return;
    }
    out.push({
      line,
      fullName,
      title: cell(row, 'title'),
      agency: cell(row, 'agency'),
      group: ownGroup || (voting ? groupAbove : '') || section.group,
      committee: cell(row, 'committee'),
      seatNumber,
      voting,
    });
  });
  return { rows: out, errors, known };
}
