/**
 * A /report/ download refused (no session, a document not ready, an export that failed): its body
 * is the sentence in the language asked for, as a person or a script reads it, and this header
 * carries the same sentence in every language, so the console's toast re-words on a language
 * switch as every other one does (src/lib/said.svelte.ts). Percent-encoded JSON: a header is
 * ASCII, the Vietnamese is not.
 */
import { LANGS, type Lang } from './strings';

export const REFUSAL_HEADER = 'X-Refusal-Text';

export function refusalHeader(text: Readonly<Record<Lang, string>>): string {
  return encodeURIComponent(JSON.stringify(text));
}

/** The sentence in every language, or null for a header that is missing or not one of ours. */
export function refusalFromHeader(value: string | null): Record<Lang, string> | null {
  if (!value) return null;
  try {
    const text: unknown = JSON.parse(decodeURIComponent(value));
    if (typeof text !== 'object' || text === null) return null;
    const said = text as Record<string, unknown>;
    return LANGS.every((l) => typeof said[l] === 'string') ? (Object.fromEntries(LANGS.map((l) => [l, said[l]])) as Record<Lang, string>) : null;
  } catch {
    return null;
  }
}
