import type { Db } from '../../store/db';
import type { SittingPart, SittingStatus, ItemStatus, Sitting, ItemTiming } from '../../../common/timing/model';
import { headingOf, partOf, passedOver, type ItemShape } from '../../../common/timing/stats';
import type { AgendaKind } from '../../../common/agenda/model';

export type SittingInput = Pick<Sitting, 'date' | 'part' | 'plannedStart' | 'plannedEnd'>;

interface SittingRow {
  id: number;
  session_id: number;
  date: string;
  part: SittingPart;
  planned_start: string;
  planned_end: string;
  status: SittingStatus;
  started_at: number | null;
  accumulated_ms: number;
  opened_at: number | null;
  closed_at: number | null;
}

const rowToSitting = (r: SittingRow): Sitting => ({
  id: r.id,
  sessionId: r.session_id,
  date: r.date,
  part: r.part,
  plannedStart: r.planned_start,
  plannedEnd: r.planned_end,
  status: r.status,
  startedAt: r.started_at,
  accumulatedMs: r.accumulated_ms,
  openedAt: r.opened_at,
  closedAt: r.closed_at,
});

export function listSittings(db: Db, sessionId: number): Sitting[] {
  return (db.prepare("SELECT * FROM sitting WHERE session_id = ? ORDER BY date, part = 'afternoon', planned_start").all(sessionId) as SittingRow[]).map(rowToSitting);
}

export function getSitting(db: Db, id: number): Sitting | undefined {
  const row = db.prepare('SELECT * FROM sitting WHERE id = ?').get(id) as SittingRow | undefined;
  return row ? rowToSitting(row) : undefined;
}

export function findSitting(db: Db, sessionId: number, date: string, part: SittingPart): Sitting | undefined {
  const row = db.prepare('SELECT * FROM sitting WHERE session_id = ? AND date = ? AND part = ?').get(sessionId, date, part) as SittingRow | undefined;
  return row ? rowToSitting(row) : undefined;
}

export function insertSitting(db: Db, sessionId: number, s: SittingInput): number {
  return Number(
    db
      .prepare('INSERT INTO sitting (session_id, date, part, planned_start, planned_end) VALUES (?, ?, ?, ?, ?)')
      .run(sessionId, s.date, s.part, s.plannedStart, s.plannedEnd).lastInsertRowid,
  );
}

export function updateSittingPlan(db: Db, id: number, s: SittingInput): void {
  db.prepare('UPDATE sitting SET date = ?, part = ?, planned_start = ?, planned_end = ? WHERE id = ?').run(s.date, s.part, s.plannedStart, s.plannedEnd, id);
}

export function deleteSitting(db: Db, id: number): void {
  db.prepare('DELETE FROM sitting WHERE id = ?').run(id);
}

export function setSittingClock(db: Db, id: number, c: Pick<Sitting, 'status' | 'startedAt' | 'accumulatedMs' | 'openedAt' | 'closedAt'>): void {
  db.prepare('UPDATE sitting SET status = ?, started_at = ?, accumulated_ms = ?, opened_at = ?, closed_at = ? WHERE id = ?').run(
    c.status,
    c.startedAt,
    c.accumulatedMs,
    c.openedAt,
    c.closedAt,
    id,
  );
}

interface TimingRow {
  id: number;
  sitting_id: number | null;
  parent_id: number | null;
  status: ItemStatus;
  started_at: number | null;
  accumulated_ms: number;
  extra_minutes: number;
  finished_at: number | null;
}

const TIMING_COLUMNS = 'id, sitting_id, parent_id, status, started_at, accumulated_ms, extra_minutes, finished_at';
type Segment = ItemTiming['segments'][number];

const rowToTiming = (r: TimingRow, segments: Segment[]): ItemTiming => ({
  id: r.id,
  sittingId: r.sitting_id,
  parentId: r.parent_id,
  status: r.status,
  startedAt: r.started_at,
  accumulatedMs: r.accumulated_ms,
  extraMinutes: r.extra_minutes,
  finishedAt: r.finished_at,
  segments,
});

/**
 * Whether a sitting's programme is done: it has items and each is finished or skipped, or one the
 * sitting does not take up (a heading, an item sent to the delegates to study). The
 * chair who moves on from such a sitting to another one has closed it, not suspended it.
 */
