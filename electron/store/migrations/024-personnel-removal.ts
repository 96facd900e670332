import type { Migration } from './migration';

/**
 * A removal (bãi nhiệm, for wrongdoing) is its own kind of personnel vote, chosen by the
 * secretary, no longer read from a dismissal's title. SQLite cannot alter the kind's CHECK, so
 * the table is rebuilt the documented way (as 009 did for sessions; its people, counting
 * committee, versions and the hall's choice keep their links by id).
 *
 * Existing votes keep their wording: a dismissal titled "Bãi nhiệm …" or "Removal …" was worded
 * as a removal, so it becomes one (the rule of common/personnel/result.ts `isRemoval` before this
 * step, frozen here); every other dismissal stays a dismissal.
 */
export const personnelRemoval: Migration = {
  version: 24,
  name: 'personnel-removal',
  rebuildsTables: true,
  up: `
    CREATE TABLE personnel_vote_new (
      id INTEGER PRIMARY KEY,
      session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
      agenda_item_id INTEGER REFERENCES agenda_item(id) ON DELETE SET NULL,
      kind TEXT NOT NULL CHECK (kind IN ('election', 'dismissal', 'removal', 'confidence')),
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
    INSERT INTO personnel_vote_new SELECT id, session_id, agenda_item_id, kind, title, posts, rules, round, revote_of, status, seats, present,
      ballots_issued, ballots_returned, ballots_valid, ballots_invalid, created_at, opened_at, closed_at, announced_at FROM personnel_vote;
    DROP TABLE personnel_vote;
    ALTER TABLE personnel_vote_new RENAME TO personnel_vote;
    CREATE INDEX personnel_vote_session ON personnel_vote(session_id, id);
    CREATE UNIQUE INDEX personnel_one_open ON personnel_vote(status) WHERE status = 'open';
  `,
  data(db) {
    const removal = /^(bãi\s+nhiệm|removal)(\s|$)/iu;
    const rows = db.prepare("SELECT id, title FROM personnel_vote WHERE kind = 'dismissal'").all() as { id: number; title: string }[];
    const mark = db.prepare("UPDATE personnel_vote SET kind = 'removal' WHERE id = ?");
    for (const r of rows) if (removal.test(r.title.normalize('NFC').trim())) mark.run(r.id);
  },
};
