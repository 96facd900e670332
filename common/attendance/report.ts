import { isPresent, type Mark } from './model';

/** Why a voting delegate is not in the hall, as the roll call's report names it. */
export const AWAY_KINDS = ['excused', 'absent', 'notArrived', 'left'] as const;
export type AwayKind = (typeof AWAY_KINDS)[number];

/** A mark's reason for being away, or null for someone in the hall (the one rule: model.ts isPresent). */
export function awayKind(mark: Pick<Mark, 'status' | 'time'>): AwayKind | null {
  if (isPresent(mark) || mark.status === 'present') return null;
  return mark.status === 'late' ? 'notArrived' : mark.status;
}

/** Marked late and come in (an arrival time): present, the minutes' and the review's "late"; without a time, `notArrived`. */
export function arrivedLate(mark: Pick<Mark, 'status' | 'time'>): boolean {
  return mark.status === 'late' && awayKind(mark) === null;
}

/**
 * The voting delegates of a roll call who are away, by reason, in roster order: what the
 * secretary reports to the hall ("vắng có lý do: 1, vắng không có lý do: 1"). Guests' marks are
 * not counted, nor delegates outside the roll call's roster (`memberIds`, null for everyone).
 */
export function awayByKind<D extends { id: number; voting: boolean }>(
  delegates: readonly D[],
  marks: readonly Pick<Mark, 'delegateId' | 'status' | 'time'>[],
  memberIds: readonly number[] | null,
): Record<AwayKind, D[]> {
  const byId = new Map(marks.map((m) => [m.delegateId, m]));
  const members = memberIds === null ? null : new Set(memberIds);
  const out: Record<AwayKind, D[]> = { excused: [], absent: [], notArrived: [], left: [] };
  for (const d of delegates) {
    const mark = byId.get(d.id);
    if (!d.voting || !mark || (members !== null && !members.has(d.id))) continue;
    const kind = awayKind(mark);
    if (kind) out[kind].push(d);
  }
  return out;
}
