import type { Migration } from './migration';

/**
 * Second consoles: paired devices (a secretary's laptop) and, in the journal, which device
 * and role sent each command, and the "thing" a command depended on (its topic), so a
 * command made against an older view of that thing can be refused.
 */
export const operators: Migration = {
  version: 13,
  name: 'operators',
  up: `
    CREATE TABLE devices (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('secretary')),
      -- SHA-256 of the device's credential (hex); the credential itself is only on the device.
      secret_hash TEXT NOT NULL UNIQUE,
      paired_at INTEGER NOT NULL,
      last_seen_at INTEGER,
      revoked_at INTEGER
    ) STRICT;

    ALTER TABLE journal ADD COLUMN device_id INTEGER;
    ALTER TABLE journal ADD COLUMN role TEXT;
    ALTER TABLE journal ADD COLUMN topic TEXT;
    CREATE INDEX journal_topic ON journal (topic, revision) WHERE topic IS NOT NULL;
  `,
};
