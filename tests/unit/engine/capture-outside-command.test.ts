import { describe, expect, it } from 'vitest';
import { newEngine } from '../helpers';

describe('the change capture', () => {
  it('covers a table the schema gained from the next command on, even when that command is refused (the refusal rolls back only the command)', () => {
    const { engine, db } = newEngine();
    db.exec('CREATE TABLE scratch_note (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
    expect(engine.run('undo', { scope: 'timing' }).ok).toBe(false);
    const triggers = db.prepare("SELECT name FROM temp.sqlite_schema WHERE type = 'trigger' AND name LIKE 'gavel_capture_scratch_note_%' ORDER BY name").pluck().all();
    expect(triggers).toEqual(['gavel_capture_scratch_note_d', 'gavel_capture_scratch_note_i', 'gavel_capture_scratch_note_u']);
  });
});
