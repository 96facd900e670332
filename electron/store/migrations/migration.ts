import type Database from 'better-sqlite3';

export interface Migration {
  /** Schema version after this step; versions are consecutive from 1. */
  version: number;
  name: string;
  up: string;
  /**
   * The step rebuilds a table others reference (to change a CHECK): it runs with foreign keys
   * off, as SQLite's documented procedure says, and the keys are checked before commit.
   */
  rebuildsTables?: boolean;
  /**
   * Rows carried over by a rule SQL cannot say (a title read with Unicode case folding), run
   * right after `up` in the same transaction. Keep its rules here, frozen: the code it mirrors
   * may change later, and an old database must upgrade the same way then.
   */
  data?: (db: Database.Database) => void;
}
