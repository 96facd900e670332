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
  // Seated delegates in seat order, then those without a seat by name as Vietnamese lists sort it.
  const all = (db.prepare('SELECT * FROM delegate ORDER BY seat_number IS NULL, seat_number').all() as DelegateRow[]).map(rowToDelegate);
  const unseated = all.filter((d) => d.seatNumber === null).sort((a, b) => compareNames(a.fullName, b.fullName));
  return [...all.filter((d) => d.seatNumber !== null), ...unseated];
}

export function getDelegate(db: Db, id: number): Delegate | undefined {
  const row = db.prepare('SELECT * FROM delegate WHERE id = ?').get(id) as DelegateRow | undefined;
  return row ? rowToDelegate(row) : undefined;
}

export function findDelegateBySeat(db: Db, seatNumber: number): Delegate | undefined {
  const row = db.prepare('SELECT * FROM delegate WHERE seat_number = ?').get(seatNumber) as DelegateRow | undefined;
  return row ? rowToDelegate(row) : undefined;
}

export function insertDelegate(db: Db, d: DelegateInput): number {
  return Number(
    db
      .prepare(
        `INSERT INTO delegate (full_name, title, delegate_group, agency, committee, seat_number, voting)
         VALUES (@full_name, @title, @delegate_group, @agency, @committee, @seat_number, @voting)`,
      )
      .run(delegateToRow(d)).lastInsertRowid,
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
