/**
 * Reading an agenda from a table as council offices keep it (text cells from
 * src/lib/spreadsheet.ts): title rows above the header, columns in any order named in
 * Vietnamese or English with or without diacritics, the sitting given as a day number and a
 * part of day ("1", "sáng"), a date and a part, or one sitting column, and day cells merged
 * over several rows. Pure, so the console previews exactly what the engine will accept; the
 * engine checks again on commit.
 *
 * A row is a sub-item when its title starts with "-", "+", "•" or a letter as offices letter the
 * parts of an item ("a) Báo cáo …", "b. Tờ trình …"), or its number is "1.1" / "a)" under a main item. A part
 * numbered "II." or lettered "A." (when rows numbered 1, 2… follow it) is a main item over its numbered rows. A row holding only a heading such as "NGÀY THỨ NHẤT" or "Buổi
 * chiều" sets the sitting of the rows below it.
 */
import { AGENDA_KINDS, type AgendaKind } from './model';
import type { SittingPart } from '../timing/model';
import { fold, foldWords, rowWords } from '../../common/fold';
import { fieldsMappedTwice, headerOverTwoRows } from '../../common/mapping';
import { AGENDA_LIMITS } from '../../common/limits';
import { addDays } from '../questions/dates';
import { isCalendarDate } from '../dates';
import { isRollCallItem } from '../attendance/rollCallItem';
import { sentToStudy } from './study';
import { clockSlotIn, minutesOfDay, type ClockSlot } from '../timing/clock';
import { sentenceCase } from '../capitals';

export type { ClockSlot };

export interface ImportRow {
  /** Line in the source (1-based), to name in errors. */
  line: number;
  title: string;
  kind: AgendaKind;
  presenter: string;
  /** Omitted: the kind's default from the council's rules. */
  plannedMinutes?: number;
  sub: boolean;
  sitting?: { date: string; part: SittingPart };
  /** Its time of day in a timetable column ("7h30 - 9h00", "14h40"): the hours of a sitting the import creates. */
  slot?: ClockSlot;
  /**
   * Lines of the file joined to this item ("- Báo cáo thẩm tra của Ban …" under "1. Tờ trình …" in
   * a part, see joinToItem): what the preview shows, so nothing the file says goes unseen. The engine ignores it.
   */
  joined?: number[];
}

export interface Problem {
  problem: ImportProblem;
  params: Record<string, string | number>;
}

/** One bad row with every problem it has: the preview counts rows, not problems. */
export interface RowProblems {
  line: number;
  problems: Problem[];
}

export const AGENDA_FIELDS = ['number', 'title', 'kind', 'presenter', 'minutes', 'day', 'part', 'sitting'] as const;
export type AgendaField = (typeof AGENDA_FIELDS)[number];
/** Column index per field; -1 when the file has no such column. */
export type AgendaMapping = Record<AgendaField, number>;

/** Header words (folded to plain words) naming each field. `day` takes a day number or a date. */
const HEADER_WORDS: Record<AgendaField, string[]> = {
  number: ['stt', 'tt', 'so tt', 'so thu tu', 'no', 'number', 'muc', 'item no'],
  title: ['title', 'tieu de', 'noi dung', 'ten', 'ten noi dung', 'noi dung chuong trinh', 'noi dung cong viec', 'chuong trinh', 'item', 'agenda item', 'van de', 'noi dung ky hop'],
  kind: ['kind', 'loai', 'loai noi dung', 'type', 'hinh thuc', 'tinh chat'],
  presenter: [
    'presenter', 'nguoi trinh bay', 'trinh bay', 'co quan trinh bay', 'don vi trinh bay', 'nguoi thuc hien', 'thuc hien',
    'phu trach', 'chu tri', 'speaker', 'by', 'nguoi bao cao', 'co quan thuc hien', 'don vi thuc hien',
    // Offices name the body and the person in one heading: "Cơ quan, người thực hiện".
    'co quan nguoi thuc hien', 'co quan nguoi trinh bay', 'co quan trinh', 'don vi trinh', 'don vi nguoi thuc hien', 'co quan don vi thuc hien', 'co quan don vi trinh bay',
  ],
  minutes: ['minutes', 'mins', 'phut', 'so phut', 'thoi luong', 'thoi gian', 'thoi gian phut', 'duration', 'time', 'du kien phut', 'thoi luong phut'],
  day: ['day', 'ngay', 'ngay hop', 'ngay thu', 'date', 'ngay thang'],
  part: ['part', 'buoi', 'part of day', 'buoi hop', 'am pm'],
  sitting: ['sitting', 'phien', 'phien hop', 'thoi diem'],
};

/** Folded header cell → field, exact words first, then a known word followed by more ("thời gian (phút)"). */
function fieldOf(header: string): AgendaField | null {
  const h = foldWords(header);
  if (!h) return null;
  for (const f of AGENDA_FIELDS) if (HEADER_WORDS[f].includes(h)) return f;
  let best: [AgendaField, number] | null = null;
  for (const f of AGENDA_FIELDS) {
    for (const w of HEADER_WORDS[f]) if (h.startsWith(`${w} `) && (!best || w.length > best[1])) best = [f, w.length];
  }
  return best?.[0] ?? null;
}

export const emptyMapping = (): AgendaMapping => Object.fromEntries(AGENDA_FIELDS.map((f) => [f, -1])) as AgendaMapping;

/** Header words that name a time of day as often as a duration ("Thời gian": 7h30). */
const VAGUE_MINUTES = new Set(['thoi gian', 'time']);

/**
 * "7h30", "07:30", "13g45", "7h30 - 7h35": a time of day in a sitting, not a number of minutes
 * ("1h30", "2 giờ" are: a sitting's hour is from 6 on). The grammar is common/timing/clock.ts.
 */
function isClockTime(raw: string): boolean {
  const slot = clockSlotIn(raw);
  return slot !== null && minutesOfDay(slot.start) >= 6 * 60;
}

/** Every filled cell of the column below the header is a time of day: a timetable. */
const readsClockTimes = (body: string[][], col: number): boolean => {
  const values = body.map((r) => (r[col] ?? '').trim()).filter(Boolean);
  return values.length > 0 && values.every(isClockTime);
};

/**
 * The minutes a time slot gives, "7h30 - 7h45", "07:30–08:00", "13 giờ 30 đến 14 giờ" (an end
 * at or before its start gives 0 or less, which the import refuses); null when it is no slot.
 */
export function clockRangeMinutes(raw: string): number | null {
  const slot = clockSlotIn(raw);
  return slot?.end === undefined ? null : minutesOfDay(slot.end) - minutesOfDay(slot.start);
}

/** "7h30 - 9h00" → 07:30 to 09:00, "14h40" → 14:40; null when the cell is no time of day. */
export const clockSlot = (raw: string): ClockSlot | null => (isClockTime(raw) ? clockSlotIn(raw) : null);

/** Some cell of a timetable's column is a slot with its end: the column gives minutes. */
const readsClockRanges = (body: string[][], col: number): boolean => body.some((r) => clockRangeMinutes(r[col] ?? '') !== null);

