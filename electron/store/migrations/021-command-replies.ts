import type { Migration } from './migration';

/**
 * The outcome of each command that came with its own id (`cid`), kept by sender, so that a
 * command sent again after the chair's computer restarted (a crash, a kill, quit and reopen
 * between the first send and the resend) is answered with what it got the first time instead
 * of running twice. Written in the command's own transaction; rows older than a day are
 * dropped as new ones come (a screen asks again within a minute).
 */
export const commandReplies: Migration = {
  version: 21,
  name: 'command-replies',
  up: `
    CREATE TABLE command_reply (
      sender TEXT NOT NULL,
      cid TEXT NOT NULL,
      revision INTEGER NOT NULL,
      value TEXT,
      at INTEGER NOT NULL,
      PRIMARY KEY (sender, cid)
    ) WITHOUT ROWID, STRICT;
    CREATE INDEX command_reply_at ON command_reply(at);
  `,
};
