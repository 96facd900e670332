import type { Migration } from './migration';

/**
 * The console (tab or window) that sent each command, by the id its screen made
 * (common/consoleId.ts). A command is refused as made on a stale view when someone else changed its
 * thing after the view it was sent from (engine/topics.ts); "someone else" was the same actor on the
 * same device, so two tabs of the chair's own laptop, one address and one actor, counted as one
 * sender, and a command from a tab that had not seen the other tab's change went through. Null in
 * rows written before, and for commands from the server's own code: such rows are told apart by
 * their actor and device alone, as before.
 */
export const journalConsole: Migration = {
  version: 32,
  name: 'journal-console',
  up: `ALTER TABLE journal ADD COLUMN console_id TEXT CHECK (console_id IS NULL OR length(console_id) BETWEEN 1 AND 64);`,
};
