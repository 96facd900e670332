/** Calendar dates as people read them, for the screens and the documents alike. */

/** One formatter for every English date: building one per call (toLocaleDateString) is slow. */
let englishDates: Intl.DateTimeFormat | null = null;

/** "2026-12-08" → "08/12/2026" (vi) or "8 Dec 2026" (en); anything else is returned as it came. */
export function formatDate(iso: string, lang: 'vi' | 'en'): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  if (lang === 'vi') return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
  englishDates ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return englishDates.format(new Date(Date.UTC(y, m - 1, d)));
}

/** "2026-12-08" → "08/12" (vi) or "8 Dec" (en): a day of the session, where the year goes without saying. */
export function formatDayMonth(iso: string, lang: 'vi' | 'en'): string {
  const full = formatDate(iso, lang);
  if (full === iso) return iso;
  return lang === 'vi' ? full.slice(0, 5) : full.replace(/ \d{4}$/, '');
}

/** Is "2026-12-08" a real calendar date (not 2026-02-30)? */
export function isCalendarDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

/** "2026-12-08" → "08/12/2026": how a date field shows a date, day first in both languages. */
export function typedDate(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? formatDate(iso, 'vi') : '';
}

/**
 * A date as an office types it, day first: "08/12/2026", "8/12/2026", "8-12-2026", "8.12.2026",
 * "8 12 2026", "08122026", "8/12/26" (this century), or "2026-12-08". `null` when it is not a real date.
 */
export function parseTypedDate(text: string): string | null {
  const s = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const dmy = /^(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{4}|\d{2})$/.exec(s);
  const packed = /^(\d{2})(\d{2})(\d{4})$/.exec(s);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : packed ? [packed[3], packed[2], packed[1]] : [];
  if (!y || !m || !d) return null;
  const out = `${y.length === 2 ? `20${y}` : y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isCalendarDate(out) ? out : null;
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * The calendar date of a moment on this machine's clock, "2026-12-08": the hall's day, not UTC's.
 * The one reader of a local date, for the engine, the documents and the screens alike.
 */
export function localDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

/**
 * A moment in this computer's local time, as an office reads it: "05/12/2026 22:40" (vi) or
 * "5 Dec 2026, 22:40" (en); with `seconds`, "…22:40:07" (two backups in the same minute must not
 * read alike). The backup list of the console and of `npm run backup -- list`.
 */
export function formatDateTime(ms: number, lang: 'vi' | 'en', o: { seconds?: boolean } = {}): string {
  const d = new Date(ms);
  const date = formatDate(localDate(ms), lang);
  const time = `${two(d.getHours())}:${two(d.getMinutes())}${o.seconds ? `:${two(d.getSeconds())}` : ''}`;
  return lang === 'vi' ? `${date} ${time}` : `${date}, ${time}`;
}
