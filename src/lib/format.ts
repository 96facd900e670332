import { fold, textKey } from '../../common/fold';

/** A text folded to its letters without diacritics, each run of spaces one: how names are matched. */
const plainWords = (text: string) => fold(text).replace(/\s+/g, ' ');

/** Does a person match what was typed: by name without diacritics, or by seat number. */
export function matchesPerson(query: string, person: { fullName: string; seatNumber: number | null }): boolean {
  // Spaces count once on both sides: "thi  hoa" typed, or a name saved with a double space.
  const q = plainWords(query);
  if (!q) return true;
  if (/^\d+$/.test(q)) return person.seatNumber === Number(q);
  return plainWords(person.fullName).includes(q);
}

/**
 * How well a person matches what was typed, best first (0), or null for no match: whole words
 * ("Hoa" in "Nguyễn Thị Hoa") before the start of a word ("Hoàng Đức Hằng") before the middle of
 * one ("Khoa"), and within each, the name as typed with its diacritics ("Hòa" typed: "Lê Thị Hòa"
 * before "Lê Thị Hoa") before the same letters without them. A seat number matches exactly.
 */
export function personRank(query: string, person: { fullName: string; seatNumber: number | null }): number | null {
  if (!matchesPerson(query, person)) return null;
  const q = plainWords(query);
  if (/^\d+$/.test(q)) return 0;
  const name = ` ${plainWords(person.fullName)} `;
  const where = name.includes(` ${q} `) ? 0 : name.includes(` ${q}`) ? 1 : 2;
  // Spelled as typed: the same text key the roster compares names by (common/fold.ts).
  return where * 2 + (textKey(person.fullName).includes(textKey(query)) ? 0 : 1);
}

/**
 * The people matching what was typed, best match first (`personRank`), in their own order within a
 * rank. A picker's Enter takes the first: "Hoa" typed took "Hoàng Đức Hằng", first on the roster,
 * over "Nguyễn Thị Hoa", and a request to speak went to the wrong delegate.
 */
export function rankedPeople<P extends { fullName: string; seatNumber: number | null }>(query: string, people: readonly P[]): P[] {
  return people
    .map((person, index) => ({ person, index, rank: personRank(query, person) }))
    .filter((m): m is { person: P; index: number; rank: number } => m.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((m) => m.person);
}

/** "08:05": a moment's time of day on this machine's clock face (the roll call's marks' own form). */
export { clockOf as timeOfDay } from '../../common/attendance/model';
