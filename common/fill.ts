/**
 * Fills a sentence's `{name}` placeholders from params; a placeholder without a value stays
 * as written, so a missing parameter shows in the sentence instead of vanishing.
 * Pure: the engine's catalogs and the screens' dictionaries fill their sentences the same way.
 */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}
