/**
 * A view's undo button for one scope: takes back the step the engine offers (named in the view's
 * words) and keeps the refusal to show until another step is offered, since a refusal is about the
 * step it was offered for. Made while a component initialises: its effect belongs to that component.
 */
import type { UndoOffer } from '../../electron/engine/undo-slice';
import { mayTake, redoShortcut, undo, type ElsewhereWords, type UndoScope } from './undo';
import { toast } from './toast.svelte';
import { refusal, type Sentence } from './said.svelte';
import type { Shortcut } from './shortcuts.svelte';

export class ScopeUndo {
  /** Why the last undo was refused (null when it was not, or when the chair cancelled it); shown with said(). */
  error = $state<Sentence | null>(null);
  readonly #scope: UndoScope;
  readonly #offer: () => UndoOffer | null;
  readonly #words: (offer: UndoOffer) => string;
  readonly #elsewhere: ElsewhereWords | undefined;

  /**
   * `elsewhere` says where a step the engine offers as `elsewhere` is taken (the roll call to
   * return to): the key then says that instead of sending what the engine would refuse.
   */
  constructor(scope: UndoScope, offer: () => UndoOffer | null, words: (offer: UndoOffer) => string, elsewhere?: ElsewhereWords) {
    this.#scope = scope;
    this.#offer = offer;
    this.#words = words;
    this.#elsewhere = elsewhere;
    $effect(() => {
      void offer()?.id;
      this.error = null;
    });
  }

  /** The view's redo key for this scope, named in the same words. */
  get redoKey(): Shortcut {
    return redoShortcut(this.#scope, this.#words, this.#elsewhere);
  }

  /**
   * What the view shows instead of its undo button while the offered step belongs elsewhere (the
   * roll call or the item to return to), and what the key says; null while it can be taken here.
   */
  get elsewhere(): string | null {
    const offer = this.#offer();
    return (offer?.elsewhere && this.#elsewhere?.(offer, 'undo')) || null;
  }

  /** Whether this console may take the offered step (a secretary's, in the queue: only her own). */
  get mine(): boolean {
    return mayTake(this.#scope, this.#offer());
  }

  async run(): Promise<void> {
    const offer = this.#offer();
    if (!offer) return;
    const there = this.elsewhere;
    if (there) return toast.show(there);
    const reply = await undo(this.#scope, this.#words(offer));
    this.error = reply.ok || reply.error.code === 'cancelled' ? null : refusal(reply);
  }
}
