import { describe, expect, it } from 'vitest';
import { Engine } from '../../electron/engine/engine';
import { migrate } from '../../electron/store/db';
import { LATEST_VERSION } from '../../electron/store/migrations/index';
import { awaitingAnswer, openAnswer } from '../../electron/features/questions/store';
import { manualClock, ok, schemaBefore } from '../unit/helpers';

const T0 = Date.UTC(2026, 11, 8, 1, 0, 0);
const MIN = 60_000;

/** Plan of one statement, as SQLite will run it. */
const plan = (db: ReturnType<typeof schemaBefore>['db'], sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(1) as { detail: string }[]).map((r) => r.detail).join(' | ');

describe('migration question-live', () => {
  it('carries a long questioning of schema 21 and finds the answer under way and the questions waiting by index, not by reading every one', () => {
    const { db } = schemaBefore('question-live');
    // 300 questions asked and answered, one by one; then one asked and waiting, and the answer to an earlier one under way.
    const done = Array.from({ length: 300 }, (_, i) => i + 1);
    db.exec(`
      INSERT INTO session (id, number, term, kind, start_date, end_date) VALUES (1, 11, 16, 'regular', '2026-12-08', '2026-12-09');
      INSERT INTO setting VALUES ('current_session_id', '1');
      INSERT INTO delegate (id, full_name, seat_number) VALUES (1, 'Nguyễn Thị Hằng', 1), (2, 'Đặng Quốc Việt', 2);
      UPDATE delegate SET voting = 0 WHERE id = 2;
      INSERT INTO respondent VALUES (1, 2, 'Sở Xây dựng');
      INSERT INTO answer (id, session_id, respondent_id, begun_at, ended_at, started_at, accumulated_ms, limit_ms) VALUES
        ${done.map((i) => `(${i}, 1, 1, ${T0 + i * MIN}, ${T0 + i * MIN + 30_000}, NULL, 30000, 420000)`).join(',\n')},
        (301, 1, 1, ${T0 + 400 * MIN}, NULL, ${T0 + 400 * MIN}, 0, 420000);
      INSERT INTO question (id, session_id, position, asker_id, respondent_id, text, phase, status, registered_at, asked_at, ask_ended_at, accumulated_ms, answer_id, limit_ms) VALUES
        ${done.map((i) => `(${i}, 1, ${i}, 1, 1, 'Câu hỏi ${i}', 'asked', 'answered', ${T0}, ${T0 + i * MIN - 20_000}, ${T0 + i * MIN - 1000}, 19000, ${i}, 180000)`).join(',\n')},
        (301, 1, 301, 1, 1, 'Nhà ở xã hội?', 'asked', 'pending', ${T0}, ${T0 + 399 * MIN}, ${T0 + 399 * MIN + 50_000}, 50000, 301, 180000),
        (302, 1, 302, 1, 1, 'Chung cư cũ?', 'asked', 'pending', ${T0}, ${T0 + 401 * MIN}, ${T0 + 402 * MIN}, 60000, NULL, 180000);
    `);
    const before = db.prepare('SELECT * FROM question ORDER BY id').all();
    migrate(db);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT * FROM question ORDER BY id').all()).toEqual(before);
    expect(openAnswer(db, 1)?.id).toBe(301);
    expect(awaitingAnswer(db, 1).map((q) => q.id)).toEqual([302]);
    // The statements the store runs walk only the open answer and the questions waiting.
    expect(plan(db, 'SELECT * FROM answer WHERE session_id = ? AND ended_at IS NULL LIMIT 1')).toContain('USING INDEX answer_open');
    const waiting = plan(db, "SELECT * FROM question WHERE session_id = ? AND phase = 'asked' AND answer_id IS NULL AND status = 'pending' ORDER BY ask_ended_at, id");
    expect(waiting).toContain('USING INDEX question_awaiting');
    expect(waiting).not.toContain('TEMP B-TREE');

    // The engine goes on from there: the answer under way ends, the next respondent's call covers question 302.
    const engine = new Engine(db, manualClock(T0 + 403 * MIN));
    ok(engine, 'question.stop');
    expect(ok(engine, 'answer.start')).toEqual({ id: 302, questionIds: [302] });
    expect(openAnswer(db, 1)?.id).toBe(302);
    expect(awaitingAnswer(db, 1)).toEqual([]);
    db.close();
  });
});
