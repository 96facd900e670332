/**
 * A list of people pasted without its header, as offices copy it: rows from Excel ("1 | Nguyễn
 * Văn Hùng | Bí thư Tỉnh ủy | Tổ 1") or lines typed one to a person ("Nguyễn Văn An – Phó Chủ tịch
 * UBND tỉnh"). Its column of names is found by the names down it; a title typed after a name's
 * dash or comma gets a column of its own; the other columns are known by what they hold, as a
 * header names them in a file: seats (numbers), voting ("Khách mời"), groups ("Tổ 1"), committees
 * ("Ban Pháp chế"), then the title and the agency in the order offices write them.
 */
import { fold } from '../../../common/fold';
import { isPersonName } from '../../../common/roster/names';
import { IMPORT_FIELDS, isVotingWord, loneText, notAPerson, sectionOf, type ImportField, type Mapping } from './rosterImport';

/** "1. ", "12) " before a name in a numbered list. */
const NUMBER = /^\d{1,3}[.)]\s+/;
/** A name, then a dash or a comma, then the person's title: "Nguyễn Văn An – Phó Chủ tịch UBND tỉnh". */
const NAME_THEN = /^(.+?)(?:\s+[-–—]\s+|\s*,\s*)(.+)$/u;

/** A cell's person: their name and what follows it (a title, or ''); null if no name starts it. */
function personIn(cell: string): { name: string; rest: string } | null {
  const text = cell.replace(NUMBER, '').trim();
  if (isPersonName(text)) return { name: text, rest: '' };
  const m = NAME_THEN.exec(text);
  return m && isPersonName(m[1]) ? { name: m[1], rest: m[2].trim() } : null;
}

const filledRows = (rows: string[][]) => rows.filter((r) => r.some((c) => c !== ''));

/**
 * Pasted rows are mostly people: two at least, and three in five of the rows, pass `named`. A
 * section's heading ("Tổ đại biểu số 1", "Đơn vị bầu cử số 2", "II. KHÁCH MỜI") and a label or a
 * list of places ("Gồm: phường A, xã B", notAPerson) are no rows of people, so a list with many
 * groups of few people is still a list. The roster's import asks it of each column (nameColumn);
 * the programme's, of each row's first text (wrongList.ts).
 */
export function mostlyNames(rows: string[][], named: (row: string[]) => boolean): boolean {
  const people = filledRows(rows).filter((r) => sectionOf(r) === null && !notAPerson(loneText(r) ?? ''));
  const count = people.filter(named).length;
  return count >= 2 && count >= people.length * 0.6;
}

/** The column most rows (two at least) hold a person's name in, or -1: where a list pasted without its header has its names. */
export function nameColumn(rows: string[][]): number {
  const width = Math.max(0, ...rows.map((r) => r.length));
  for (let col = 0; col < width; col++) if (mostlyNames(rows, (r) => personIn(r[col] ?? '') !== null)) return col;
  return -1;
}

/** Most of a column's cells (folded) start with one of the words. */
const mostStart = (values: string[], starts: string[]) => values.filter((v) => starts.some((s) => fold(v).startsWith(s))).length >= values.length * 0.6;

/** What a column after the names holds, by its cells; null: a text column (a title or an agency). */
function fieldOf(values: string[]): ImportField | null {
  if (values.every((v) => /^\d+$/.test(v))) return 'seatNumber';
  if (values.every(isVotingWord)) return 'voting';
  if (mostStart(values, ['to ', 'to dai bieu', 'don vi bau cu'])) return 'group';
  if (mostStart(values, ['ban '])) return 'committee';
  return null;
}

/**
 * The pasted rows read as a list of people: the names' cells without their numbers, a title typed
 * after a name in a column after it, and each column mapped to its field; null when no column
 * holds names. Columns before the names (the list's own numbers) stay unmapped.
 */
export function pastedList(pasted: string[][]): { rows: string[][]; mapping: Mapping } | null {
  const col = nameColumn(pasted);
  if (col < 0) return null;
  const people = pasted.map((r) => personIn(r[col] ?? ''));
  const titled = people.some((p) => p && p.rest !== '');
  // A line wider than those with a typed title had its title split off already, at its comma
  // taken for the pasted text's delimiter ("Hồ Thị Kim Yến, Chánh án"): it gets no empty cell.
  const typedWidth = Math.max(0, ...pasted.filter((_, i) => people[i]?.rest).map((r) => r.length));
  const rows = pasted.map((r, i) => {
    const p = people[i];
    if (p?.rest) return [...r.slice(0, col), p.name, p.rest, ...r.slice(col + 1)];
    const cells = p ? [...r.slice(0, col), p.name, ...r.slice(col + 1)] : r;
    // An empty title where the typed ones are, so the columns after it stay in line.
    return titled && cells.length > col && cells.length <= typedWidth ? [...cells.slice(0, col + 1), '', ...cells.slice(col + 1)] : cells;
  });
  const mapping = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, -1])) as Mapping;
  mapping.fullName = col;
  const width = Math.max(0, ...rows.map((r) => r.length));
  const texts: ImportField[] = ['title', 'agency'];
  for (let c = col + 1; c < width; c++) {
    const values = filledRows(rows.filter((_, i) => people[i])).map((r) => r[c] ?? '').filter((v) => v !== '');
    if (values.length === 0) continue;
    const field = fieldOf(values) ?? texts.find((f) => mapping[f] < 0);
    if (field && mapping[field] < 0) mapping[field] = c;
  }
  return { rows, mapping };
}
