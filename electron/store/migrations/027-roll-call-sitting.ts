import type { Migration } from './migration';

/**
 * A roll call taken for a sitting of the agenda belongs to that sitting (sitting_id), and is
 * named from it as it reads now: once the session's dates are corrected (and its sittings with
 * them), the roll call names the corrected day, not the one it was taken under. Roll calls of an
 * older database are linked by their label ("2026-12-08 sáng", the sitting's form); a label typed
 * by a council without sittings stays unlinked, and is read as typed.
 */
export const rollCallSitting: Migration = {
  version: 27,
  name: 'roll-call-sitting',
  up: `
    ALTER TABLE roll_call ADD COLUMN sitting_id INTEGER REFERENCES sitting(id) ON DELETE SET NULL;
    UPDATE roll_call SET sitting_id = (
      SELECT s.id FROM sitting s
       WHERE s.session_id = roll_call.session_id
         AND s.date || ' ' || CASE s.part WHEN 'morning' THEN 'sáng' ELSE 'chiều' END = roll_call.sitting_label
    );
    CREATE INDEX roll_call_sitting ON roll_call(sitting_id);
  `,
};
