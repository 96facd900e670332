import type { Db } from '../../store/db';
import { compareNames } from '../../../common/roster/names';
import type { Delegate } from '../../../common/roster/model';

export type DelegateInput = Omit<Delegate, 'id'>;

interface DelegateRow {
  id: number;
  full_name: string;
  title: string;
  delegate_group: string;
  agency: string;
  committee: string;
  seat_number: number | null;
  voting: number;
  list_position: number | null;
}

const rowToDelegate = (r: DelegateRow): Delegate => ({
  id: r.id,
  fullName: r.full_name,
  title: r.title,
  group: r.delegate_group,
  agency: r.agency,
  committee: r.committee,
  seatNumber: r.seat_number,
  voting: r.voting === 1,
});

const delegateToRow = (d: DelegateInput) => ({
  full_name: d.fullName,
  title: d.title,
  delegate_group: d.group,
  agency: d.agency,
  committee: d.committee,
  seat_number: d.seatNumber,
  voting: d.voting ? 1 : 0,
});

export function listDelegates(db: Db): Delegate[] {
  // Seated delegates in seat order; then those without a seat in the order of the office's list
  // they were imported from (its STT), then the rest by name as Vietnamese lists sort it.
  const rows = db.prepare('SELECT * FROM delegate ORDER BY seat_number IS NULL, seat_number').all() as DelegateRow[];
  const listed = rows.filter((r) => r.seat_number === null && r.list_position !== null).sort((a, b) => a.list_position! - b.list_position!);
  const unlisted = rows.filter((r) => r.seat_number === null && r.list_position === null).sort((a, b) => compareNames(a.full_name, b.full_name));
  return [...rows.filter((r) => r.seat_number !== null), ...listed, ...unlisted].map(rowToDelegate);
}

/** The last place taken in the office's list, 0 when nobody was imported in its order. */
export function lastListPosition(db: Db): number {
  return (db.prepare('SELECT MAX(list_position) AS n FROM delegate').get() as { n: number | null }).n ?? 0;
}

export function getDelegate(db: Db, id: number): Delegate | undefined {
  const row = db.prepare('SELECT * FROM delegate WHERE id = ?').get(id) as DelegateRow | undefined;
  return row ? rowToDelegate(row) : undefined;
}

export function findDelegateBySeat(db: Db, seatNumber: number): Delegate | undefined {
  const row = db.prepare('SELECT * FROM delegate WHERE seat_number = ?').get(seatNumber) as DelegateRow | undefined;
  return row ? rowToDelegate(row) : undefined;
}

/** `listPosition`: the person's place in the office's list they were imported from, if it keeps its order. */
export function insertDelegate(db: Db, d: DelegateInput, listPosition: number | null = null): number {
  return Number(
    db
      .prepare(
        `INSERT INTO delegate (full_name, title, delegate_group, agency, committee, seat_number, voting, list_position)
         VALUES (@full_name, @title, @delegate_group, @agency, @committee, @seat_number, @voting, @list_position)`,
      )
      .run({ ...delegateToRow(d), list_position: listPosition }).lastInsertRowid,
  );
}

export function updateDelegate(db: Db, d: Delegate): void {
  db.prepare(
    `UPDATE delegate SET full_name = @full_name, title = @title, delegate_group = @delegate_group,
       agency = @agency, committee = @committee, seat_number = @seat_number, voting = @voting WHERE id = @id`,
  ).run({ ...delegateToRow(d), id: d.id });
}

export function deleteDelegate(db: Db, id: number): void {
  db.prepare('DELETE FROM delegate WHERE id = ?').run(id);
}
