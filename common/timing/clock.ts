import { fold } from '../fold';
import { fill, type Lang } from '../strings';

/**
 * The one grammar of a time of day, as a council's office writes it, on the 24-hour clock:
 * "14:30", "14h30", "14H30", "14g30", "14 giờ 30", "14 giờ 30 phút", "14h30'", "14.30", "07:30",
 * "7h" and "14 giờ" (on the hour), full-width digits too (some input methods). Every time of day
 * Gavel reads goes through here: the console's time fields (TimeField) and the programme
 * import's timetable cells ("7h30", "7h30 - 7h45", "13 giờ 30 đến 14 giờ").
 *
 * A typed field takes more: three or four digits are hours and minutes ("930", "1430"), a bare
 * hour is on the hour ("14"), and a space may separate them ("14 30"). A programme's cell does
 * not, because there "1430" or "14" is a number of minutes.
 *
 * What cannot be read says why, in a sentence (`clockRefusal`): an hour past 23 ("25:00"), a
 * minute past 59 ("8h75"), the 12-hour clock ("2:30 PM": a council never writes it, so it is
 * not guessed at), nothing typed, or no time at all ("abc").
 */

/** Why a text is no time of day. */
export type ClockProblem = 'empty' | 'hour' | 'minute' | 'twelveHour' | 'unreadable';

export type ClockReading = { time: string; hour: number; minute: number } | { problem: ClockProblem };

export interface ClockOptions {
  /** A field that only takes a time: "1430", "930", "14" and "14 30" read too. */
  typed?: boolean;
}

// An hour, a separator, maybe minutes (two digits), maybe the word for minutes or its mark.
// The separator is ":", "h", "g" or "giờ" (folded "gio"), or a dot ("14.30").
const SEPARATOR = String.raw` ?(?::|h|g|gio|\.) ?`;
const MINUTES_MARK = String.raw`(?: ?(?:phut|p)|'|’)?`;
const TIME = String.raw`(\d{1,2})${SEPARATOR}(\d{2})?${MINUTES_MARK}`;
const WRITTEN = new RegExp(`^${TIME}$`);
// A typed field's extras: "1430", "930"; "14"; "14 30".
const DIGITS = /^(\d{1,2}?)(\d{2})$/;
const BARE_HOUR = /^(\d{1,2})$/;
const SPACED = new RegExp(String.raw`^(\d{1,2}) (\d{2})${MINUTES_MARK}$`);
// "2:30 PM", "2:30 CH" (chiều, as a Vietnamese browser writes the afternoon), "8 SA".
const TWELVE_HOUR = /\b(?:am|pm|a\.m\.|p\.m\.|sa|ch)$/;

/** The text as the grammar reads it: full-width digits plain, diacritics and case folded, spaces single. */
const normal = (text: string): string => fold(text.normalize('NFKC')).replace(/\s+/g, ' ');

const hhmm = (hour: number, minute: number) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;

/** One time of day in the whole of `text`: its "HH:MM", or why it is none. */
export function parseClockTime(text: string, opts: ClockOptions = {}): ClockReading {
  const t = normal(text);
  if (t === '') return { problem: 'empty' };
  const m = WRITTEN.exec(t) ?? (opts.typed ? (SPACED.exec(t) ?? DIGITS.exec(t) ?? BARE_HOUR.exec(t)) : null);
  if (!m) return { problem: TWELVE_HOUR.test(t) && /\d/.test(t) ? 'twelveHour' : 'unreadable' };
  const hour = Number(m[1]);
  const minute = Number(m[2] ?? 0);
  if (hour > 23) return { problem: 'hour' };
  if (minute > 59) return { problem: 'minute' };
  return { time: hhmm(hour, minute), hour, minute };
}

/** "HH:MM" for a text that is a time of day, else null (a typed field's reading). */
export function readClockTime(typed: string, opts: ClockOptions = { typed: true }): string | null {
  const r = parseClockTime(typed, opts);
  return 'time' in r ? r.time : null;
}

/** A time of day with the end, when the text gives one: a slot of a programme's timetable. */
export interface ClockSlot {
  start: string;
  end?: string;
}

// Between the two times of a slot: a dash of any length, "đến" (folded "den") or "to".
const RANGE_SEPARATOR = / ?(?:-|–|—|den|to) ?/;
const LEAD = new RegExp(`^${TIME}(?=$|[\\s(\\[,;–—-])`);

/**
 * A programme cell's time of day: a slot "7h30 - 7h45", "07:30–08:00", "13 giờ 30 đến 14 giờ",
 * or a start alone "14h40"; text after a start is left ("7h30 (dự kiến)"). Null when the cell
 * does not begin with a time of day written as one (never a number alone: that is minutes).
 */
export function clockSlotIn(text: string): ClockSlot | null {
  const t = normal(text);
  const parts = t.split(RANGE_SEPARATOR);
  if (parts.length === 2) {
    const [start, end] = parts.map((p) => parseClockTime(p));
    if ('time' in start && 'time' in end) return { start: start.time, end: end.time };
  }
  // A start, then nothing, a space or a bracket ("7h30 (dự kiến)"); never more of a number ("08.12.2026").
  const lead = LEAD.exec(t);
  if (!lead) return null;
  const start = parseClockTime(lead[0]);
  return 'time' in start ? { start: start.time } : null;
}

/** Minutes since midnight of an "HH:MM". */
export const minutesOfDay = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** "HH:MM" of minutes since midnight. */
export const clockOfMinutes = (minutes: number): string => hhmm(Math.floor(minutes / 60), minutes % 60);

/** The stored form of a time of day, "HH:MM" from 00:00 to 23:59: what the engine accepts. */
export const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

const clockProblemsEn: Record<ClockProblem, string> = {
  empty: 'Type a time of day, e.g. 14:30 or 14h30.',
  hour: '“{typed}” is not a time of day: the hour goes from 0 to 23 (the 24-hour clock, e.g. 14:30).',
  minute: '“{typed}” is not a time of day: the minutes go from 00 to 59 (e.g. 8h45).',
  twelveHour: '“{typed}” is on the 12-hour clock; type it on the 24-hour clock, e.g. 14:30 for 2:30 PM.',
  unreadable: '“{typed}” is not a time of day. Type hours and minutes, e.g. 14:30, 14h30 or 14 giờ 30.',
};
const clockProblemsVi: Record<ClockProblem, string> = {
  empty: 'Hãy gõ giờ, ví dụ 14:30 hoặc 14h30.',
  hour: '«{typed}» không phải là giờ hợp lệ: giờ chỉ từ 0 đến 23 (cách ghi 24 giờ, ví dụ 14:30).',
  minute: '«{typed}» không phải là giờ hợp lệ: phút chỉ từ 00 đến 59 (ví dụ 8h45).',
  twelveHour: '«{typed}» ghi theo cách 12 giờ; hãy ghi theo cách 24 giờ, ví dụ 14:30 thay cho 2:30 chiều.',
  unreadable: '«{typed}» không phải là giờ. Hãy gõ giờ và phút, ví dụ 14:30, 14h30 hoặc 14 giờ 30.',
};
export const clockProblems: Record<Lang, Record<ClockProblem, string>> = { en: clockProblemsEn, vi: clockProblemsVi };

/** The sentence saying why `typed` is no time of day, in `lang`. */
export function clockRefusal(typed: string, lang: Lang, opts: ClockOptions = { typed: true }): string {
  const r = parseClockTime(typed, opts);
  return fill(clockProblems[lang]['problem' in r ? r.problem : 'unreadable'], { typed: typed.trim() });
}
