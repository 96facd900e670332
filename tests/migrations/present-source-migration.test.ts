/**
 * Where "present" came from, kept with each vote and personnel vote since schema 31
 * (present_source). A database written before is given what can be known: a vote that kept its roll
 * call, and whose figure no correction changed since, came from that roll call; any other vote that
 * opened was typed, which is what the console said of it until now; a personnel vote kept no roll
 * call: typed. Drafts stay without one until they open. Counts and results are untouched, and the
 * console says the source from then on.
 */
import { describe, expect, it } from 'vitest';
import { Engine } from '../../electron/engine/engine';
import { migrate } from '../../electron/store/db';
import { manualClock, ok, schemaBefore } from '../unit/helpers';

const RULE = (n: number, d: number, comparison = 'moreThan') => ({ base: 'seats', comparison, numerator: n, denominator: d });
const RULES = JSON.stringify({ pass: RULE(1, 2), resign: RULE(1, 2), dismiss: RULE(2, 3, 'atLeast') });
const counts = (present: number) => JSON.stringify({ present, tally: { for: 30, against: 1, abstain: 0, issued: 0, returned: 0, valid: 0, invalid: 0 } });

describe('migration present-source', () => {
  it('gives each vote held before its source: the roll call it kept unless a correction retyped the figure, else typed', () => {
    const { db } = schemaBefore('present-source');
    db.exec(`
      INSERT INTO council (id, name, level, term, total_seats) VALUES (1, 'HĐND tỉnh Hòa Bình', 'province', 16, 35);
      INSERT INTO session (id, number, term, kind, start_date, end_date) VALUES (1, 11, 16, 'regular', '2026-12-08', '2026-12-08');
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 35)
        INSERT INTO delegate (id, full_name, voting) SELECT i, 'Đại biểu số ' || i, 1 FROM n;
      INSERT INTO roll_call (id, session_id, sitting_label, opened_at, seats) VALUES (1, 1, '2026-12-08 sáng', 1000, 35);
      INSERT INTO roll_call_member (roll_call_id, delegate_id) SELECT 1, id FROM delegate;
    `);
    const vote = db.prepare(`INSERT INTO vote (id, session_id, resolution_title, method, rule_kind, rule_base, rule_comparison, rule_numerator, rule_denominator,
        status, seats, vacant, present, for_count, against_count, created_at, opened_at, closed_at, roll_call_id)
      VALUES (?, 1, ?, 'hands', 'ordinary', 'seats', 'moreThan', 1, 2, ?, 35, ?, ?, 30, 1, 100, ?, ?, ?)`);
    const version = db.prepare("INSERT INTO vote_version (vote_id, version, reason, at, actor, counts) VALUES (?, ?, ?, ?, 'chair', ?)");
    // 1: by the morning roll call, closed, never corrected.
    vote.run(1, 'Nghị quyết về kế hoạch đầu tư công', 'closed', 0, 33, 2000, 2100, 1);
    version.run(1, 1, '', 2100, counts(33));
    // 2: by the roll call, then a correction retyped present (33 → 32): typed.
    vote.run(2, 'Nghị quyết về biên chế', 'closed', 0, 32, 3000, 3100, 1);
    version.run(2, 1, '', 3100, counts(33));
    version.run(2, 2, 'Đếm lại', 3200, counts(32));
    // 3: no roll call kept (a count typed, or the roster: the old store could not tell): typed.
    vote.run(3, 'Nghị quyết về giá đất', 'open', 0, 35, 4000, null, null);
    // 4: a draft: none until it opens.
    vote.run(4, 'Nghị quyết về học phí', 'draft', null, 0, null, null, null);
    db.exec(`INSERT INTO personnel_vote (id, session_id, kind, title, posts, rules, status, seats, vacant, present, created_at, opened_at, closed_at)
      VALUES (1, 1, 'election', 'Ủy viên UBND tỉnh', 1, '${RULES}', 'closed', 35, 0, 33, 100, 5000, 5100),
             (2, 1, 'election', 'Phó Chủ tịch UBND tỉnh', 1, '${RULES}', 'draft', 0, NULL, 0, 100, NULL, NULL)`);

    migrate(db);
    expect(db.prepare('SELECT id, present, present_source AS source FROM vote ORDER BY id').all()).toEqual([
      { id: 1, present: 33, source: 'roll-call' },
      { id: 2, present: 32, source: 'typed' },
      { id: 3, present: 35, source: 'typed' },
      { id: 4, present: 0, source: null },
    ]);
    expect(db.prepare('SELECT id, present_source AS source FROM personnel_vote ORDER BY id').all()).toEqual([
      { id: 1, source: 'typed' },
      { id: 2, source: null },
    ]);
    expect(() => db.prepare("UPDATE vote SET present_source = 'guessed' WHERE id = 1").run()).toThrow(/CHECK/);

    // The engine reads it; the draft opened now, with no roll call current and no count typed, says the roster.
    const engine = new Engine(db, manualClock());
    ok(engine, 'session.select', { id: 1 });
    expect(engine.current.votes.map((v) => [v.id, v.presentSource, v.present])).toEqual([
      [1, 'roll-call', 33],
      [2, 'typed', 32],
      [3, 'typed', 35],
      [4, null, 0],
    ]);
    ok(engine, 'vote.close', { id: 3 });
    ok(engine, 'vote.open', { id: 4 });
    expect(engine.current.votes[3]).toMatchObject({ presentSource: 'roster', rollCallId: null, present: 35 });
  });
});