export function sittingDone(db: Db, sittingId: number): boolean {
  const rows = db
    .prepare(
      `SELECT a.status, ${SHAPE_COLUMNS} FROM agenda_item a WHERE a.sitting_id = ?`,
    )
    .all(sittingId) as (ShapeRow & { status: string })[];
  // A heading or an item sent to the delegates to study is not left: the sitting never takes it up (passedOver).
  return rows.length > 0 && rows.every((r) => r.status === 'finished' || r.status === 'skipped' || passedOver(r, subKindsOf(r)));
}

/** An item's fields that decide whether the sitting takes it up, and its sub-items' kinds (comma-separated). */
const SHAPE_COLUMNS = `a.planned_minutes AS plannedMinutes, a.kind, a.title, a.presenter, a.parent_id AS parentId,
  (SELECT group_concat(c.kind) FROM agenda_item c WHERE c.parent_id = a.id) AS subKinds`;
type ShapeRow = ItemShape & { subKinds: string | null };
const subKindsOf = (r: ShapeRow): AgendaKind[] => (r.subKinds ? (r.subKinds.split(',') as AgendaKind[]) : []);

/**
 * The first item of `kind` after `itemId` in the programme, in the same sitting, not over (finished or
 * skipped) and not a heading: common/speakers/floor.ts discussionAfter by point queries, as the
 * engine asks it on every speaker action while a report runs (reading the whole programme and its
 * timings for it made resuming an item half a millisecond slower). Null when there is none.
 */
export function nextInSitting(db: Db, itemId: number, kind: AgendaKind): number | null {
  const at = db.prepare('SELECT session_id, position, sitting_id FROM agenda_item WHERE id = ?').get(itemId) as
    | { session_id: number; position: number; sitting_id: number | null }
    | undefined;
  if (!at) return null;
  const after = db
    .prepare(
      `SELECT a.id, ${SHAPE_COLUMNS} FROM agenda_item a
       WHERE a.session_id = ? AND a.position > ? AND a.kind = ? AND a.sitting_id IS ? AND a.status NOT IN ('finished', 'skipped')
       ORDER BY a.position`,
    )
    .iterate(at.session_id, at.position, kind, at.sitting_id) as IterableIterator<ShapeRow & { id: number }>;
  for (const r of after) if (!headingOf(r, subKindsOf(r))) return r.id;
  return null;
}

/**
 * Whether an item is a part of the programme (partOf): a main item heading its sub-items, whose
 * minutes are the part's budget. The sitting never runs it on its own.
 */
export function isPartItem(db: Db, itemId: number): boolean {
  const r = db.prepare(`SELECT ${SHAPE_COLUMNS} FROM agenda_item a WHERE a.id = ?`).get(itemId) as ShapeRow | undefined;
  return r !== undefined && partOf(r, subKindsOf(r));
}

/** When the last of a sitting's items stopped (its latest segment's end); null when none ran or one still runs. */
export function sittingLastEnd(db: Db, sittingId: number): number | null {
  const row = db
    .prepare('SELECT max(s.ended_at) AS at, sum(s.ended_at IS NULL) AS open FROM item_segment s JOIN agenda_item a ON a.id = s.item_id WHERE a.sitting_id = ?')
    .get(sittingId) as { at: number | null; open: number | null };
  return row.open ? null : row.at;
}

export function listTimings(db: Db, sessionId: number): ItemTiming[] {
  const rows = db.prepare(`SELECT ${TIMING_COLUMNS} FROM agenda_item WHERE session_id = ? ORDER BY position`).all(sessionId) as TimingRow[];
  const segs = db
    .prepare(
      `SELECT s.item_id, s.started_at, s.ended_at FROM item_segment s JOIN agenda_item a ON a.id = s.item_id
       WHERE a.session_id = ? ORDER BY s.started_at, s.id`,
    )
    .all(sessionId) as { item_id: number; started_at: number; ended_at: number | null }[];
  const byItem = new Map<number, Segment[]>();
  for (const s of segs) {
    const list = byItem.get(s.item_id) ?? [];
    list.push({ startedAt: s.started_at, endedAt: s.ended_at });
    byItem.set(s.item_id, list);
  }
  return rows.map((r) => rowToTiming(r, byItem.get(r.id) ?? []));
}

/**
 * One item's timing with its first and latest run segments only, as the `timing` slice publishes
 * it (screens need when the item first started, and when it last started and stopped; the minutes
 * and review read every segment with listTimings). Two index steps however often the item was
 * paused; the timer itself (startedAt, accumulatedMs) needs no segment.
 */
