/**
 * The vacant seats a vote and a personnel vote were counted against, kept with each since schema 32
 * (vote.vacant, personnel_vote.vacant). A database written before is given, for every vote that
 * opened, what the rule of its time gives (common/attendance/vacancy.ts vacantAtOpening: the roster
 * of the roll call it opened under, its own or the session's last before it, else the roster now),
 * so its counting record reads as it did the day before the upgrade; from then on the roster may
 * change and the figure does not. Drafts stay without one until they open. Results are untouched.
 */
import { describe, expect, it } from 'vitest';
import { Engine } from '../../electron/engine/engine';
import { migrate } from '../../electron/store/db';
import { listRollCalls } from '../../electron/features/attendance/store';
import { vacantAtOpening } from '../../common/attendance/vacancy';
import { reportFile } from '../../electron/documents/index';
import { readDocx } from '../docx';
import { manualClock, ok, schemaBefore } from '../unit/helpers';

const RULE = (n: number, d: number, comparison = 'moreThan') => ({ base: 'seats', comparison, numerator: n, denominator: d });
const RULES = JSON.stringify({ pass: RULE(1, 2), resign: RULE(1, 2), dismiss: RULE(2, 3, 'atLeast') });

describe('migration vote-vacancy', () => {
  it('gives each vote held before the vacancy the rule gave it, and keeps it when the roster changes', async () => {
    const { db } = schemaBefore('vote-vacancy');
    // A province council of 80 seats, 79 delegates on the roster and one guest; two sessions. The
    // morning roll call of session 1 was taken with 78 on its roster, the afternoon's with 79.
    db.exec(`
      INSERT INTO council (id, name, level, term, total_seats) VALUES (1, 'HĐND tỉnh Hòa Bình', 'province', 16, 80);
      INSERT INTO session (id, number, term, kind, start_date, end_date) VALUES (1, 11, 16, 'regular', '2026-12-08', '2026-12-08'),
        (2, 12, 16, 'urgent', '2026-12-20', '2026-12-20');
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 79)
        INSERT INTO delegate (id, full_name, voting) SELECT i, 'Đại biểu số ' || i, 1 FROM n;
      INSERT INTO delegate (id, full_name, voting) VALUES (80, 'Nguyễn Văn Khách', 0);
      INSERT INTO roll_call (id, session_id, sitting_label, opened_at, seats) VALUES (1, 1, '2026-12-08 sáng', 1000, 80), (2, 1, '2026-12-08 chiều', 5000, 80),
        (3, 2, '2026-12-20 sáng', 2500, 80);
      INSERT INTO roll_call_member (roll_call_id, delegate_id) SELECT 1, id FROM delegate WHERE id <= 78;
      INSERT INTO roll_call_member (roll_call_id, delegate_id) SELECT r.id, d.id FROM roll_call r CROSS JOIN delegate d WHERE r.id IN (2, 3) AND d.voting = 1;
    `);
    const vote = db.prepare(`INSERT INTO vote (id, session_id, resolution_title, method, rule_kind, rule_base, rule_comparison, rule_numerator, rule_denominator,
        status, seats, present, for_count, against_count, abstain_count, ballots_issued, ballots_returned, ballots_valid, ballots_invalid, created_at, opened_at, closed_at, announced_at, roll_call_id)
      VALUES (?, 1, ?, ?, 'ordinary', 'seats', 'moreThan', 1, 2, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 100, ?, ?, ?, ?)`);
    const secret = (id: number, title: string, openedAt: number, rollCall: number | null) =>
      vote.run(id, title, 'secret', 'closed', 80, 75, 70, 3, 2, 75, 75, 75, openedAt, openedAt + 100, openedAt + 200, rollCall);
    vote.run(1, 'Nghị quyết về dự toán ngân sách năm 2027', 'hands', 'closed', 80, 76, 41, 30, 5, 0, 0, 0, 2000, 2100, 2200, 1);
    secret(2, 'Nghị quyết về biên chế công chức năm 2027', 3000, null); // typed: the morning's roll call (session 2's at 2500 is not this session's)
    vote.run(3, 'Nghị quyết về giá đất năm 2027', 'hands', 'closed', 80, 76, 40, 30, 6, 0, 0, 0, 6000, 6100, 6200, 1); // its own roll call, not the later one
    secret(4, 'Nghị quyết về quy hoạch tỉnh', 6500, null); // typed in the afternoon: the afternoon's roll call
    secret(5, 'Nghị quyết về chương trình giám sát năm 2027', 500, null); // before any roll call: the roster
    vote.run(6, 'Nghị quyết về kế hoạch đầu tư công năm 2027', 'hands', 'draft', 0, 0, 0, 0, 0, 0, 0, 0, null, null, null, null);
    const personnel = db.prepare(`INSERT INTO personnel_vote (id, session_id, kind, title, posts, rules, status, seats, present, ballots_issued, ballots_returned, ballots_valid, ballots_invalid, created_at, opened_at, closed_at)
      VALUES (?, 1, 'election', ?, 1, '${RULES}', ?, ?, 75, 75, 75, 75, 0, 100, ?, ?)`);
    personnel.run(1, 'Bầu bổ sung Ủy viên Ủy ban nhân dân tỉnh', 'closed', 80, 3000, 3100);
    personnel.run(2, 'Bầu Phó Chủ tịch Hội đồng nhân dân tỉnh', 'closed', 80, 500, 600);
    personnel.run(3, 'Bầu Trưởng Ban Pháp chế', 'draft', 0, null, null);
    db.exec(`INSERT INTO personnel_person (id, vote_id, position, delegate_id, full_name, title, body, agree, disagree) VALUES
      (1, 1, 0, 10, 'Đại biểu số 10', 'Giám đốc Sở Tài chính', 'committee', 70, 5), (2, 2, 0, 11, 'Đại biểu số 11', 'Phó Trưởng Ban Kinh tế - Ngân sách', 'council', 39, 36)`);
    migrate(db);

    const vacant = (table: string) => db.prepare(`SELECT vacant FROM ${table} ORDER BY id`).pluck().all();
    expect(vacant('vote')).toEqual([2, 2, 2, 1, 1, null]);
    expect(vacant('personnel_vote')).toEqual([2, 1, null]);
    // …each what the rule said before the upgrade, read from the same rows.
    const calls = listRollCalls(db, 1);
    const rows = db.prepare("SELECT id, seats, opened_at AS openedAt, roll_call_id AS rollCallId, vacant FROM vote WHERE status <> 'draft' UNION ALL SELECT id, seats, opened_at, NULL, vacant FROM personnel_vote WHERE status <> 'draft'").all() as {
      seats: number;
      openedAt: number;
      rollCallId: number | null;
      vacant: number;
    }[];
    for (const r of rows) expect(r.vacant).toBe(vacantAtOpening(calls, r, 79));

    // The results are what they were: 41/80 passes, 40/80 does not; 39/80 is not elected.
    const engine = new Engine(db, manualClock());
    ok(engine, 'session.select', { id: 1 });
    expect(engine.current.votes.map((v) => [v.id, v.vacant, v.result.passed])).toEqual([
      [1, 2, true],
      [2, 2, true],
      [3, 2, false],
      [4, 1, true],
      [5, 1, true],
      [6, null, false],
    ]);
    expect(engine.current.personnel.map((v) => [v.vacant, v.people[0]?.result?.outcome ?? null])).toEqual([
      [2, 'elected'],
      [1, 'notElected'],
      [null, null],
    ]);

    // In the order they were counted: the two before any roll call, the two of the morning, the afternoon's.
    // A delegate then joins the roster (the vacant seat filled): the records say what they said.
    const lines = async () =>
      readDocx((await reportFile(db, { doc: 'ballots', sessionId: 1, lang: 'vi' }))!.bytes)
        .paragraphs.map((p) => p.text)
        .filter((t) => t.startsWith('Tổng số đại biểu Hội đồng nhân dân: '));
    const before = await lines();
    expect(before).toEqual([
      'Tổng số đại biểu Hội đồng nhân dân: 80 (1 ghế khuyết); số đại biểu có mặt:\u00a075.',
      'Tổng số đại biểu Hội đồng nhân dân: 80 (1 ghế khuyết); số đại biểu có mặt:\u00a075.',
      'Tổng số đại biểu Hội đồng nhân dân: 80 (2 ghế khuyết); số đại biểu có mặt:\u00a075.',
      'Tổng số đại biểu Hội đồng nhân dân: 80 (2 ghế khuyết); số đại biểu có mặt:\u00a075.',
      'Tổng số đại biểu Hội đồng nhân dân: 80 (1 ghế khuyết); số đại biểu có mặt:\u00a075.',
    ]);
    ok(engine, 'delegate.add', { fullName: 'Hoàng Thị Ánh Tuyết' });
    expect(await lines()).toEqual(before);
  }, 30_000);
});
