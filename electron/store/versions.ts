import type { Db } from './db';

/**
 * The correction history of a vote: every correction appends the counts as they stood, numbered
 * 1, 2, … per vote, with why, when and who. Resolution votes (`vote_version`) and personnel
 * votes (`personnel_version`) keep it in tables of the same shape; what the counts hold is
 * each one's own.
 */
export type VersionTable = 'vote_version' | 'personnel_version';

/** What every version records besides its counts. */
export interface VersionHead {
  version: number;
  reason: string;
  at: number;
  actor: string;
}

export interface VersionRow<C> extends VersionHead {
  counts: C;
}

export function readVersions<C>(db: Db, table: VersionTable, voteId: number): VersionRow<C>[] {
  const rows = db.prepare(`SELECT version, reason, at, actor, counts FROM ${table} WHERE vote_id = ? ORDER BY version`).all(voteId) as VersionRow<string>[];
  return rows.map((r) => ({ ...r, counts: JSON.parse(r.counts) as C }));
}

/** Appends the counts as the vote's next version; returns its number. */
export function appendVersionRow(db: Db, table: VersionTable, voteId: number, reason: string, at: number, actor: string, counts: unknown): number {
  const next = (db.prepare(`SELECT COALESCE(MAX(version), 0) + 1 AS n FROM ${table} WHERE vote_id = ?`).get(voteId) as { n: number }).n;
  db.prepare(`INSERT INTO ${table} (vote_id, version, reason, at, actor, counts) VALUES (?, ?, ?, ?, ?, ?)`).run(voteId, next, reason, at, actor, JSON.stringify(counts));
  return next;
}
