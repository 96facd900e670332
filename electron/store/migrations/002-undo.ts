import type { Migration } from './migration';

/** Before-images of rows, so the chair's last timing or queue action can be undone. */
export const undo: Migration = {
  version: 2,
  name: 'undo',
  up: `
    CREATE TABLE undo_step (
      id INTEGER PRIMARY KEY,
      scope TEXT NOT NULL,
      label TEXT NOT NULL,
      at INTEGER NOT NULL,
      images TEXT NOT NULL
    ) STRICT;
    CREATE INDEX undo_step_scope ON undo_step(scope, id);
  `,
};
