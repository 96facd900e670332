/**
 * A session's title as the hall shows it after "Session 3 · Term I": a title the office typed
 * stays as typed, in whatever language it is; a title that is only the app's own words for the
 * session is said in the hall's language instead:
 * - its number ("Kỳ họp thứ 3", "Kỳ họp thứ 3, khóa I", "Session 3"): the line says it already,
 *   so nothing is added ("Kỳ họp thứ 3 · Khóa I · Kỳ họp thứ 3" said it twice, in English half in Vietnamese);
 * - its kind ("Kỳ họp thường lệ", "Regular session"): the kind's name in the hall's language.
 * Pure: the hall page and the console's preview of it read the same.
 */
import type { Session } from './model';
import { SESSION_KINDS } from './model';
import { en, vi } from './labels';
import { romanNumeral } from '../term';

const LABELS = { en, vi } as const;

/** Case, spacing, the spellings "kì" and "khoá", and a closing full stop do not make a title the office's own. */
const plain = (text: string) =>
  text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/kì họp/gu, 'kỳ họp')
    .replace(/khoá/gu, 'khóa')
    .replace(/[\s\u00a0]+/gu, ' ')
    .replace(/[.\s]+$/u, '')
    .trim();

export function hallSessionTitle(session: Pick<Session, 'number' | 'term' | 'kind' | 'title'>, lang: 'vi' | 'en'): string {
  const title = plain(session.title);
  const n = session.number;
  const terms = [romanNumeral(session.term), String(session.term)].map((term) => term.toLocaleLowerCase('vi'));
  const numbered = [
    `kỳ họp thứ ${n}`,
    `session ${n}`,
    ...terms.flatMap((term) => [`kỳ họp thứ ${n}, khóa ${term}`, `kỳ họp thứ ${n} khóa ${term}`, `session ${n}, term ${term}`, `session ${n} term ${term}`]),
  ];
  if (numbered.includes(title)) return '';
  const kind = SESSION_KINDS.find((k) => [en, vi].some((words) => plain(words[`session.kindTitle.${k}`]) === title));
  return kind ? LABELS[lang][`session.kindTitle.${kind}`] : session.title;
}
