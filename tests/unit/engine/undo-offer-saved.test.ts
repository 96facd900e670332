import { describe, expect, it } from 'vitest';
import { sliceBuilders } from '../../../electron/engine/state';
import type { Db } from '../../../electron/store/db';
import { newEngine, ok, seedBasics } from '../helpers';

/** The SQL texts `fn` asks the connection for (the statement cache hands back each one it runs). */
function statementsOf(db: Db, fn: () => void): string[] {
  const prepare = db.prepare;
  const seen: string[] = [];
  db.prepare = ((sql: string) => {
    seen.push(sql);
    return prepare.call(db, sql);
  }) as Db['prepare'];
  try {
    fn();
  } finally {
    db.prepare = prepare;
  }
  return seen;
}

const READ_STEP_BACK = 'SELECT id, scope, session_id, actor, at, action, subject, count FROM undo_step WHERE id = ?';

describe('the undo offer of a step a command just saved', () => {
  it('is offered from what the command saved, without reading the step back, and equals the offer read from the database', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    const sql = statementsOf(db, () => ok(engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng', seatNumber: 1 }));
    expect(sql).not.toContain(READ_STEP_BACK);
    expect(engine.current.undo.roster).toMatchObject({ action: 'add', subject: 'Nguyễn Thị Hằng' });
    expect(engine.current.undo.roster).not.toHaveProperty('count');
    expect(engine.current.undo).toEqual(sliceBuilders.undo(db));
  });

  it('carries the count of a step that names several things, as the database has it', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    ok(engine, 'roster.import', {
      rows: [
        { line: 2, fullName: 'Đinh Văn A', seatNumber: 10 },
        { line: 3, fullName: 'Đinh Văn B', seatNumber: 11 },
      ],
    });
    expect(engine.current.undo.roster).toMatchObject({ action: 'import', count: 2 });
    expect(engine.current.undo).toEqual(sliceBuilders.undo(db));
  });

  it('is read back when a redo puts the step back (the command saved no new step)', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    ok(engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng', seatNumber: 1 });
    ok(engine, 'undo', { scope: 'roster' });
    ok(engine, 'redo', { scope: 'roster' });
    expect(engine.current.undo.roster).toMatchObject({ action: 'add', subject: 'Nguyễn Thị Hằng' });
    expect(engine.current.undo).toEqual(sliceBuilders.undo(db));
  });
});
