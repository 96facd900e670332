import { untrack } from 'svelte';

/**
 * A draft box that starts from a published value (the caption on air, the hall's message) shows
 * the new value another console publishes, so two consoles never show different text for the
 * same thing; unless the box holds typing not yet sent, which stays (losing a half-typed
 * sentence would be worse than a moment's difference). Call it while a component initialises.
 * A number box (the hall's countdown minutes) follows the same way.
 */
export function followPublished<T extends string | number | null>(published: () => T, draft: { get(): T; set(value: T): void }): void {
  let seen = untrack(published);
  $effect.pre(() => {
    const now = published();
    if (now === seen) return;
    if (untrack(draft.get) === seen) draft.set(now);
    seen = now;
  });
}
