/**
 * The timers a restore paused, in words: "phát biểu của Nguyễn Thị Hà (đã chạy 2:00), nội dung
 * “3. Thảo luận …” (đã chạy 10:00)". Read from a journal row's payload, so anything that is not
 * one of them (a row written before restores recorded them, a hand-edited file) is left out.
 */
import { fill, type Lang } from '../strings';
import { formatClock } from '../timing/timer';
import { en, vi } from './strings';

const WORDS = { en, vi } as const;
/** The timers a restore pauses (restore.ts holdTimers): the journal's schema, the store's type and the words read this one list. */
export const HELD_TIMERS = ['item', 'speech', 'question', 'answer', 'countdown'] as const;
export type HeldTimerKind = (typeof HELD_TIMERS)[number];

/** The list, in the order the restore paused them (the items first); empty when there is none. */
export function heldTimersText(held: unknown, lang: Lang): string {
  if (!Array.isArray(held)) return '';
  const parts: string[] = [];
  for (const h of held as Record<string, unknown>[]) {
    if (typeof h !== 'object' || h === null || !HELD_TIMERS.includes(h.timer as HeldTimerKind) || typeof h.ranMs !== 'number') continue;
    const key = `backups.held.${h.timer as HeldTimerKind}` as const;
    parts.push(fill(WORDS[lang][key], { name: typeof h.name === 'string' ? h.name : '', time: formatClock(Math.max(0, h.ranMs)) }));
  }
  return parts.join(', ');
}