/**
 * The rows below a header without the header again: a Word programme of one table per day, or a
 * printed page, repeats it, and its "Thời gian" is no time of day.
 */
function withoutHeader(header: string[], below: string[][]): string[][] {
  const key = rowWords(header);
  return below.filter((r) => rowWords(r) !== key);
}

/**
 * Guesses each field's column from a header row; the first column naming a field wins, except
 * for minutes: a column of start times ("Thời gian": 7h30, 7h35…) is never minutes, one of
 * slots ("7h30 - 7h45") gives them, and one named for minutes ("Thời lượng (phút)") beats
 * both and one named only "Thời gian". `body` is the rows below the header.
 */
export function guessAgendaMapping(header: string[], below: string[][] = []): AgendaMapping {
  const mapping = emptyMapping();
  const body = withoutHeader(header, below);
  let vagueMinutes = false;
  header.forEach((cell, i) => {
    const f = fieldOf(cell);
    if (!f) return;
    if (f !== 'minutes') {
      if (mapping[f] === -1) mapping[f] = i;
      return;
    }
    const clock = readsClockTimes(body, i);
    if (clock && !readsClockRanges(body, i)) return;
    // Slots ("7h30 - 7h45") give minutes, but a column named for minutes beats them.
    const vague = clock || VAGUE_MINUTES.has(foldWords(cell));
    if (mapping.minutes === -1 || (vagueMinutes && !vague)) [mapping.minutes, vagueMinutes] = [i, vague];
  });
  return mapping;
}

/**
 * The header row: among the first 20 rows, the first naming a title column and at least one
 * other field (title rows above it, "ỦY BAN NHÂN DÂN…", "CHƯƠNG TRÌNH KỲ HỌP", are skipped).
 * -1 when there is none: the columns are then title, kind, presenter, minutes, sitting.
 */
export function findHeaderRow(table: string[][]): number {
  for (let i = 0; i < Math.min(20, table.length); i++) {
    const m = guessAgendaMapping(table[i]);
    const named = AGENDA_FIELDS.filter((f) => m[f] >= 0).length;
    if (m.title >= 0 && named >= 2) return i;
  }
  return -1;
}

/** Header words of a timetable's two columns, "Bắt đầu" and "Kết thúc" (often under a "Thời gian" merged over both). */
const START_WORDS = ['bat dau', 'tu', 'gio bat dau', 'from', 'start', 'starts', 'begins'];
const END_WORDS = ['ket thuc', 'den', 'gio ket thuc', 'to', 'end', 'ends', 'until'];
const endsWith = (cell: string, words: string[]) => {
  const f = foldWords(cell);
  return f !== '' && words.some((w) => f === w || f.endsWith(` ${w}`));
};

/**
 * The office's programme as its reader sees the header. Offices set it over two rows with merged
 * cells ("Thời gian" over "Bắt đầu" and "Kết thúc", "Nội dung" merged down over both): the two rows
 * are read as one, named as the roster's import names them (common/mapping.ts headerOverTwoRows),
 * "Thời gian / Bắt đầu", and the second row is left empty so every row keeps its line. A start and
 * an end column become one column of slots, "7h30 - 7h45", which gives each row its minutes and its
 * time of day as a timetable's slot column does. Any other table comes back as it was.
 */
export function programmeTable(table: string[][]): string[][] {
  const header = findHeaderRow(table);
  if (header < 0) return table;
  const top = table[header];
  // A header's words exactly, as the roster's import takes them: "Buổi sáng" across the table under
  // the header starts the morning's rows, though "buổi" names a column.
  const words = [...Object.values(HEADER_WORDS).flat(), ...START_WORDS, ...END_WORDS];
  const namesField = (c: string) => words.includes(foldWords(c)) && headingSitting(c) === null;
  const joined = headerOverTwoRows(top, table[header + 1], namesField, guessAgendaMapping(top).title);
  const head = joined?.map((c) => c.split('\n').join(' / ')) ?? [...top];
  const out = table.map((r, i) => (i === header ? head : joined && i === header + 1 ? r.map(() => '') : [...r]));
  const start = head.findIndex((c) => endsWith(c, START_WORDS));
  const end = head.findIndex((c) => endsWith(c, END_WORDS));
  if (start < 0 || end < 0 || start === end) return out;
  // One column of slots, named for the minutes ("Thời gian"); the end column is left unnamed and empty.
  const over = (top[start] ?? '').trim();
  head[start] = fieldOf(over) === 'minutes' ? over : 'Thời gian';
  head[end] = '';
  for (const r of out.slice(header + 1)) {
    const [from, to] = [(r[start] ?? '').trim(), (r[end] ?? '').trim()];
    if (from !== '' && to !== '') [r[start], r[end]] = [`${from} - ${to}`, ''];
  }
  return out;
}

/** The order of columns in a file without a header (and in pasted lines). */
export const DEFAULT_MAPPING: AgendaMapping = { ...emptyMapping(), title: 0, kind: 1, presenter: 2, minutes: 3, sitting: 4 };

/** Fields mapped to the same column, which the import refuses. */
export const twiceMapped = (mapping: AgendaMapping): AgendaField[] => fieldsMappedTwice(mapping, AGENDA_FIELDS);

/** Words people write for each kind, folded; the code names themselves are accepted too. */
const KIND_WORDS: [string, AgendaKind][] = [
  ['bao cao tham tra', 'verification'],
  ['tham tra', 'verification'],
  ['verification report', 'verification'],
  ['verification', 'verification'],
  ['khai mac', 'opening'],
  ['chao co', 'opening'],
  ['bao cao', 'report'],
  ['to trinh', 'submission'],
  ['thao luan', 'discussion'],
  ['thao luan to', 'discussion'],
  ['thao luan hoi truong', 'discussion'],
  ['chat van', 'questioning'],
  ['giai trinh', 'questioning'],
  ['chat van giai trinh', 'questioning'],
  ['bieu quyet', 'vote'],
  ['thong qua nghi quyet', 'vote'],
  ['bieu quyet thong qua nghi quyet', 'vote'],
  ['nghi quyet', 'vote'],
  ['bau cu', 'election'],
  ['bau', 'election'],
  ['mien nhiem', 'election'],
  ['bai nhiem', 'election'],
  ['nhan su', 'election'],
  ['cong tac nhan su', 'election'],
  ['bau mien nhiem bai nhiem', 'election'],
  ['lay phieu tin nhiem', 'election'],
  ['be mac', 'closing'],
  ['giai lao', 'break'],
  ['nghi giai lao', 'break'],
  ['nghi', 'break'],
  ['khac', 'other'],
  ['vote on resolution', 'vote'],
  ['election personnel', 'election'],
  ['personnel', 'election'],
  ['questions', 'questioning'],
];

export function kindFromText(raw: string): AgendaKind | null {
  const f = foldWords(raw);
  if ((AGENDA_KINDS as readonly string[]).includes(f)) return f as AgendaKind;
  return KIND_WORDS.find(([word]) => word === f)?.[1] ?? null;
}

