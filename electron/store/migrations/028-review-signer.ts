import type { Migration } from './migration';

/**
 * Who signs a session's review report, and as what, as the office chose it in the Review view:
 * one row per session at most; none, the console's guess (the presiding board's first, else the
 * roster's council chair). A delegate removed from the roster leaves the choice to the guess again.
 */
export const reviewSigner: Migration = {
  version: 28,
  name: 'review-signer',
  up: `
    CREATE TABLE review_signer (
      session_id INTEGER PRIMARY KEY REFERENCES session(id) ON DELETE CASCADE,
      delegate_id INTEGER REFERENCES delegate(id) ON DELETE SET NULL,
      role TEXT NOT NULL CHECK (role IN ('chair', 'viceChair'))
    ) STRICT;
  `,
};
