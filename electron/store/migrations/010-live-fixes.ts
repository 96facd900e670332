import type { Migration } from './migration';

/**
 * What the live sitting needs to show the hall the right thing (issue 15):
 * - `speech.called_at`: when a speaker was called, so the hall knows the chair moved on;
 * - `hall_screen.mode_set_at`: when the chair last chose a hall mode, for the same reason;
 * - `hall_screen.show_question_text`: whether the hall shows the question's text (chair's choice);
 * - `session.hall_lang`: the language of the hall screen, the chair's choice per session;
 * - `vote.roll_call_id`: the roll call a vote's "present" was taken from.
 */
export const liveFixes: Migration = {
  version: 10,
  name: 'live-fixes',
  up: `
    ALTER TABLE speech ADD COLUMN called_at INTEGER;
    ALTER TABLE hall_screen ADD COLUMN mode_set_at INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE hall_screen ADD COLUMN show_question_text INTEGER NOT NULL DEFAULT 0 CHECK (show_question_text IN (0, 1));
    ALTER TABLE session ADD COLUMN hall_lang TEXT NOT NULL DEFAULT 'vi' CHECK (hall_lang IN ('vi', 'en'));
    ALTER TABLE vote ADD COLUMN roll_call_id INTEGER REFERENCES roll_call(id) ON DELETE SET NULL;
  `,
};
