/**
 * Every undo of the console goes through here. Today each domain has its own command; the
 * engine branch replaces them with one `undo { scope }`, and then only this function changes.
 */
import { live } from './live.svelte';

export type UndoScope = 'timing' | 'speakers' | 'questions';

const COMMAND = { timing: 'timing.undo', speakers: 'speaker.undo', questions: 'questions.undo' } as const;

export function undo(scope: UndoScope) {
  return live.send(COMMAND[scope], {});
}
