/** Two drafts of a form hold the same values (fields are plain strings, numbers and booleans). */
export function sameDraft<T extends Record<string, unknown>>(a: T, b: T): boolean {
  return Object.keys(a).every((k) => a[k] === b[k]);
}

/** One field's value as it was and as it is: a list (a ballot's people) is compared by what it holds. */
const same = (a: unknown, b: unknown) => a === b || (typeof a === 'object' && a !== null && JSON.stringify(a) === JSON.stringify(b));

/**
 * What an edit form sends: the fields its user changed since the form was read (`base`), so a
 * field another console changed meanwhile is left as that console made it (the engine refuses a
 * change of the same field, electron/engine/edits.ts). Empty when nothing was changed.
 */
export function changedFields<T extends Record<string, unknown>>(base: T, draft: T): Partial<T> {
  return Object.fromEntries(Object.entries(draft).filter(([k, v]) => !same(v, base[k]))) as Partial<T>;
}

/**
 * A form read again from its record as it is now (`now`), after an edit was refused because
 * another console changed the same field: what its user typed stays, the fields they left show
 * what the record holds now, so saving again replaces only what they changed.
 */
export function rebaseDraft<T extends Record<string, unknown>>(base: T, draft: T, now: T): T {
  return Object.fromEntries(Object.entries(draft).map(([k, v]) => [k, same(v, base[k]) ? now[k] : v])) as T;
}
