import type { Migration } from './migration';

/**
 * When the chair finished an item. Its run segments say when its clock last stopped, which is the
 * finish only when it was finished running: finished from a pause (or during a suspension), the
 * moment was kept nowhere, and a result read out in the pause stayed on the hall and on air after
 * the item was over (src/hall/voteFirst.ts). Items finished before are given their last run's end,
 * which is what the hall read until now; an item held by a vote, never run, keeps none.
 */
export const itemFinishedAt: Migration = {
  version: 35,
  name: 'item-finished-at',
  up: `
    ALTER TABLE agenda_item ADD COLUMN finished_at INTEGER;
    UPDATE agenda_item SET finished_at = (SELECT max(s.ended_at) FROM item_segment s WHERE s.item_id = agenda_item.id) WHERE status = 'finished';
  `,
};
