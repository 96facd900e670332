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
import { discussionUnderWay, newEngine, ok, schemaBefore, seedBasics } from '../helpers';

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
    // The earlier session's discussion item says "chất vấn" only in its title, no question on record: it stays discussion.
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

describe('questioning counted by what it was, wherever it happened', () => {
  it('a question asked and answered during a discussion item (a slip with no item) counts as questioning: the kinds still add up, the shares to 100,00%', () => {
    const { engine, db, clock } = newEngine();
    const { sessionId } = seedBasics(engine);
    const asker = ok(engine, 'delegate.add', { fullName: 'Hoàng Văn An' }).id;
    const official = ok(engine, 'delegate.add', { fullName: 'Hà Minh Đức', voting: false }).id;
    const respondentId = ok(engine, 'respondent.add', { delegateId: official, agency: 'Sở TN&MT' }).id;
    // 30' of discussion in all, of which a question took 2' and its answer 5'.
    const { itemId } = discussionUnderWay(engine);
    clock.advance(10 * MIN);
    const q = ok(engine, 'question.register', { askerId: asker, respondentId, text: 'Tiến độ giải phóng mặt bằng?' }).id;
    ok(engine, 'question.next', { id: q });
    ok(engine, 'question.toggle');
    clock.advance(2 * MIN);
    ok(engine, 'question.stop');
    ok(engine, 'answer.start');
    ok(engine, 'question.toggle');
    clock.advance(5 * MIN);
    ok(engine, 'question.stop');
    ok(engine, 'question.mark', { ids: [q], status: 'answered' });
    clock.advance(13 * MIN);
    ok(engine, 'item.finish', { id: itemId });
    const review = computeReview(readReviewInput(db, sessionId, clock())!);
    const want = { reading: 0, discussion: 23 * MIN, questioning: 7 * MIN, procedure: 0 };
    // The session, its sitting and its day alike.
    expect(review.time.session.byWork).toEqual(want);
    expect(review.time.sittings.map((b) => b.byWork)).toEqual([want]);
    expect(review.time.days.map((b) => b.byWork)).toEqual([want]);
    expect(sum(review.time.session.byWork)).toBe(review.time.session.actualMs);
    const shares = workShares(review.time.session);
    expect(WORK_KINDS.map((k) => shares[k].part)).toEqual([0, 7667, 2333, 0]);
    // The item is still a discussion item in the items table; its time is split in the kinds table.
    expect(review.items[0].work).toBe('discussion');
    const kinds = reviewTables(review, 'vi').find((t) => t.id === 'kinds')!;
    expect(kinds.rows.at(-1)!.slice(1, 10).map((c) => cellText(c, 'vi'))).toEqual(['0:00', '23:00', '7:00', '0:00', '30:00', '0,00%', '76,67%', '23,33%', '0,00%']);
    const rows = compareReviews([review]);
    expect(rows.find((r) => r.key === 'questioningShare')!.values.map((v) => cellText(v, 'en'))).toEqual(['23.33%']);
  });

  it('reads an old database (schema 5) whose questions were put during a discussion item: their time counts as questioning', () => {
    const { db } = schemaBefore('roster-attendance-speakers');
    const T = Date.UTC(2019, 11, 17, 1, 0, 0);
    db.exec(`
      INSERT INTO council VALUES (1, 'Hội đồng nhân dân huyện Đầm Hà', 'district', 4, 35);
      INSERT INTO session VALUES (1, 10, 4, 'regular', '', '2019-07-10', '2019-07-10');
      INSERT INTO setting VALUES ('current_session_id', '1');
      INSERT INTO delegate (id, full_name, voting) VALUES (1, 'Hoàng Văn An', 1), (2, 'Hà Minh Đức', 0);
      INSERT INTO respondent (id, delegate_id, agency) VALUES (1, 2, 'UBND huyện');
      INSERT INTO sitting (id, session_id, date, part, planned_start, planned_end, status, accumulated_ms, opened_at, closed_at)
        VALUES (1, 1, '2019-07-10', 'morning', '07:30', '11:30', 'closed', ${100 * MIN}, ${T}, ${T + 100 * MIN});
      INSERT INTO agenda_item (id, session_id, position, title, kind, planned_minutes, sitting_id, status, accumulated_ms) VALUES
        (1, 1, 0, 'Báo cáo', 'report', 30, 1, 'finished', ${30 * MIN}),
        (2, 1, 1, 'Thảo luận, chất vấn', 'discussion', 60, 1, 'finished', ${60 * MIN});
      INSERT INTO item_segment (item_id, started_at, ended_at) VALUES (1, ${T}, ${T + 30 * MIN}), (2, ${T + 30 * MIN}, ${T + 90 * MIN});
      INSERT INTO answer (id, session_id, respondent_id, begun_at, ended_at, started_at, accumulated_ms)
        VALUES (1, 1, 1, ${T + 45 * MIN}, ${T + 55 * MIN}, NULL, ${10 * MIN});
      INSERT INTO question (id, session_id, agenda_item_id, position, asker_id, respondent_id, text, phase, status, registered_at, asked_at, ask_ended_at, accumulated_ms, answer_id)
        VALUES (1, 1, NULL, 0, 1, 1, 'Đường giao thông nông thôn?', 'asked', 'answered', ${T + 35 * MIN}, ${T + 40 * MIN}, ${T + 45 * MIN}, ${5 * MIN}, 1);
    `);
    migrate(db);
    const s = reviewsFor(db, { sessionId: 1, now: T + 200 * MIN })!.review.time.session;
    // 60' of discussion item: 5' asking and 10' answering are questioning.
    expect(s.byWork).toEqual({ reading: 30 * MIN, discussion: 45 * MIN, questioning: 15 * MIN, procedure: 0 });
    expect(sum(s.byWork)).toBe(s.actualMs);
  });
});
