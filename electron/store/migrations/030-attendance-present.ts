import type { Migration } from './migration';

/**
 * A roll call marks a delegate seen in the hall as `present` (confirmed), apart from one nobody
 * has marked yet, who still counts as present by the rule. The table is rebuilt to let its CHECK
 * take the new status (SQLite cannot change a CHECK in place): every earlier mark is carried with
 * its id, so an undo step recorded before the upgrade still finds its row.
 */
export const attendancePresent: Migration = {
  version: 30,
  name: 'attendance-present',
  rebuildsTables: true,
  up: `
    CREATE TABLE attendance_new (
      id INTEGER PRIMARY KEY,
      roll_call_id INTEGER NOT NULL REFERENCES roll_call(id) ON DELETE CASCADE,
      delegate_id INTEGER NOT NULL REFERENCES delegate(id) ON DELETE CASCADE,
      status TEXT NOT NULL CHECK (status IN ('present', 'absent', 'excused', 'late', 'left')),
      at_time TEXT,
      UNIQUE (roll_call_id, delegate_id)
    ) STRICT;
    INSERT INTO attendance_new (id, roll_call_id, delegate_id, status, at_time) SELECT id, roll_call_id, delegate_id, status, at_time FROM attendance;
    DROP TABLE attendance;
    ALTER TABLE attendance_new RENAME TO attendance;
  `,
};
