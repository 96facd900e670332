/**
 * A view's undo for one scope, the one piece every view's Undo button and Ctrl+Z go through: takes
 * back the step the engine offers (named in the view's words), says the same "Nothing to undo" in
 * every view when nothing is offered (since a restore, that nothing was done since it), says where a step taken elsewhere is taken (another session,
 * in one sentence for all views; a roll call or an item, in the view's), and keeps the refusal to
 * show until another step is offered, since a refusal is about the step it was offered for. Made
 * while a component initialises: its effect belongs to that component.
 */
import type { UndoOffer } from '../../electron/engine/undo-slice';
import { mayTake, redoShortcut, undo, whereElse, type ElsewhereWords, type UndoScope } from './undo';
import { toast } from './toast.svelte';
import { inEvery, whenReplied, words, type Sentence } from './said.svelte';
import { t, type MessageKey } from './i18n.svelte';
import { LIVE_KEYS } from './liveKeys';
import { mayUse } from './needs.svelte';
import { live } from './live.svelte';
import { UNDO_REFUSED_FOR_GOOD } from '../../common/undo';
import { formatDateTime } from '../../common/dates';
import type { Shortcut } from './shortcuts.svelte';

/**
 * Steps the engine refused for good (a later action used what they touched): refused again every
 * time, until set aside. The refusal is the engine's judgement of the step, the same for every
 * console that asks, and only the chair's console may set such a step aside: so the memory is
 * the operator's, not one page's. Kept in the browser's localStorage under the operator (the
 * paired device's name, or the chair's console), where every console of that operator reads it (a
 * second window, a reload) and is told at once of a step another one found dead (the storage
 * event). By scope, id, time and label: a step's id alone may come again (a restored backup,
 * another data folder). The latest few only: an older step is long set aside or overtaken.
 */
const REFUSED_KEY = 'gavel.undoRefused';
const REFUSED_KEPT = 50;
const refusedStorageKey = () => `${REFUSED_KEY}:${live.device ?? 'chair'}`;
/** Bumped when this console or another of the operator's adds a step: what reads the memory reads it again. */
let refusedVersion = $state(0);
/** This page's own, for a browser that keeps no storage. */
const refusedHere = new Set<string>();
function readRefused(): string[] {
  try {
    const list = JSON.parse(localStorage.getItem(refusedStorageKey()) ?? '[]') as unknown;
    return Array.isArray(list) ? list.filter((k): k is string => typeof k === 'string') : [];
  } catch {
    return [];
  }
}
function isRefused(key: string): boolean {
  void refusedVersion;
  return refusedHere.has(key) || readRefused().includes(key);
}
function rememberRefused(key: string): void {
  refusedHere.add(key);
  try {
    localStorage.setItem(refusedStorageKey(), JSON.stringify([...readRefused().filter((k) => k !== key), key].slice(-REFUSED_KEPT)));
  } catch {
    // No storage (a private window that refuses it): remembered by this console only.
  }
  refusedVersion++;
}
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key === refusedStorageKey()) refusedVersion++;
  });
}
/**
 * What Undo says when nothing is offered: "Nothing to undo", or, once a backup was restored (the
 * restore is undo's boundary: the `undoBoundary` slice), that nothing was done since it and what
 * was done before it cannot be undone, as the engine's refusal says it.
 */
function nothingOffered(): Sentence {
  const at = live.state?.undoBoundary?.restoredAt ?? null;
  return at === null ? words('undo.nothing') : words('undo.nothingSinceRestore', (l) => ({ when: formatDateTime(at, l) }));
}

const stepKey = (scope: UndoScope, offer: UndoOffer) => JSON.stringify([scope, offer.id, offer.at, offer.action, offer.subject]);

