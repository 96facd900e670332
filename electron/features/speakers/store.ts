import type { Db } from '../../store/db';
import type { SpeechKind, SpeechStatus, Speech, FloorSpeech } from '../../../common/speakers/model';

interface SpeechRow {
  id: number;
  agenda_item_id: number;
  delegate_id: number;
  kind: SpeechKind;
  note: string;
  status: SpeechStatus;
  position: number;
  requested_at: number;
  limit_ms: number;
  extra_ms: number;
  started_at: number | null;
  accumulated_ms: number;
  pauses: number;
  first_started_at: number | null;
  finished_at: number | null;
  called_at: number | null;
}

const rowToSpeech = (r: SpeechRow): Speech => ({
  id: r.id,
  agendaItemId: r.agenda_item_id,
  delegateId: r.delegate_id,
  kind: r.kind,
  note: r.note,
  status: r.status,
  position: r.position,
  requestedAt: r.requested_at,
  limitMs: r.limit_ms,
  extraMs: r.extra_ms,
  startedAt: r.started_at,
  accumulatedMs: r.accumulated_ms,
  pauses: r.pauses,
  firstStartedAt: r.first_started_at,
  finishedAt: r.finished_at,
  calledAt: r.called_at,
});

export function getSpeech(db: Db, id: number): Speech | undefined {
  const row = db.prepare('SELECT * FROM speech WHERE id = ?').get(id) as SpeechRow | undefined;
  return row ? rowToSpeech(row) : undefined;
}

/** Every speech of an item: waiting ones in queue order, then the rest as they happened. */
export function listSpeeches(db: Db, itemId: number): Speech[] {
  return (db.prepare('SELECT * FROM speech WHERE agenda_item_id = ? ORDER BY position, id').all(itemId) as SpeechRow[]).map(rowToSpeech);
}

export function listQueue(db: Db, itemId: number): Speech[] {
  return (
    db.prepare("SELECT * FROM speech WHERE agenda_item_id = ? AND status = 'queued' ORDER BY position, id").all(itemId) as SpeechRow[]
  ).map(rowToSpeech);
}

/** The speech at the rostrum (called or speaking) in a session, if any. */
export function getCurrentSpeech(db: Db, sessionId: number): Speech | undefined {
  const row = db
    .prepare(
      // CROSS JOIN keeps the planner on the partial index speech_live (zero or one row)
      // instead of walking every item of the session (migration 014).
      `SELECT s.* FROM speech s CROSS JOIN agenda_item a ON a.id = s.agenda_item_id
       WHERE a.session_id = ? AND s.status IN ('called', 'speaking') ORDER BY s.id LIMIT 1`,
    )
    .get(sessionId) as SpeechRow | undefined;
  return row ? rowToSpeech(row) : undefined;
}

/** Count and closed time of one group of speeches. */
export interface SpeechTotal {
  count: number;
  ms: number;
}

/**
 * Totals of a session's speeches that have used the floor (started at least once), grouped by
 * `by`. SQLite sums them: the slice no longer loads every speech row after each queue action.
 */
export function speechTotalsBy(db: Db, sessionId: number, by: 'delegate' | 'item' | 'group'): { key: number | string; count: number; ms: number }[] {
  const key = { delegate: 's.delegate_id', item: 's.agenda_item_id', group: 'd.delegate_group' }[by];
  return db
    .prepare(
      `SELECT ${key} AS key, COUNT(*) AS count, SUM(s.accumulated_ms) AS ms
       FROM speech s JOIN agenda_item a ON a.id = s.agenda_item_id JOIN delegate d ON d.id = s.delegate_id
       WHERE a.session_id = ? AND s.first_started_at IS NOT NULL GROUP BY ${key} ORDER BY MIN(s.id)`,
    )
    .all(sessionId) as { key: number | string; count: number; ms: number }[];
}

export function insertSpeech(
  db: Db,
  s: Pick<Speech, 'agendaItemId' | 'delegateId' | 'kind' | 'note' | 'limitMs' | 'requestedAt'>,
): number {
  const { next } = db.prepare('SELECT COALESCE(MAX(position), -1) + 1 AS next FROM speech WHERE agenda_item_id = ?').get(s.agendaItemId) as {
    next: number;
  };
  return Number(
    db
      .prepare(
        `INSERT INTO speech (agenda_item_id, delegate_id, kind, note, status, position, requested_at, limit_ms)
         VALUES (?, ?, ?, ?, 'queued', ?, ?, ?)`,
      )
      .run(s.agendaItemId, s.delegateId, s.kind, s.note, next, s.requestedAt, s.limitMs).lastInsertRowid,
  );
}

type Patch = Partial<Pick<Speech, 'kind' | 'status' | 'position' | 'limitMs' | 'extraMs' | 'startedAt' | 'accumulatedMs' | 'pauses' | 'firstStartedAt' | 'finishedAt' | 'calledAt'>>;
const COLUMNS: Record<keyof Patch, string> = {
  kind: 'kind',
  status: 'status',
  position: 'position',
  limitMs: 'limit_ms',
  extraMs: 'extra_ms',
  startedAt: 'started_at',
  accumulatedMs: 'accumulated_ms',
  pauses: 'pauses',
  firstStartedAt: 'first_started_at',
  finishedAt: 'finished_at',
  calledAt: 'called_at',
};

