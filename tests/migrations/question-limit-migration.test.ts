import { describe, expect, it } from 'vitest';
import { Engine } from '../../electron/engine/engine';
import { migrate } from '../../electron/store/db';
import { LATEST_VERSION } from '../../electron/store/migrations/index';
import { computeReview } from '../../common/review/figures';
import { readReviewInput } from '../../electron/features/review/input';
import { manualClock, ok, schemaBefore } from '../unit/helpers';

const MIN = 60_000;
const T0 = Date.UTC(2026, 11, 8, 1, 0, 0);

/**
 * A questioning sitting as schema 19 wrote it: an answered question that ran 2'30" and its
 * 6' answer, a follow-up being asked now (1'40" so far), a queued slip, a withdrawn one.
 */
function questioningAt19(rules: string | null) {
  const { db } = schemaBefore('question-limit');
  db.exec(`
    INSERT INTO session (id, number, term, kind, start_date, end_date) VALUES (1, 11, 16, 'regular', '2026-12-08', '2026-12-09');
    INSERT INTO setting VALUES ('current_session_id', '1');
    INSERT INTO delegate (id, full_name, seat_number) VALUES (1, 'Nguyễn Thị Hằng', 1), (2, 'Đặng Quốc Việt', 2), (3, 'Lê Văn Tám', 3);
    UPDATE delegate SET voting = 0 WHERE id = 2;
    INSERT INTO respondent VALUES (1, 2, 'Sở Xây dựng');
    INSERT INTO answer (id, session_id, respondent_id, begun_at, ended_at, started_at, accumulated_ms, extra_ms)
      VALUES (1, 1, 1, ${T0 + 3 * MIN}, ${T0 + 9 * MIN}, NULL, ${6 * MIN}, 30000);
    INSERT INTO question (id, session_id, position, asker_id, respondent_id, text, phase, status, registered_at, asked_at, ask_ended_at, started_at, accumulated_ms, extra_ms, answer_id, parent_id) VALUES
      (1, 1, 0, 1, 1, 'Nhà ở xã hội?', 'asked', 'answered', ${T0}, ${T0}, ${T0 + 150_000}, NULL, 150000, 0, 1, NULL),
      (2, 1, 1, 3, 1, 'Chung cư cũ?', 'queued', 'pending', ${T0 + 1000}, NULL, NULL, NULL, 0, 0, NULL, NULL),
      (3, 1, 2, 3, 1, 'Rút lại', 'queued', 'withdrawn', ${T0 + 2000}, NULL, NULL, NULL, 0, 0, NULL, NULL),
      (4, 1, 3, 1, 1, 'Khi nào xong?', 'asking', 'pending', ${T0 + 10 * MIN}, ${T0 + 10 * MIN}, NULL, ${T0 + 10 * MIN}, 0, 0, NULL, 1);
  `);
  if (rules !== null) db.prepare("INSERT INTO setting VALUES ('rules', ?)").run(rules);
  const before = (table: string) => db.prepare(`SELECT * FROM ${table} ORDER BY id`).all() as Record<string, unknown>[];
  return { db, questions: before('question'), answers: before('answer') };
}

describe('migration question-limit', () => {
  it('keeps every question and answer of a schema 19 database and gives each the council’s limit in force at the upgrade', () => {
    const rules = JSON.stringify({ limits: { speech: 300, question: 120, answer: 300 }, warnBeforeSeconds: 30 });
    const { db, questions, answers } = questioningAt19(rules);
    migrate(db);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT * FROM question ORDER BY id').all()).toEqual(questions.map((q) => ({ ...q, limit_ms: 2 * MIN })));
    expect(db.prepare('SELECT * FROM answer ORDER BY id').all()).toEqual(answers.map((a) => ({ ...a, limit_ms: 5 * MIN })));

    const clock = manualClock(T0 + 11 * MIN + 40_000);
    const engine = new Engine(db, clock);
    // The follow-up under way counts down from the limit it now carries: 2' less the 1'40" run.
    const asking = engine.current.questions.list.find((q) => q.id === 4)!;
    expect(asking).toMatchObject({ phase: 'asking', limitMs: 2 * MIN, extraMs: 0 });
    // Measured against 2' and 5', as the review measured it before the upgrade: the question's 2'30" and the answer's 6' are over.
    const review = () => computeReview(readReviewInput(db, 1, clock())!).questioning;
    expect([review().questionsOver, review().answersOver, review().limits]).toEqual([1, 1, { questionMs: [2 * MIN], answerMs: [5 * MIN] }]);
    // From now on a change of the limits leaves what ran as it was; the follow-up under way keeps its 2'.
    ok(engine, 'rules.save', { limits: { question: 3 * 60, answer: 7 * 60 } });
    expect([review().questionsOver, review().answersOver]).toEqual([1, 1]);
    expect(engine.current.questions.list.find((q) => q.id === 4)!.limitMs).toBe(2 * MIN);
    // The queued slip, asked now, runs under today's 3'.
    ok(engine, 'question.stop');
    ok(engine, 'question.next', { id: 2 });
    ok(engine, 'question.toggle');
    expect(engine.current.questions.list.find((q) => q.id === 2)!.limitMs).toBe(3 * MIN);
    db.close();
  });

  it('gives the defaults (3 minutes to ask, 7 to answer) when the council never saved its rules, or saved them without limits', () => {
    for (const rules of [null, JSON.stringify({ warnBeforeSeconds: 30 })]) {
      const { db } = questioningAt19(rules);
      migrate(db);
      expect(db.prepare('SELECT DISTINCT limit_ms FROM question').pluck().all()).toEqual([3 * MIN]);
      expect(db.prepare('SELECT DISTINCT limit_ms FROM answer').pluck().all()).toEqual([7 * MIN]);
      db.close();
    }
  });
});
