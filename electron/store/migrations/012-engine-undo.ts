import type { Migration } from './migration';

/**
 * One undo for every domain: a step knows the session it was taken in, who took it, and its
 * label as data (action + subject) instead of one string the console had to split. Steps
 * recorded by schema 7 are kept: their 'action|title' labels are split, their images
 * ({table, id, row}) rewritten as {t, k, b} (no after-image: undo restores them unchecked,
 * as schema 7 did), and they are given the session that was current when upgrading.
 */
export const engineUndo: Migration = {
  version: 12,
  name: 'engine-undo',
  up: `
    ALTER TABLE undo_step ADD COLUMN session_id INTEGER;
    ALTER TABLE undo_step ADD COLUMN actor TEXT NOT NULL DEFAULT '';
    ALTER TABLE undo_step ADD COLUMN action TEXT NOT NULL DEFAULT '';
    ALTER TABLE undo_step ADD COLUMN subject TEXT NOT NULL DEFAULT '';
    UPDATE undo_step SET
      action = CASE WHEN instr(label, '|') > 0 THEN substr(label, 1, instr(label, '|') - 1) ELSE label END,
      subject = CASE WHEN instr(label, '|') > 0 THEN substr(label, instr(label, '|') + 1) ELSE '' END,
      session_id = (SELECT CAST(value AS INTEGER) FROM setting WHERE key = 'current_session_id'),
      images = (
        -- '' || turns the row object into its JSON text: images are stored as strings.
        SELECT json_group_array(json_object('t', value ->> '$.table', 'k', value ->> '$.id', 'b',
          CASE WHEN json_type(value, '$.row') = 'object' THEN '' || (value -> '$.row') ELSE NULL END))
        FROM json_each(undo_step.images)
      );
  `,
};
