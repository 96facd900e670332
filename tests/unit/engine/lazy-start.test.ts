import { describe, expect, it } from 'vitest';
import { Engine } from '../../../electron/engine/engine';
import { openStore } from '../../../electron/store/db';
import { newEngine, ok, seedBasics } from '../helpers';

const triggers = (db: ReturnType<typeof openStore>) =>
  db.prepare("SELECT count(*) FROM temp.sqlite_schema WHERE type = 'trigger' AND name LIKE 'gavel_capture_%'").pluck().get() as number;

describe('an engine starting up', () => {
  it('reads no slice and installs no capture until something asks', () => {
    const db = openStore(':memory:');
    const engine = new Engine(db);
    expect(triggers(db)).toBe(0);
    expect(engine.current.council).toBeDefined();
    expect(triggers(db)).toBe(0);
  });

  it('installs the capture just after the first snapshot, before any command', async () => {
    const db = openStore(':memory:');
    const engine = new Engine(db);
    engine.snapshot();
    await new Promise((r) => setImmediate(r));
    expect(triggers(db)).toBeGreaterThan(30);
  });

  it('brings the state read before the first command up to date, as a rebuild from the database reads it', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    // A second engine on the same file, nothing read yet: its first commands start an item and
    // queue a speaker (the speaker slices, speech totals and undo offers all move).
    const fresh = new Engine(db);
    const sittingId = ok(fresh, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    ok(fresh, 'sitting.open', { id: sittingId });
    const itemId = ok(fresh, 'agenda.add', { title: 'Thảo luận tại hội trường', kind: 'discussion' }).id;
    ok(fresh, 'agenda.assign', { id: itemId, sittingId });
    const hang = ok(fresh, 'delegate.add', { fullName: 'Nguyễn Thị Hằng' }).id;
    ok(fresh, 'item.start', { id: itemId, current: 'finish' });
    ok(fresh, 'speaker.request', { delegateId: hang });
    expect(fresh.current).toEqual(new Engine(db).current);
  });

  it('keeps the capture a refused first command installed (the refusal rolls back only the command)', () => {
    const { engine, db } = newEngine();
    expect(engine.run('undo', { scope: 'timing' }).ok).toBe(false);
    seedBasics(engine); // refused as "something went wrong" when the capture had gone with the refusal
    expect(engine.current).toEqual(new Engine(db).current);
  });

  it('leaves a closed database alone when the warm-up comes after it closed', async () => {
    const db = openStore(':memory:');
    const engine = new Engine(db);
    engine.snapshot();
    db.close();
    await new Promise((r) => setImmediate(r));
    expect(() => engine.warm()).not.toThrow();
  });
});
