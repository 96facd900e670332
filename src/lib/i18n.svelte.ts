import { en, vi, type MessageKey } from './i18n/index';
import type { Lang } from '../../common/strings';
import { fill, langOfLocale } from '../../common/strings';

export type { MessageKey };
export type { Lang };

const dictionaries: Record<Lang, Record<MessageKey, string>> = { en, vi };
const STORAGE_KEY = 'gavel.lang';

function initialLang(): Lang {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (saved === 'vi' || saved === 'en') return saved;
  return langOfLocale(globalThis.navigator?.language);
}

/** A sentence in a given language, whatever the page speaks (the console's hall preview). */
export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return fill(dictionaries[lang][key] ?? key, params);
}

/** The interface language, switchable at any time and remembered on this machine. */
class I18n {
  #lang = $state<Lang>(initialLang());
  /** Set only while `speaking` runs (synchronously): not reactive, never seen by markup. */
  #speaking: Lang | null = null;

  /** The language the console speaks now (reactive), or the one `speaking` words something in. */
  get lang(): Lang {
    return this.#speaking ?? this.#lang;
  }

  set lang(lang: Lang) {
    this.#lang = lang;
  }

  /**
   * Runs `word` with every `t` and every read of `lang` in it answering in `lang`, whatever the
   * console speaks: the same sentence, made from the same data, in each language (said.svelte.ts
   * `inEvery`). Synchronous, so nothing else runs meanwhile.
   */
  speaking<T>(lang: Lang, word: () => T): T {
    const was = this.#speaking;
    this.#speaking = lang;
    try {
      return word();
    } finally {
      this.#speaking = was;
    }
  }

  set(lang: Lang): void {
    this.lang = lang;
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
    if (globalThis.document) document.documentElement.lang = lang;
  }

  /** Speaks `lang` on this page without remembering it (the hall follows its session's choice). */
  use(lang: Lang): void {
    this.lang = lang;
    if (globalThis.document) document.documentElement.lang = lang;
  }

  toggle(): void {
    this.set(this.lang === 'vi' ? 'en' : 'vi');
  }

  t = (key: MessageKey, params: Record<string, string | number> = {}): string => translate(this.lang, key, params);
}

export const i18n = new I18n();
export const t = i18n.t;