export function getLiveTiming(db: Db, id: number): ItemTiming | undefined {
  const row = db.prepare(`SELECT ${TIMING_COLUMNS} FROM agenda_item WHERE id = ?`).get(id) as TimingRow | undefined;
  if (!row) return undefined;
  const segment = (order: 'ASC' | 'DESC') =>
    db.prepare(`SELECT id, started_at AS startedAt, ended_at AS endedAt FROM item_segment WHERE item_id = ? ORDER BY started_at ${order}, id ${order} LIMIT 1`).get(id) as (Segment & { id: number }) | undefined;
  const first = segment('ASC');
  const last = first && segment('DESC')!;
  const ends = !first || !last ? [] : [first, ...(last.id === first.id ? [] : [last])].map(({ startedAt, endedAt }) => ({ startedAt, endedAt }));
  return rowToTiming(row, ends);
}

/**
 * The item that is on: the running one, else the one paused most recently (engine/liveItem.ts
 * states the rule; this is the same rule as one query); null when none is.
 */
export function liveItemId(db: Db, sessionId: number): number | null {
  const row = db
    .prepare(
      `SELECT a.id FROM agenda_item a WHERE a.session_id = ? AND a.status IN ('running', 'paused')
       ORDER BY a.status = 'running' DESC,
         coalesce((SELECT s.ended_at FROM item_segment s WHERE s.item_id = a.id ORDER BY s.started_at DESC, s.id DESC LIMIT 1), 0) DESC,
         a.position LIMIT 1`,
    )
    .get(sessionId) as { id: number } | undefined;
  return row?.id ?? null;
}

/** A sitting of the session is open or suspended, or an item runs: the hall is watching it. */
export function sessionUnderway(db: Db, sessionId: number): boolean {
  const sitting = db.prepare("SELECT 1 FROM sitting WHERE session_id = ? AND status IN ('open', 'suspended') LIMIT 1").get(sessionId);
  return sitting !== undefined || runningItemId(db, sessionId) !== null;
}

/** The item whose timer runs now, if any: at most one per session. */
export function runningItemId(db: Db, sessionId: number): number | null {
  const row = db.prepare("SELECT id FROM agenda_item WHERE session_id = ? AND status = 'running'").get(sessionId) as { id: number } | undefined;
  return row?.id ?? null;
}

/** Sets an item's status and clock; `finishedAt` only with a finish the chair made (any other status clears it). */
export function setItemTimer(db: Db, id: number, t: Pick<ItemTiming, 'status' | 'startedAt' | 'accumulatedMs'> & { finishedAt?: number }): void {
  db.prepare('UPDATE agenda_item SET status = ?, started_at = ?, accumulated_ms = ?, finished_at = ? WHERE id = ?').run(t.status, t.startedAt, t.accumulatedMs, t.finishedAt ?? null, id);
}

export function setItemSitting(db: Db, id: number, sittingId: number | null): void {
  db.prepare('UPDATE agenda_item SET sitting_id = ? WHERE id = ?').run(sittingId, id);
}

export function setItemParent(db: Db, id: number, parentId: number | null): void {
  db.prepare('UPDATE agenda_item SET parent_id = ? WHERE id = ?').run(parentId, id);
}

export function setExtraMinutes(db: Db, id: number, minutes: number): void {
  db.prepare('UPDATE agenda_item SET extra_minutes = ? WHERE id = ?').run(minutes, id);
}

export function openSegment(db: Db, itemId: number, at: number): number {
  return Number(db.prepare('INSERT INTO item_segment (item_id, started_at) VALUES (?, ?)').run(itemId, at).lastInsertRowid);
}

/** The open segment of an item, if its timer runs. */
export function openSegmentId(db: Db, itemId: number): number | null {
  const row = db.prepare('SELECT id FROM item_segment WHERE item_id = ? AND ended_at IS NULL').get(itemId) as { id: number } | undefined;
  return row?.id ?? null;
}

export function closeSegment(db: Db, segmentId: number, at: number): void {
  db.prepare('UPDATE item_segment SET ended_at = max(started_at, ?) WHERE id = ?').run(at, segmentId);
}

export function childCount(db: Db, itemId: number): number {
  return (db.prepare('SELECT count(*) AS n FROM agenda_item WHERE parent_id = ?').get(itemId) as { n: number }).n;
}
