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
}
