/**
 * The words every Nghị định 30 document shares (nd30.ts, blocks.ts): the number line, the place
 * and date line, times of day and durations. The frame itself (national name, motto,
 * "Nơi nhận:") is common/record/catalog.ts, which the Minutes view's preview draws too.
 */

const documentWordsEn = {
  number: 'No. {number}/{symbol}',
  dated: '{day} {month} {year}',
  undated: '…',
  clock: '{h}:{m}',
  hours: '{n} h',
  minutes: '{n} min',
  seconds: '{n} s',
};
const documentWordsVi: Record<keyof typeof documentWordsEn, string> = {
  number: 'Số: {number}/{symbol}',
  dated: 'ngày {day} tháng {month} năm {year}',
  // Blanks to write the date in by hand: no-break spaces, as the number's blank, so the Minutes
  // view's preview keeps them too (a browser draws a run of plain spaces as one).
  undated: 'ngày\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0tháng\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0năm\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0',
  clock: '{h} giờ {m} phút',
  hours: '{n} giờ',
  minutes: '{n} phút',
  seconds: '{n} giây',
};
export const documentWords = { en: documentWordsEn, vi: documentWordsVi };
