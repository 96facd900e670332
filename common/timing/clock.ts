import { fold } from '../fold';

/**
 * A time of day as a council's secretary types it, on the 24-hour clock: "14:30", "1430", "14h30",
 * "14 30", "14.30", "14 giờ 30", "9h", "930" all read "HH:MM" ("14:30", "09:30"); null for anything
 * else ("25:00", "2:30 PM": a council never writes the 12-hour clock, so it is not guessed at).
 * Full-width digits (some input methods) count as digits.
 */
export function readClockTime(typed: string): string | null {
  const text = fold(typed.normalize('NFKC')).replace(/\s+/g, ' ');
  // Three or four digits are hours and minutes ("930", "1430"); else an hour, a separator
  // (":", "h", "g", "giờ", ".", a space) and maybe minutes.
  const parts = /^\d{3,4}$/.test(text) ? [text, text.slice(0, -2), text.slice(-2)] : /^(\d{1,2})(?: ?(?:[:h.g]|gio| ) ?(\d{2})?)? ?(?:phut|p)?$/.exec(text);
  if (!parts) return null;
  const h = Number(parts[1]);
  const m = Number(parts[2] ?? 0);
  if (h > 23 || m > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
