import type { Migration } from './migration';

/**
 * The office's order of its list (the STT column of an imported file): people without a seat are
 * listed in it, not by given name. Empty for everyone entered by hand or imported from a file
 * with no STT column, who keep the name order.
 */
export const delegateListPosition: Migration = {
  version: 25,
  name: 'delegate-list-position',
  up: `
    ALTER TABLE delegate ADD COLUMN list_position INTEGER CHECK (list_position > 0);
  `,
};
