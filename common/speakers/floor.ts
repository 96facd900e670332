/**
 * Which queue takes the requests typed while an item runs. A report, a submission or a committee's
 * verification report is read at the rostrum and has no discussion of its own: delegates who ask
 * for the floor meanwhile ask to speak in the discussion that follows it in the same sitting (Luật
 * Hoạt động giám sát art. 59: presentation, verification, discussion, resolution). Pure, so the
 * engine (the queue the live item brings forward) and the Speakers view (its note) agree.
 */
import type { AgendaKind } from '../agenda/model';
import { isHeading, type Row } from '../timing/stats';
import { ITEM_OVER } from './carry';

/** Items read at the rostrum, with no floor of their own. */
export const READ_KINDS: ReadonlySet<AgendaKind> = new Set<AgendaKind>(['report', 'submission', 'verification']);

/**
 * The discussion item that takes the requests typed while `itemId` (one read at the rostrum) runs:
 * the next one after it in the programme, in the same sitting, that is not over. Null when there
 * is none (the console says so, and the secretary chooses), or when `itemId` is not read.
 */
export function discussionAfter(rows: readonly Row[], itemId: number): number | null {
  const at = rows.findIndex((r) => r.item.id === itemId);
  if (at < 0 || !READ_KINDS.has(rows[at].item.kind)) return null;
  const sitting = rows[at].timing.sittingId;
  const next = rows
    .slice(at + 1)
    .find((r) => r.item.kind === 'discussion' && r.timing.sittingId === sitting && !ITEM_OVER.has(r.timing.status) && !isHeading(r, rows));
  return next?.item.id ?? null;
}
