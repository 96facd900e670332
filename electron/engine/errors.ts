import { errorMessages, thingNames, type ErrorCode, type ThingName } from './messages';
import { fill, LANGS, type Lang } from '../../common/strings';

/** A refusal as a reply carries it (protocol.ts). */
export interface ReplyError {
  code: ErrorCode;
  /** One sentence, in the language the command was sent with. */
  message: string;
  /**
   * The same sentence in every language, so a screen shows it in the language it speaks now
   * (src/lib/said.svelte.ts), also after the user switches while it is on screen. Absent only
   * on a reply not built from an EngineError.
   */
  text?: Record<Lang, string>;
}

export type Params = Record<string, string | number>;

/** A refusal a person can read: a stable code, the values it names, and per-language text. */
export class EngineError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Params = {},
    /** Pre-rendered text per language, for messages built from parts (validation). */
    readonly text?: Record<Lang, string>,
  ) {
    super(text?.en ?? fill(errorMessages.en[code], params));
    this.name = 'EngineError';
  }

  messageIn(lang: Lang): string {
    if (this.text) return this.text[lang];
    return fill(errorMessages[lang][this.code], this.params);
  }

  /** The refusal as a reply carries it: the sentence in `lang`, and in every language for a later switch. */
  toReply(lang: Lang): ReplyError {
    return { code: this.code, message: this.messageIn(lang), text: Object.fromEntries(LANGS.map((l) => [l, this.messageIn(l)])) as Record<Lang, string> };
  }
}

/** A refusal whose values differ by language (a thing's name, a part of the day, a nested sentence). */
export function localized(code: ErrorCode, params: (lang: Lang) => Params): EngineError {
  const text = Object.fromEntries(LANGS.map((l) => [l, fill(errorMessages[l][code], params(l))])) as Record<Lang, string>;
  return new EngineError(code, params('en'), text);
}

export function notFound(what: ThingName, id: number): EngineError {
  return localized('not-found', (l) => ({ what: thingNames[l][what], id }));
}
