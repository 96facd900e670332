/**
 * Which list pasted lines are, when pasted into the other's import: the programme's import
 * refuses a list of delegates (names one to a line, or a table of people copied from Excel), the
 * roster's a programme, each saying where the lines go, as the file imports refuse a list of
 * delegates typed as paragraphs (programmeFile.ts). A programme always names a day, a part of day
 * or a time; a list of delegates never does.
 */
import { delegateListHeading, hasSittingOrTime } from '../../common/agenda/paragraphs';
import { findHeaderRow, programmeTable } from '../../common/agenda/import';
import { isPersonName } from '../../common/roster/names';
import { guessMapping, headerIndex } from '../features/roster/rosterImport';
import { mostlyNames } from '../features/roster/pastedList';

const lines = (rows: string[][]) => rows.map((r) => r.filter((c) => c !== '').join(' '));

/** A row's first text, after its number ("1.", "12") if any. */
const firstText = (r: string[]) => (r.find((c) => c !== '' && !/^\d{1,3}[.)]?$/.test(c)) ?? '').replace(/^\d{1,3}[.)]\s+/, '');
/**
 * Most rows (two at least) start with a person's name alone: the roster's count (pastedList.ts),
 * asked of each row's first text. Not of a column of names as the roster's import asks it: that
 * also takes "Nguyễn Văn An – Phó Chủ tịch", lines this import never refused
 * (tests/unit/roster/names-count.test.ts keeps what each refuses).
 */
const startsWithNames = (rows: string[][]): boolean => mostlyNames(rows, (r) => isPersonName(firstText(r)));

/** A list of delegates: its heading ("TỔ ĐẠI BIỂU SỐ 1"), a roster's header ("Họ và tên" and another of its columns) or names down the rows; no programme's header, day or time. */
export function isDelegateList(rows: string[][]): boolean {
  if (findHeaderRow(programmeTable(rows)) >= 0 || hasSittingOrTime(lines(rows))) return false;
  const header = guessMapping(rows[headerIndex(rows)] ?? []);
  const rosterHeader = header.fullName >= 0 && Object.values(header).filter((c) => c >= 0).length >= 2;
  return rosterHeader || delegateListHeading(lines(rows)) !== null || startsWithNames(rows);
}

/** A programme: its header ("STT | Nội dung | Thời gian"), or its days, parts of day or times in lines that are not names. */
export function isProgramme(rows: string[][]): boolean {
  return findHeaderRow(programmeTable(rows)) >= 0 || (hasSittingOrTime(lines(rows)) && !startsWithNames(rows));
}
