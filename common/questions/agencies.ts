/**
 * The agencies a respondent may answer for (cơ quan trả lời), as the console already knows them,
 * and the known one a typed agency is likely a slip of ("Sở Y tê" for "Sở Y tế"), so a typo is
 * asked about before it becomes a new agency in the questions' record.
 */
import { fold, textKey } from '../fold';

/** The agencies named so far (the roster's people, the respondents), each once, as first written, in the Vietnamese order. */
export function knownAgencies(named: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const a of named.map((n) => n.replace(/\s+/g, ' ').trim())) if (a !== '' && !seen.has(textKey(a))) seen.set(textKey(a), a);
  return [...seen.values()].sort((a, b) => a.localeCompare(b, 'vi'));
}

/** Letters to insert, delete or replace to turn a into b (Levenshtein). */
export function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

const plain = (text: string) => fold(text).replace(/\s+/g, ' ');

/**
 * The known agency the typed one is close to, accents folded, at most two letters apart ("Sở Y tê",
 * "So Y te", "Sở Y tếe" → "Sở Y tế"); null when it is known as typed, too short to tell (under four
 * letters) or near none: then it is a new agency.
 */
export function nearAgency(typed: string, known: readonly string[]): string | null {
  const text = typed.replace(/\s+/g, ' ').trim();
  if (plain(text).length < 4 || known.some((k) => textKey(k) === textKey(text))) return null;
  let best: { agency: string; distance: number } | null = null;
  for (const agency of known) {
    const distance = editDistance(plain(text), plain(agency));
    if (distance <= 2 && (!best || distance < best.distance)) best = { agency, distance };
  }
  return best?.agency ?? null;
}
