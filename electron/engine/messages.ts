import { foundationErrors, foundationFields, foundationThings } from './catalog/foundation';
import { questionErrors, questionFields, questionThings } from './catalog/questions';
import { voteErrors, voteFields, voteThings } from './catalog/votes';
import { agendaLiveErrors, agendaLiveFields, agendaLiveThings } from './catalog/agendaLive';
import { rosterErrors, rosterFields, rosterThings } from './catalog/roster';
import { hallErrors, hallFields, hallThings } from './catalog/hall';
import { recordErrors, recordFields, recordThings } from './catalog/record';
import { robustErrors } from './catalog/robust';
import { prepErrors, prepFields, prepThings } from './catalog/prep';
import { personnelErrors, personnelFields, personnelThings } from './catalog/personnel';
import { engineErrors } from './catalog/engine';
import { operatorErrors, operatorFields, operatorThings } from './catalog/operators';
/**
 * Every sentence the engine says to a person, in both languages. Replies carry the
 * message in the language of the client that sent the command; the code stays stable.
 */
export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

/**
 * One format for every sentence, engine and screens alike: two typed maps, English and
 * Vietnamese, the Vietnamese typed `Record<keyof typeof en, string>` so neither can have a key
 * the other lacks. A feature exports `{ en, vi }`.
 */
export type Catalog<K extends string = string> = Record<Lang, Record<K, string>>;

/** Joins features' catalogs, language by language. */
export function joinCatalogs<C extends Catalog<string>[]>(...catalogs: C): { en: UnionToIntersection<C[number]['en']>; vi: UnionToIntersection<C[number]['en']> } {
  const both = (l: Lang) => Object.assign({}, ...catalogs.map((c) => c[l]));
  return { en: both('en'), vi: both('vi') };
}
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/**
 * Each domain keeps its sentences in catalog/<domain>.ts; they are joined here.
 * Add a domain's catalogs to these spreads.
 */
export const errorMessages = joinCatalogs(foundationErrors, questionErrors, voteErrors, agendaLiveErrors, rosterErrors, hallErrors, recordErrors, robustErrors, prepErrors, personnelErrors, engineErrors, operatorErrors);
export type ErrorCode = keyof typeof errorMessages.en;

/** Names of things, used inside messages ("No {what} with id 7"). */
export const thingNames = joinCatalogs(foundationThings, questionThings, voteThings, agendaLiveThings, rosterThings, hallThings, recordThings, prepThings, personnelThings, operatorThings);
export type ThingName = keyof typeof thingNames.en;

/** Field labels, used to say which input is wrong. */
export const fieldNames: Catalog = joinCatalogs(foundationFields, questionFields, voteFields, agendaLiveFields, rosterFields, hallFields, recordFields, prepFields, personnelFields, operatorFields);

/** How a field can be wrong, phrased after the field's label. */
const problemsEn = {
  required: 'is required.',
  empty: 'must not be empty.',
  tooLong: 'is longer than {max} characters.',
  min: 'must be at least {min}.',
  max: 'must be at most {max}.',
  integer: 'must be a whole number.',
  number: 'must be a number.',
  text: 'must be text.',
  choice: 'must be one of: {options}.',
  date: 'must be a date as YYYY-MM-DD.',
  unknownField: 'is not a known field.',
  badText: 'contains characters that are not valid Unicode.',
  tooDeep: 'is nested too deeply.',
  invalid: 'is not valid.',
};
const problemsVi: Record<keyof typeof problemsEn, string> = {
  required: 'bắt buộc phải nhập.',
  empty: 'không được để trống.',
  tooLong: 'dài quá {max} ký tự.',
  min: 'phải từ {min} trở lên.',
  max: 'không được quá {max}.',
  integer: 'phải là số nguyên.',
  number: 'phải là một số.',
  text: 'phải là văn bản.',
  choice: 'phải là một trong: {options}.',
  date: 'phải là ngày dạng NNNN-TT-NN.',
  unknownField: 'không phải là trường hợp lệ.',
  badText: 'chứa ký tự không hợp lệ (không phải Unicode chuẩn).',
  tooDeep: 'lồng nhau quá sâu.',
  invalid: 'không hợp lệ.',
};
export const problemMessages = { en: problemsEn, vi: problemsVi };
export type Problem = keyof typeof problemsEn;

export { fill } from '../../common/fill';

/** A catalog's text for a key that came from outside (a payload's field name): own keys only, so "__proto__" is not a label. */
export function labelIn(catalog: Catalog | undefined, lang: Lang, key: string): string | undefined {
  return catalog && Object.hasOwn(catalog[lang], key) ? catalog[lang][key] : undefined;
}

export function describeField(field: string, lang: Lang): string {
  return labelIn(fieldNames, lang, field) ?? field;
}
