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

export type Catalog = Record<string, { vi: string; en: string }>;

/**
 * Each domain keeps its sentences in catalog/<domain>.ts; they are joined here.
 * Add a domain's catalogs to these spreads.
 */
export const errorMessages = { ...foundationErrors, ...questionErrors, ...voteErrors, ...agendaLiveErrors, ...rosterErrors, ...hallErrors, ...recordErrors, ...robustErrors, ...prepErrors, ...personnelErrors, ...engineErrors, ...operatorErrors } satisfies Catalog;
export type ErrorCode = keyof typeof errorMessages;

/** Names of things, used inside messages ("No {what} with id 7"). */
export const thingNames = { ...foundationThings, ...questionThings, ...voteThings, ...agendaLiveThings, ...rosterThings, ...hallThings, ...recordThings, ...prepThings, ...personnelThings, ...operatorThings } satisfies Catalog;
export type ThingName = keyof typeof thingNames;

/** Field labels, used to say which input is wrong. */
export const fieldNames: Catalog = { ...foundationFields, ...questionFields, ...voteFields, ...agendaLiveFields, ...rosterFields, ...hallFields, ...recordFields, ...prepFields, ...personnelFields, ...operatorFields };

/** How a field can be wrong, phrased after the field's label. */
export const problemMessages = {
  required: { vi: 'bắt buộc phải nhập.', en: 'is required.' },
  empty: { vi: 'không được để trống.', en: 'must not be empty.' },
  tooLong: { vi: 'dài quá {max} ký tự.', en: 'is longer than {max} characters.' },
  min: { vi: 'phải từ {min} trở lên.', en: 'must be at least {min}.' },
  max: { vi: 'không được quá {max}.', en: 'must be at most {max}.' },
  integer: { vi: 'phải là số nguyên.', en: 'must be a whole number.' },
  number: { vi: 'phải là một số.', en: 'must be a number.' },
  text: { vi: 'phải là văn bản.', en: 'must be text.' },
  choice: { vi: 'phải là một trong: {options}.', en: 'must be one of: {options}.' },
  date: { vi: 'phải là ngày dạng NNNN-TT-NN.', en: 'must be a date as YYYY-MM-DD.' },
  unknownField: { vi: 'không phải là trường hợp lệ.', en: 'is not a known field.' },
  badText: { vi: 'chứa ký tự không hợp lệ (không phải Unicode chuẩn).', en: 'contains characters that are not valid Unicode.' },
  tooDeep: { vi: 'lồng nhau quá sâu.', en: 'is nested too deeply.' },
  invalid: { vi: 'không hợp lệ.', en: 'is not valid.' },
} satisfies Catalog;
export type Problem = keyof typeof problemMessages;

export { fill } from '../../common/fill';

export function describeField(field: string, lang: Lang): string {
  return fieldNames[field]?.[lang] ?? field;
}
