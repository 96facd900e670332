import { describe, expect, it } from 'vitest';
import { openStore } from '../../../electron/store/db';

describe('prepared statement cache', () => {
  it('compiles each SQL text once per connection', () => {
    const db = openStore(':memory:');
    const sql = 'SELECT count(*) AS n FROM journal';
    expect(db.prepare(sql)).toBe(db.prepare(sql));
    expect(db.prepare(sql)).not.toBe(db.prepare('SELECT count(*) AS m FROM journal'));
    db.close();
  });

  it('does not pass one caller’s pluck or raw mode to the next', () => {
    const db = openStore(':memory:');
    const sql = 'SELECT 1 AS one, 2 AS two';
    expect(db.prepare(sql).pluck().get()).toBe(1);
    expect(db.prepare(sql).get()).toEqual({ one: 1, two: 2 });
    expect(db.prepare(sql).raw().get()).toEqual([1, 2]);
    expect(db.prepare(sql).get()).toEqual({ one: 1, two: 2 });
    db.close();
  });

  it('keeps a reused statement correct across schema changes', () => {
    const db = openStore(':memory:');
    db.exec('CREATE TABLE t (a INTEGER) STRICT');
    db.prepare('INSERT INTO t (a) VALUES (?)').run(1);
    expect(db.prepare('SELECT * FROM t').all()).toEqual([{ a: 1 }]);
    db.exec('ALTER TABLE t ADD COLUMN b INTEGER');
    db.prepare('INSERT INTO t (a) VALUES (?)').run(2);
    expect(db.prepare('SELECT * FROM t').all()).toEqual([
      { a: 1, b: null },
      { a: 2, b: null },
    ]);
    db.close();
  });
});
