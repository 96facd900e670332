import type { Migration } from './migration';

/**
 * The questioning sitting (chất vấn): the officials who can be questioned, the topics of
 * the sitting, the question slips with their timers and outcome, and the answers (one
 * answer may cover a quick round of several questions).
 */
export const questions: Migration = {
  version: 3,
  name: 'questions',
  up: `
    CREATE TABLE respondent (
      id INTEGER PRIMARY KEY,
      delegate_id INTEGER NOT NULL UNIQUE REFERENCES delegate(id) ON DELETE CASCADE,
      agency TEXT NOT NULL DEFAULT ''
    ) STRICT;

    CREATE TABLE question_topic (
      id INTEGER PRIMARY KEY,
      session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
      title TEXT NOT NULL
    ) STRICT;
    CREATE INDEX question_topic_session ON question_topic(session_id);

    CREATE TABLE question_topic_respondent (
      id INTEGER PRIMARY KEY,
      topic_id INTEGER NOT NULL REFERENCES question_topic(id) ON DELETE CASCADE,
      respondent_id INTEGER NOT NULL REFERENCES respondent(id) ON DELETE CASCADE,
      UNIQUE (topic_id, respondent_id)
    ) STRICT;

    CREATE TABLE answer (
      id INTEGER PRIMARY KEY,
      session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
      respondent_id INTEGER NOT NULL REFERENCES respondent(id),
      begun_at INTEGER NOT NULL,
      ended_at INTEGER,
      started_at INTEGER,
      accumulated_ms INTEGER NOT NULL DEFAULT 0 CHECK (accumulated_ms >= 0)
    ) STRICT;
    CREATE INDEX answer_session ON answer(session_id);

    CREATE TABLE question (
      id INTEGER PRIMARY KEY,
      session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
      agenda_item_id INTEGER REFERENCES agenda_item(id) ON DELETE SET NULL,
      position INTEGER NOT NULL,
      asker_id INTEGER NOT NULL REFERENCES delegate(id),
      respondent_id INTEGER NOT NULL REFERENCES respondent(id),
      topic_id INTEGER REFERENCES question_topic(id) ON DELETE SET NULL,
      parent_id INTEGER REFERENCES question(id),
      text TEXT NOT NULL,
      phase TEXT NOT NULL DEFAULT 'queued' CHECK (phase IN ('queued', 'asking', 'asked')),
      status TEXT NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'answered', 'written', 'next-session', 'withdrawn')),
      note TEXT NOT NULL DEFAULT '',
      due_date TEXT,
      registered_at INTEGER NOT NULL,
      asked_at INTEGER,
      ask_ended_at INTEGER,
      started_at INTEGER,
      accumulated_ms INTEGER NOT NULL DEFAULT 0 CHECK (accumulated_ms >= 0),
      answer_id INTEGER REFERENCES answer(id) ON DELETE SET NULL
    ) STRICT;
    CREATE INDEX question_session ON question(session_id, phase, position);
    CREATE INDEX question_answer ON question(answer_id);
  `,
};
