import type { Migration } from './migration';

/**
 * Who last changed each field a form edits (a delegate's seat, an agenda item's title…), and at
 * which revision: one row per field, written by the engine after each command (engine/edits.ts).
 * An edit sent from a form opened before another console changed the same field is refused,
 * naming who changed it and what it is now; a change of another field of the same record is
 * kept. The journal says which command ran, not which fields it changed, so it could not tell
 * the chair's new seat from the secretary's new name on the same person.
 */
export const fieldChange: Migration = {
  version: 33,
  name: 'field-change',
  up: `
    CREATE TABLE field_change (
      tbl TEXT NOT NULL,
      row_key INTEGER NOT NULL,
      col TEXT NOT NULL,
      revision INTEGER NOT NULL CHECK (revision > 0),
      actor TEXT NOT NULL,
      device_id INTEGER,
      console_id TEXT,
      PRIMARY KEY (tbl, row_key, col)
    ) STRICT, WITHOUT ROWID;
  `,
};
