import type { Migration } from './migration';

/**
 * Personnel votes: elections, dismissals and confidence votes, each a secret ballot with one
 * line per person. People and the counting committee keep their names and titles as they
 * were (a person later removed from the roster stays in the record: the link goes null).
 * Each close and each correction appends an immutable version of the counts.
 */
export const personnel: Migration = {
  version: 11,
  name: 'personnel',
  up: `
    CREATE TABLE personnel_vote (
      id INTEGER PRIMARY KEY,
      session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
      agenda_item_id INTEGER REFERENCES agenda_item(id) ON DELETE SET NULL,
      kind TEXT NOT NULL CHECK (kind IN ('election', 'dismissal', 'confidence')),
      title TEXT NOT NULL,
      posts INTEGER NOT NULL DEFAULT 0 CHECK (posts >= 0),
      rules TEXT NOT NULL,
      round INTEGER NOT NULL DEFAULT 1 CHECK (round > 0),
      revote_of INTEGER REFERENCES personnel_vote(id) ON DELETE SET NULL,
      status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
      seats INTEGER NOT NULL DEFAULT 0 CHECK (seats >= 0),
      present INTEGER NOT NULL DEFAULT 0 CHECK (present >= 0),
      ballots_issued INTEGER NOT NULL DEFAULT 0 CHECK (ballots_issued >= 0),
      ballots_returned INTEGER NOT NULL DEFAULT 0 CHECK (ballots_returned >= 0),
      ballots_valid INTEGER NOT NULL DEFAULT 0 CHECK (ballots_valid >= 0),
      ballots_invalid INTEGER NOT NULL DEFAULT 0 CHECK (ballots_invalid >= 0),
      created_at INTEGER NOT NULL,
      opened_at INTEGER,
      closed_at INTEGER,
      announced_at INTEGER
    ) STRICT;
    CREATE INDEX personnel_vote_session ON personnel_vote(session_id, id);
    CREATE UNIQUE INDEX personnel_one_open ON personnel_vote(status) WHERE status = 'open';

    CREATE TABLE personnel_person (
      id INTEGER PRIMARY KEY,
      vote_id INTEGER NOT NULL REFERENCES personnel_vote(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      delegate_id INTEGER REFERENCES delegate(id) ON DELETE SET NULL,
      full_name TEXT NOT NULL,
      title TEXT NOT NULL DEFAULT '',
      body TEXT NOT NULL CHECK (body IN ('council', 'committee')),
      honorific TEXT NOT NULL DEFAULT '' CHECK (honorific IN ('', 'mr', 'ms')),
      exempt_reason TEXT NOT NULL DEFAULT '',
      agree INTEGER NOT NULL DEFAULT 0 CHECK (agree >= 0),
      disagree INTEGER NOT NULL DEFAULT 0 CHECK (disagree >= 0),
      high INTEGER NOT NULL DEFAULT 0 CHECK (high >= 0),
      medium INTEGER NOT NULL DEFAULT 0 CHECK (medium >= 0),
      low INTEGER NOT NULL DEFAULT 0 CHECK (low >= 0),
      line_invalid INTEGER NOT NULL DEFAULT 0 CHECK (line_invalid >= 0),
      UNIQUE (vote_id, position)
    ) STRICT;

    CREATE TABLE personnel_counter (
      id INTEGER PRIMARY KEY,
      vote_id INTEGER NOT NULL REFERENCES personnel_vote(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      delegate_id INTEGER REFERENCES delegate(id) ON DELETE SET NULL,
      full_name TEXT NOT NULL,
      title TEXT NOT NULL DEFAULT '',
      role TEXT NOT NULL CHECK (role IN ('head', 'member')),
      UNIQUE (vote_id, position)
    ) STRICT;

    CREATE TABLE personnel_version (
      id INTEGER PRIMARY KEY,
      vote_id INTEGER NOT NULL REFERENCES personnel_vote(id) ON DELETE CASCADE,
      version INTEGER NOT NULL CHECK (version > 0),
      reason TEXT NOT NULL DEFAULT '',
      at INTEGER NOT NULL,
      actor TEXT NOT NULL,
      counts TEXT NOT NULL,
      UNIQUE (vote_id, version)
    ) STRICT;

    -- The personnel result the chair chose for the hall's "vote result" mode (its vote_id then null).
    CREATE TABLE personnel_hall (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      vote_id INTEGER REFERENCES personnel_vote(id) ON DELETE SET NULL
    ) STRICT;
  `,
};
