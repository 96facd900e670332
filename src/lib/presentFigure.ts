import type { MessageKey } from './i18n.svelte';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** " (1 ghế khuyết)" after a figure of the total seats; '' when every seat is held. */
export function vacancyText(t: T, vacant: number): string {
  return vacant === 0 ? '' : t('att.vacant', { n: vacant });
}

/**
 * Nobody on the roster yet, as on a new office's first day: "Có mặt 0/50 (50 ghế khuyết)" would be
 * true but no help, so the console says where to import the list instead (att.noRoster), and the
 * hall shows no count of nobody. Once one delegate is on it, the figure and its vacancy note are back.
 */
export const rosterEmpty = (att: { votingOnRoster: number }): boolean => att.votingOnRoster === 0;

/**
 * Who is present, of the council's total seats, as every screen says it: "76/80 đại biểu (1 ghế
 * khuyết)". One figure against one base (common/attendance/vacancy.ts), so the Votes, Attendance and
 * Speakers views, the hall and the record never show 76/79 in one place and 76/80 in another.
 */
export function presentFigure(t: T, present: number, total: number, vacant: number): string {
  return t('att.figure', { present, total, vacant: vacancyText(t, vacant) });
}