export class ScopeUndo {
  /** Why the last undo was refused, or that nothing was offered (null when it was taken, or when the chair cancelled it); shown with said(). */
  error = $state<Sentence | null>(null);
  readonly #scope: UndoScope;
  readonly #offer: () => UndoOffer | null;
  readonly #words: (offer: UndoOffer) => string;
  readonly #elsewhere: ElsewhereWords | undefined;
  readonly #subjectId: (() => number) | undefined;

  /**
   * `elsewhere` says where a step the engine offers as `elsewhere` in this session is taken (the
   * roll call to return to): the key then says that instead of sending what the engine would refuse.
   * `subjectId`: the view is one subject's (a personnel draft's), whose own steps its undo and redo
   * take (`offer` is then that subject's, from `undoOf`).
   */
  constructor(scope: UndoScope, offer: () => UndoOffer | null, words: (offer: UndoOffer) => string, elsewhere?: ElsewhereWords, subjectId?: () => number) {
    this.#scope = scope;
    this.#offer = offer;
    this.#words = words;
    this.#elsewhere = elsewhere;
    this.#subjectId = subjectId;
    $effect(() => {
      void offer()?.id;
      this.error = null;
    });
  }

  /**
   * The view's undo key for this scope (Ctrl+Z), `label` its line in the `?` sheet, `run` what it
   * does (by default, takes back the offered step). Marked, as the redo key is, with the scope's
   * undo: a console that may not undo here (a secretary's, in the chair's scopes) sees both keys
   * marked as the chair's and, pressed, told so; one that may sees neither. Built here so the two
   * keys of a view cannot disagree (Personnel's Ctrl+Z once had no command, its Ctrl+Y the chair's).
   */
  undoKey(label: MessageKey, run: () => void = () => void this.run()): Shortcut {
    return { keys: LIVE_KEYS.undo, label, run, needs: 'undo', scope: this.#scope };
  }

  /** The view's redo key for this scope, named in the same words. */
  get redoKey(): Shortcut {
    return redoShortcut(this.#scope, this.#words, this.#elsewhere, this.#subjectId);
  }

  /**
   * What the view shows instead of its undo button while the offered step belongs elsewhere (the
   * session, roll call or item to return to), and what the key says; null while it can be taken here.
   */
  get elsewhere(): string | null {
    return whereElse(this.#offer(), 'undo', this.#words, this.#elsewhere);
  }

  /**
   * Why this console's Undo does nothing for the offered step, said beside its disabled button and
   * by the key: taken elsewhere, or refused for good here while only the chair's console may set it
   * aside (a secretary's own step in the queue or the questions: without it her button stayed
   * enabled, refused again each time). Null while the step can be tried here.
   */
  get blocked(): string | null {
    const offer = this.#offer();
    if (offer && isRefused(stepKey(this.#scope, offer)) && !mayUse({ needs: 'undo.skip', scope: this.#scope })) return t('undo.stuckMine', { what: this.#words(offer) });
    return this.elsewhere;
  }

  /** Whether this console may take the offered step (a secretary's, in the queue: only her own). */
  get mine(): boolean {
    return mayTake(this.#scope, this.#offer());
  }

  /** Takes back the offered step; true when it was. */
  async run(): Promise<boolean> {
    const offer = this.#offer();
    if (!offer) {
      this.error = nothingOffered();
      return false;
    }
    if (this.blocked) {
      toast.show(inEvery(() => this.blocked ?? ''));
      return false;
    }
    // Ctrl+Z pressed again while the reply is on its way ("Nothing to undo") stays said; a step
    // whose confirmation was cancelled is not a refusal.
    const after = whenReplied(() => this.error);
    const reply = await undo(this.#scope, inEvery(() => this.#words(offer)), this.#subjectId?.());
    if (!reply.ok && UNDO_REFUSED_FOR_GOOD.includes(reply.error.code)) rememberRefused(stepKey(this.#scope, offer));
    this.error = after(reply.ok || reply.error.code === 'cancelled' ? { ok: true } : reply);
    return reply.ok;
  }
}
