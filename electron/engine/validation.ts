import { z } from 'zod';
import { localized, type EngineError } from './errors';
import { describeField, labelIn, problemMessages, type Problem } from './messages';
import { fill, type Catalog, type Lang } from '../../common/strings';
import { HHMM } from '../../common/timing/clock';
import { choiceLabels } from './choices';
import { storedLine } from '../../common/fold';

/** Reusable field schemas, so every command phrases the same limits the same way. */
export const text = (max: number) => z.string().trim().min(1).max(max);
export const optionalText = (max: number) => z.string().trim().max(max).default('');
/**
 * One line of text, as a name, title or group is: runs of spaces (a double space pasted from a
 * spreadsheet) become one, so the same name is spelt one way and found by search. The screens'
 * previews compare what they read with the roster in this form (common/fold.ts storedLine).
 */
export const lineText = (max: number) => z.string().overwrite(storedLine).min(1).max(max);
export const optionalLineText = (max: number) => z.string().overwrite(storedLine).max(max).default('');
/** One line that may be empty, with no default: a field a form sends only when its user changed it (engine/edits.ts). */
export const changedLineText = (max: number) => z.string().overwrite(storedLine).max(max).optional();
export const id = z.int().positive();
export const isoDate = z.iso.date();
/** A time of day in its stored form, "HH:MM" on the 24-hour clock (common/timing/clock.ts reads what people write). */
export const hhmm = z.string().regex(HHMM);
/** Where an imported row is in a Word document (common/filePlace.ts), so a refusal names it as the office finds it. */
export const filePlace = z.union([z.strictObject({ table: z.int().min(1), row: z.int().min(1) }), z.strictObject({ above: z.int().min(1) }), z.strictObject({ paragraph: z.int().min(1) })]);

/**
 * Turns the first problem zod found into one sentence per language. `fields` are the
 * command's own labels (its domain's catalog, see commands/index.ts), tried before the
 * labels shared by every domain.
 */
export function validationError(error: z.ZodError, fields?: Catalog): EngineError {
  const issue = innermost(error.issues[0]);
  const field = String(issue.path[issue.path.length - 1] ?? (issue.code === 'unrecognized_keys' ? issue.keys[0] : ''));
  const [problem, params] = classify(issue);
  return fieldProblem(field, problem, params, fields);
}

/** What fills a problem's sentence; a choice's options differ by language ("Ông, Bà" / "Mr, Ms"). */
type Params = Record<string, string | number> | ((lang: Lang) => Record<string, string | number>);

function fieldProblem(field: string, problem: Problem, params: Params = {}, fields?: Catalog): EngineError {
  const sentence = (lang: Lang) =>
    `${field ? (labelIn(fields, lang, field) ?? describeField(field, lang)) + ' ' : ''}${fill(problemMessages[lang][problem], typeof params === 'function' ? params(lang) : params)}`.replace(/^\w/, (c) =>
      c.toUpperCase(),
    );
  return localized('invalid', (l) => ({ detail: sentence(l) }));
}

/**
 * Keys no command has, refused by name: JSON.parse makes `__proto__` an own key, which zod's
 * object parsing then silently drops (it assigns, and assigning `__proto__` sets the
 * prototype), so a strict schema would never see it.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Commands nest a few levels (a roster row, a tally); far deeper is hostile. */
const MAX_DEPTH = 16;
/** In a `u` regex a surrogate range matches only unpaired halves: text that is not well-formed. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
/**
 * What no text typed, pasted or imported holds: a lone surrogate, or a control character other
 * than tab and line breaks (a NUL cuts the text short for C readers of the file; a pairing form
 * posted by hand named a device with ten of them). One test per string; which it is, only when found.
 */
const BAD_TEXT = /[\uD800-\uDFFF]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u;

/**
 * The input boundary, run on what a client sent before any schema sees it: refuses
 * prototype keys anywhere, text that is not well-formed Unicode (SQLite would store it as
 * invalid UTF-8 that other readers choke on) or holds control characters, and absurd nesting; returns a copy of plain
 * objects with every string in NFC, so "ễ" typed precomposed or decomposed is the same name.
 */
