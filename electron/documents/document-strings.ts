/**
 * The words every Nghị định 30 document shares (nd30.ts, blocks.ts): the number line, the place
 * and date line, times of day and durations. The frame itself (national name, motto,
 * "Nơi nhận:") is common/record/catalog.ts, which the Minutes view's preview draws too.
 *
 * A number and its unit hold together with a no-break space, as do an English date's day and
 * month: a line never ends in "(từ 7" with "giờ 35 phút" below, nor in "of 5" with "December
 * 2019" below. Every document's times, durations and dates are written from these.
 */

const documentWordsEn = {
  number: 'No. {number}/{symbol}',
  dated: '{day}\u00a0{month} {year}',
  undated: '…',
  clock: '{h}:{m}',
  hours: '{n}\u00a0h',
  minutes: '{n}\u00a0min',
  seconds: '{n}\u00a0s',
};
const documentWordsVi: Record<keyof typeof documentWordsEn, string> = {
  number: 'Số: {number}/{symbol}',
  dated: 'ngày {day} tháng {month} năm {year}',
  // Blanks to write the date in by hand: no-break spaces, as the number's blank, so the Minutes
  // view's preview keeps them too (a browser draws a run of plain spaces as one).
  undated: 'ngày\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0tháng\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0năm\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0',
  clock: '{h}\u00a0giờ {m}\u00a0phút',
  hours: '{n}\u00a0giờ',
  minutes: '{n}\u00a0phút',
  seconds: '{n}\u00a0giây',
};
export const documentWords = { en: documentWordsEn, vi: documentWordsVi };
