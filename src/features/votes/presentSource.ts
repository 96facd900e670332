import type { State } from '../../lib/live.svelte';
import type { MessageKey } from '../../lib/i18n.svelte';
import type { PresentSource } from '../../../common/votes/model';
import { rollCallOfBallot } from '../../../common/attendance/vacancy';
import { rollCallPhrase } from '../attendance/rollCall';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A vote or a personnel vote as far as where its "present" came from. */
export interface PresentOf {
  present: number;
  presentSource: PresentSource | null;
  openedAt: number | null;
  /** A vote's own roll call; a personnel vote keeps none and is read against the last one taken before it opened. */
  rollCallId?: number | null;
}

/**
 * Where a ballot's "present" came from, as the console says it beside the figure: the roll call of
 * its sitting; "Chưa điểm danh: cả 35 đại biểu … được tính là có mặt" when nobody counted and the
 * roster stood in (the rule: unmarked count as present); or the count typed in the hall. A ballot
 * stored before the source was kept is given one by migration 031, so null is only a draft.
 */
export function presentSourceText(t: T, data: Pick<State, 'attendance' | 'sittings'>, b: PresentOf): string {
  if (b.presentSource === 'roster') return t('votes.presentRoster', { count: b.present });
  if (b.presentSource === 'roll-call') {
    const call = rollCallOfBallot(data.attendance.sittings, { openedAt: b.openedAt, rollCallId: b.rollCallId ?? null });
    return call ? t('votes.presentFrom', { sitting: rollCallPhrase(data, call.sittingLabel) }) : t('votes.presentRollCall');
  }
  return t('votes.presentTyped');
}
