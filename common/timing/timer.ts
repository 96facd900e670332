/**
 * Timers are data, not ticks (DESIGN §4.3): a timer is when its running segment started
 * and what it had accumulated before. Every screen computes the rest from one clock.
 * Pure functions, shared by the engine and the screens.
 */
export interface TimerState {
  /** Engine epoch ms when the current running segment began; null while stopped. */
  startedAt: number | null;
  /** Milliseconds run in earlier, closed segments. */
  accumulatedMs: number;
}

export const STOPPED: TimerState = { startedAt: null, accumulatedMs: 0 };

/** Time run so far; never negative, even if `now` is read slightly before `startedAt`. */
export function elapsedMs(t: TimerState, now: number): number {
  return t.accumulatedMs + (t.startedAt === null ? 0 : Math.max(0, now - t.startedAt));
}

/**
 * Called to the floor but never started: nothing has run and nothing runs. A timer started and
 * then paused has run, so it reads as paused; a called one shows its full time (Space starts it).
 */
export const neverStarted = (t: TimerState): boolean => t.startedAt === null && t.accumulatedMs === 0;

export function startTimer(t: TimerState, now: number): TimerState {
  return t.startedAt === null ? { startedAt: now, accumulatedMs: t.accumulatedMs } : t;
}

export function pauseTimer(t: TimerState, now: number): TimerState {
  return t.startedAt === null ? t : { startedAt: null, accumulatedMs: elapsedMs(t, now) };
}

export type TimerPhase = 'normal' | 'warning' | 'overrun';

/** Amber from `warnBeforeMs` before the limit, red past it; no limit means always normal. */
export function timerPhase(elapsed: number, limitMs: number | null, warnBeforeMs: number): TimerPhase {
  if (limitMs === null || limitMs <= 0) return 'normal';
  if (elapsed > limitMs) return 'overrun';
  if (elapsed >= limitMs - warnBeforeMs) return 'warning';
  return 'normal';
}

/**
 * The one rounding rule for a duration shown anywhere (console, hall, review, minutes): to the
 * nearest whole second, half away from zero (3:28.499 → 3:28, 3:28.5 → 3:29), so the screen and
 * the minutes' "3 phút 29 giây" read the same second. Totals are rounded from their milliseconds,
 * never summed from rounded parts.
 */
export const wholeSeconds = (ms: number): number => Math.sign(ms) * Math.round(Math.abs(ms) / 1000) * 1000 + 0;

/** 425000 → "7:05"; -65000 → "-1:05"; 3725000 → "1:02:05"; to the nearest second (wholeSeconds). */
export function formatClock(ms: number): string {
  const total = Math.abs(wholeSeconds(ms)) / 1000;
  const sign = ms < 0 && total > 0 ? '-' : '';
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${sign}${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

/**
 * actual − planned, signed like every other cell ("+2:05", "−25:00", "0:00"), in the whole
 * seconds each is shown in beside it: an item cut short after 0.4 s reads 0:00 against 25:00,
 * so its difference is −25:00, not the −24:59 of the raw milliseconds.
 */
export function formatDifference(actualMs: number, plannedMs: number): string {
  const ms = wholeSeconds(actualMs) - wholeSeconds(plannedMs);
  return ms === 0 ? '0:00' : `${ms > 0 ? '+' : '−'}${formatClock(Math.abs(ms))}`;
}
