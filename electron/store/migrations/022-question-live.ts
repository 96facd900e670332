import type { Migration } from './migration';

/**
 * Speed: every answer.start (and question.toggle, question.stop, question.next…) asks for the
 * answer under way and the asked questions still waiting for their answer. Found through the
 * session's index, that read every answer and every asked question of the session (thousands
 * on a long questioning day); these partial indexes hold only the open answer (zero or one row)
 * and the questions waiting for an answer (a handful), so the lookups stay one index step
 * however long the questioning ran.
 */
export const questionLive: Migration = {
  version: 22,
  name: 'question-live',
  up: `
    CREATE INDEX answer_open ON answer(session_id) WHERE ended_at IS NULL;
    CREATE INDEX question_awaiting ON question(session_id, ask_ended_at, id) WHERE phase = 'asked' AND answer_id IS NULL AND status = 'pending';
  `,
};
