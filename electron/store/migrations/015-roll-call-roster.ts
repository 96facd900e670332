import type { Migration } from './migration';

/**
 * A roll call keeps who was on the roster and how many seats the council had when it was
 * taken. Only exceptions are marked (everyone else is present), so a held sitting's figures
 * were worked out from today's roster: delegates added a year later counted as present at it,
 * and removing someone rewrote every earlier sitting. Earlier roll calls get the roster and
 * seats as they are now, the best this file knows.
 */
export const rollCallRoster: Migration = {
  version: 15,
  name: 'roll-call-roster',
  up: `
    ALTER TABLE roll_call ADD COLUMN seats INTEGER;
    UPDATE roll_call SET seats = (SELECT total_seats FROM council WHERE id = 1);

    -- No ON DELETE: a delegate in a roll call's record is refused removal (the roster command says so).
    CREATE TABLE roll_call_member (
      id INTEGER PRIMARY KEY,
      roll_call_id INTEGER NOT NULL REFERENCES roll_call(id) ON DELETE CASCADE,
      delegate_id INTEGER NOT NULL REFERENCES delegate(id),
      -- 1: entered on the roster while the roll call was under way (not there when it opened).
      joined_later INTEGER NOT NULL DEFAULT 0 CHECK (joined_later IN (0, 1)),
      UNIQUE (roll_call_id, delegate_id)
    ) STRICT;
    CREATE INDEX roll_call_member_delegate ON roll_call_member(delegate_id);
    INSERT INTO roll_call_member (roll_call_id, delegate_id) SELECT r.id, d.id FROM roll_call r CROSS JOIN delegate d WHERE d.voting = 1;
  `,
};
