/**
 * A sentence the console shows a person (a refusal, a hint why nothing was sent), kept in every
 * language and worded when shown: switching the language while it is on screen switches it too.
 * Views keep `Sentence | null` in their error state, set it with `refusal(reply)` or `words(key)`,
 * and show it with `said(…)`. The engine's replies carry their sentence in both languages
 * (ReplyError.text, docs/protocol.md).
 */
import type { ReplyError } from '../../electron/engine/protocol';
import { LANGS, type Lang } from '../../common/strings';
import { i18n, translate, type MessageKey } from './i18n.svelte';

/** The same sentence in each language. */
export type Said = Readonly<Record<Lang, string>>;

/** What a view may show: a sentence in every language, or text that exists in one only (a file's own error). */
export type Sentence = Said | string;

type Params = Record<string, string | number>;

/** The sentence in the language the console speaks now ('' for none). Reactive: read it in markup. */
export function said(s: Sentence | null | undefined): string {
  if (!s) return '';
  return typeof s === 'string' ? s : s[i18n.lang];
}

/** The sentence in `lang`, whatever the console speaks now. */
export function saidIn(s: Sentence, lang: Lang): string {
  return typeof s === 'string' ? s : s[lang];
}

/** The refusal of a reply, or null when it succeeded. */
export function refusal(reply: { ok: boolean; error?: Pick<ReplyError, 'message' | 'text'> }): Sentence | null {
  if (reply.ok || !reply.error) return null;
  return reply.error.text ?? reply.error.message;
}

/** What `whenReplied` reads of a reply: whether it went through, and its refusal. */
type Replied = { ok: boolean; error?: Pick<ReplyError, 'message' | 'text'> };

/**
 * A view's message line once a command's reply comes, when something may have been said on it
 * while the reply was on its way (a key pressed, a hint, another command refused: on a slow
 * network or a loaded laptop a reply can come after the next key). A refusal is always said; a
 * reply that went through clears the line only if nothing was said on it since the command was
 * sent, so a newer sentence is not wiped by an older command's success. "Said since" is told by
 * identity: a sentence said anew is a new one (`words`, `refusal`), a repeated one-language string
 * reads as unchanged.
 *
 * Called as the command is sent (it reads the line then), its result given the reply:
 *
 *     const after = whenReplied(() => error);
 *     const reply = await live.send(…);
 *     error = after(reply);
 *
 * A line that keeps more than the sentence (where it is shown) says how a refusal is kept in it.
 */
export function whenReplied(line: () => Sentence | null): (reply: Replied) => Sentence | null;
export function whenReplied<T>(line: () => T | null, refused: (why: Sentence | null) => T): (reply: Replied) => T | null;
export function whenReplied<T>(line: () => T | null, refused: (why: Sentence | null) => T = (why) => why as T): (reply: Replied) => T | null {
  const before = line();
  return (reply) => {
    if (!reply.ok) return refused(refusal(reply));
    const now = line();
    return now === before ? null : now;
  };
}

/**
 * A sentence the console words from its data (a sitting's name, an undo step's label, a count),
 * worded in every language at once: `word` runs once per language, with every `t` (and every read
 * of the console's language) in it answering in that one. For a toast or a line that says what was
 * just done with a name that is itself worded ("Undone: extra time (Nguyễn Thị Hằng)", "the
 * afternoon sitting of 9 Dec 2026"): kept as a string, the language switch left it in the language
 * it was made in. Worded now, not when shown: what it names may be gone by then (an undone item).
 */
export function inEvery(word: () => string): Said {
  return Object.fromEntries(LANGS.map((l) => [l, i18n.speaking(l, word)])) as Record<Lang, string>;
}

/** One of the console's own sentences, in every language; `params` may depend on the language (a nested phrase). */
export function words(key: MessageKey, params: Params | ((lang: Lang) => Params) = {}): Said {
  const at = (l: Lang) => translate(l, key, typeof params === 'function' ? params(l) : params);
  return Object.fromEntries(LANGS.map((l) => [l, at(l)])) as Record<Lang, string>;
}
