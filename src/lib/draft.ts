/** Two drafts of a form hold the same values (fields are plain strings, numbers and booleans). */
export function sameDraft<T extends Record<string, unknown>>(a: T, b: T): boolean {
  return Object.keys(a).every((k) => a[k] === b[k]);
}
