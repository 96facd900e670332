import type { Migration } from './migration';

/**
 * The limit a question was asked under and an answer given under, kept with it as a speech
 * keeps its own: a change of the council's limits after the questioning (or between two days
 * of a session) must not change what the review says of what already ran.
 *
 * Rows written before this step ran under a limit nobody recorded; the one known is the
 * council's limit in force now (its rules, or the default of 3 and 7 minutes when the rules
 * were never saved), so that is what they get.
 */
export const questionLimit: Migration = {
  version: 20,
  name: 'question-limit',
  up: `
    ALTER TABLE question ADD COLUMN limit_ms INTEGER NOT NULL DEFAULT 0 CHECK (limit_ms >= 0);
    ALTER TABLE answer ADD COLUMN limit_ms INTEGER NOT NULL DEFAULT 0 CHECK (limit_ms >= 0);
    UPDATE question SET limit_ms = 1000 * coalesce((SELECT json_extract(value, '$.limits.question') FROM setting WHERE key = 'rules'), 180);
    UPDATE answer SET limit_ms = 1000 * coalesce((SELECT json_extract(value, '$.limits.answer') FROM setting WHERE key = 'rules'), 420);
  `,
};
