/**
 * Every sentence the engine says to a person, in both languages. Replies carry the
 * message in the language of the client that sent the command; the code stays stable.
 */
export type Lang = 'vi' | 'en';

export const LANGS: readonly Lang[] = ['vi', 'en'];

/**
 * The language for a system or browser locale ("en-GB", "vi-VN", undefined): a Vietnamese council
 * is the default audience, an English system gets English. The browser's first language and the
 * desktop app's own dialogs before the console has spoken follow this one rule.
 */
export function langOfLocale(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'vi';
}

/**
 * One format for every sentence, engine and screens alike: two typed maps, English and
 * Vietnamese, the Vietnamese typed `Record<keyof typeof en, string>` so neither can have a key
 * the other lacks. A feature exports `{ en, vi }`.
 */
export type Catalog<K extends string = string> = Record<Lang, Record<K, string>>;

/**
 * A name or title put inside a sentence starts in lower case: "Lấy phiếu …" → "lấy phiếu …",
 * "Buổi sáng" → "buổi sáng". An abbreviation keeps its capitals: "UBND tỉnh …", "HĐND …".
 */
export const midSentence = (text: string): string =>
  /^\p{Lu}\p{Lu}/u.test(text) ? text : text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

/** Text that starts a sentence, a label or a heading starts with a capital: "họ và tên" → "Họ và tên". */
export const sentenceStart = (text: string): string => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/**
 * A name or a title quoted inside a sentence, in the language's marks: “…” in English, as the
 * documents and every English catalog quote; «…» in Vietnamese, as its catalogs mostly do
 * (tests/unit/engine/catalogs.test.ts keeps the catalogs to these).
 */
export const QUOTES: Record<Lang, readonly [open: string, close: string]> = { en: ['“', '”'], vi: ['«', '»'] };
export const quoted = (text: string, lang: Lang): string => `${QUOTES[lang][0]}${text}${QUOTES[lang][1]}`;

/**
 * A spaced dash stays with the word before it: "Tổ đại biểu số 3 - xã Cư Yên" may break after
 * the dash, never before it, so no line on the hall starts with "- xã" (a no-break space before
 * the dash). For the names the hall and the caption print: groups, agencies, places.
 */
export const keepDash = (text: string): string => text.replace(/ ([-–—]) /gu, '\u00A0$1 ');

/** Typed text put before a sentence's own full stop, without its own: "… ghi nhầm cột." → "… ghi nhầm cột", never "cột..". */
export const beforeStop = (text: string): string => text.trim().replace(/[.;:,\s]+$/u, '');

/**
 * Fills a sentence's `{name}` placeholders from params; a placeholder without a value stays
 * as written, so a missing parameter shows in the sentence instead of vanishing.
 * `{name|one|other}` is a counted noun: the first form when the number is 1, else the second, `#`
 * standing for the number: "{n|# item|# items}" reads "1 item", "3 items". English needs it;
 * a Vietnamese noun does not change with its count ("{n} mục").
 * Pure: the engine's catalogs and the screens' dictionaries fill their sentences the same way.
 */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g, (m, k: string, one?: string, other?: string) => {
    if (!(k in params)) return m;
    const value = String(params[k]);
    if (one === undefined || other === undefined) return value;
    return (Number(params[k]) === 1 ? one : other).replaceAll('#', value);
  });
}

/** The names a sentence fills, counted forms included: what a catalog's two languages must agree on. */
export const placeholdersOf = (template: string): string[] =>
  [...new Set([...template.matchAll(/\{(\w+)(?:\|[^|{}]*\|[^|{}]*)?\}/g)].map((m) => m[1]))].sort();
