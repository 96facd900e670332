/**
 * Questioning (chất vấn và trả lời chất vấn) is a kind of work of its own in the review, as a
 * council's own review reports it apart from discussion: in the figures, the tables, the
 * comparison between sessions, and in a database written long before it was counted apart.
 */
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/store/db';
import { LATEST_VERSION } from '../../../electron/store/migrations/index';
import { computeReview, WORK_KINDS, workShares } from '../../../common/review/figures';
import { compareReviews } from '../../../common/review/compare';
import { cellText, reviewTables } from '../../../common/review/tables';
import { readReviewInput } from '../../../electron/features/review/input';
import { reviewsFor } from '../../../electron/features/review/export';
import { newEngine, ok, schemaBefore, seedBasics } from '../helpers';

const MIN = 60_000;
const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);

describe('questioning as a kind of work of its own', () => {
  it('counts a questioning item apart from discussion: the kinds add up to the time run, the shares to 100,00%', () => {
    const { engine, db, clock } = newEngine();
    const { sessionId } = seedBasics(engine);
    // 20' read, 40' discussed, 45' of questioning and answers, 5' of procedure: 110' in all.
    for (const [title, kind, minutes] of [
      ['Khai mạc', 'opening', 5],
      ['Báo cáo kinh tế - xã hội', 'report', 20],
      ['Thảo luận tại hội trường', 'discussion', 40],
      ['Chất vấn và trả lời chất vấn', 'questioning', 45],
    ] as const) {
      const { id } = ok(engine, 'agenda.add', { title, kind, plannedMinutes: minutes });
      ok(engine, 'item.start', { id, current: 'finish' });
      clock.advance(minutes * MIN);
      ok(engine, 'item.finish', { id });
    }
    const review = computeReview(readReviewInput(db, sessionId, clock())!);
    const s = review.time.session;
    expect(WORK_KINDS).toEqual(['reading', 'discussion', 'questioning', 'procedure']);
    expect(s.byWork).toEqual({ reading: 20 * MIN, discussion: 40 * MIN, questioning: 45 * MIN, procedure: 5 * MIN });
    expect(sum(s.byWork)).toBe(s.actualMs);
    // 20/110 = 18,18%, 40/110 = 36,36%, 45/110 = 40,91%, 5/110 = 4,55%: 100,00% (each rounded alone, 100,00% too here).
    const shares = workShares(s);
    expect(WORK_KINDS.map((k) => shares[k].part)).toEqual([1818, 3636, 4091, 455]);
    expect(sum(Object.fromEntries(WORK_KINDS.map((k) => [k, shares[k].part])))).toBe(10_000);
    // The item's own kind of work, as the items table names it.
    expect(review.items.find((i) => i.kind === 'questioning')!.work).toBe('questioning');
    const items = reviewTables(review, 'vi').find((t) => t.id === 'items')!;
    expect(cellText(items.rows[3][3], 'vi')).toBe('Chất vấn, trả lời chất vấn');
    const kinds = reviewTables(review, 'en').find((t) => t.id === 'kinds')!;
    expect(kinds.columns).toEqual([
      'Sitting',
      'Reading reports',
      'Discussion',
      'Questioning and answers',
      'Procedure',
      'Total',
      'Reading share',
      'Discussion share',
      'Questioning share',
      'Procedure share',
      'Sitting clock',
    ]);
    expect(kinds.rows.at(-1)!.slice(1, 10).map((c) => cellText(c, 'en'))).toEqual(['20:00', '40:00', '45:00', '5:00', '1:50:00', '18.18%', '36.36%', '40.91%', '4.55%']);
  });

  it('reads a database written before questioning was counted apart (schema 5) the same way, and compares its sessions share by share', () => {
    // Schema 5 (agenda-live): the first with item timing. Two sessions, as that version's code wrote them.
    const { db } = schemaBefore('roster-attendance-speakers');
    const T = Date.UTC(2019, 11, 17, 1, 0, 0);
    db.exec(`
      INSERT INTO council VALUES (1, 'Hội đồng nhân dân huyện Đầm Hà', 'district', 4, 35);
      INSERT INTO session VALUES (1, 10, 4, 'regular', '', '2019-07-10', '2019-07-10'), (2, 11, 4, 'regular', '', '2019-12-17', '2019-12-17');
      INSERT INTO setting VALUES ('current_session_id', '2');
      INSERT INTO sitting (id, session_id, date, part, planned_start, planned_end, status, accumulated_ms, opened_at, closed_at)
        VALUES (1, 1, '2019-07-10', 'morning', '07:30', '11:30', 'closed', ${100 * MIN}, ${T}, ${T + 100 * MIN}),
               (2, 2, '2019-12-17', 'afternoon', '13:30', '17:00', 'closed', ${130 * MIN}, ${T}, ${T + 130 * MIN});
      INSERT INTO agenda_item (id, session_id, position, title, kind, planned_minutes, sitting_id, status, accumulated_ms) VALUES
        (1, 1, 0, 'Báo cáo', 'report', 30, 1, 'finished', ${30 * MIN}),
        (2, 1, 1, 'Thảo luận, chất vấn', 'discussion', 60, 1, 'finished', ${60 * MIN}),
        (3, 2, 0, 'Báo cáo', 'report', 20, 2, 'finished', ${20 * MIN}),
        (4, 2, 1, 'Thảo luận tại hội trường', 'discussion', 40, 2, 'finished', ${40 * MIN}),
        (5, 2, 2, 'Chất vấn và trả lời chất vấn', 'questioning', 60, 2, 'finished', ${60 * MIN}),
        (6, 2, 3, 'Bế mạc', 'closing', 5, 2, 'finished', ${5 * MIN});
      INSERT INTO item_segment (item_id, started_at, ended_at) VALUES
        (1, ${T}, ${T + 30 * MIN}), (2, ${T + 30 * MIN}, ${T + 90 * MIN}),
        (3, ${T}, ${T + 20 * MIN}), (4, ${T + 20 * MIN}, ${T + 60 * MIN}), (5, ${T + 60 * MIN}, ${T + 120 * MIN}), (6, ${T + 120 * MIN}, ${T + 125 * MIN});
    `);
    migrate(db);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    const found = reviewsFor(db, { sessionId: 2, now: T + 200 * MIN })!;
    const s = found.review.time.session;
    expect(s.byWork).toEqual({ reading: 20 * MIN, discussion: 40 * MIN, questioning: 60 * MIN, procedure: 5 * MIN });
    expect(s.actualMs).toBe(125 * MIN);
    // The earlier session held its questioning inside a discussion item: it stays discussion, as it was run.
    expect(found.others.map((r) => r.time.session.byWork)).toEqual([{ reading: 30 * MIN, discussion: 60 * MIN, questioning: 0, procedure: 0 }]);
    const rows = compareReviews([...found.others, found.review]);
    const row = (key: string) => rows.find((r) => r.key === key)!.values.map((v) => cellText(v, 'vi'));
    // 30/90 → 20/125, 60/90 → 40/125, 0 → 60/125, 0 → 5/125.
    expect([row('readingShare'), row('discussionShare'), row('questioningShare'), row('procedureShare')]).toEqual([
      ['33,33%', '16,00%'],
      ['66,67%', '32,00%'],
      ['0,00%', '48,00%'],
      ['0,00%', '4,00%'],
    ]);
    const compare = reviewTables(found.review, 'vi', found.others).find((t) => t.id === 'compare')!;
    expect(compare.rows.map((r) => cellText(r[0], 'vi'))).toContain('Tỷ lệ chất vấn, trả lời chất vấn');
  });
});
