import { fold } from '../../common/fold';
import type { Lang } from '../../common/strings';

/** Does a person match what was typed: by name without diacritics, or by seat number. */
export function matchesPerson(query: string, person: { fullName: string; seatNumber: number | null }): boolean {
  // Spaces count once on both sides: "thi  hoa" typed, or a name saved with a double space.
  const words = (text: string) => fold(text).replace(/\s+/g, ' ');
  const q = words(query);
  if (!q) return true;
  if (/^\d+$/.test(q)) return person.seatNumber === Number(q);
  return words(person.fullName).includes(q);
}

/** A moment's calendar date on this machine's clock, "2026-12-08". */
export function localIsoDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** "08:05": a moment's time of day on this machine's clock face. */
export function timeOfDay(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/**
 * The `lang` of a date or time field: Vietnamese, or British English for the English console, so a
 * date reads day/month/year and a time on the 24-hour clock in both languages, as a council's papers
 * write them. Chromium honours it where the Blink feature is on (the desktop app, electron/main/security.ts).
 */
export const fieldLang = (lang: Lang): string => (lang === 'vi' ? 'vi' : 'en-GB');
