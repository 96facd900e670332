import type { MessageKey } from './i18n.svelte';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** " (1 ghế khuyết)" after a figure of the total seats; '' when every seat is held. */
export function vacancyText(t: T, vacant: number): string {
  return vacant === 0 ? '' : t('att.vacant', { n: vacant });
}

/**
 * Who is present, of the council's total seats, as every screen says it: "76/80 đại biểu (1 ghế
 * khuyết)". One figure against one base (common/attendance/vacancy.ts), so the Votes, Attendance and
 * Speakers views, the hall and the record never show 76/79 in one place and 76/80 in another.
 */
export function presentFigure(t: T, present: number, total: number, vacant: number): string {
  return t('att.figure', { present, total, vacant: vacancyText(t, vacant) });
}
