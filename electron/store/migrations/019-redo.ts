import type { Migration } from './migration';

/**
 * Steps taken back by undo, kept so a Ctrl+Z pressed once too often can be redone. A step moves
 * here when it is undone and back to `undo_step` when it is redone; a new step of the same scope
 * empties its scope here, as in any editor. Same columns as `undo_step`.
 */
export const redo: Migration = {
  version: 19,
  name: 'redo',
  up: `
    CREATE TABLE redo_step (
      id INTEGER PRIMARY KEY,
      scope TEXT NOT NULL,
      label TEXT NOT NULL,
      at INTEGER NOT NULL,
      images TEXT NOT NULL,
      session_id INTEGER,
      actor TEXT NOT NULL DEFAULT '',
      action TEXT NOT NULL DEFAULT '',
      subject TEXT NOT NULL DEFAULT '',
      count INTEGER
    ) STRICT;
    CREATE INDEX redo_step_scope ON redo_step(scope, id);
  `,
};
