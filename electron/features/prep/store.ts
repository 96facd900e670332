import type { Db } from '../../store/db';
import type { AgendaKind } from '../../../common/agenda/model';
import type { SittingPart } from '../../../common/timing/model';
import type { TemplateItem } from '../../../common/prep/model';
import { textKey } from '../../../common/fold';

export interface SavedTemplate {
  id: number;
  name: string;
  items: TemplateItem[];
}

interface TemplateRow {
  id: number;
  name: string;
  items: string;
}

const rowToTemplate = (r: TemplateRow): SavedTemplate => ({ id: r.id, name: r.name, items: JSON.parse(r.items) as TemplateItem[] });

export function listTemplates(db: Db): SavedTemplate[] {
  return (db.prepare('SELECT id, name, items FROM agenda_template ORDER BY name').all() as TemplateRow[]).map(rowToTemplate);
}

export function getTemplate(db: Db, id: number): SavedTemplate | undefined {
  const row = db.prepare('SELECT id, name, items FROM agenda_template WHERE id = ?').get(id) as TemplateRow | undefined;
  return row ? rowToTemplate(row) : undefined;
}

/** Whether a template has this name, case ignored in Vietnamese letters too (SQLite's NOCASE folds A–Z only). */
export function templateNameTaken(db: Db, name: string): boolean {
  const key = textKey(name);
  return (db.prepare('SELECT name FROM agenda_template').pluck().all() as string[]).some((n) => textKey(n) === key);
}

export function insertTemplate(db: Db, name: string, items: TemplateItem[], now: number): number {
  return Number(db.prepare('INSERT INTO agenda_template (name, items, created_at) VALUES (?, ?, ?)').run(name, JSON.stringify(items), now).lastInsertRowid);
}

export function deleteTemplate(db: Db, id: number): void {
  db.prepare('DELETE FROM agenda_template WHERE id = ?').run(id);
}

/** One item of a session's agenda with its structure: what a template or a copy keeps. */
export interface StructuredItem {
  id: number;
  title: string;
  kind: AgendaKind;
  presenter: string;
  plannedMinutes: number;
  parentId: number | null;
  sitting: { date: string; part: SittingPart; plannedStart: string; plannedEnd: string } | null;
}

export function agendaStructure(db: Db, sessionId: number): StructuredItem[] {
  const rows = db
    .prepare(
      `SELECT a.id, a.title, a.kind, a.presenter, a.planned_minutes, a.parent_id, s.date, s.part, s.planned_start, s.planned_end
       FROM agenda_item a LEFT JOIN sitting s ON s.id = a.sitting_id WHERE a.session_id = ? ORDER BY a.position`,
    )
    .all(sessionId) as {
    id: number; title: string; kind: AgendaKind; presenter: string; planned_minutes: number; parent_id: number | null;
    date: string | null; part: SittingPart | null; planned_start: string | null; planned_end: string | null;
  }[];
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    kind: r.kind,
    presenter: r.presenter,
    plannedMinutes: r.planned_minutes,
    parentId: r.parent_id,
    sitting: r.date && r.part ? { date: r.date, part: r.part, plannedStart: r.planned_start!, plannedEnd: r.planned_end! } : null,
  }));
}

/**
 * What each session other than `exceptId` holds, for the preview of a copy, counted in SQL.
 * The current session is left out: its agenda changes with every edit, the others only
 * change when they become current (which republishes every slice).
 */
export interface SessionSummary {
  id: number;
  items: number;
  subItems: number;
  sittings: number;
  topics: number;
  /** Where it sat, and how many chairs and secretaries its minutes name: a copy may bring them. */
  place: string;
  chairs: number;
  secretaries: number;
}

export function sessionSummaries(db: Db, exceptId: number | null): SessionSummary[] {
  return db
    .prepare(
      `SELECT s.id,
         (SELECT count(*) FROM agenda_item a WHERE a.session_id = s.id) AS items,
         (SELECT count(*) FROM agenda_item a WHERE a.session_id = s.id AND a.parent_id IS NOT NULL) AS subItems,
         (SELECT count(*) FROM sitting t WHERE t.session_id = s.id) AS sittings,
         (SELECT count(*) FROM question_topic q WHERE q.session_id = s.id) AS topics,
         coalesce((SELECT r.place FROM session_record r WHERE r.session_id = s.id), '') AS place,
         (SELECT count(*) FROM session_officer o WHERE o.session_id = s.id AND o.role = 'chair') AS chairs,
         (SELECT count(*) FROM session_officer o WHERE o.session_id = s.id AND o.role = 'secretary') AS secretaries
       FROM session s WHERE s.id IS NOT ? ORDER BY s.term, s.number`,
    )
    .all(exceptId) as SessionSummary[];
}

/**
 * What the session's record has attached to an item, which replacing the programme must not
 * cut loose: questions asked under it, votes (resolutions or personnel) held on it.
 */
export function itemAttachment(db: Db, itemId: number): 'questions' | 'votes' | null {
  if (db.prepare('SELECT 1 FROM question WHERE agenda_item_id = ? LIMIT 1').get(itemId)) return 'questions';
  const vote = db.prepare('SELECT 1 FROM vote WHERE agenda_item_id = ? UNION ALL SELECT 1 FROM personnel_vote WHERE agenda_item_id = ? LIMIT 1').get(itemId, itemId);
  return vote ? 'votes' : null;
}

/**
 * Deletes a session's whole agenda, each item's waiting requests and document number first
 * and sub-items before their main item, so that undo (which restores in reverse) puts main
 * items back before what points at them.
 */
export function deleteAgenda(db: Db, sessionId: number): void {
  const ids = db.prepare('SELECT id FROM agenda_item WHERE session_id = ? ORDER BY parent_id IS NULL, position DESC').pluck().all(sessionId) as number[];
  const requests = db.prepare('DELETE FROM speech WHERE agenda_item_id = ?');
  const documents = db.prepare('DELETE FROM item_document WHERE agenda_item_id = ?');
  for (const id of ids) {
    requests.run(id);
    documents.run(id);
  }
  const item = db.prepare('DELETE FROM agenda_item WHERE id = ?');
  for (const id of ids) item.run(id);
}
