import type { Migration } from './migration';

/**
 * Speed (issue 14): the speech at the rostrum is asked for by every speaker action and every
 * `speakers` publication. Found through the session's items, that read every item's speeches
 * (~0.4 ms on a 5,000-speech session); this partial index holds only the called or speaking
 * ones (zero or one row), so the lookup is one index step.
 */
export const perf: Migration = {
  version: 14,
  name: 'perf',
  up: `
    CREATE INDEX speech_live ON speech(id) WHERE status IN ('called', 'speaking');
  `,
};
