/**
 * Dates of the questioning sitting. A question not answered in the sitting gets a written
 * answer within 20 days of the sitting (DESIGN §3). Pure, shared by the engine and screens.
 */
import { localDate } from '../dates';

export const WRITTEN_ANSWER_DAYS = 20;

/** "2026-12-08" + 20 → "2026-12-28", across months and years. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from `today` to `due` (negative once overdue). */
export function daysUntil(due: string, today: string): number {
  const at = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((at(due) - at(today)) / 86_400_000);
}

/** The sitting's date: the day it happened, kept within the session's dates. */
export function sittingDate(ms: number, session: { startDate: string; endDate: string }): string {
  const day = localDate(ms);
  if (day < session.startDate) return session.startDate;
  if (day > session.endDate) return session.endDate;
  return day;
}
