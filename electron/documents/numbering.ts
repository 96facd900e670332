/**
 * The number and the place-and-date lines of a document in the layout of Nghị định 30/2020/NĐ-CP.
 * Kept apart from the DOCX builder (nd30.ts) so that the documents' models, which every start
 * loads, do not load the DOCX library: it is loaded when a file is first written.
 */
import { fill } from '../../common/strings';
import { documentWords } from './document-strings';

export type DocLang = 'vi' | 'en';

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "January"… for English dates: the month's name in English, from the runtime's locale data. */
export const monthName = (month: number) => new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });

/** "5 December 2019", the day held to its month: every English date of a document. */
export const englishDate = (year: number, month: number, day: number) => fill(documentWords.en.dated, { day, month: monthName(month), year });

/**
 * "Đầm Hà, ngày 05 tháng 02 năm 2020": the decree pads days below 10 and the months 1 and 2
 * (so "tháng 12", "tháng 3"). With no date, dots to fill in by hand.
 */
export function placeDate(place: string, isoDate: string | null, lang: DocLang): string {
  const w = documentWords[lang];
  const m = isoDate ? /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate) : null;
  const where = place.trim() ? `${place.trim()}, ` : '';
  if (!m) return `${where}${w.undated}`;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (lang === 'en') return `${where}${englishDate(y, mo, d)}`;
  return `${where}${fill(w.dated, { day: pad2(d), month: mo <= 2 ? pad2(mo) : String(mo), year: y })}`;
}

/** "Số: 01/BB-HĐND" (numbers below 10 zero-padded), or a blank to fill in: "Số:      /BB-HĐND". */
export function docNumber(number: string, symbol: string, lang: DocLang): string {
  const n = number.trim();
  const shown = /^\d$/.test(n) ? `0${n}` : n;
  return fill(documentWords[lang].number, { number: shown || '\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0', symbol });
}
