/**
 * The hall speaks the language the chair chose for the session (hallLang), whatever the
 * language of the browser showing it. On the hall page that is the page's language; inside the
 * console's preview the console keeps its own, so the preview's panels ask for the hall's
 * language here instead of the page's.
 */
import { getContext, setContext } from 'svelte';
import { i18n, translate, type Lang, type MessageKey } from '../lib/i18n.svelte';
import type { State } from '../lib/live.svelte';

const KEY = Symbol('hall-lang');

/** The session's hall language, or null to follow the page. */
export function hallLangOf(state: State | null | undefined): Lang | null {
  return state?.sessions.list.find((s) => s.id === state.sessions.currentId)?.hallLang ?? null;
}

/** Makes the hall panels below this component speak `lang()` (the console's preview). */
export function speakHallLang(lang: () => Lang | null): void {
  setContext(KEY, lang);
}

/** The words of a hall panel: its language and `t` in it. Call during component setup. */
export function hallWords(): { readonly lang: Lang; t: (key: MessageKey, params?: Record<string, string | number>) => string } {
  const chosen = getContext<(() => Lang | null) | undefined>(KEY);
  const lang = (): Lang => chosen?.() ?? i18n.lang;
  return {
    get lang() {
      return lang();
    },
    t: (key, params) => translate(lang(), key, params),
  };
}
