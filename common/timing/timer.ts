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

/** 425000 → "7:05"; -65000 → "-1:05"; 3725000 → "1:02:05". Whole seconds, rounded toward zero. */
export function formatClock(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${sign}${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

/**
 * actual − planned, signed ("+2:05", "−25:00", "0"), in the whole seconds each is shown in
 * beside it: an item cut short after 0.6 s reads 0:00 against 25:00, so its difference is
 * −25:00, not the −24:59 of the raw milliseconds.
 */
export function formatDifference(actualMs: number, plannedMs: number): string {
  const ms = Math.floor(actualMs / 1000) * 1000 - Math.floor(plannedMs / 1000) * 1000;
  return ms === 0 ? '0' : `${ms > 0 ? '+' : '−'}${formatClock(Math.abs(ms))}`;
}

