import type { Migration } from './migration';

/** What the hall screen shows (one row, chosen by the chair) and the council's emblem. */
export const hall: Migration = {
  version: 7,
  name: 'hall',
  up: `
    CREATE TABLE hall_screen (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      mode TEXT NOT NULL CHECK (mode IN ('auto', 'agenda', 'speakers', 'vote', 'message', 'emblem', 'blank')),
      vote_id INTEGER,
      message TEXT NOT NULL DEFAULT '',
      countdown_started_at INTEGER,
      countdown_accumulated_ms INTEGER NOT NULL DEFAULT 0,
      countdown_limit_ms INTEGER,
      theme TEXT NOT NULL DEFAULT 'dark' CHECK (theme IN ('dark', 'light'))
    ) STRICT;

    CREATE TABLE hall_emblem (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      mime TEXT NOT NULL CHECK (mime IN ('image/png', 'image/jpeg')),
      data BLOB NOT NULL,
      updated_at INTEGER NOT NULL
    ) STRICT;
  `,
};
