import type { Db } from '../../store/db';
import { stepRow, type RowImages } from '../../store/undo';
import { localized } from '../../engine/errors';
import { getDelegate } from '../roster/store';
import { getRollCall, selectedRollCallId } from './store';
import { getCurrentSessionId } from '../council/sessions';
import type { RollCall } from '../../../common/attendance/model';
import { rollCallPhrase } from './naming';

/** A mis-clicked mark is taken back in this scope. */
export const ATTENDANCE_UNDO_SCOPE = 'attendance';

/**
 * The mark of a step that belongs to a roll call other than the current one, with that roll
 * call; null when every mark is in the current one (or in a roll call since removed, which
 * leaves nothing to return to: the row checks say why).
 */
function markElsewhere(db: Db, images: readonly RowImages[]): { delegateId: number; rollCall: RollCall } | null {
  const sessionId = getCurrentSessionId(db);
  // The roll call the setting names, not read back: a mark of it is here, or its roll call is gone
  // (the `undo` slice asks after every mark, so the usual answer costs no read of the roll call).
  const current = sessionId === null ? null : selectedRollCallId(db, sessionId);
  for (const img of images) {
    if (img.t !== 'attendance') continue;
    const row = stepRow<{ roll_call_id: number; delegate_id: number }>(img);
    if (!row || row.roll_call_id === current) continue;
    const rollCall = getRollCall(db, row.roll_call_id);
    if (rollCall) return { delegateId: row.delegate_id, rollCall };
  }
  return null;
}

/**
 * The `attendance` undo scope takes back a mark only in the roll call on the screen: once the
 * secretary has moved to another sitting's roll call, Ctrl+Z would otherwise change a mark of
 * one no longer shown. It refuses, naming the roll call the mark belongs to; back in that roll
 * call, the step is taken back as usual.
 */
export function markInCurrentRollCall(db: Db, images: readonly RowImages[]): void {
  const other = markElsewhere(db, images);
  if (!other) return;
  const name = getDelegate(db, other.delegateId)?.fullName ?? '';
  throw localized('undo-other-roll-call', (l) => ({ name, sitting: rollCallPhrase(other.rollCall.sittingLabel, l) }));
}

/**
 * Where the `undo` and `redo` slices say a step is taken instead (engine/undo-slice.ts): the roll
 * call its mark belongs to, while another one is current; undefined when it can be taken here.
 * The same rule as markInCurrentRollCall, so the screen never offers what undo would refuse.
 */
export function markPlace(db: Db, images: readonly RowImages[]): { rollCallId: number } | undefined {
  const other = markElsewhere(db, images);
  return other ? { rollCallId: other.rollCall.id } : undefined;
}
