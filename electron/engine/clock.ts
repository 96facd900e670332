/** Epoch milliseconds, as the engine sees them. */
export type Clock = () => number;

/**
 * Wall time read once at start, advanced by the monotonic clock afterwards: a laptop
 * resyncing its time mid-session does not bend a running timer.
 */
export function monotonicWallClock(wallNow = Date.now(), monoNow: () => number = () => performance.now()): Clock {
  const anchorMono = monoNow();
  return () => Math.round(wallNow + (monoNow() - anchorMono));
}
