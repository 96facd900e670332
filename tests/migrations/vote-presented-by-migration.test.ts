/**
 * The presenting body of a resolution ("Cơ quan trình"), kept with its vote since schema 26: a
 * database written before opens with every vote's body empty and its counts as they were; the
 * minutes and the results notice then say nothing of a body, and say it once one is given.
 */
import { describe, expect, it } from 'vitest';
import { Engine } from '../../electron/engine/engine';
import { migrate } from '../../electron/store/db';
import { minutesModel } from '../../electron/features/record/minutes';
import { noticeModel } from '../../electron/features/record/ballots';
import { manualClock, ok, schemaBefore } from '../unit/helpers';

const text = (model: ReturnType<typeof minutesModel>) =>
  model!.parts[0].blocks.flatMap((b) => (b.kind === 'para' ? [b.runs.map((r) => r.text).join('')] : [])).join('\n');

describe('migration vote-presented-by', () => {
  it('opens an older database with every vote’s presenting body empty, then keeps the one the chair gives', () => {
    const { db } = schemaBefore('vote-presented-by');
    // A province council's session, written as the stores of schema 25 wrote it: one vote closed and announced, one prepared.
    db.exec(`
      INSERT INTO council (id, name, level, term, total_seats) VALUES (1, 'HĐND tỉnh Quảng Trị', 'province', 9, 35);
      INSERT INTO session (id, number, term, kind, start_date, end_date) VALUES (1, 4, 9, 'regular', '2026-12-08', '2026-12-09');
      INSERT INTO vote (id, session_id, resolution_number, resolution_title, method, rule_kind, rule_base, rule_comparison, rule_numerator, rule_denominator,
        status, seats, present, for_count, against_count, abstain_count, created_at, opened_at, closed_at, announced_at)
      VALUES (1, 1, '101/NQ-HĐND', 'Nghị quyết về kế hoạch đầu tư công năm 2027', 'hands', 'ordinary', 'seats', 'moreThan', 1, 2, 'closed', 35, 33, 31, 1, 1, 1000, 2000, 3000, 4000),
             (2, 1, '', 'Nghị quyết về biên chế năm 2027', 'hands', 'ordinary', 'seats', 'moreThan', 1, 2, 'draft', 0, 0, 0, 0, 0, 1500, NULL, NULL, NULL);
    `);
    migrate(db);
    const engine = new Engine(db, manualClock());
    ok(engine, 'session.select', { id: 1 });
    expect(engine.current.votes.map((v) => [v.id, v.presentedBy, v.status, v.tally.for])).toEqual([
      [1, '', 'closed', 31],
      [2, '', 'draft', 0],
    ]);
    const minutes = (lang: 'vi' | 'en') => text(minutesModel(db, 1, { lang, now: 5000 }));
    expect(minutes('vi')).toContain('thông qua Nghị quyết về kế hoạch đầu tư công năm 2027 (số\u00a0101/NQ-HĐND). ');
    expect(minutes('vi')).not.toContain('Tờ trình của');

    db.prepare("UPDATE vote SET presented_by = 'UBND tỉnh' WHERE id = 1").run();
    expect(minutes('vi')).toContain('thông qua Nghị quyết về kế hoạch đầu tư công năm 2027 (số\u00a0101/NQ-HĐND) (Tờ trình của UBND tỉnh). ');
    expect(minutes('en')).toContain('(No.\u00a0101/NQ-HĐND) (submitted by UBND tỉnh). ');
    expect(text(noticeModel(db, 1))).toContain('1. Nghị quyết về kế hoạch đầu tư công năm 2027 (số\u00a0101/NQ-HĐND) (Tờ trình của UBND tỉnh): 31/35 đại biểu tán thành');

    ok(engine, 'vote.update', { id: 2, resolutionTitle: 'Nghị quyết về biên chế năm 2027', method: 'hands', presentedBy: 'Thường trực HĐND tỉnh' });
    expect(engine.current.votes[1].presentedBy).toBe('Thường trực HĐND tỉnh');
  });
});
