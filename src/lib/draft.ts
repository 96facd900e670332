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

/** A form's record as it read it (`fields`), and the revision that was (`seen`), its saves' base. */
export interface DraftBase<T> {
  fields: T;
  seen: number;
}

/**
 * A form left open while its record changes on another console (`now`, at `revision`): the fields
 * its user has not touched follow the record; a field typed in keeps what was typed and its base,
 * so its save is checked against the other's change (refused, never written over unseen). `seen`
 * moves on only while no typed field has changed under the typing.
 */
export function followDraft<T extends Record<string, unknown>>(base: DraftBase<T>, draft: T, now: T, revision: number): { base: DraftBase<T>; draft: T } {
  const typed = Object.keys(draft).filter((k) => !same(draft[k], base.fields[k]));
  const crossed = typed.some((k) => !same(now[k], base.fields[k]));
  const fields = { ...now, ...Object.fromEntries(typed.map((k) => [k, base.fields[k]])) } as T;
  return { base: { fields, seen: crossed ? base.seen : revision }, draft: rebaseDraft(base.fields, draft, now) };
}

/**
 * A form kept open after its save was answered: saved, its base is the record as published (the
 * other console's changes in the fields it left show); refused as crossed, the record as it is
 * now. Either way what was typed stays. Null for any other refusal: the form stays as it was.
 */
export function afterSave<T extends Record<string, unknown>>(
  base: DraftBase<T>,
  draft: T,
  now: T,
  reply: { ok: true; revision: number } | { ok: false; error: { code: string } },
  revision: number,
): { base: DraftBase<T>; draft: T } | null {
  if (!reply.ok && reply.error.code !== 'edit-crossed') return null;
  return { base: { fields: now, seen: reply.ok ? reply.revision : revision }, draft: rebaseDraft(base.fields, draft, now) };
}