/** How a title usually begins, for rows whose kind column is empty or missing. */
const TITLE_STARTS: [string, AgendaKind][] = [
  // The closing flag salute and speech before the words that open a session.
  ['chao co be mac', 'closing'],
  ['dien van be mac', 'closing'],
  ['phat bieu be mac', 'closing'],
  ['chao co', 'opening'],
  ['khai mac', 'opening'],
  ['dien van khai mac', 'opening'],
  ['phat bieu khai mac', 'opening'],
  ['phien khai mac', 'opening'],
  ['phien be mac', 'closing'],
  // "Phiên chất vấn và trả lời chất vấn", as programmes name the questioning sitting: it was filed as "other".
  ['phien chat van', 'questioning'],
  ['phien giai trinh', 'questioning'],
  ['phien thao luan', 'discussion'],
  ['bao cao tham tra', 'verification'],
  ['tham tra', 'verification'],
  ['to trinh', 'submission'],
  ['thao luan', 'discussion'],
  ['chat van', 'questioning'],
  ['giai trinh', 'questioning'],
  ['bieu quyet', 'vote'],
  ['thong qua nghi quyet', 'vote'],
  ['thong qua cac nghi quyet', 'vote'],
  // A resolution put to the vote, whatever it is about ("Nghị quyết xác nhận kết quả lấy phiếu tín nhiệm").
  ['nghi quyet', 'vote'],
  ['bau', 'election'],
  ['mien nhiem', 'election'],
  ['bai nhiem', 'election'],
  ['cong tac nhan su', 'election'],
  // A confidence vote is personnel work too (Nghị quyết 96/2023/QH15): the Personnel view places its ballot there.
  ['lay phieu tin nhiem', 'election'],
  ['bo phieu tin nhiem', 'election'],
  ['be mac', 'closing'],
  ['giai lao', 'break'],
  ['nghi giai lao', 'break'],
  ['bao cao', 'report'],
  ['thong bao', 'report'],
];

/**
 * The kind a title suggests ("Tờ trình về …" → submission), else "other". The roll call's report
 * ("Báo cáo số lượng đại biểu có mặt") begins as a report does but is procedure, as the built-in
 * templates have it: read as a report, it counted as report-reading time and the minutes asked
 * for its document number.
 */
export function kindFromTitle(title: string): AgendaKind {
  const f = foldWords(title);
  const kind = TITLE_STARTS.find(([w]) => f === w || f.startsWith(`${w} `))?.[1] ?? 'other';
  return kind === 'report' && isRollCallItem(title) ? 'other' : kind;
}

const PART_WORDS: Record<string, SittingPart> = {
  morning: 'morning', am: 'morning', sang: 'morning', 'buoi sang': 'morning',
  afternoon: 'afternoon', pm: 'afternoon', chieu: 'afternoon', 'buoi chieu': 'afternoon',
};

export function partFromText(raw: string): SittingPart | null {
  return PART_WORDS[foldWords(raw)] ?? null;
}

const ORDINALS: Record<string, number> = { nhat: 1, mot: 1, hai: 2, ba: 3, tu: 4, bon: 4, nam: 5, sau: 6, bay: 7, first: 1, second: 2, third: 3, fourth: 4, fifth: 5 };

/** A date anywhere in the text: 2026-12-08, 08/12/2026, 8-12-2026 or 08.12.2026 (day first). */
function dateIn(text: string): string | null {
  const iso = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text);
  const dmy = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : null;
  if (!parts) return null;
  const [y, m, d] = parts;
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** What a day cell says: a date, or the session's n-th day ("1", "Ngày 2", "Ngày thứ nhất", "Day 2"). */
type Day = { date: string } | { day: number };

export function dayFromText(raw: string): Day | null {
  const text = foldWords(raw);
  const date = dateIn(raw);
  if (date) return isCalendarDate(date) ? { date } : null;
  const n = /^(?:ngay(?: thu)?|day)?\s*(\d{1,2})$/.exec(text);
  if (n && Number(n[1]) >= 1) return { day: Number(n[1]) };
  const word = /^(?:ngay thu|ngay|day|the)\s+(\w+)(?: day)?$/.exec(text);
  if (word && ORDINALS[word[1]]) return { day: ORDINALS[word[1]] };
  return null;
}

/** A whole sitting in one cell: "2026-12-08 sáng", "Sáng 08/12/2026", "Ngày 1 - chiều", "Chiều thứ Ba, 9/12/2026". */
export function sittingCell(raw: string): { day: Day; part: SittingPart } | null {
  const text = foldWords(raw);
  const partWord = /\b(sang|chieu|morning|afternoon|am|pm)\b/.exec(text);
  if (!partWord) return null;
  const part = PART_WORDS[partWord[1]];
  const date = dateIn(raw);
  if (date) return isCalendarDate(date) ? { day: { date }, part } : null;
  const rest = text.replace(partWord[0], ' ').replace(/\bbuoi\b/, ' ').replace(/\s+/g, ' ').trim();
  const day = dayFromText(rest);
  return day ? { day, part } : null;
}

/** "15", "15 phút", "15'", "15 min", "1 giờ 30", "1h30", "0:45". */
export function minutesFromText(raw: string): number | null {
  const text = fold(raw).replace(/[’']/g, ' ').replace(/\s+/g, ' ').trim();
  const plain = /^(\d+(?:[.,]\d+)?) ?(?:phut|ph|p|min|mins|minutes|m)?\.?$/.exec(text);
  if (plain) {
    const n = Number(plain[1].replace(',', '.'));
    return Number.isInteger(n) ? n : null;
  }
  const hm = /^(\d{1,2}) ?(?:gio|h|:) ?(\d{1,2})? ?(?:phut|p|min)?$/.exec(text);
  return hm ? Number(hm[1]) * 60 + Number(hm[2] ?? 0) : null;
}

/** A row that is only a heading of the programme: "NGÀY THỨ NHẤT (08/12/2026)", "Buổi sáng", "Sáng ngày 9/12". */
export function headingSitting(text: string): { day?: Day; part?: SittingPart } | null {
  const f = foldWords(text);
  // "Buổi sáng", "Sáng ngày 9/12", "Chiều thứ Ba", "Buổi sáng (từ 7 giờ 30 phút)": a part word
  // first, then nothing, a day or when it starts.
  const partWord = /^(?:buoi )?(sang|chieu|morning|afternoon)(?: (?:ngay|thu|day|on|tu|from)\b.*)?$/.exec(f);
  const part = partWord ? PART_WORDS[partWord[1]] : undefined;
  const date = dateIn(text);
  const dayWord = /^ngay thu (\w+)|^ngay (\d{1,2})\b|^day (\d{1,2})\b/.exec(f);
  let day: Day | undefined;
  if (date && isCalendarDate(date) && (part || dayWord || /^(ngay|thu)\b/.test(f))) day = { date };
  else if (dayWord) {
    const n = dayWord[1] ? ORDINALS[dayWord[1]] : Number(dayWord[2] ?? dayWord[3]);
    if (n) day = { day: n };
  }
  if (!day && !part) return null;
  return { day, part };
}

export interface ParseOptions {
  /** Column per field; guessed from the header row when omitted. */
  mapping?: AgendaMapping;
  /** Index of the header row (0-based), -1 for none; found when omitted. */
  headerRow?: number;
  /** The session's first day, for day numbers ("1", "Ngày 2"). */
  startDate?: string;
  /** The session's last day: a sitting after it (or before the first) is a problem. */
  endDate?: string;
  /**
   * Days added to every date the file writes: an earlier session's programme (last year's file)
   * read for this one, its first day on the session's first (see `firstDate`).
   */
  shiftDays?: number;
  /** The council's own place ("Quảng Trị"), kept with its capitals where a title typed in capitals is put in sentence case. */
  places?: readonly string[];
}

export interface ParseResult {
  rows: ImportRow[];
  problems: RowProblems[];
  headerRow: number;
  mapping: AgendaMapping;
  /** The earliest date the file itself writes for a row's sitting (before any shift), or null. */
  firstDate: string | null;
  /** A timetable's column of start times ("Thời gian": 7h30, 8h00…) beside the minutes: each row's time of day; -1 for none. */
  clockColumn: number;
}

// "a) ", "đ. ": a lower-case letter of the Vietnamese numbering (a, b, c, d, đ, e…) and a space; a
// title never starts so ("A. …" heads a part of a document, so capitals are not taken).
const SUB_MARK = /^\s*(?:[-–—>+•*]|[a-zđ][).](?=\s))\s*/;
/** "1.1", "2.3.", "a)", "b." in a number column: a sub-item. */
const SUB_NUMBER = /^(\d+\.\d+\.?|[a-zđ][).])$/i;
/**
 * "I. ", "IV. ", "X) " before a title: a part of the programme as offices number them ("II. TRÌNH
 * BÀY CÁC BÁO CÁO, TỜ TRÌNH"), a main item. The console numbers its items itself, so the mark goes.
 */
