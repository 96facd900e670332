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
import { inEvery, refusal, said, saidIn, words, type Sentence } from './said.svelte';
import { ageToAsk } from './undoAge';
import { formatMinutes } from './duration';
import { LIVE_KEYS } from './liveKeys';
import type { Shortcut } from './shortcuts.svelte';
import type { UndoOffer } from '../../electron/engine/undo-slice';
import { UNDO_REFUSED_FOR_GOOD } from '../../common/undo';
import { ownsStep, stepTakenBy } from '../../common/roles';
import { mayUse } from './needs.svelte';
import { romanNumeral } from '../../common/term';
import { ask } from './ask';

/**
 * The engine's undo scopes: the item timers, the speaker queue, the questioning, preparing the
 * agenda, the roster, the roll call's marks, the notes for the minutes, the opening and counts of
 * a vote and of a personnel vote, and a personnel draft's edits.
 */
export type UndoScope = 'timing' | 'queue' | 'questions' | 'prep' | 'roster' | 'attendance' | 'notes' | 'vote' | 'personnel' | 'personnel-draft';

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
 * The step a scope offers to undo or redo: the scope's latest, or, given a subject's id, that
 * subject's own (a personnel draft's: `undoOf` / `redoOf`), whatever was done on another since.
 */
export function offered(direction: 'undo' | 'redo', scope: UndoScope, subjectId?: number): UndoOffer | undefined {
  const state = live.state;
  if (subjectId === undefined) return state?.[direction]?.[scope];
  return state?.[direction === 'undo' ? 'undoOf' : 'redoOf']?.[scope]?.[subjectId];
}

/** What undo, redo and set aside send: the scope, and the subject whose own step is meant. */
const stack = (scope: UndoScope, subjectId: number | undefined) => (subjectId === undefined ? { scope } : { scope, subjectId });

/** "Undone: …" and its kin, with the step's name in the same language as the sentence around it. */
const aboutStep = (key: MessageKey, what: Sentence) => words(key, (l) => ({ what: saidIn(what, l) }));

/**
 * Takes back the scope's latest step (of `subjectId`'s own steps, when given), named `what` in the
 * question and the toast (in every language: `inEvery(() => view's words)`, so the toast follows a
 * language switch whole); the toast offers to redo it, for an undo pressed once too often.
 */
export async function undo(scope: UndoScope, what: Sentence, subjectId?: number) {
  const offer = offered('undo', scope, subjectId);
  const minutes = ageToAsk(offer, live.now());
  // Asked only where this console may take it: a secretary pressing Ctrl+Z on the chair's queue step hears the engine's refusal.
  const by = mayTake(scope, offer) ? takenBy(offer) : null;
  const cancelled = { ok: false as const, error: { code: 'cancelled', message: '' } };
  // Another operator's step is taken back only when the chair says so: the secretary's registration
  // is her work, and Ctrl+Z pressed for his own last step would otherwise take hers without a word.
  const yes = () => t('live.undo');
  if (by && !(await ask(() => t(`undo.askTheirs.${by.role}`, { what: said(what), name: by.name }), yes, 'danger'))) return cancelled;
  // The age as people say it: "7 h 0 min", not "420 minutes".
  if (!by && minutes !== null && !(await ask(() => t('undo.askOld', { what: said(what), age: formatMinutes(minutes) }), yes, 'primary'))) return cancelled;
  const reply = await live.send('undo', stack(scope, subjectId));
  // Its Redo goes once the step can no longer be redone here (the secretary moved to another roll call).
  if (reply.ok) toast.show(aboutStep('undo.done', what), { label: words('undo.redo'), run: () => void redo(scope, what, subjectId), shown: () => !offered('redo', scope, subjectId)?.elsewhere });
  // A step refused for good would be offered, and refused, forever, with every older step of the
  // scope out of reach behind it: the toast offers to set it aside, or, on a secretary's console in
  // the queue or the questions (setting aside there is the chair's), says who can.
  else if (UNDO_REFUSED_FOR_GOOD.includes(reply.error.code)) {
    if (mayUse({ needs: 'undo.skip', scope })) toast.show(aboutStep('undo.stuck', what), { label: words('undo.setAside'), run: () => void setAside(scope, what, subjectId) });
    else toast.show(aboutStep('undo.stuckChair', what));
  }
  return reply;
}

/** Sets aside the scope's latest step, which undo refused for good, so the one before it is offered. */
export async function setAside(scope: UndoScope, what: Sentence, subjectId?: number) {
  const reply = await live.send('undo.skip', stack(scope, subjectId));
  toast.show(reply.ok ? aboutStep('undo.setAsideDone', what) : (refusal(reply) ?? ''));
  return reply;
}

/** Does again the scope's step undone last (of `subjectId`'s, when given), named `what`; a refusal's sentence is the toast. */
export async function redo(scope: UndoScope, what: Sentence, subjectId?: number) {
  const reply = await live.send('redo', stack(scope, subjectId));
  toast.show(reply.ok ? aboutStep('undo.redone', what) : (refusal(reply) ?? ''));
  return reply;
}

/**
 * Where `offer` is taken instead of here, in words, or null when it is taken here: a step of
 * another session (any scope) in the one sentence every view says ("The last step here was taken
 * in Session 12, term XVI (…): select that session to undo it."), a roll call or an item in the
 * view's own (`view`; null when it cannot name that place: the step is then sent, and the
 * engine's refusal says why).
 */
export function whereElse(offer: UndoOffer | null | undefined, direction: 'undo' | 'redo', words: (offer: UndoOffer) => string, view?: ElsewhereWords): string | null {
  const there = offer?.elsewhere;
  if (!offer || !there) return null;
  if (!('sessionId' in there)) return view?.(offer, direction) || null;
  const session = live.state?.sessions.list.find((s) => s.id === there.sessionId);
  const name = session ? t('session.label', { number: session.number, term: romanNumeral(session.term) }) : t('undo.anotherSession');
  return t(direction === 'undo' ? 'undo.otherSession' : 'redo.otherSession', { session: name, what: words(offer) });
}

/**
 * A view's redo key (Ctrl+Y, or Ctrl+Shift+Z), for the scope its undo takes back (of one subject's
 * steps, when the view is that subject's: a personnel draft): names the step waiting to be redone
 * in the view's own words, as its undo button names the step to undo.
 */
export function redoShortcut(scope: UndoScope, words: (offer: UndoOffer) => string, elsewhere?: ElsewhereWords, subjectId?: () => number): Shortcut {
  return {
    keys: LIVE_KEYS.redo,
    label: 'keys.redo',
    needs: 'redo',
    scope,
    run: () => {
      const subject = subjectId?.();
      const offer = offered('redo', scope, subject);
      if (whereElse(offer, 'redo', words, elsewhere)) return toast.show(inEvery(() => whereElse(offer, 'redo', words, elsewhere) ?? ''));
      void redo(scope, offer ? inEvery(() => words(offer)) : '', subject);
    },
  };
}

/**
 * A view's sentence for a step the engine offers as taken elsewhere in this session
 * (`offer.elsewhere`: the roll call its mark belongs to, the item whose queue it changed), to undo
 * or to redo: where to go to take it (null when the view cannot name that place: the step is then
 * sent, and the engine's refusal says why). Another session is said by whereElse for every view.
 */
export type ElsewhereWords = (offer: UndoOffer, direction: 'undo' | 'redo') => string | null;
