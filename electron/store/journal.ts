import type { Db } from './db';

export interface JournalEntry {
  revision: number;
  at: number;
  actor: string;
  type: string;
  payload: unknown;
}

export function appendJournal(db: Db, e: Omit<JournalEntry, 'revision'>): number {
  return Number(
    db
      .prepare('INSERT INTO journal (at, actor, type, payload) VALUES (?, ?, ?, ?)')
      .run(e.at, e.actor, e.type, JSON.stringify(e.payload)).lastInsertRowid,
  );
}

export function lastRevision(db: Db): number {
  return (db.prepare('SELECT coalesce(max(revision), 0) AS r FROM journal').get() as { r: number }).r;
}

export function readJournal(db: Db, limit = 100): JournalEntry[] {
  const rows = db
    .prepare('SELECT revision, at, actor, type, payload FROM journal ORDER BY revision DESC LIMIT ?')
    .all(limit) as { revision: number; at: number; actor: string; type: string; payload: string }[];
  return rows.map((r) => ({ ...r, payload: JSON.parse(r.payload) }));
}
