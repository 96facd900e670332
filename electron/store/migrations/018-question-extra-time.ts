import type { Migration } from './migration';

/**
 * Extra time the chair gives a question being asked or an answer under way, kept apart from
 * the council's limit (as a speech's is) so the record shows both.
 */
export const questionExtraTime: Migration = {
  version: 18,
  name: 'question-extra-time',
  up: `
    ALTER TABLE question ADD COLUMN extra_ms INTEGER NOT NULL DEFAULT 0 CHECK (extra_ms >= 0);
    ALTER TABLE answer ADD COLUMN extra_ms INTEGER NOT NULL DEFAULT 0 CHECK (extra_ms >= 0);
  `,
};
