import type { Migration } from './migration';

/** Council, sessions, roster, agenda, and the journal every command appends to. */
export const foundation: Migration = {
  version: 1,
  name: 'foundation',
  up: `
    CREATE TABLE council (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      name TEXT NOT NULL,
      level TEXT NOT NULL CHECK (level IN ('province', 'commune', 'district', 'other')),
      term INTEGER NOT NULL,
      total_seats INTEGER NOT NULL CHECK (total_seats > 0)
    ) STRICT;

    CREATE TABLE session (
      id INTEGER PRIMARY KEY,
      number INTEGER NOT NULL CHECK (number > 0),
      term INTEGER NOT NULL CHECK (term > 0),
      kind TEXT NOT NULL CHECK (kind IN ('regular', 'extraordinary', 'thematic')),
      title TEXT NOT NULL DEFAULT '',
      start_date TEXT NOT NULL,
      end_date TEXT NOT NULL,
      UNIQUE (term, number)
    ) STRICT;

    CREATE TABLE delegate (
      id INTEGER PRIMARY KEY,
      full_name TEXT NOT NULL,
      title TEXT NOT NULL DEFAULT '',
      delegate_group TEXT NOT NULL DEFAULT '',
      seat_number INTEGER UNIQUE,
      voting INTEGER NOT NULL DEFAULT 1 CHECK (voting IN (0, 1))
    ) STRICT;

    CREATE TABLE agenda_item (
      id INTEGER PRIMARY KEY,
      session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      title TEXT NOT NULL,
      kind TEXT NOT NULL,
      presenter TEXT NOT NULL DEFAULT '',
      planned_minutes INTEGER NOT NULL CHECK (planned_minutes >= 0)
    ) STRICT;
    CREATE INDEX agenda_item_session ON agenda_item(session_id, position);

    CREATE TABLE setting (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE journal (
      revision INTEGER PRIMARY KEY,
      at INTEGER NOT NULL,
      actor TEXT NOT NULL,
      type TEXT NOT NULL,
      payload TEXT NOT NULL
    ) STRICT;
  `,
};
