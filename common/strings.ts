/**
 * Every sentence the engine says to a person, in both languages. Replies carry the
 * message in the language of the client that sent the command; the code stays stable.
 */
export type Lang = 'vi' | 'en';

export const LANGS: readonly Lang[] = ['vi', 'en'];

export type Catalog = Record<string, { vi: string; en: string }>;

export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}
