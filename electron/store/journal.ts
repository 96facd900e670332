import type { Db } from './db';

export interface JournalEntry {
  revision: number;
  at: number;
  actor: string;
  type: string;
  payload: unknown;
  /** The paired device that sent the command (null: the chair's own console or the system). */
  deviceId: number | null;
  /** The role the command was sent with (null in rows written before roles existed). */
  role: string | null;
  /** The thing the command depended on (e.g. "vote:4"), for refusing commands made on a stale view. */
  topic: string | null;
}

/**
 * `consoleId`: the tab or window that sent the command (common/consoleId.ts), so that two tabs of
 * one sender are told apart by the stale-view check; null for the server's own commands and for
 * screens that sent none.
 */
export function appendJournal(
  db: Db,
  e: Omit<JournalEntry, 'revision' | 'deviceId' | 'role' | 'topic'> & Partial<Pick<JournalEntry, 'deviceId' | 'role' | 'topic'>> & { consoleId?: string | null },
): number {
  return Number(
    db
      .prepare('INSERT INTO journal (at, actor, type, payload, device_id, role, topic, console_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(e.at, e.actor, e.type, JSON.stringify(e.payload), e.deviceId ?? null, e.role ?? null, e.topic ?? null, e.consoleId ?? null).lastInsertRowid,
  );
}

export function lastRevision(db: Db): number {
  return (db.prepare('SELECT coalesce(max(revision), 0) AS r FROM journal').get() as { r: number }).r;
}

/**
 * The latest command on `topic` after revision `since` sent by someone else than `by`, if
 * any: what makes a command stale. The sender's own changes are not news to it (quick
 * repeated moves by one operator must not refuse each other). The sender is its actor, device
 * and console (tab or window): another tab of the chair's own laptop is someone else.
 */
export function changedSince(
  db: Db,
  topic: string,
  since: number,
  by: { actor: string; deviceId: number | null; consoleId: string | null },
): Pick<JournalEntry, 'revision' | 'actor' | 'at' | 'deviceId' | 'role'> | null {
  return (
    (db
      .prepare(
        `SELECT revision, actor, at, device_id AS deviceId, role FROM journal
         WHERE topic = ? AND revision > ? AND NOT (actor = ? AND device_id IS ? AND console_id IS ?)
         ORDER BY revision DESC LIMIT 1`,
      )
      .get(topic, since, by.actor, by.deviceId, by.consoleId) as Pick<JournalEntry, 'revision' | 'actor' | 'at' | 'deviceId' | 'role'> | undefined) ?? null
  );
}

export function readJournal(db: Db, limit = 100): JournalEntry[] {
  const rows = db
    .prepare('SELECT revision, at, actor, type, payload, device_id, role, topic FROM journal ORDER BY revision DESC LIMIT ?')
    .all(limit) as { revision: number; at: number; actor: string; type: string; payload: string; device_id: number | null; role: string | null; topic: string | null }[];
  return rows.map(({ device_id, payload, ...r }) => ({ ...r, payload: JSON.parse(payload), deviceId: device_id }));
}

/** What paired devices did lately, newest first: the chair's "who did what" list. */
export function readDeviceActivity(db: Db, limit = 20): Pick<JournalEntry, 'revision' | 'at' | 'actor' | 'type' | 'payload'>[] {
  const rows = db
    .prepare('SELECT revision, at, actor, type, payload FROM journal WHERE device_id IS NOT NULL ORDER BY revision DESC LIMIT ?')
    .all(limit) as { revision: number; at: number; actor: string; type: string; payload: string }[];
  return rows.map((r) => ({ ...r, payload: JSON.parse(r.payload) }));
}