const PART_MARK = /^\s*[IVX]{1,4}[.)]\s+/;
/**
 * A title without the part's own Roman numeral typed before it ("I. Các báo cáo …" → "Các báo
 * cáo …"), as the import leaves it: where a title is printed under the programme's number ("3.") the
 * office's numeral beside it read "3. I. Các báo cáo …". A title that is only the numeral stays.
 */
export function withoutPartMark(title: string): string {
  const rest = title.replace(PART_MARK, '');
  return rest.trim() === '' ? title : rest;
}
/** "1. ", "2) " before a title under such a part: one of its items, a sub-item; the mark goes too. */
const PART_ITEM_MARK = /^\s*\d{1,2}[.)]\s+/;
/**
 * "I", "II.", "IV)", "Phần I", "PHẦN II", "Phần 3" in the number column (partNumber): a part of the programme, as
 * offices number them in STT over items numbered 1, 2, 3 (or 1.1). In that column a capital "I" is a
 * numeral, never a name's initial. Capitals only: "i)", "v." letter an item's parts (SUB_NUMBER).
 */
const ROMAN = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/;
/** "Phần", "PHẦN THỨ" (any case, with or without diacritics) before a part's number. */
const PART_WORD = /^phan(?: thu)?$/;
/** "II.", "IV)", "III:" → the numeral alone. */
const numeral = (raw: string): string => raw.replace(/\s*[.):]$/, '');
/** "1", "2.", "12)", or a bare "a", "b" in the number column under such a part (by its number or its title): one of its items. */
const ITEM_NUMBER = /^(?:\d{1,3}|[a-zđ])[.)]?$/;

/**
 * "A", "B.", "C)", "Đ." in the number column, or "A. " before a title: a capital letter, as some
 * offices letter the parts of their programme ("A. PHIÊN KHAI MẠC" over items 1, 2, 3). Only a part
 * when rows numbered 1, 2… follow it (letterParts); a capital "I", "V", "X" is a Roman numeral
 * (partNumber). Lower case ("a)", "b.") letters an item's own parts (SUB_MARK, SUB_NUMBER).
 */
const LETTER_NUMBER = /^[A-ZĐ][.)]?$/u;
const LETTER_MARK = /^\s*[A-ZĐ][.)]\s+/u;
/** "1", "2.", "12)": a numbered item, as follows a part lettered "A.". */
const DIGIT_NUMBER = /^\d{1,3}[.)]?$/;

/**
 * The rows (indexes into the table) that a capital letter makes a part of the programme: lettered
 * "A", "B." in the number column, or "A. " before the title when the number column is empty, and
 * followed (past empty rows, headings of a day or part of day, and the header repeated) by a row
 * numbered 1, 2… in either place. A letter not so followed is no part: in a file whose items are
 * themselves lettered A, B, C, each is a main item as it was.
 */
function letterParts(table: string[][], first: number, numberOf: (cells: string[]) => string, titleOf: (cells: string[]) => string, headerKey: string | null): Set<number> {
  const rows = table.map((r) => r.map((c) => (c ?? '').trim()));
  const isFiller = (cells: string[]) => {
    if (cells.every((c) => c === '') || (headerKey !== null && rowWords(cells) === headerKey)) return true;
    const texts = new Set(cells.filter((c) => c !== ''));
    return texts.size === 1 && headingSitting([...texts][0]) !== null;
  };
  const lettered = (cells: string[]) => {
    const n = numberOf(cells);
    if (n !== '') return LETTER_NUMBER.test(n) && !partNumber(n);
    return LETTER_MARK.test(titleOf(cells)) && !PART_MARK.test(titleOf(cells));
  };
  const numbered = (cells: string[]) => {
    const n = numberOf(cells);
    return n !== '' ? DIGIT_NUMBER.test(n) : PART_ITEM_MARK.test(titleOf(cells));
  };
  const parts = new Set<number>();
  for (let i = first; i < rows.length; i++) {
    if (!lettered(rows[i])) continue;
    const next = rows.slice(i + 1).find((r) => !isFiller(r));
    if (next && numbered(next)) parts.add(i);
  }
  return parts;
}

/** The number column names a part of the programme: "II", "IV.", "Phần I", "PHẦN THỨ II", "Phần 2". */
export function partNumber(raw: string): boolean {
  const words = numeral(raw.trim()).split(/\s+/);
  const n = words.pop() ?? '';
  if (words.length === 0) return ROMAN.test(n);
  return PART_WORD.test(fold(words.join(' '))) && (ROMAN.test(n) || /^\d{1,2}$/.test(n));
}

/**
 * A break merged across the row ("Giải lao" over every column) keeps its text in the row's first
 * cell, often the STT column: it is the row's title, so the row is read as the break it is rather
 * than refused for an empty title.
 */
function mergedBreak(cells: string[], titleColumn: number): string[] {
  const texts = cells.filter((c) => c !== '');
  if (titleColumn < 0 || (cells[titleColumn] ?? '') !== '' || texts.length !== 1 || kindFromTitle(texts[0]) !== 'break') return cells;
  const out = cells.map(() => '');
  out[titleColumn] = texts[0];
  return out;
}

