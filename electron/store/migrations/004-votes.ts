import type { Migration } from './migration';

/**
 * Votes on resolutions. A vote row holds its rule, method, snapshot of seats and present,
 * and the live counts; each close and each correction appends an immutable version.
 * Named votes keep one mark per delegate.
 */
export const votes: Migration = {
  version: 4,
  name: 'votes',
  up: `
    CREATE TABLE vote (
      id INTEGER PRIMARY KEY,
      session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
      agenda_item_id INTEGER REFERENCES agenda_item(id) ON DELETE SET NULL,
      resolution_number TEXT NOT NULL DEFAULT '',
      resolution_title TEXT NOT NULL,
      method TEXT NOT NULL CHECK (method IN ('hands', 'named', 'secret')),
      rule_kind TEXT NOT NULL CHECK (rule_kind IN ('ordinary', 'dismissal', 'custom')),
      rule_base TEXT NOT NULL CHECK (rule_base IN ('seats', 'present', 'ballots', 'cast', 'forAgainst')),
      rule_comparison TEXT NOT NULL CHECK (rule_comparison IN ('moreThan', 'atLeast')),
      rule_numerator INTEGER NOT NULL CHECK (rule_numerator > 0),
      rule_denominator INTEGER NOT NULL CHECK (rule_denominator > 0),
      round INTEGER NOT NULL DEFAULT 1 CHECK (round > 0),
      revote_of INTEGER REFERENCES vote(id) ON DELETE SET NULL,
      status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
      seats INTEGER NOT NULL DEFAULT 0 CHECK (seats >= 0),
      present INTEGER NOT NULL DEFAULT 0 CHECK (present >= 0),
      for_count INTEGER NOT NULL DEFAULT 0 CHECK (for_count >= 0),
      against_count INTEGER NOT NULL DEFAULT 0 CHECK (against_count >= 0),
      abstain_count INTEGER NOT NULL DEFAULT 0 CHECK (abstain_count >= 0),
      ballots_issued INTEGER NOT NULL DEFAULT 0 CHECK (ballots_issued >= 0),
      ballots_returned INTEGER NOT NULL DEFAULT 0 CHECK (ballots_returned >= 0),
      ballots_valid INTEGER NOT NULL DEFAULT 0 CHECK (ballots_valid >= 0),
      ballots_invalid INTEGER NOT NULL DEFAULT 0 CHECK (ballots_invalid >= 0),
      created_at INTEGER NOT NULL,
      opened_at INTEGER,
      closed_at INTEGER,
      announced_at INTEGER
    ) STRICT;
    CREATE INDEX vote_session ON vote(session_id, id);
    CREATE UNIQUE INDEX vote_one_open ON vote(status) WHERE status = 'open';

    CREATE TABLE vote_version (
      id INTEGER PRIMARY KEY,
      vote_id INTEGER NOT NULL REFERENCES vote(id) ON DELETE CASCADE,
      version INTEGER NOT NULL CHECK (version > 0),
      reason TEXT NOT NULL DEFAULT '',
      at INTEGER NOT NULL,
      actor TEXT NOT NULL,
      counts TEXT NOT NULL,
      UNIQUE (vote_id, version)
    ) STRICT;

    CREATE TABLE vote_mark (
      vote_id INTEGER NOT NULL REFERENCES vote(id) ON DELETE CASCADE,
      delegate_id INTEGER NOT NULL REFERENCES delegate(id) ON DELETE CASCADE,
      choice TEXT NOT NULL CHECK (choice IN ('for', 'against', 'abstain')),
      PRIMARY KEY (vote_id, delegate_id)
    ) STRICT;
  `,
};
