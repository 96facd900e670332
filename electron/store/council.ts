import type { Db } from './db';

export type CouncilLevel = 'province' | 'commune' | 'district' | 'other';

export interface Council {
  name: string;
  level: CouncilLevel;
  term: number;
  totalSeats: number;
}

interface CouncilRow {
  name: string;
  level: CouncilLevel;
  term: number;
  total_seats: number;
}

const rowToCouncil = (r: CouncilRow): Council => ({ name: r.name, level: r.level, term: r.term, totalSeats: r.total_seats });

export function getCouncil(db: Db): Council | null {
  const row = db.prepare('SELECT name, level, term, total_seats FROM council WHERE id = 1').get() as CouncilRow | undefined;
  return row ? rowToCouncil(row) : null;
}

export function saveCouncil(db: Db, c: Council): void {
  db.prepare(
    `INSERT INTO council (id, name, level, term, total_seats) VALUES (1, @name, @level, @term, @totalSeats)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, level = excluded.level, term = excluded.term, total_seats = excluded.total_seats`,
  ).run(c);
}
