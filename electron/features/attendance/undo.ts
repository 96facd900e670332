import type { Db } from '../../store/db';
import { stepRow, type RowImages } from '../../store/undo';
import { localized } from '../../engine/errors';
import { getDelegate } from '../roster/store';
import { currentRollCallId, getRollCall } from './store';
import { rollCallPhrase } from './naming';

/** A mark mis-clicked during the roll call is taken back in this scope. */
export const ATTENDANCE_UNDO_SCOPE = 'attendance';

/**
 * The `attendance` undo scope takes back a mark only in the roll call on the screen: once the
 * secretary has moved to another sitting's roll call, Ctrl+Z would otherwise change a mark of
 * one no longer shown. It refuses, naming the roll call the mark belongs to; back in that roll
 * call, the step is taken back as usual.
 */
export function markInCurrentRollCall(db: Db, images: readonly RowImages[]): void {
  const current = currentRollCallId(db);
  for (const img of images) {
    if (img.t !== 'attendance') continue;
    const row = stepRow<{ roll_call_id: number; delegate_id: number }>(img);
    if (!row || row.roll_call_id === current) continue;
    const rollCall = getRollCall(db, row.roll_call_id);
    // A roll call since removed leaves nothing to return to: the row checks say why.
    if (!rollCall) continue;
    const name = getDelegate(db, row.delegate_id)?.fullName ?? '';
    throw localized('undo-other-roll-call', (l) => ({ name, sitting: rollCallPhrase(rollCall.sittingLabel, l) }));
  }
}
