/**
 * A toast says what was just done in the console's language, and a language switch (Alt+L, the
 * switcher) re-words all of it: a name that is itself worded (a sitting, an undo step's label, a
 * button's name) switches with the sentence around it, not left in the language it was made in.
 */
import { flushSync } from 'svelte';
import { expect } from 'vitest';
import { i18n } from '../../src/lib/i18n.svelte';
import { said } from '../../src/lib/said.svelte';
import { toast } from '../../src/lib/toast.svelte';

type Both = { vi: string; en: string };

/** The toast on screen reads wholly `vi`, then, switched, wholly `en`, then `vi` again; its button likewise. Leaves the language as it found it. */
export function toastSwitches(text: Both, action?: Both): void {
  const was = i18n.lang;
  for (const lang of ['vi', 'en', 'vi'] as const) {
    i18n.set(lang);
    flushSync();
    expect(toast.text, lang).toBe(text[lang]);
    if (action) expect(said(toast.action?.label), lang).toBe(action[lang]);
  }
  i18n.set(was);
  flushSync();
}
