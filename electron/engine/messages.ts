import { foundationErrors, foundationFields, foundationThings } from './foundation-strings';
import { questionErrors, questionFields, questionThings } from '../features/questions/strings';
import { voteErrors, voteFields, voteThings } from '../features/votes/strings';
import { agendaLiveErrors, agendaLiveFields, agendaLiveThings } from '../features/timing/strings';
import { rosterErrors, rosterFields, rosterThings } from '../features/roster/strings';
import { hallErrors, hallFields, hallThings } from '../features/hall/strings';
import { recordErrors, recordFields, recordThings } from '../features/record/strings';
import { robustErrors } from '../server/strings';
import { prepErrors, prepFields, prepThings } from '../features/prep/strings';
import { personnelErrors, personnelFields, personnelThings } from '../features/personnel/strings';
import { engineErrors } from './strings';
import { operatorErrors, operatorFields, operatorThings } from '../features/operators/strings';
import type { Lang, Catalog } from '../../common/strings';

/** Joins features' catalogs, language by language. */
export function joinCatalogs<C extends Catalog<string>[]>(...catalogs: C): { en: UnionToIntersection<C[number]['en']>; vi: UnionToIntersection<C[number]['en']> } {
  const both = (l: Lang) => Object.assign({}, ...catalogs.map((c) => c[l]));
  return { en: both('en'), vi: both('vi') };
}
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/**
 * Each feature keeps its sentences in its strings.ts (electron/features/<feature>/); they are joined here.
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
  fewItems: 'must include at least {min}.',
  manyItems: 'must include at most {max}.',
  integer: 'must be a whole number.',
  number: 'must be a number.',
  text: 'must be text.',
  choice: 'must be one of: {options}.',
  choiceOrEmpty: 'must be one of: {options}, or left empty.',
  date: 'must be a date as YYYY-MM-DD.',
  unknownField: 'is not a known field.',
  badText: 'contains characters that are not valid Unicode.',
  controlChar: 'contains an invisible control character (such as NUL); remove it and try again.',
  tooDeep: 'is nested too deeply.',
  invalid: 'is not valid.',
};
const problemsVi: Record<keyof typeof problemsEn, string> = {
  required: 'bắt buộc phải nhập.',
  empty: 'không được để trống.',
  tooLong: 'dài quá {max} ký tự.',
  min: 'phải từ {min} trở lên.',
  max: 'không được quá {max}.',
  fewItems: 'cần có ít nhất {min}.',
  manyItems: 'chỉ được có tối đa {max}.',
  integer: 'phải là số nguyên.',
  number: 'phải là một số.',
  text: 'phải là văn bản.',
  choice: 'phải là một trong: {options}.',
  choiceOrEmpty: 'phải là một trong: {options}, hoặc để trống.',
  date: 'phải là ngày dạng NNNN-TT-NN.',
  unknownField: 'không phải là trường hợp lệ.',
  badText: 'chứa ký tự không hợp lệ (không phải Unicode chuẩn).',
  controlChar: 'chứa ký tự điều khiển không nhìn thấy được (như NUL); hãy xóa ký tự đó rồi thử lại.',
  tooDeep: 'lồng nhau quá sâu.',
  invalid: 'không hợp lệ.',
};
export const problemMessages = { en: problemsEn, vi: problemsVi };
export type Problem = keyof typeof problemsEn;


/** A catalog's text for a key that came from outside (a payload's field name): own keys only, so "__proto__" is not a label. */
export function labelIn(catalog: Catalog | undefined, lang: Lang, key: string): string | undefined {
  return catalog && Object.hasOwn(catalog[lang], key) ? catalog[lang][key] : undefined;
}

export function describeField(field: string, lang: Lang): string {
  return labelIn(fieldNames, lang, field) ?? field;
}
