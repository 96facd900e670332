import type { Db } from '../../store/db';
import type { CouncilLevel, Council } from '../../../common/council/model';

interface CouncilRow {
  name: string;
  level: CouncilLevel;
  term: number;
  total_seats: number;
  term_start_year: number | null;
}

const rowToCouncil = (r: CouncilRow): Council => ({ name: r.name, level: r.level, term: r.term, totalSeats: r.total_seats, termStartYear: r.term_start_year });

export function getCouncil(db: Db): Council | null {
  const row = db.prepare('SELECT name, level, term, total_seats, term_start_year FROM council WHERE id = 1').get() as CouncilRow | undefined;
  return row ? rowToCouncil(row) : null;
}

/** Saves the council's form; the term's first year is kept (set apart with setTermStartYear). */
export function saveCouncil(db: Db, c: Omit<Council, 'termStartYear'>): void {
  db.prepare(
    `INSERT INTO council (id, name, level, term, total_seats) VALUES (1, @name, @level, @term, @totalSeats)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, level = excluded.level, term = excluded.term, total_seats = excluded.total_seats`,
  ).run(c);
}

export function setTermStartYear(db: Db, year: number | null): void {
  db.prepare('UPDATE council SET term_start_year = ? WHERE id = 1').run(year);
}
