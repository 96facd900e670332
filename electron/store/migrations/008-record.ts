import type { Migration } from './migration';

/**
 * The session's record (issue 11): where it sits, who presides and who keeps the minutes,
 * the document number and date of each report or submission, the secretary's notes on items,
 * speeches, questions and answers, and the counting committee of a secret ballot. New tables
 * only (plus one column on sitting), so the tables other domains own are left as they were.
 */
export const record: Migration = {
  version: 8,
  name: 'record',
  up: `
    CREATE TABLE session_record (
      id INTEGER PRIMARY KEY,
      session_id INTEGER NOT NULL UNIQUE REFERENCES session(id) ON DELETE CASCADE,
      place TEXT NOT NULL DEFAULT '',
      locality TEXT NOT NULL DEFAULT '',
      minutes_number TEXT NOT NULL DEFAULT ''
    ) STRICT;

    CREATE TABLE session_officer (
      id INTEGER PRIMARY KEY,
      session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
      delegate_id INTEGER NOT NULL REFERENCES delegate(id),
      role TEXT NOT NULL CHECK (role IN ('chair', 'secretary')),
      position INTEGER NOT NULL,
      UNIQUE (session_id, role, delegate_id)
    ) STRICT;

    ALTER TABLE sitting ADD COLUMN presiding_id INTEGER REFERENCES delegate(id);

    CREATE TABLE item_document (
      id INTEGER PRIMARY KEY,
      agenda_item_id INTEGER NOT NULL UNIQUE REFERENCES agenda_item(id) ON DELETE CASCADE,
      number TEXT NOT NULL DEFAULT '',
      date TEXT
    ) STRICT;

    CREATE TABLE record_note (
      id INTEGER PRIMARY KEY,
      subject TEXT NOT NULL CHECK (subject IN ('item', 'speech', 'question', 'answer')),
      subject_id INTEGER NOT NULL,
      text TEXT NOT NULL,
      updated_at INTEGER NOT NULL,
      UNIQUE (subject, subject_id)
    ) STRICT;

    CREATE TABLE vote_counter (
      id INTEGER PRIMARY KEY,
      vote_id INTEGER NOT NULL REFERENCES vote(id) ON DELETE CASCADE,
      delegate_id INTEGER NOT NULL REFERENCES delegate(id),
      position INTEGER NOT NULL,
      UNIQUE (vote_id, delegate_id)
    ) STRICT;
  `,
};
