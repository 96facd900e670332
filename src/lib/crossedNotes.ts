import type { Sentence } from './said.svelte';

/**
 * A note's text refused because another console saved that note meanwhile, kept until its user
 * chooses (Use this note / Keep mine): in the tab's sessionStorage, by session and note, so a
 * reload of the console does not lose what she typed. Only the refused text is kept: a note being
 * typed is saved a moment after typing stops.
 */
export interface CrossedNote {
  draft: string;
  error: Sentence | null;
}

const PREFIX = 'gavel.crossedNote:';
/** Where sessionStorage refuses (a private window that allows none): kept for the page's life, as before. */
const memory = new Map<string, CrossedNote>();

export const crossedNoteKey = (sessionId: number | null | undefined, subject: string, id: number) => `${PREFIX}${sessionId ?? 0}:${subject}:${id}`;

export function readCrossedNote(key: string): CrossedNote | undefined {
  try {
    const text = sessionStorage.getItem(key);
    if (text === null) return memory.get(key);
    const kept = JSON.parse(text) as Partial<CrossedNote>;
    return typeof kept.draft === 'string' ? { draft: kept.draft, error: kept.error ?? null } : undefined;
  } catch {
    return memory.get(key);
  }
}

export function keepCrossedNote(key: string, note: CrossedNote): void {
  memory.set(key, note);
  try {
    sessionStorage.setItem(key, JSON.stringify(note));
  } catch {
    // No storage, or full: the page's memory still has it.
  }
}

export function dropCrossedNote(key: string): void {
  memory.delete(key);
  try {
    sessionStorage.removeItem(key);
  } catch {
    // No storage: nothing kept there.
  }
}
