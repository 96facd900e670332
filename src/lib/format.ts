import { fold } from '../../common/fold';

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
