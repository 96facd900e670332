import type { Migration } from './migration';

/**
 * Sittings, agenda structure and item timing. Timers are data: the running segment's start
 * and what earlier segments accumulated, plus every run segment, so a restart (even after
 * kill -9) resumes where the timer truly is and the review can show every pause.
 */
export const agendaLive: Migration = {
  version: 5,
  name: 'agenda-live',
  up: `
    CREATE TABLE sitting (
      id INTEGER PRIMARY KEY,
      session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
      date TEXT NOT NULL,
      part TEXT NOT NULL CHECK (part IN ('morning', 'afternoon')),
      planned_start TEXT NOT NULL,
      planned_end TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'open', 'suspended', 'closed')),
      started_at INTEGER,
      accumulated_ms INTEGER NOT NULL DEFAULT 0 CHECK (accumulated_ms >= 0),
      opened_at INTEGER,
      closed_at INTEGER,
      UNIQUE (session_id, date, part)
    ) STRICT;
    CREATE INDEX sitting_session ON sitting(session_id, date, part);

    ALTER TABLE agenda_item ADD COLUMN sitting_id INTEGER REFERENCES sitting(id) ON DELETE SET NULL;
    ALTER TABLE agenda_item ADD COLUMN parent_id INTEGER REFERENCES agenda_item(id) ON DELETE SET NULL;
    ALTER TABLE agenda_item ADD COLUMN status TEXT NOT NULL DEFAULT 'pending'
      CHECK (status IN ('pending', 'running', 'paused', 'finished', 'skipped'));
    ALTER TABLE agenda_item ADD COLUMN started_at INTEGER;
    ALTER TABLE agenda_item ADD COLUMN accumulated_ms INTEGER NOT NULL DEFAULT 0 CHECK (accumulated_ms >= 0);
    ALTER TABLE agenda_item ADD COLUMN extra_minutes INTEGER NOT NULL DEFAULT 0 CHECK (extra_minutes >= 0);
    CREATE INDEX agenda_item_sitting ON agenda_item(sitting_id);
    CREATE INDEX agenda_item_status ON agenda_item(session_id, status);

    CREATE TABLE item_segment (
      id INTEGER PRIMARY KEY,
      item_id INTEGER NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
      started_at INTEGER NOT NULL,
      ended_at INTEGER,
      CHECK (ended_at IS NULL OR ended_at >= started_at)
    ) STRICT;
    CREATE INDEX item_segment_item ON item_segment(item_id, started_at);
  `,
};
