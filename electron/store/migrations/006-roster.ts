import type { Migration } from './migration';

/**
 * Roster details (agency, committee), attendance per sitting, and the speaker queue.
 * A sitting is keyed here by a label chosen in the roll-call view ("2026-12-08 sáng"), so
 * attendance does not depend on a sittings table; a later merge can map labels to sittings.
 */
export const roster: Migration = {
  version: 6,
  name: 'roster-attendance-speakers',
  up: `
    ALTER TABLE delegate ADD COLUMN agency TEXT NOT NULL DEFAULT '';
    ALTER TABLE delegate ADD COLUMN committee TEXT NOT NULL DEFAULT '';

    CREATE TABLE roll_call (
      id INTEGER PRIMARY KEY,
      session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
      sitting_label TEXT NOT NULL,
      opened_at INTEGER NOT NULL,
      UNIQUE (session_id, sitting_label)
    ) STRICT;

    -- Only exceptions are stored: everyone without a row is present.
    CREATE TABLE attendance (
      id INTEGER PRIMARY KEY,
      roll_call_id INTEGER NOT NULL REFERENCES roll_call(id) ON DELETE CASCADE,
      delegate_id INTEGER NOT NULL REFERENCES delegate(id) ON DELETE CASCADE,
      status TEXT NOT NULL CHECK (status IN ('absent', 'excused', 'late', 'left')),
      at_time TEXT,
      UNIQUE (roll_call_id, delegate_id)
    ) STRICT;

    CREATE TABLE speech (
      id INTEGER PRIMARY KEY,
      agenda_item_id INTEGER NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
      delegate_id INTEGER NOT NULL REFERENCES delegate(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('speech', 'secondSpeech', 'debateReply', 'pointOfOrder', 'explanation')),
      note TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL CHECK (status IN ('queued', 'called', 'speaking', 'done', 'withdrawn')),
      position INTEGER NOT NULL,
      requested_at INTEGER NOT NULL,
      limit_ms INTEGER NOT NULL CHECK (limit_ms >= 0),
      extra_ms INTEGER NOT NULL DEFAULT 0 CHECK (extra_ms >= 0),
      started_at INTEGER,
      accumulated_ms INTEGER NOT NULL DEFAULT 0,
      pauses INTEGER NOT NULL DEFAULT 0,
      first_started_at INTEGER,
      finished_at INTEGER
    ) STRICT;
    CREATE INDEX speech_item ON speech(agenda_item_id, status, position);
    CREATE INDEX speech_delegate ON speech(delegate_id);
  `,
};
