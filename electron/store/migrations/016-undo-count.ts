import type { Migration } from './migration';

/**
 * An undo step may say how many things it takes back ("apply the template … (25 items)"), as
 * data beside its action and subject; null for the steps that name one thing.
 */
export const undoCount: Migration = {
  version: 16,
  name: 'undo-count',
  up: `
    ALTER TABLE undo_step ADD COLUMN count INTEGER;
  `,
};
