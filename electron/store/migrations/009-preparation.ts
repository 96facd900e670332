import type { Migration } from './migration';

/**
 * Preparing a session under the 2025 law: the session kind for urgent matters (giải quyết
 * công việc phát sinh đột xuất) joins regular, thematic and the older "extraordinary" (bất
 * thường), which stays for sessions held before; the council keeps the first year of its term
 * (khóa VIII, nhiệm kỳ 2026–2031); saved agenda templates. Levels need no change: province and
 * commune were already there, and district stays for councils recorded before July 2025.
 *
 * SQLite cannot alter a CHECK, so the session table is rebuilt the documented way (new table,
 * copy, drop, rename); migrate() turns foreign keys off for this step and checks them after,
 * so the rows that reference sessions keep their links.
 */
export const preparation: Migration = {
  version: 9,
  name: 'preparation',
  rebuildsTables: true,
  up: `
    CREATE TABLE session_new (
      id INTEGER PRIMARY KEY,
      number INTEGER NOT NULL CHECK (number > 0),
      term INTEGER NOT NULL CHECK (term > 0),
      kind TEXT NOT NULL CHECK (kind IN ('regular', 'thematic', 'urgent', 'extraordinary')),
      title TEXT NOT NULL DEFAULT '',
      start_date TEXT NOT NULL,
      end_date TEXT NOT NULL,
      UNIQUE (term, number)
    ) STRICT;
    INSERT INTO session_new (id, number, term, kind, title, start_date, end_date)
      SELECT id, number, term, kind, title, start_date, end_date FROM session;
    DROP TABLE session;
    ALTER TABLE session_new RENAME TO session;

    ALTER TABLE council ADD COLUMN term_start_year INTEGER CHECK (term_start_year IS NULL OR term_start_year BETWEEN 1946 AND 2200);

    CREATE TABLE agenda_template (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      items TEXT NOT NULL,
      created_at INTEGER NOT NULL
    ) STRICT;
  `,
};