export function cleanInput(value: unknown, field = '', depth = 0): unknown {
  if (typeof value === 'string') {
    if (BAD_TEXT.test(value)) throw fieldProblem(field, LONE_SURROGATE.test(value) ? 'badText' : 'controlChar');
    return value.normalize('NFC');
  }
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_DEPTH) throw fieldProblem(field, 'tooDeep');
  if (Array.isArray(value)) return value.map((v) => cleanInput(v, field, depth + 1));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key) || LONE_SURROGATE.test(key)) throw fieldProblem(key, 'unknownField');
    out[key.normalize('NFC')] = cleanInput((value as Record<string, unknown>)[key], key, depth + 1);
  }
  return out;
}

/**
 * The issue to word. A payload that fits none of a union's shapes (a ballot line given by
 * `delegateId` or by `personId`) is one issue at the union's place holding each shape's own
 * issues; the shape with the fewest is the one the sender meant, and its first issue, at its full
 * path, names the field ("Honorific must be one of: …", not "0 is not valid.").
 */
function innermost(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return issue;
  const closest = issue.errors.reduce((best, branch) => (branch.length < best.length ? branch : best));
  if (closest.length === 0) return issue;
  return innermost({ ...closest[0], path: [...issue.path, ...closest[0].path] });
}

/**
 * What a choice accepts, as a reader says it: each option by the name the form shows it by, in
 * the refusal's language ("Ông, Bà", not "mr, ms"; choices.ts); the empty option (a choice that
 * may be left blank) is not written as nothing. A code no form offers is listed as it is.
 */
function options(values: readonly unknown[]): [Problem, Params] {
  const codes = values.filter((v) => v !== '').map(String);
  // A name with a comma in it ("Tỉnh, thành phố") is kept whole by semicolons between the options.
  const list = (names: string[]) => names.join(names.some((n) => n.includes(',')) ? '; ' : ', ');
  return [values.includes('') ? 'choiceOrEmpty' : 'choice', (lang) => ({ options: list(choiceLabels(values, lang) ?? codes) })];
}

function classify(issue: z.core.$ZodIssue): [Problem, Params] {
  switch (issue.code) {
    case 'invalid_type': {
      // zod 4 keeps the input on an issue only when asked (reportInput), so what was received
      // is read from the input if present, else from zod's own message ("received number").
      const received = issue.input !== undefined ? (issue.input === null ? 'null' : typeof issue.input) : /received (\w+)/.exec(issue.message)?.[1];
      if (received === undefined || received === 'undefined') return ['required', {}];
      // A number typed wrong in a form ("12,5", "abc") is NaN, which JSON sends as null: say what
      // the field takes, not that it is missing.
      if (received === 'null' && issue.expected !== 'int' && issue.expected !== 'number') return ['required', {}];
      if (issue.expected === 'int') return ['integer', {}];
      if (issue.expected === 'number') return ['number', {}];
      if (issue.expected === 'string') return ['text', {}];
      return ['invalid', {}];
    }
    case 'too_small':
      if (issue.origin === 'string') return [Number(issue.minimum) <= 1 ? 'empty' : 'invalid', {}];
      // A list (people ticked, lines of a ballot): how many it takes, not a number too small.
      if (issue.origin === 'array' || issue.origin === 'set') return ['fewItems', { min: Number(issue.minimum) }];
      return ['min', { min: Number(issue.minimum) + (issue.inclusive === false ? 1 : 0) }];
    case 'too_big':
      if (issue.origin === 'string') return ['tooLong', { max: Number(issue.maximum) }];
      if (issue.origin === 'array' || issue.origin === 'set') return ['manyItems', { max: Number(issue.maximum) }];
      return ['max', { max: Number(issue.maximum) }];
    case 'invalid_value':
      return options(issue.values);
    case 'invalid_union':
      // A discriminated union's key with no matching shape: zod lists the keys it knows.
      return 'options' in issue && Array.isArray(issue.options) ? options(issue.options) : ['invalid', {}];
    case 'invalid_format':
      return [issue.format === 'date' ? 'date' : 'invalid', {}];
    case 'unrecognized_keys':
      return ['unknownField', {}];
    default:
      return ['invalid', {}];
  }
}
