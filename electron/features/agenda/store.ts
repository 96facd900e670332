import type { Db } from '../../store/db';
import type { AgendaKind, AgendaItem } from '../../../common/agenda/model';
import { outlineNumbers, type OutlineRow } from '../../../common/agenda/outline';

export type AgendaItemInput = Pick<AgendaItem, 'title' | 'kind' | 'presenter' | 'plannedMinutes'>;

interface AgendaRow {
  id: number;
  session_id: number;
  position: number;
  title: string;
  kind: AgendaKind;
  presenter: string;
  planned_minutes: number;
}

const rowToItem = (r: AgendaRow): AgendaItem => ({
  id: r.id,
  sessionId: r.session_id,
  position: r.position,
  title: r.title,
  kind: r.kind,
  presenter: r.presenter,
  plannedMinutes: r.planned_minutes,
});

export function listAgenda(db: Db, sessionId: number): AgendaItem[] {
  return (
    db.prepare('SELECT * FROM agenda_item WHERE session_id = ? ORDER BY position').all(sessionId) as AgendaRow[]
  ).map(rowToItem);
}

/** The first item of `kind` in the session's order, else its first item: one row, not the whole agenda. */
export function firstAgendaItemId(db: Db, sessionId: number, kind: AgendaKind): number | null {
  const row = db
    .prepare('SELECT id FROM agenda_item WHERE session_id = ? ORDER BY kind = ? DESC, position LIMIT 1')
    .get(sessionId, kind) as { id: number } | undefined;
  return row?.id ?? null;
}

export function getAgendaItem(db: Db, id: number): AgendaItem | undefined {
  const row = db.prepare('SELECT * FROM agenda_item WHERE id = ?').get(id) as AgendaRow | undefined;
  return row ? rowToItem(row) : undefined;
}

/** A session's items as (id, position), in agenda order: what a move or a reordering needs, without reading the items. */
export function itemPositions(db: Db, sessionId: number): [number, number][] {
  return db.prepare('SELECT id, position FROM agenda_item WHERE session_id = ? ORDER BY position, id').raw().all(sessionId) as [number, number][];
}

/** The session an item belongs to (undefined: no such item): the check many commands and patches make, without reading the item. */
export function itemSessionId(db: Db, id: number): number | undefined {
  return db.prepare('SELECT session_id FROM agenda_item WHERE id = ?').pluck().get(id) as number | undefined;
}

/** Inserts at the end, or at `index` (0-based) shifting the rest down. */
export function insertAgendaItem(db: Db, sessionId: number, item: AgendaItemInput, index?: number): number {
  const ids = listAgenda(db, sessionId).map((i) => i.id);
  const id = Number(
    db
      .prepare(
        `INSERT INTO agenda_item (session_id, position, title, kind, presenter, planned_minutes)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(sessionId, ids.length, item.title, item.kind, item.presenter, item.plannedMinutes).lastInsertRowid,
  );
  if (index !== undefined && index < ids.length) {
    ids.splice(index, 0, id);
    reorderAgenda(db, ids);
  }
  return id;
}

export function updateAgendaItem(db: Db, id: number, item: AgendaItemInput): void {
  db.prepare('UPDATE agenda_item SET title = ?, kind = ?, presenter = ?, planned_minutes = ? WHERE id = ?').run(
    item.title,
    item.kind,
    item.presenter,
    item.plannedMinutes,
    id,
  );
}

/** A session's items as the outline a move keeps whole (common/agenda/outline.ts), in agenda order. */
export function agendaOutline(db: Db, sessionId: number): OutlineRow[] {
  return db
    .prepare('SELECT id, parent_id AS parentId, sitting_id AS sittingId FROM agenda_item WHERE session_id = ? ORDER BY position, id')
    .all(sessionId) as OutlineRow[];
}

/** An item as a reader of the programme names it: "5. Thảo luận …", "2.1. Báo cáo thẩm tra …" (outlineNumbers). */
export function numberedTitle(db: Db, item: Pick<AgendaItem, 'id' | 'sessionId' | 'title'>): string {
  const n = outlineNumbers(agendaOutline(db, item.sessionId)).get(item.id);
  return n === undefined ? item.title : `${n}. ${item.title}`;
}

export function deleteAgendaItem(db: Db, id: number): void {
  const item = getAgendaItem(db, id);
  if (!item) return;
  db.prepare('DELETE FROM agenda_item WHERE id = ?').run(id);
  reorderAgenda(
    db,
    listAgenda(db, item.sessionId).map((i) => i.id),
  );
}

/** Puts a session's items in this order (positions 0..n-1); only rows whose position changes are written: each write is recorded and republished. */
export function reorderAgenda(db: Db, ids: number[]): void {
  const stmt = db.prepare('UPDATE agenda_item SET position = ? WHERE id = ? AND position IS NOT ?');
  ids.forEach((id, position) => stmt.run(position, id, position));
}
