import type { Migration } from './migration';

/**
 * Whether a ballot line's honorific (Ông / Bà) is the console's guess from the name ("Thị" is a
 * woman's middle name) rather than the secretary's choice: the preparing form shows a guess as one
 * until she chooses, as it does again when the draft is edited. A guess is wrong for many names
 * (a woman without "Thị", "Nguyễn Ngọc Lan"), and was kept as if chosen. Lines prepared before
 * are taken as chosen: their honorific stays as it was, in the records and on the hall.
 */
export const honorificGuessed: Migration = {
  version: 34,
  name: 'honorific-guessed',
  up: `
    ALTER TABLE personnel_person ADD COLUMN honorific_guessed INTEGER NOT NULL DEFAULT 0 CHECK (honorific_guessed IN (0, 1));
  `,
};
