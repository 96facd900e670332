/**
 * Every undo of the console goes through here: one engine command, `undo { scope }`, whose
 * label each view reads from `state.undo[scope]` (action + subject, never parsed from text).
 */
import { live } from './live.svelte';
import { t } from './i18n.svelte';
import { toast } from './toast.svelte';
import { ageToAsk } from './undoAge';
import { formatMinutes } from './duration';

/**
 * The engine's undo scopes: the item timers, the speaker queue, the questioning, preparing the
 * agenda, the roster, the roll call's marks, the notes for the minutes, and the counts of an open
 * vote and of an open personnel vote.
 */
export type UndoScope = 'timing' | 'queue' | 'questions' | 'prep' | 'roster' | 'attendance' | 'notes' | 'vote' | 'personnel';

/**
 * A step's name with the person it was about, as the engine labels it ({ action, subject }):
 * "extra time (Nguyễn Thị Hằng)"; `label` is the action's own words in the view's catalog.
 */
export function withSubject(label: string, subject: string): string {
  return subject ? t('undo.who', { label, name: subject }) : label;
}

/** Takes back the scope's latest step, named `what` in the question and the toast. */
export async function undo(scope: UndoScope, what: string) {
  const minutes = ageToAsk(live.state?.undo[scope], live.now());
  // The age as people say it: "7 h 0 min", not "420 minutes".
  if (minutes !== null && !confirm(t('undo.askOld', { what, age: formatMinutes(minutes) }))) return { ok: false as const, error: { code: 'cancelled', message: '' } };
  const reply = await live.send('undo', { scope });
  if (reply.ok) toast.show(t('undo.done', { what }));
  return reply;
}