/** "Nghỉ giải lao 15 phút", "Giải lao (20 phút)", "Break (10 min)": the minutes a title gives, else null. */
function minutesInTitle(title: string): number | null {
  const m = /(?:^|[\s(])(\d{1,3})\s*(?:phut|ph|p|min|mins|minutes)\b/.exec(fold(title));
  const n = m ? Number(m[1]) : null;
  return n !== null && n > 0 && n <= AGENDA_LIMITS.plannedMinutes ? n : null;
}

/** "- ", "– ", "+ ", "• " before a title: a line under what precedes it, no item of its own where items are numbered. */
const DASH_MARK = /^\s*[-–—>+•*]\s*/;
/** "-", "•" alone in the number column: the same mark, set in STT. */
const DASH_NUMBER = /^[-–—+•*]$/;
/** "Trình bày:", "Người trình bày:", "Presented by": a line naming who presents; the label goes. */
const PRESENTER_LABEL = /^(?:người trình bày|cơ quan trình bày|đơn vị trình bày|cơ quan, người trình bày|trình bày|người thực hiện|thực hiện|presenter|presented by|by)\s*[:：–-]?\s*/iu;
/** "… trình bày", "… presents": who presents, the verb after the name. */
const PRESENTER_VERB = /\s*[,–-]?\s*(?:trình bày|presents|to present)\.?$/iu;
/** The first words (folded) of a person or a post, as a programme's presenter column names them. */
const PERSON_STARTS = [
  'dong chi', 'd c', 'mr', 'ms', 'mrs',
  'chu tich', 'pho chu tich', 'giam doc', 'pho giam doc', 'truong ban', 'pho truong ban', 'chanh an', 'pho chanh an',
  'vien truong', 'pho vien truong', 'chanh van phong', 'pho chanh van phong', 'thu truong', 'truong phong', 'pho truong phong',
  'lanh dao', 'dai dien', 'ubnd', 'uy ban nhan dan', 'thuong truc', 'chu toa',
  // Who discuss, as the templates name them for "Thảo luận tổ".
  'cac to dai bieu',
];

/**
 * What a line under a part's item says, and where it goes in that item. Offices set such a line
 * ("II. THẢO LUẬN …" › "1. Tờ trình về …" › "- Báo cáo thẩm tra của Ban Kinh tế - Ngân sách") for
 * who presents ("- Trình bày: Giám đốc Sở Tài chính", "- Đồng chí Trưởng Ban Pháp chế") or for a
 * document taken up with the item (its verification report, the draft resolution): the first is
 * one more presenter, the second part of what the item takes up, so it joins the title ("Tờ trình
 * về …; Báo cáo thẩm tra …"), and whoever its own presenter cell names joins the presenters. The
 * presenters are separated by "; " as the minutes read them (one "đồng chí" each).
 */
/** A line that names who presents ("Đồng chí Chủ tịch HĐND tỉnh", "Trình bày: …", "… trình bày"), not a document or a task. */
export function namesPresenter(line: string): boolean {
  const text = line.normalize('NFC').trim();
  const labelled = PRESENTER_LABEL.exec(text);
  const named = labelled ? text.slice(labelled[0].length) : text.replace(PRESENTER_VERB, '');
  const words = foldWords(named);
  // "Ông", "Bà" as typed: folded, "bà" is "ba", three ("Ba dự thảo nghị quyết").
  return labelled !== null || named !== text || /^(?:ông|bà)\s/iu.test(named) || PERSON_STARTS.some((w) => words === w || words.startsWith(`${w} `));
}

export function joinToItem(item: { title: string; presenter: string }, line: { title: string; presenter: string }): { title: string; presenter: string } {
  const text = line.title.normalize('NFC').trim();
  const labelled = PRESENTER_LABEL.exec(text);
  const named = labelled ? text.slice(labelled[0].length) : text.replace(PRESENTER_VERB, '');
  const person = namesPresenter(text);
  const presenters = item.presenter.split(/\s*;\s*/u).filter(Boolean);
  const add = (p: string) => {
    const trimmed = p.trim();
    if (trimmed !== '' && !presenters.some((q) => foldWords(q) === foldWords(trimmed))) presenters.push(trimmed);
  };
  let title = item.title;
  if (person) add(named);
  else if (text !== '') title = `${item.title.replace(/[;,.:]\s*$/u, '')}; ${text}`;
  add(line.presenter);
  return { title, presenter: presenters.join('; ') };
}

export function parseAgendaTable(table: string[][], opts: ParseOptions = {}): ParseResult {
  const headerRow = opts.headerRow ?? findHeaderRow(table);
  const mapping = opts.mapping ?? (headerRow >= 0 ? guessAgendaMapping(table[headerRow], table.slice(headerRow + 1)) : DEFAULT_MAPPING);
  const rows: ImportRow[] = [];
  const problems: RowProblems[] = [];
  // Every item row in order (bad ones too) with its sitting and the start its timetable gives.
  const timeline: { row?: ImportRow; start?: string; sitting: string }[] = [];
  let firstDate: string | null = null;
  // The main item sub-items attach to: null before any, 'bad' when that row has errors.
  let parent: 'none' | 'ok' | 'bad' = 'none';
  // The main item is a part numbered "II." in its title or its STT (its "1.", "2." are its
  // sub-items), and its kind; a new day ends it.
  let inPart: AgendaKind | null = null;
  const numberedParts = new Set<ImportRow>();
  // Day and part carry down: offices merge the day cell over all of its rows.
  let day: Day | undefined;
  let part: SittingPart | undefined;
  const cell = (cells: string[], f: AgendaField) => (mapping[f] >= 0 ? (cells[mapping[f]] ?? '').trim() : '');
  // A timetable's "Thời gian" column of clock times beside the minutes column (never minutes
  // itself, see guessAgendaMapping) still says when each row is taken.
  const body = headerRow < 0 ? [] : withoutHeader(table[headerRow], table.slice(headerRow + 1));
  const clockColumn = headerRow < 0 ? -1 : table[headerRow].findIndex((h, i) => i !== mapping.minutes && fieldOf(h ?? '') === 'minutes' && readsClockTimes(body, i));

  // A day named above the header ("NGÀY THỨ NHẤT" over the first day's table, the next days'
  // between their tables) is where the first rows belong.
  for (const raw of table.slice(0, Math.max(0, headerRow))) {
    const texts = raw.map((c) => (c ?? '').trim()).filter((c) => c !== '');
    const heading = texts.length === 1 ? headingSitting(texts[0]) : null;
    if (heading?.day) [day, part] = [heading.day, heading.part];
    else if (heading) part = heading.part;
  }
  const headerKey = headerRow >= 0 ? rowWords(table[headerRow]) : null;
  // Parts lettered "A.", "B." over rows numbered 1, 2…; and whether the last main item was lettered
  // itself (a file whose items are lettered A, B, C: each a main item, not a sub-item of the last).
  const lettersParts = letterParts(table, headerRow + 1, (c) => cell(c, 'number'), (c) => cell(c, 'title'), headerKey);
  let lastMainLettered = false;
  // Whether the last item row was a sub-item: a break between "a)" and "c)" is one too.
  let lastSub = false;
  // The part's last numbered item ("1. Tờ trình …" under "II."), which a dash line under it joins
  // ('bad' when that row has errors); null outside a part or before its first numbered item.
  let partItem: ImportRow | 'bad' | null = null;
  // Outside a part, the main item just read ('bad' when that row has errors), which a dash line
  // right under it naming who presents it ("- Đồng chí Chủ tịch HĐND tỉnh") joins; null otherwise.
  let mainItem: ImportRow | 'bad' | null = null;
  /**
   * The first row after `at` that is an item (past empty rows, the header repeated and a heading of a
   * part of day), with its number and title; null at a day's heading or the table's end.
   */
  const nextItem = (at: number): { number: string; title: string; index: number } | null => {
    for (let k = at + 1; k < table.length; k++) {
      const cells = table[k].map((c) => (c ?? '').trim());
      if (cells.every((c) => c === '') || (headerKey !== null && rowWords(cells) === headerKey)) continue;
      const texts = new Set(cells.filter((c) => c !== ''));
      const heading = texts.size === 1 ? headingSitting([...texts][0]) : null;
      if (heading?.day) return null;
      if (heading) continue;
      // Another day in the day or sitting column, with no heading row over it: the part ends there too.
      const [rawDay, rawSitting] = [cell(cells, 'day'), cell(cells, 'sitting')];
      const next = (rawSitting ? sittingCell(rawSitting)?.day : undefined) ?? (rawDay ? (sittingCell(rawDay)?.day ?? dayFromText(rawDay) ?? undefined) : undefined);
      if (next && day && JSON.stringify(next) !== JSON.stringify(day)) return null;
      return { number: cell(cells, 'number'), title: cell(cells, 'title'), index: k };
    }
    return null;
  };
  /** The next item goes on with the part: numbered under it ("3", "3.", "3. Báo cáo …", "a)"), not a part of its own. */
  const continuesPart = (at: number): boolean => {
    const next = nextItem(at);
    if (!next || lettersParts.has(next.index) || PART_MARK.test(next.title) || partNumber(next.number)) return false;
    return next.number !== '' ? ITEM_NUMBER.test(next.number) || SUB_NUMBER.test(next.number) : PART_ITEM_MARK.test(next.title) || SUB_MARK.test(next.title);
  };
  /** The next item is a sub-item ("c)", "- …", "2.3"): the main item's parts go on after the break. */
  const continuesSubs = (at: number): boolean => {
    const next = nextItem(at);
    return next !== null && (SUB_MARK.test(next.title) || SUB_NUMBER.test(next.number));
  };

  table.forEach((raw, i) => {
    if (i <= headerRow) return;
    const line = i + 1;
    const cells = mergedBreak(raw.map((c) => (c ?? '').trim()), mapping.title);
    if (cells.every((c) => c === '')) return;
    // The header again (each day's table, or every printed page, repeats it): not an item.
    if (headerKey !== null && rowWords(cells) === headerKey) return;
    const found: Problem[] = [];
    const problem = (p: ImportProblem, params: Record<string, string | number> = {}) => found.push({ problem: p, params });

    const rawTitle = cell(cells, 'title');
    const others = (['kind', 'presenter', 'minutes'] as const).some((f) => cell(cells, f) !== '');
    // A heading row: only text in the title column (or the day/part columns), naming a day or a
    // part; or one text alone in the row, as a heading merged across the row keeps it in its
    // first cell (the STT column, or a timetable's "Thời gian").
    const texts = new Set(cells.filter((c) => c !== ''));
    if (!others || texts.size === 1) {
      const headingText = texts.size === 1 ? [...texts][0] : rawTitle;
      const heading = headingText ? headingSitting(headingText) : null;
      if (heading) {
        if (heading.day) {
          day = heading.day;
          inPart = null;
          part = heading.part; // a new day starts without a part until it says one
        } else part = heading.part;
        mainItem = null;
        return;
      }
    }

    // Day, part and sitting columns.
    const rawDay = cell(cells, 'day');
    const rawPart = cell(cells, 'part');
    const rawSitting = cell(cells, 'sitting');
    const dayBefore = JSON.stringify(day ?? null);
    if (rawSitting) {
      const s = sittingCell(rawSitting);
      if (s) [day, part] = [s.day, s.part];
      else problem('sittingInvalid', { value: rawSitting });
    }
    if (rawDay) {
      const s = sittingCell(rawDay); // "Sáng 08/12" in the day column
      const d = s?.day ?? dayFromText(rawDay);
      if (d) {
        if (!(day && JSON.stringify(d) === JSON.stringify(day))) part = s?.part; // a new day
        day = d;
        if (s) part = s.part;
      } else problem('dayInvalid', { value: rawDay });
    }
    if (rawPart) {
      const p = partFromText(rawPart);
      if (p) part = p;
      else problem('partInvalid', { value: rawPart });
    }

    // A day column naming another day: the part before it has ended.
    if (JSON.stringify(day ?? null) !== dayBefore) inPart = null;

    // Title and sub-item.
    const number = cell(cells, 'number');
    const letterPart = lettersParts.has(i);
    const partMark = PART_MARK.exec(rawTitle) ?? (letterPart ? LETTER_MARK.exec(rawTitle) : null);
    const isPart = partMark !== null || partNumber(number) || letterPart;
    const mark = isPart ? null : (SUB_MARK.exec(rawTitle) ?? (inPart !== null ? PART_ITEM_MARK.exec(rawTitle) : null));
    // "A.", "B." heading no numbered rows, at the top (first, or after another such): items lettered as the office letters them.
    const letterItem = !isPart && LETTER_NUMBER.test(number) && (parent === 'none' || lastMainLettered);
    // A break with no number of its own ("Giải lao", "Nghỉ giải lao 15 phút") belongs to what it
    // interrupts: a part ("II.", "B.") whose numbered items go on after it, or a main item whose
    // "a)", "b)" go on; the items after it stay in the part. At a part's end (a new part, day or part
    // of day follows) it is a main item of its own, as before.
    // Any other row without a number inside a part ("Phát biểu khai mạc kỳ họp" between "1. Chào cờ"
    // and "2. Báo cáo …" under "I. PHIÊN KHAI MẠC") is one of the part's items as well, when its
    // numbered items go on after it: it used to end the part, and the numbered items after it fell
    // outside. Right before a new part or day it is a main item of its own, as a break there is.
    const rawKind = cell(cells, 'kind');
    const unnumbered = !isPart && mark === null && number === '' && !letterItem;
    const breakRow = unnumbered && (rawKind ? kindFromText(rawKind) : kindFromTitle(rawTitle)) === 'break';
    const inside = unnumbered && (inPart !== null ? continuesPart(i) : breakRow && lastSub && continuesSubs(i));
    const sub = inside || (!letterItem && (mark !== null || (!isPart && (SUB_NUMBER.test(number) || (inPart !== null && ITEM_NUMBER.test(number))))));
    // A heading typed in capitals in Word ("PHẦN THỨ NHẤT: KHAI MẠC") as the hall and the minutes print a title.
    const title = sentenceCase(rawTitle.slice((partMark ?? mark)?.[0].length ?? 0).trim(), opts.places);
    if (title === '') problem('titleEmpty');
    else if (title.length > AGENDA_LIMITS.title) problem('titleLong', { max: AGENDA_LIMITS.title });

    // A part's item whose title says no kind of its own ("1. Nhóm vấn đề thứ nhất: …" under
    // "VII. CHẤT VẤN VÀ TRẢ LỜI CHẤT VẤN") is of its part's kind.
    const titleKind = kindFromTitle(title);
    const kind = rawKind ? kindFromText(rawKind) : titleKind === 'other' && sub && inPart ? inPart : titleKind;
    if (!kind) problem('kindUnknown', { value: rawKind });
    // "Gửi đại biểu nghiên cứu, không trình bày" in any cell (the title, the presenter's or the
    // time column): a 0-minute item the sitting does not take up (notTakenUp, common/timing/stats.ts).
    // Live reads it in the title or the presenter, so a presenter left empty takes the cell that says it.
    const studyCell = cells.find((c) => sentToStudy(c));
    let presenter = cell(cells, 'presenter');
    if (studyCell !== undefined && presenter === '' && !sentToStudy(title)) presenter = studyCell;
    if (presenter.length > AGENDA_LIMITS.presenter) problem('presenterLong', { max: AGENDA_LIMITS.presenter });

    let plannedMinutes: number | undefined;
    let slot: ClockSlot | undefined;
    const rawMinutes = cell(cells, 'minutes');
    if (rawMinutes !== '' && isClockTime(rawMinutes)) {
      // A timetable's slot gives its minutes; a start time alone ("14h40") gives none. Either
      // says when the row is taken, so when its sitting starts and ends.
      const n = clockRangeMinutes(rawMinutes);
      if (n !== null && (n <= 0 || n > AGENDA_LIMITS.plannedMinutes)) problem('minutesInvalid', { value: rawMinutes, max: AGENDA_LIMITS.plannedMinutes });
      else {
        if (n !== null) plannedMinutes = n;
        slot = clockSlot(rawMinutes) ?? undefined;
      }
    } else if (rawMinutes !== '' && !sentToStudy(rawMinutes)) {
      const n = minutesFromText(rawMinutes);
      if (n === null || n < 0 || n > AGENDA_LIMITS.plannedMinutes) problem('minutesInvalid', { value: rawMinutes, max: AGENDA_LIMITS.plannedMinutes });
      else plannedMinutes = n;
    }

    if (!slot && clockColumn >= 0) slot = clockSlot(cells[clockColumn] ?? '') ?? undefined;
    if (studyCell !== undefined) plannedMinutes = 0;
    // "Nghỉ giải lao 15 phút", "Giải lao (20 phút)": the break's minutes, when no column gives them.
    if (kind === 'break' && plannedMinutes === undefined && !slot?.end) plannedMinutes = minutesInTitle(title) ?? undefined;

    let sitting: ImportRow['sitting'];
    // A day without a part ("Ngày" and "Thời gian" columns, no "Buổi"): the row's time slot says
    // which, 7h30 the morning, 13h30 the afternoon; without either the row has no sitting.
    const rowPart = part ?? (slot ? partOfClock(slot.start) : undefined);
    if (day && rowPart) {
      if ('date' in day) {
        if (firstDate === null || day.date < firstDate) firstDate = day.date;
        sitting = { date: opts.shiftDays ? addDays(day.date, opts.shiftDays) : day.date, part: rowPart };
      }
      else if (!opts.startDate) problem('noStartDate', { day: day.day });
      else sitting = { date: addDays(opts.startDate, day.day - 1), part: rowPart };
      if (sitting && opts.startDate && opts.endDate && outsideSession(sitting.date, opts.startDate, opts.endDate)) {
        problem('dayOutside', { date: sitting.date, start: opts.startDate, end: opts.endDate });
      }
    }

    if (sub && parent === 'none') problem('orphanSubItem');
    else if (sub && parent === 'bad') problem('parentBad');
    // "- Báo cáo thẩm tra …" under a part's numbered item: items have two levels (the part, its items),
    // so the line is that item's own (its document or its presenter: joinToItem), never an item beside
    // it. A break so marked stays the item it is; a new day or part (above) ends the part, so the line is
    // an item as before.
    const dashed = !isPart && (DASH_NUMBER.test(number) || (number === '' && DASH_MARK.test(rawTitle)));
    if (dashed && inPart !== null && partItem !== null && kind !== 'break') {
      if (partItem === 'bad') problem('parentBad');
      if (found.length || partItem === 'bad') return void problems.push({ line, problems: found });
      const joined = joinToItem(partItem, { title: rawTitle.replace(DASH_MARK, ''), presenter });
      if (joined.title.length > AGENDA_LIMITS.title || joined.presenter.length > AGENDA_LIMITS.presenter) {
        problem('joinedLong', { title: AGENDA_LIMITS.title, presenter: AGENDA_LIMITS.presenter });
        return void problems.push({ line, problems: found });
      }
      Object.assign(partItem, joined);
      // Its minutes are the item's too (the verification report read after the submission).
      if (plannedMinutes !== undefined && plannedMinutes > 0) partItem.plannedMinutes = Math.min((partItem.plannedMinutes ?? 0) + plannedMinutes, AGENDA_LIMITS.plannedMinutes);
      if (slot?.end && partItem.slot) partItem.slot = { start: partItem.slot.start, end: slot.end };
      partItem.joined = [...(partItem.joined ?? []), line];
      return;
    }

    // Outside a part, "- Đồng chí Chủ tịch HĐND tỉnh" under "3. Phát biểu bế mạc kỳ họp" says who
    // presents it: that item's presenter, never an item of its own (a sub-item named for a person).
    // Any other dash line there stays a sub-item, as the templates set a verification report.
    if (dashed && inPart === null && mainItem !== null && kind !== 'break' && namesPresenter(rawTitle.replace(DASH_MARK, ''))) {
      if (mainItem === 'bad') problem('parentBad');
      if (found.length || mainItem === 'bad') return void problems.push({ line, problems: found });
      const joined = joinToItem(mainItem, { title: rawTitle.replace(DASH_MARK, ''), presenter });
      if (joined.presenter.length > AGENDA_LIMITS.presenter) {
        problem('joinedLong', { title: AGENDA_LIMITS.title, presenter: AGENDA_LIMITS.presenter });
        return void problems.push({ line, problems: found });
      }
      mainItem.presenter = joined.presenter;
      mainItem.joined = [...(mainItem.joined ?? []), line];
      return;
    }

    if (!sub) [parent, lastMainLettered] = [found.length ? 'bad' : 'ok', letterItem];
    lastSub = sub;

    const row: ImportRow | undefined = found.length ? undefined : { line, title, kind: kind!, presenter, plannedMinutes, sub, sitting, ...(slot && { slot }) };
    if (!sub) inPart = isPart && kind ? kind : null;
    if (row && isPart) numberedParts.add(row);
    if (row) rows.push(row);
    else problems.push({ line, problems: found });
    // A numbered item of the part (not a line without a number, nor a dash line standing as an item).
    partItem = sub && inPart !== null && !unnumbered && !dashed ? (row ?? 'bad') : null;
    mainItem = !sub && !isPart ? (row ?? 'bad') : null;
    timeline.push({ row, start: slot?.start, sitting: JSON.stringify(sitting ?? null) });
  });
  untilNextStart(timeline, numberedParts);
  partsShareTheirHeading(rows, numberedParts);
  return { rows, problems, headerRow, mapping, firstDate, clockColumn };
}

/**
 * "8h15 - 9h30 | Trình bày các báo cáo, tờ trình:" over "a) Báo cáo …", "b) Tờ trình …" with no
 * time of their own: the heading's time is its parts' (each item has its own clock, and the
 * sitting's plan adds them up, so the heading's 75 minutes and each part's default would count
 * twice). Its minutes are shared among the parts, the first ones a minute more where they do not
 * divide, and the heading keeps none. Only a main item whose title ends with ":", or a part the
 * office numbers "II." (`numberedParts`), is such a heading: a report whose verification report follows
 * as a sub-item is timed on its own.
 */
function partsShareTheirHeading(rows: ImportRow[], numberedParts: ReadonlySet<ImportRow>): void {
  rows.forEach((heading, i) => {
    const numbered = numberedParts.has(heading);
    if (heading.sub || !(heading.title.endsWith(':') || numbered)) return;
    let end = i + 1;
    while (end < rows.length && rows[end].sub) end++;
    // A break inside keeps its own minutes (given, or its kind's), and neither takes a share nor stops the sharing.
    let parts = rows.slice(i + 1, end).filter((p) => p.kind !== 'break');
    const timed = (p: ImportRow) => p.plannedMinutes !== undefined || p.slot !== undefined;
    // A numbered part's items carry its time, so it plans none of its own; its minutes (from a
    // slot, or from its start to the next time the timetable gives: "7h30 I. PHIÊN KHAI MẠC",
    // "1. Chào cờ", "2. Tuyên bố lý do", "7h40 3. Diễn văn khai mạc") go to its untimed items
    // before the first timed one.
    if (numbered && parts.length > 0) {
      const firstTimed = parts.findIndex(timed);
      const untimed = firstTimed < 0 ? parts : parts.slice(0, firstTimed);
      if (heading.plannedMinutes === undefined || untimed.length === 0) return void (heading.plannedMinutes = 0);
      parts = untimed;
    }
    if (heading.plannedMinutes === undefined || parts.length === 0 || parts.some(timed)) return;
    const each = Math.floor(heading.plannedMinutes / parts.length);
    const more = heading.plannedMinutes % parts.length;
    parts.forEach((p, k) => (p.plannedMinutes = each + (k < more ? 1 : 0)));
    heading.plannedMinutes = 0;
  });
}

/**
 * A timetable of start times alone ("7h30", "7h40", "8h00") gives each row the minutes until
 * the next row's start in the same sitting, as the office reads it; the last row of a sitting
 * (nothing after it to end it) and a row whose minutes the file gives keep theirs.
 */
function untilNextStart(timeline: { row?: ImportRow; start?: string; sitting: string }[], numberedParts: ReadonlySet<ImportRow>): void {
  timeline.forEach(({ row, start, sitting }, i) => {
    if (!row || !start || row.slot?.end || row.plannedMinutes !== undefined) return;
    // A numbered part's time runs to the next start given, over its untimed items (partsShareTheirHeading).
    const next = numberedParts.has(row) ? timeline.slice(i + 1).find((t) => t.start) : timeline[i + 1];
    if (!next?.start || next.sitting !== sitting) return;
    const gap = minutesOfDay(next.start) - minutesOfDay(start);
    if (gap > 0 && gap <= AGENDA_LIMITS.plannedMinutes) row.plannedMinutes = gap;
  });
}

/** The part of day a time slot starts in: noon divides morning from afternoon. */
const partOfClock = (hhmm: string): SittingPart => (hhmm < '12:00' ? 'morning' : 'afternoon');

/** A sitting's date outside the session's days, which the import refuses. */
export const outsideSession = (date: string, start: string, end: string): boolean => date < start || date > end;

/** Problems of one import row, found before anything is saved (preview) and again by the engine. */
const importProblemsEn = {
  titleEmpty: 'the title is missing.',
  titleLong: 'the title is longer than {max} characters.',
  presenterLong: 'the presenter is longer than {max} characters.',
  kindUnknown: 'unknown kind “{value}” (e.g. report, submission, verification, discussion, questioning, vote).',
  minutesInvalid: 'minutes “{value}” must be a whole number from 0 to {max}.',
  sittingInvalid: 'cannot read the sitting “{value}” (e.g. 2026-12-08 morning).',
  dayInvalid: 'cannot read the day “{value}” (e.g. 1, Day 2, 08/12/2026).',
  partInvalid: 'cannot read the part of day “{value}” (morning or afternoon).',
  noStartDate: 'the row says day {day} of the session, but the session has no start date.',
  dayOutside: 'the day {date} is outside the session’s dates ({start} – {end}).',
  parentBad: 'a sub-item of a main item that has errors; fix the main item first.',
  orphanSubItem: 'a sub-item (starting with “-” or “a)”) must follow a main item.',
  joinedLong: 'this line belongs to the item above, which it would make too long (title at most {title} characters, presenter at most {presenter}).',
};
const importProblemsVi: Record<keyof typeof importProblemsEn, string> = {
  titleEmpty: 'thiếu nội dung.',
  titleLong: 'nội dung dài quá {max} ký tự.',
  presenterLong: 'người trình bày dài quá {max} ký tự.',
  kindUnknown: 'không rõ loại «{value}» (ví dụ: báo cáo, tờ trình, thẩm tra, thảo luận, chất vấn, biểu quyết).',
  minutesInvalid: 'số phút «{value}» phải là số nguyên từ 0 đến {max}.',
  sittingInvalid: 'không hiểu phiên «{value}» (ví dụ: 2026-12-08 sáng).',
  dayInvalid: 'không hiểu ngày «{value}» (ví dụ: 1, Ngày 2, 08/12/2026).',
  partInvalid: 'không hiểu buổi «{value}» (sáng hoặc chiều).',
  noStartDate: 'dòng ghi ngày thứ {day} của kỳ họp nhưng kỳ họp chưa có ngày khai mạc.',
  dayOutside: 'ngày {date} nằm ngoài thời gian kỳ họp ({start} – {end}).',
  parentBad: 'mục con của một mục chính có lỗi; hãy sửa mục chính trước.',
  orphanSubItem: 'mục con (bắt đầu bằng «-» hoặc «a)») phải đứng sau một mục chính.',
  joinedLong: 'dòng này thuộc mục phía trên và làm mục đó dài quá (nội dung tối đa {title} ký tự, người trình bày tối đa {presenter}).',
};
export const importProblems = { en: importProblemsEn, vi: importProblemsVi };

export type ImportProblem = keyof typeof importProblemsEn;
