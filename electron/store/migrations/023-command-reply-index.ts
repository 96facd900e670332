import type { Migration } from './migration';

/**
 * Speed: every command from a console keeps its reply (021-command-replies), and the index on
 * `at` was written with each, one more page in the WAL per command, for a prune that now runs
 * when the database is opened and then at most once an hour (store/replies.ts), where a scan
 * of a day's small rows costs about a millisecond. The rows stay; the index goes.
 */
export const commandReplyIndex: Migration = {
  version: 23,
  name: 'command-reply-index',
  up: `
    DROP INDEX command_reply_at;
  `,
};
