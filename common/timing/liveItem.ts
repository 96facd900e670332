import type { ItemTiming } from './model';

/**
 * The one definition of "the live item": the running item, else the one paused most
 * recently (its last segment ended latest; on a tie, the earlier in the agenda). The engine
 * publishes it as `timing.liveItemId`; the speaker focus (store/agendaLive.ts liveItemId,
 * the same rule in SQL), the forecast and the hall all follow it.
 */
export function liveItemOf(items: readonly Pick<ItemTiming, 'id' | 'status' | 'segments'>[]): number | null {
  const running = items.find((t) => t.status === 'running');
  if (running) return running.id;
  let best: number | null = null;
  let bestAt = -Infinity;
  for (const t of items) {
    if (t.status !== 'paused') continue;
    const at = t.segments.at(-1)?.endedAt ?? 0;
    if (at > bestAt) [best, bestAt] = [t.id, at];
  }
  return best;
}
