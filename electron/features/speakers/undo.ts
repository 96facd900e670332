import type { Db } from '../../store/db';
import type { RowImages, UndoLabel } from '../../store/undo';
import { localized } from '../../engine/errors';
import { getCurrentSessionId } from '../council/sessions';
import { getAgendaItem, numberedTitle } from '../agenda/store';
import { getDelegate } from '../roster/store';
import type { AgendaItem } from '../../../common/agenda/model';
import { AT_ROSTRUM } from '../../../common/speakers/model';
import { parseImage } from '../../store/changes';
import { focusItemId } from './slices';
import type { UndoWhere } from '../../engine/undo-offer';
import type { StepDirection } from '../../engine/undo';
import { getSpeech } from './store';

interface SpeechRow {
  agenda_item_id: number;
  delegate_id: number;
  status: string;
}

/**
 * The requests a step changed out of sight of the floor: neither before nor after it at the
 * rostrum, nor carried over to another item. A step that calls, starts, pauses, gives time to,
 * finishes or withdraws the person at the rostrum changes what every item shows (the floor); so
 * does a carry-over (speaker.carryOver), whose offer shows on every item while the item it
 * empties is over, and which is pressed there, on whatever item the view shows: sent back to the
 * continuation's queue to undo it, the chair would have to change what the hall shows. A
 * registration, a move in the queue, or a withdrawal or a put-back of a waiting request changes
 * only its item's queue.
 */
function offFloor(images: readonly RowImages[]): SpeechRow[] {
  const rows: SpeechRow[] = [];
  for (const img of images) {
    if (img.t !== 'speech') continue;
    const before = parseImage(img.b) as SpeechRow | null;
    const after = parseImage(img.a ?? null) as SpeechRow | null;
    // The floor (AT_ROSTRUM) shows whatever item is chosen; any other request only in its item's queue or list.
    if ((before && AT_ROSTRUM.has(before.status)) || (after && AT_ROSTRUM.has(after.status))) continue;
    if (before && after && before.agenda_item_id !== after.agenda_item_id) continue;
    const row = before ?? after;
    if (row) rows.push(row);
  }
  return rows;
}

/**
 * The first request of a step that is seen only on an item other than the one the Speakers view
 * shows (the focus), with that item; null when the whole step is in view there. A request of an
 * item since removed leaves nothing to return to: the row checks say why.
 */
function requestElsewhere(db: Db, images: readonly RowImages[]): { delegateId: number; item: AgendaItem } | null {
  const rows = offFloor(images);
  // A step on the floor alone (the usual one while someone speaks) costs no read.
  if (rows.length === 0) return null;
  const sessionId = getCurrentSessionId(db);
  const focus = sessionId === null ? null : focusItemId(db, sessionId);
  for (const row of rows) {
    if (row.agenda_item_id === focus) continue;
    const item = getAgendaItem(db, row.agenda_item_id);
    if (item) return { delegateId: row.delegate_id, item };
  }
  return null;
}

/**
 * Undoing a carry-over puts its requests back on the item they left; one of them since called to
 * the rostrum, or spoken, on the item they went to is that item's record now: refused, naming
 * the person and the item, and nothing changes (the row checks would refuse it too, saying less).
 */
function carriedSinceCalled(db: Db, images: readonly RowImages[]): void {
  for (const img of images) {
    if (img.t !== 'speech' || img.a === undefined) continue;
    const before = parseImage(img.b) as SpeechRow | null;
    const after = parseImage(img.a) as SpeechRow | null;
    if (!before || !after || before.agenda_item_id === after.agenda_item_id) continue;
    const now = getSpeech(db, Number(img.k));
    if (!now || (now.status !== 'called' && now.status !== 'speaking' && now.status !== 'done')) continue;
    const item = getAgendaItem(db, now.agendaItemId);
    const name = getDelegate(db, now.delegateId)?.fullName ?? '';
    throw localized('undo-carry-called', () => ({ name, item: item ? numberedTitle(db, item) : '' }));
  }
}

/**
 * The `queue` undo scope takes back a step only where it can be seen: on the item whose queue it
 * changed, or from any item when it changed only the floor. Otherwise Ctrl+Z on an item with an
 * empty queue took back a registration on another item, and nothing changed on the screen.
 * Refused, naming the person and the item; back on that item, the step is taken as usual.
 */
export function queueStepInView(db: Db, images: readonly RowImages[], step: UndoLabel, direction: StepDirection = 'undo'): void {
  if (direction === 'undo' && step.action === 'carryOver') carriedSinceCalled(db, images);
  const other = requestElsewhere(db, images);
  if (!other) return;
  const name = step.subject || (getDelegate(db, other.delegateId)?.fullName ?? '');
  throw localized('undo-other-item', () => ({ name, item: numberedTitle(db, other.item) }));
}

/**
 * What a step did at the rostrum out of sight of the item the Speakers view shows:
 * - `queueOf`: the item whose queue a call (`n`, or a call out of turn) took someone from: undoing
 *   the call puts them back there. The call changed the rostrum, which every item shows, so its
 *   undo is offered from any item; the offer names that queue, so the chair reads where the person
 *   goes back instead of seeing them vanish from the rostrum.
 * - `backTo`: the item whose queue someone called from it went back to, closed before speaking
 *   (`n`, `f`, back to the queue, another call): every console says where they went.
 */
function rostrumElsewhere(db: Db, images: readonly RowImages[]): Pick<UndoWhere, 'queueOf' | 'backTo'> {
  let focus: number | null | undefined;
  const outOfSight = (itemId: number) => {
    if (focus === undefined) {
      const sessionId = getCurrentSessionId(db);
      focus = sessionId === null ? null : focusItemId(db, sessionId);
    }
    return itemId !== focus && getAgendaItem(db, itemId) !== undefined;
  };
  const where: Pick<UndoWhere, 'queueOf' | 'backTo'> = {};
  for (const img of images) {
    if (img.t !== 'speech') continue;
    const before = parseImage(img.b) as SpeechRow | null;
    const after = parseImage(img.a ?? null) as SpeechRow | null;
    if (!before || !after) continue;
    // Taken from a queue to the rostrum.
    if (!where.queueOf && before.status === 'queued' && AT_ROSTRUM.has(after.status) && outOfSight(before.agenda_item_id)) {
      where.queueOf = { itemId: before.agenda_item_id };
    }
    // Called, never spoken, and back in the queue (finishCurrent, speaker.requeue).
    if (!where.backTo && before.status === 'called' && after.status === 'queued' && outOfSight(after.agenda_item_id)) {
      where.backTo = { itemId: after.agenda_item_id, delegateId: after.delegate_id };
    }
  }
  return where;
}

/**
 * Where the `undo` and `redo` slices say a queue step is taken instead (engine/undo-slice.ts):
 * the item whose queue it changed, while the Speakers view shows another (`elsewhere`; the same
 * rule as queueStepInView, so the screen never offers what undo refuses). Else what it did at the
 * rostrum out of sight (`queueOf`, `backTo`).
 */
export function queuePlace(db: Db, images: readonly RowImages[]): UndoWhere {
  const other = requestElsewhere(db, images);
  if (other) return { elsewhere: { itemId: other.item.id } };
  return rostrumElsewhere(db, images);
}
