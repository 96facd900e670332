/**
 * Every undo and redo of the console goes through here: one engine command each, `undo { scope }`
 * and `redo { scope }`, whose label each view reads from `state.undo[scope]` / `state.redo[scope]`
 * (action + subject, never parsed from text).
 */
import { live } from './live.svelte';
import { i18n, t } from './i18n.svelte';
import type { MessageKey } from './i18n/index';
import { undoStepText, type Step, type StepContext } from './undoStep';
import { toast } from './toast.svelte';
import { refusal } from './said.svelte';
import { ageToAsk } from './undoAge';
import { formatMinutes } from './duration';
import { LIVE_KEYS } from './liveKeys';
import type { Shortcut } from './shortcuts.svelte';
import type { UndoOffer } from '../../electron/engine/undo-slice';
import { UNDO_REFUSED_FOR_GOOD } from '../../common/undo';
import { ownsStep, stepTakenBy } from '../../common/roles';
import { mayUse } from './needs.svelte';

/**
 * The engine's undo scopes: the item timers, the speaker queue, the questioning, preparing the
 * agenda, the roster, the roll call's marks, the notes for the minutes, and the counts of an open
 * vote and of an open personnel vote.
 */
export type UndoScope = 'timing' | 'queue' | 'questions' | 'prep' | 'roster' | 'attendance' | 'notes' | 'vote' | 'personnel';

/**
 * May this console take back `offer` in `scope`: the role table's rule, and in a scope a secretary
 * shares with the chair (the queue, the questions) only a step this console took (the engine
 * refuses the others with `undo-not-yours`).
 */
export function mayTake(scope: UndoScope, offer: UndoOffer | null | undefined): boolean {
  return mayUse({ needs: 'undo', scope }) && (!offer || ownsStep(live.role, scope, offer.actor, live.device));
}

/**
 * The operator whose console took `offer` when it is not this one, as the engine says with the
 * offer (`byRole`): a paired device's role and name (the chair's console offering a registration
 * the secretary made on her laptop), or the chair for a secretary's console. Null for this
 * console's own steps, and another window of the chair's.
 */
export function takenBy(offer: UndoOffer | null | undefined): { role: 'chair' | 'secretary'; name: string } | null {
  return offer ? stepTakenBy(offer, { actor: live.device, role: live.role }) : null;
}

/** Whose step `offer` is, to follow its name on an Undo button ("(secretary)"); empty for this console's own. */
export function byWhom(offer: UndoOffer | null | undefined): string {
  const by = takenBy(offer);
  return by ? ` ${t(`undo.by.${by.role}`)}` : '';
}

/**
 * A step of `scope` in the console's language, as the engine labels it ({ action, subject, count }):
 * "extra time (Nguyễn Thị Hằng)". The one wording (undoStep.ts) the Activity view reads too.
 */
export function stepText(scope: UndoScope, step: Step, context?: StepContext): string {
  return undoStepText(scope, step, (key, params) => t(key as MessageKey, params), i18n.lang, context) ?? '';
}

/**
 * Takes back the scope's latest step, named `what` in the question and the toast; the toast
 * offers to redo it, for an undo pressed once too often.
 */
export async function undo(scope: UndoScope, what: string) {
  const offer = live.state?.undo[scope];
  const minutes = ageToAsk(offer, live.now());
  // Asked only where this console may take it: a secretary pressing Ctrl+Z on the chair's queue step hears the engine's refusal.
  const by = mayTake(scope, offer) ? takenBy(offer) : null;
  const cancelled = { ok: false as const, error: { code: 'cancelled', message: '' } };
  // Another operator's step is taken back only when the chair says so: the secretary's registration
  // is her work, and Ctrl+Z pressed for his own last step would otherwise take hers without a word.
  if (by && !confirm(t(`undo.askTheirs.${by.role}`, { what, name: by.name }))) return cancelled;
  // The age as people say it: "7 h 0 min", not "420 minutes".
  if (!by && minutes !== null && !confirm(t('undo.askOld', { what, age: formatMinutes(minutes) }))) return cancelled;
  const reply = await live.send('undo', { scope });
  // Its Redo goes once the step can no longer be redone here (the secretary moved to another roll call).
  if (reply.ok) toast.show(t('undo.done', { what }), { label: t('undo.redo'), run: () => void redo(scope, what), shown: () => !live.state?.redo?.[scope]?.elsewhere });
  // A step refused for good would be offered, and refused, forever, with every older step of the
  // scope out of reach behind it: the toast offers to set it aside, or, on a secretary's console in
  // the queue or the questions (setting aside there is the chair's), says who can.
  else if (UNDO_REFUSED_FOR_GOOD.includes(reply.error.code)) {
    if (mayUse({ needs: 'undo.skip', scope })) toast.show(t('undo.stuck', { what }), { label: t('undo.setAside'), run: () => void setAside(scope, what) });
    else toast.show(t('undo.stuckChair', { what }));
  }
  return reply;
}

/** Sets aside the scope's latest step, which undo refused for good, so the one before it is offered. */
export async function setAside(scope: UndoScope, what: string) {
  const reply = await live.send('undo.skip', { scope });
  toast.show(reply.ok ? t('undo.setAsideDone', { what }) : (refusal(reply) ?? ''));
  return reply;
}

/** Does again the scope's step undone last, named `what`; a refusal's sentence is the toast. */
export async function redo(scope: UndoScope, what: string) {
  const reply = await live.send('redo', { scope });
  toast.show(reply.ok ? t('undo.redone', { what }) : (refusal(reply) ?? ''));
  return reply;
}

/**
 * A view's redo key (Ctrl+Y, or Ctrl+Shift+Z), for the scope its undo takes back: names the step
 * waiting to be redone in the view's own words, as its undo button names the step to undo.
 */
export function redoShortcut(scope: UndoScope, words: (offer: UndoOffer) => string, elsewhere?: ElsewhereWords): Shortcut {
  return {
    keys: LIVE_KEYS.redo,
    label: 'keys.redo',
    needs: 'redo',
    scope,
    run: () => {
      const offer = live.state?.redo?.[scope];
      const there = offer?.elsewhere && elsewhere?.(offer, 'redo');
      if (there) return toast.show(there);
      void redo(scope, offer ? words(offer) : '');
    },
  };
}

/**
 * A view's sentence for a step the engine offers as taken elsewhere (`offer.elsewhere`: the roll
 * call its mark belongs to), to undo or to redo: where to go to take it (null when the view cannot
 * name that place: the step is then sent, and the engine's refusal says why).
 */
export type ElsewhereWords = (offer: UndoOffer, direction: 'undo' | 'redo') => string | null;
