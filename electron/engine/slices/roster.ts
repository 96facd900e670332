import type { Db } from '../../store/db';
import { getCouncil } from '../../store/council';
import { listDelegates } from '../../store/delegates';
import { getCurrentSessionId } from '../../store/sessions';
import { getSetting, setSetting } from '../../store/settings';
import { listTimings } from '../../store/agendaLive';
import { listRollCalls } from '../../store/attendance';
import { getCurrentSpeech, listQueue, listSpeeches, listSpokenInSession } from '../../store/speeches';
import { listAgenda } from '../../store/agenda';
import { peekUndo } from '../../store/undo';
import { presence } from '../presence';
import { hasQuorum, quorumNeeded } from '../quorum';
import { readRules } from '../rules';

export const QUEUE_UNDO_SCOPE = 'queue';
export const focusKey = (sessionId: number) => `speakers.item.${sessionId}`;

/**
 * The agenda item whose queue is worked on: the chosen one (the chair's pick in the Speakers
 * view, or the item last started or resumed on the live agenda, which sets the choice), else
 * the live item (running or paused), else the first discussion item, else the first.
 */
export function focusItemId(db: Db, sessionId: number): number | null {
  const items = listAgenda(db, sessionId);
  const chosen = getSetting<number>(db, focusKey(sessionId));
  if (chosen !== undefined && items.some((i) => i.id === chosen)) return chosen;
  const live = listTimings(db, sessionId).find((t) => t.status === 'running') ?? listTimings(db, sessionId).find((t) => t.status === 'paused');
  if (live) return live.id;
  return (items.find((i) => i.kind === 'discussion') ?? items[0])?.id ?? null;
}

/** The live agenda moved to this item: its speaker queue comes forward (the chair may pick another). */
export function followLiveItem(db: Db, sessionId: number, itemId: number): void {
  setSetting(db, focusKey(sessionId), itemId);
}

function attendance(db: Db) {
  const sessionId = getCurrentSessionId(db);
  const totalSeats = getCouncil(db)?.totalSeats ?? 0;
  const quorum = readRules(db).quorum;
  const voting = listDelegates(db).filter((d) => d.voting);
  const p = sessionId === null ? null : presence(db, sessionId);
  const present = p ? voting.filter((d) => p.isHere(d.id)).length : voting.length;
  return {
    sittings: sessionId === null ? [] : listRollCalls(db, sessionId),
    currentId: p?.rollCallId ?? null,
    /** Exceptions only; everyone else is present. */
    marks: p?.marks ?? [],
    /** Voting delegates in the hall now, of the council's total seats. */
    present,
    votingOnRoster: voting.length,
    totalSeats,
    needed: quorumNeeded(totalSeats, quorum),
    quorum: totalSeats > 0 && hasQuorum(present, totalSeats, quorum),
  };
}

function speakers(db: Db) {
  const sessionId = getCurrentSessionId(db);
  if (sessionId === null) return { itemId: null, current: null, queue: [], history: [], undoLabel: null };
  const itemId = focusItemId(db, sessionId);
  const all = itemId === null ? [] : listSpeeches(db, itemId);
  return {
    itemId,
    current: getCurrentSpeech(db, sessionId) ?? null,
    queue: itemId === null ? [] : listQueue(db, itemId),
    /** Finished and withdrawn requests of the item, oldest first. */
    history: all.filter((s) => s.status === 'done' || s.status === 'withdrawn').sort((a, b) => (a.finishedAt ?? 0) - (b.finishedAt ?? 0) || a.id - b.id),
    undoLabel: peekUndo(db, QUEUE_UNDO_SCOPE),
  };
}

interface Total {
  count: number;
  /** Closed segments only; a screen adds the running segment of the current speech. */
  ms: number;
}

function speechTotals(db: Db) {
  const sessionId = getCurrentSessionId(db);
  const byDelegate: Record<number, Total> = {};
  const byGroup: Record<string, Total> = {};
  const byItem: Record<number, Total> = {};
  if (sessionId === null) return { byDelegate, byGroup, byItem };
  const groupOf = new Map(listDelegates(db).map((d) => [d.id, d.group]));
  const add = <K extends string | number>(map: Record<K, Total>, key: K, ms: number) => {
    const t = (map[key] ??= { count: 0, ms: 0 });
    t.count += 1;
    t.ms += ms;
  };
  for (const s of listSpokenInSession(db, sessionId)) {
    add(byDelegate, s.delegateId, s.accumulatedMs);
    add(byGroup, groupOf.get(s.delegateId) ?? '', s.accumulatedMs);
    add(byItem, s.agendaItemId, s.accumulatedMs);
  }
  return { byDelegate, byGroup, byItem };
}

export const rosterSlices = { attendance, speakers, speechTotals };
