import type { Db } from '../../store/db';
import { getCurrentSessionId } from '../council/sessions';
import { getSetting, setSetting } from '../../store/settings';
import { liveItemId, nextInSitting } from '../timing/store';
import { READ_KINDS } from '../../../common/speakers/floor';
import { getCurrentSpeech, listSpeeches, speechTotalsBy, waitingOnItemsOver, type SpeechTotal } from './store';
import { firstAgendaItemId, getAgendaItem, itemSessionId } from '../agenda/store';

export const QUEUE_UNDO_SCOPE = 'queue';

export const focusKey = (sessionId: number) => `speakers.item.${sessionId}`;

/**
 * What focusItemId reads, as the engine's slice dependencies (state.ts): the chosen item's
 * setting, and an item's session, status, kind and position (the live item, the first discussion
 * item), with its sitting, parent and planned minutes (a report's floor: the discussion after it
 * in its sitting that is not a heading). The speakers slice follows them, and so does the place
 * of a queue step (undo.ts).
 */
export const FOCUS_READS: readonly string[] = ['setting:speakers.item.*', 'agenda_item(session_id,status,kind,position,sitting_id,parent_id,planned_minutes)'];

/**
 * The agenda item whose queue is worked on: the chosen one (the chair's pick in the Speakers
 * view, or the item last started or resumed on the live agenda, which sets the choice), else
 * the live item (running or paused), else the first discussion item, else the first.
 */
export function focusItemId(db: Db, sessionId: number): number | null {
  // Point queries: every speaker action asks this, and a session may have hundreds of items.
  const chosen = getSetting<number>(db, focusKey(sessionId));
  if (chosen !== undefined && itemSessionId(db, chosen) === sessionId) return chosen;
  const live = liveItemId(db, sessionId);
  return live !== null ? floorOf(db, live) : firstAgendaItemId(db, sessionId, 'discussion');
}

/** The item whose queue the live item brings forward: itself, or for one read at the rostrum (a report) the discussion after it in its sitting, if any. */
function floorOf(db: Db, itemId: number): number {
  if (!READ_KINDS.has(getAgendaItem(db, itemId)?.kind ?? 'other')) return itemId;
  return nextInSitting(db, itemId, 'discussion') ?? itemId;
}

/**
 * The live agenda moved to this item: its speaker queue comes forward (the chair may pick another).
 * An item read at the rostrum (a report) has no floor: the discussion after it in its sitting comes
 * forward instead, so requests typed during the report are filed there, not moved there afterwards.
 */
export function followLiveItem(db: Db, sessionId: number, itemId: number): void {
  setSetting(db, focusKey(sessionId), floorOf(db, itemId));
}

function speakers(db: Db) {
  const sessionId = getCurrentSessionId(db);
  if (sessionId === null) return { itemId: null, current: null, queue: [], history: [] };
  const itemId = focusItemId(db, sessionId);
  const all = itemId === null ? [] : listSpeeches(db, itemId);
  return {
    itemId,
    current: getCurrentSpeech(db, sessionId) ?? null,
    // The queued requests in listQueue's order (position, id), which is listSpeeches' order too.
    queue: all.filter((s) => s.status === 'queued'),
    /** Finished and withdrawn requests of the item, oldest first. */
    history: all.filter((s) => s.status === 'done' || s.status === 'withdrawn').sort((a, b) => (a.finishedAt ?? 0) - (b.finishedAt ?? 0) || a.id - b.id),
  };
}

/** `ms` counts closed segments only; a screen adds the running segment of the current speech. */
type Total = SpeechTotal;

function speechTotals(db: Db) {
  const sessionId = getCurrentSessionId(db);
  const totals = <K extends string | number>(by: 'delegate' | 'item' | 'group') => {
    const out = {} as Record<K, Total>;
    if (sessionId === null) return out;
    for (const { key, count, ms } of speechTotalsBy(db, sessionId, by)) out[key as K] = { count, ms };
    return out;
  };
  return { byDelegate: totals<number>('delegate'), byGroup: totals<string>('group'), byItem: totals<number>('item') };
}

/**
 * The items of the current session that are over with requests still waiting on them (and how
 * many): the console offers to carry them over to the item's continuation (speaker.carryOver).
 */
function leftWaiting(db: Db): { itemId: number; count: number }[] {
  const sessionId = getCurrentSessionId(db);
  return sessionId === null ? [] : waitingOnItemsOver(db, sessionId);
}

/** The speaker queue of the focus item, speaking time totals of the session, and the requests left waiting on items over. */
export const speakerSlices = { speakers, speechTotals, leftWaiting };
