import type { Db } from '../../store/db';
import { deleteSetting, getSetting, setSetting } from '../../store/settings';
import type { SessionKind, Session } from '../../../common/council/model';

export type SessionInput = Omit<Session, 'id'>;

interface SessionRow {
  id: number;
  number: number;
  term: number;
  kind: SessionKind;
  title: string;
  start_date: string;
  end_date: string;
  hall_lang: 'vi' | 'en';
}

const rowToSession = (r: SessionRow): Session => ({
  id: r.id,
  number: r.number,
  term: r.term,
  kind: r.kind,
  title: r.title,
  startDate: r.start_date,
  endDate: r.end_date,
  hallLang: r.hall_lang,
});

const CURRENT_KEY = 'current_session_id';

export function listSessions(db: Db): Session[] {
  return (db.prepare('SELECT * FROM session ORDER BY term, number').all() as SessionRow[]).map(rowToSession);
}

export function getSession(db: Db, id: number): Session | undefined {
  const row = db.prepare('SELECT * FROM session WHERE id = ?').get(id) as SessionRow | undefined;
  return row ? rowToSession(row) : undefined;
}

export function findSessionByNumber(db: Db, term: number, number: number): Session | undefined {
  const row = db.prepare('SELECT * FROM session WHERE term = ? AND number = ?').get(term, number) as SessionRow | undefined;
  return row ? rowToSession(row) : undefined;
}

export function insertSession(db: Db, s: SessionInput): number {
  return Number(
    db
      .prepare(
        `INSERT INTO session (number, term, kind, title, start_date, end_date, hall_lang)
         VALUES (@number, @term, @kind, @title, @startDate, @endDate, @hallLang)`,
      )
      .run(s).lastInsertRowid,
  );
}

export function updateSession(db: Db, s: Session): void {
  db.prepare(
    `UPDATE session SET number = @number, term = @term, kind = @kind, title = @title,
       start_date = @startDate, end_date = @endDate, hall_lang = @hallLang WHERE id = @id`,
  ).run(s);
}

export function deleteSession(db: Db, id: number): void {
  db.prepare('DELETE FROM session WHERE id = ?').run(id);
  if (getCurrentSessionId(db) === id) deleteSetting(db, CURRENT_KEY);
}

export function getCurrentSessionId(db: Db): number | null {
  return getSetting<number>(db, CURRENT_KEY) ?? null;
}

export function setCurrentSessionId(db: Db, id: number): void {
  setSetting(db, CURRENT_KEY, id);
}
