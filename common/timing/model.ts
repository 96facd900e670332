/** Sittings and item timing of a session (migration 003). Rows are read and written here only. */

export const SITTING_PARTS = ['morning', 'afternoon'] as const;

export type SittingPart = (typeof SITTING_PARTS)[number];

export type SittingStatus = 'planned' | 'open' | 'suspended' | 'closed';

/**
 * The commands that run the programme (an item's timing, the sittings): one stale-view topic per
 * session for all of them (electron/engine/topics.ts), and Live sends them with the revision its
 * view was drawn from, so a command made on a view another console has since changed is refused.
 */
export const PROGRAMME_COMMANDS = ['item.start', 'item.resume', 'item.pause', 'item.finish', 'item.skip', 'item.reopen', 'item.extend', 'sitting.open', 'sitting.suspend', 'sitting.close'] as const;

/**
 * The sitting in progress: the open one, else the latest suspended for a break (sittings in
 * calendar order, as published); null when none is. The latest, not the first: a morning left
 * suspended the day before is not the sitting the chair means this afternoon.
 */
export function sittingUnderway<S extends { status: SittingStatus }>(sittings: readonly S[]): S | null {
  return sittings.find((s) => s.status === 'open') ?? sittings.findLast((s) => s.status === 'suspended') ?? null;
}

/**
 * The sitting in progress is suspended (sittingUnderway): nothing on the floor is news then (a
 * speaker's clock frozen at 4:12, a result or an item from before), so the hall on automatic
 * (hall/content.ts) and the broadcast caption (overlay/caption.ts) both say so instead, by this one rule.
 */
export function sittingSuspended(sittings: readonly { status: SittingStatus }[]): boolean {
  return sittingUnderway(sittings)?.status === 'suspended';
}

/**
 * The sitting the hall is in: the live item's, else the one underway, else the next not closed
 * (between a morning and an afternoon, or before the first sitting); null once all are closed.
 */
export function hallSitting<S extends { id: number; status: SittingStatus }>(
  sittings: readonly S[],
  timing: { items: readonly { id: number; sittingId: number | null }[]; liveItemId: number | null },
): S | null {
  const live = timing.items.find((i) => i.id === timing.liveItemId)?.sittingId;
  return sittings.find((s) => s.id === live) ?? sittingUnderway(sittings) ?? sittings.find((s) => s.status !== 'closed') ?? null;
}

/**
 * The date the hall screen names: its sitting's (above); once every sitting is closed, the last
 * one's (a hall left on a closed session must not claim the day it is read); with no sitting
 * planned, the session's first day. Never the clock's today.
 */
export function hallDate(
  sittings: readonly { id: number; status: SittingStatus; date: string }[],
  timing: Parameters<typeof hallSitting>[1],
  session: { startDate: string },
): string {
  return (hallSitting(sittings, timing) ?? sittings.at(-1))?.date ?? session.startDate;
}

/** A sitting is in progress from its opening to its close, breaks included (open or suspended). */
export function sittingInProgress(sittings: readonly { status: SittingStatus }[]): boolean {
  return sittingUnderway(sittings) !== null;
}

export type ItemStatus = 'pending' | 'running' | 'paused' | 'finished' | 'skipped';

/**
 * An item running or paused holds its sitting open: the sitting closes only once the item is
 * finished. The engine refuses `sitting.close` by this rule and the console checks it before asking.
 */
export const holdsSittingOpen = (t: { status: ItemStatus }): boolean => t.status === 'running' || t.status === 'paused';

export interface Sitting {
  id: number;
  sessionId: number;
  date: string;
  part: SittingPart;
  /** "HH:MM", local time of the hall. */
  plannedStart: string;
  plannedEnd: string;
  status: SittingStatus;
  /** The sitting's own clock: running while open, paused while suspended. */
  startedAt: number | null;
  accumulatedMs: number;
  openedAt: number | null;
  closedAt: number | null;
}

/** The live side of an agenda item; the foundation's agenda slice holds its title and plan. */
export interface ItemTiming {
  id: number;
  sittingId: number | null;
  parentId: number | null;
  status: ItemStatus;
  startedAt: number | null;
  accumulatedMs: number;
  extraMinutes: number;
  /**
   * When the chair finished it (epoch ms), running or paused; null while not finished, and for an
   * item a vote held without running it (votes/commands.ts heldByVote), which has no moment of its own.
   */
  finishedAt: number | null;
  /**
   * Closed and open run segments, oldest first; the gaps between them are the pauses. In the
   * published `timing` slice only the first and the latest (screens need the first start, and the
   * last start and stop); the minutes and the review read them all from the database.
   */
  segments: { startedAt: number; endedAt: number | null }[];
}
