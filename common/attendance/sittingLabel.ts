import type { SittingPart } from '../timing/model';

/** The part of the day as written in minutes and in agenda files ("sáng", "chiều"). */
const PART_WORDS: Record<SittingPart, string> = { morning: 'sáng', afternoon: 'chiều' };

/**
 * A sitting's name in the roll call, "2026-12-08 sáng": the form an agenda file uses for a
 * sitting, and the same in every console language, so a roll call started in English and one
 * started in Vietnamese for the same sitting are one roll call.
 */
export function sittingLabel(s: { date: string; part: SittingPart }): string {
  return `${s.date} ${PART_WORDS[s.part]}`;
}

/** The sitting a label of that form names, or null for a label typed by a council without sittings. */
export function sittingOfLabel(label: string): { date: string; part: SittingPart } | null {
  const m = /^(\d{4}-\d{2}-\d{2}) (sáng|chiều)$/.exec(label);
  return m ? { date: m[1], part: m[2] === 'sáng' ? 'morning' : 'afternoon' } : null;
}
