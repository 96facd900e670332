import type { Migration } from './migration';

/**
 * The body that presents a resolution ("Cơ quan trình" in the office's list: "UBND tỉnh",
 * "Thường trực HĐND"), kept with its vote for the minutes ("Tờ trình của …") and the results
 * notice. Empty for every vote prepared before, and for one whose body nobody gave.
 */
export const votePresentedBy: Migration = {
  version: 26,
  name: 'vote-presented-by',
  up: `
    ALTER TABLE vote ADD COLUMN presented_by TEXT NOT NULL DEFAULT '';
  `,
};
