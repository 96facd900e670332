/**
 * Last year's programme read onto this year's session: its titles still name last year
 * ("Báo cáo tình hình kinh tế - xã hội năm 2025; kế hoạch năm 2026"). Every year a title names on
 * its own moves by as many years as the dates did, so the plan year stays the year after the
 * report's. A year inside a document's number ("Nghị quyết số 12/2025/NQ-HĐND") or a period
 * ("giai đoạn 2021–2025", "nhiệm kỳ 2021 - 2026") is left as it is: those name what they name.
 */
const YEAR = /(?<![\d/.\-–]|\d\s*[-–]\s*)\b((?:19|20)\d{2})\b(?![/.]?\d|\/|\s*[-–]\s*(?:19|20)\d{2})/g;

/** The title with each year on its own moved by `years`; the same text when there is none. */
export function shiftYears(title: string, years: number): string {
  if (years === 0) return title;
  return title.replace(YEAR, (y) => String(Number(y) + years));
}