export function updateSpeech(db: Db, id: number, patch: Patch): void {
  const keys = Object.keys(patch) as (keyof Patch)[];
  if (keys.length === 0) return;
  db.prepare(`UPDATE speech SET ${keys.map((k) => `${COLUMNS[k]} = @${k}`).join(', ')} WHERE id = @id`).run({ ...patch, id });
}

/** Puts a request on another item (speaker.carryOver); its place there is written by renumberSpeeches. */
export function moveSpeechToItem(db: Db, id: number, itemId: number): void {
  db.prepare('UPDATE speech SET agenda_item_id = ? WHERE id = ?').run(itemId, id);
}

/**
 * The items of a session that are over (finished or skipped) with requests still waiting on them,
 * in programme order, and how many wait on each: the console offers to carry them over.
 */
export function waitingOnItemsOver(db: Db, sessionId: number): { itemId: number; count: number }[] {
  return db
    .prepare(
      `SELECT a.id AS itemId, COUNT(*) AS count FROM agenda_item a JOIN speech s ON s.agenda_item_id = a.id AND s.status = 'queued'
       WHERE a.session_id = ? AND a.status IN ('finished', 'skipped') GROUP BY a.id ORDER BY a.position, a.id`,
    )
    .all(sessionId) as { itemId: number; count: number }[];
}

/** Writes positions 0..n-1 in the given order. */
/** Only rows whose position changes are written: each write is recorded and republished. */
export function renumberSpeeches(db: Db, ids: number[]): void {
  const stmt = db.prepare('UPDATE speech SET position = ? WHERE id = ? AND position IS NOT ?');
  ids.forEach((id, position) => stmt.run(position, id, position));
}

/** Has this delegate already had the floor for a speech on this item (second-speech rule)? */
/** Whether anyone has spoken on this item: such speeches are the record and are never dropped. */
export function itemHasSpeeches(db: Db, itemId: number): boolean {
  return db.prepare('SELECT 1 FROM speech WHERE agenda_item_id = ? AND first_started_at IS NOT NULL LIMIT 1').get(itemId) !== undefined;
}

/** Whether this person has spoken or been marked in a named vote: the session's record. */
export function delegateInRecord(db: Db, delegateId: number): boolean {
  return (
    db.prepare('SELECT 1 FROM speech WHERE delegate_id = ? AND first_started_at IS NOT NULL LIMIT 1').get(delegateId) !== undefined ||
    db.prepare('SELECT 1 FROM vote_mark WHERE delegate_id = ? LIMIT 1').get(delegateId) !== undefined
  );
}

export function hasSpokenOnItem(db: Db, itemId: number, delegateId: number, exceptId = 0): boolean {
  return (
    db
      .prepare(
        `SELECT 1 FROM speech WHERE agenda_item_id = ? AND delegate_id = ? AND id != ?
         AND kind IN ('speech', 'secondSpeech') AND first_started_at IS NOT NULL LIMIT 1`,
      )
      .get(itemId, delegateId, exceptId) !== undefined
  );
}

/** An open request (waiting or at the rostrum) of the same person and kind on the item. */
export function findOpenRequest(db: Db, itemId: number, delegateId: number, kinds: readonly SpeechKind[]): Speech | undefined {
  const row = db
    .prepare(
      `SELECT * FROM speech WHERE agenda_item_id = ? AND delegate_id = ? AND status IN ('queued', 'called', 'speaking')
       AND kind IN (${kinds.map(() => '?').join(', ')}) LIMIT 1`,
    )
    .get(itemId, delegateId, ...kinds) as SpeechRow | undefined;
  return row ? rowToSpeech(row) : undefined;
}

/**
 * The speeches of a session that used the floor (started at least once), as the speech totals
 * count them, with only the columns the review reads. Read as arrays and built here as literals:
 * 5,000 rows load in about 60 % of the time the driver takes to build keyed objects, and every
 * row shares one shape for the review's loops that read them.
 */
export function listFloorSpeeches(db: Db, sessionId: number): FloorSpeech[] {
  const rows = db
    .prepare(
      `SELECT s.id, s.agenda_item_id, s.delegate_id, s.kind, s.limit_ms, s.extra_ms, s.started_at, s.accumulated_ms
       FROM speech s WHERE s.first_started_at IS NOT NULL AND s.agenda_item_id IN (SELECT id FROM agenda_item WHERE session_id = ?) ORDER BY s.id`,
    )
    .raw()
    .all(sessionId) as [number, number, number, SpeechKind, number, number, number | null, number][];
  return rows.map(([id, agendaItemId, delegateId, kind, limitMs, extraMs, startedAt, accumulatedMs]) => ({ id, agendaItemId, delegateId, kind, limitMs, extraMs, startedAt, accumulatedMs }));
}
