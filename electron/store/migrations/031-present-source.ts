import type { Migration } from './migration';

/**
 * Where a vote's and a personnel vote's "present" came from, fixed when it opens and when a
 * correction retypes it: 'roll-call' (the sitting's roll call, vote.roll_call_id names it),
 * 'roster' (no roll call taken and no count typed: every voting delegate on the roster counted as
 * present), or 'typed' (the number the secretary counted in the hall, or a correction's). Null until
 * the vote opens. Until now the source was not kept: the console said "as counted in the hall" of
 * a roster figure. A vote held before is given what can be known: its roll call when it kept one
 * and no correction changed the figure since (a version whose present differs from the vote's);
 * otherwise typed, which is what the console said of it. A personnel vote kept no roll call: typed.
 */
export const presentSource: Migration = {
  version: 31,
  name: 'present-source',
  up: `
    ALTER TABLE vote ADD COLUMN present_source TEXT CHECK (present_source IN ('roll-call', 'roster', 'typed'));
    ALTER TABLE personnel_vote ADD COLUMN present_source TEXT CHECK (present_source IN ('roll-call', 'roster', 'typed'));
    UPDATE vote SET present_source = CASE
        WHEN roll_call_id IS NOT NULL AND NOT EXISTS (
          SELECT 1 FROM vote_version x WHERE x.vote_id = vote.id AND json_extract(x.counts, '$.present') IS NOT vote.present) THEN 'roll-call'
        ELSE 'typed' END
      WHERE status <> 'draft';
    UPDATE personnel_vote SET present_source = 'typed' WHERE status <> 'draft';
  `,
};
