/**
 * The journal as the Activity view reads it: newest first, each entry tagged with the sitting
 * that was open when it was done, payloads with long texts cut (an emblem is 256 KB of base64
 * and says nothing in a log).
 */
import type { Db } from '../../store/db';
import { NOTE_SUBJECTS, type NoteSubject } from '../../../common/record/model';
import { noteSubjectNames, type NoteSubjectNames } from '../record/store';

export interface ActivityEntry {
  revision: number;
  at: number;
  actor: string;
  type: string;
  payload: Record<string, unknown>;
  /** The sitting open (or suspended) at that moment, if any. */
  sittingId: number | null;
}

export interface ActivitySitting {
  id: number;
  sessionId: number;
  date: string;
  part: string;
}

export interface Activity {
  entries: ActivityEntry[];
  sittings: ActivitySitting[];
  /** Entries in the journal in all; `entries` holds at most the newest `limit`. */
  total: number;
  /**
   * The titles of the votes the entries name (`vote.*` commands' `id`), by id: the `votes` slice
   * holds only the current session's, and entries about earlier sessions' votes must still name them.
   */
  voteTitles: Record<number, string>;
  /** Likewise the titles of the agenda items the `item.*` entries name (the `agenda` slice holds the current session's only). */
  itemTitles: Record<number, string>;
  /** The person of each speech the `speaker.*` entries name by its `id` (a queue move, a withdrawal), for rows written before the journal recorded `about.who`. */
  speechPeople: Record<number, string>;
  /**
   * What the note of each undone, redone or set-aside note step was on, by the step's subject
   * ("speech:12"): the agenda item, and the person of a speech, question or answer. A note's step
   * names its note only by that reference (its field finds its own Undo by it).
   */
  noteSubjects: Record<string, NoteSubjectNames>;
}

export type { NoteSubjectNames };

/** The journal rows an export or a screen should ever need at once. */
export const ACTIVITY_LIMIT = 20_000;
const LONG_TEXT = 300;

function trim(value: unknown): unknown {
  if (typeof value === 'string') return value.length > LONG_TEXT ? `${value.slice(0, 60)}… (${value.length})` : value;
  if (Array.isArray(value)) return value.map(trim);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, trim(v)]));
  return value;
}

export function readActivity(db: Db, limit = ACTIVITY_LIMIT): Activity {
  const sittings = db
    .prepare('SELECT id, session_id AS sessionId, date, part, opened_at AS openedAt, closed_at AS closedAt FROM sitting WHERE opened_at IS NOT NULL ORDER BY opened_at')
    .all() as (ActivitySitting & { openedAt: number; closedAt: number | null })[];
  const rows = db
    .prepare('SELECT revision, at, actor, type, payload FROM journal ORDER BY revision DESC LIMIT ?')
    .all(Math.max(1, Math.min(limit, ACTIVITY_LIMIT))) as { revision: number; at: number; actor: string; type: string; payload: string }[];
  const total = db.prepare('SELECT count(*) FROM journal').pluck().get() as number;
  const entries = rows.map((r) => {
    let payload: Record<string, unknown> = {};
    try {
      payload = trim(JSON.parse(r.payload)) as Record<string, unknown>;
    } catch {
      // A journal row is written by the engine as JSON; if one is not, the entry still shows.
    }
    // The sitting.open row itself is at opened_at; the close row at closed_at: both belong to it.
    const s = sittings.findLast((x) => x.openedAt <= r.at && (x.closedAt === null || r.at <= x.closedAt));
    return { ...r, payload, sittingId: s?.id ?? null };
  });
  return {
    entries,
    sittings: sittings.map(({ id, sessionId, date, part }) => ({ id, sessionId, date, part })),
    total,
    voteTitles: titlesOf(db, entries, 'vote.', 'SELECT id, resolution_title AS title FROM vote WHERE id IN (SELECT value FROM json_each(?))'),
    itemTitles: titlesOf(db, entries, 'item.', 'SELECT id, title FROM agenda_item WHERE id IN (SELECT value FROM json_each(?))'),
    speechPeople: titlesOf(db, entries, 'speaker.', 'SELECT s.id, d.full_name AS title FROM speech s JOIN delegate d ON d.id = s.delegate_id WHERE s.id IN (SELECT value FROM json_each(?))'),
    noteSubjects: noteSubjectsOf(db, entries),
  };
}

function noteSubjectsOf(db: Db, entries: readonly ActivityEntry[]): Record<string, NoteSubjectNames> {
  const out: Record<string, NoteSubjectNames> = {};
  for (const e of entries) {
    const about = e.payload.about as { action?: unknown; subject?: unknown } | undefined;
    // The notes' undo scope and step (record/commands.ts NOTES_UNDO_SCOPE, 'note.set').
    if (e.payload.scope !== 'notes' || about?.action !== 'note' || typeof about.subject !== 'string' || Object.hasOwn(out, about.subject)) continue;
    const [subject, id] = about.subject.split(':');
    if (!NOTE_SUBJECTS.includes(subject as NoteSubject) || !/^\d+$/.test(id ?? '')) continue;
    const row = noteSubjectNames(db, subject as NoteSubject, Number(id));
    if (row) out[about.subject] = row;
  }
  return out;
}

/** The titles of the rows that the entries of commands `prefix*` name by their `id` (a deleted row has none). */
function titlesOf(db: Db, entries: readonly ActivityEntry[], prefix: string, sql: string): Record<number, string> {
  const ids = new Set(entries.filter((e) => e.type.startsWith(prefix) && typeof e.payload.id === 'number').map((e) => e.payload.id as number));
  if (ids.size === 0) return {};
  const rows = db.prepare(sql).all(JSON.stringify([...ids])) as { id: number; title: string }[];
  return Object.fromEntries(rows.map((r) => [r.id, r.title]));
}
