import { errorMessages, fill, thingNames, type ErrorCode, type Lang, type ThingName } from './messages';

export type Params = Record<string, string | number>;

/** A refusal a person can read: a stable code, the values it names, and per-language text. */
export class EngineError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Params = {},
    /** Pre-rendered text per language, for messages built from parts (validation). */
    readonly text?: Record<Lang, string>,
  ) {
    super(text?.en ?? fill(errorMessages[code].en, params));
    this.name = 'EngineError';
  }

  messageIn(lang: Lang): string {
    if (this.text) return this.text[lang];
    return fill(errorMessages[this.code][lang], this.params);
  }
}

export function notFound(what: ThingName, id: number): EngineError {
  // The thing's name is translated per language, so the message is composed per language.
  return new EngineError('not-found', { id }, {
    vi: fill(errorMessages['not-found'].vi, { what: thingNames[what].vi, id }),
    en: fill(errorMessages['not-found'].en, { what: thingNames[what].en, id }),
  });
}
