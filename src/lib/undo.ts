/**
 * Every undo of the console goes through here: one engine command, `undo { scope }`, whose
 * label each view reads from `state.undo[scope]` (action + subject, never parsed from text).
 */
import { live } from './live.svelte';

/** The engine's undo scopes: the item timers, the speaker queue, the questioning. */
export type UndoScope = 'timing' | 'queue' | 'questions';

export function undo(scope: UndoScope) {
  return live.send('undo', { scope });
}
