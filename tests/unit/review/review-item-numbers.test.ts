/**
 * The review names an item as the programme, the minutes, the Agenda and Live do: by its number in
 * the programme's outline ("2.1"), in the per-item table and on the planned-against-actual chart's
 * bars. Before, both counted the items 1, 2, 3 … flat, so the table's and the chart's 3 was the
 * minutes' 2.1.
 */
import { describe, expect, it } from 'vitest';
import { reviewsFor } from '../../../electron/features/review/export';
import { cellText, reviewTables } from '../../../common/review/tables';
import { reviewChart } from '../../../common/review/charts';
import { newEngine, ok } from '../helpers';

/** 1. Khai mạc; 2. Trình bày các báo cáo (a heading), 2.1 and 2.2 under it; 3. Thảo luận; 4. not held. */
function programmeSession() {
  const { engine, db, clock } = newEngine();
  ok(engine, 'council.save', { name: 'HĐND tỉnh Quảng Trị', level: 'province', term: 9, totalSeats: 35 });
  const sessionId = ok(engine, 'session.create', { number: 4, term: 9, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-08' }).id;
  const row = (title: string, kind: string, plannedMinutes: number, sub = false) => ({ title, kind, presenter: '', plannedMinutes, sub });
  ok(engine, 'agenda.import', {
    rows: [
      row('Khai mạc kỳ họp', 'opening', 10),
      row('Trình bày các báo cáo', 'other', 0),
      row('Báo cáo tình hình kinh tế - xã hội năm 2026', 'report', 20, true),
      row('Báo cáo thẩm tra của Ban Kinh tế - Ngân sách', 'report', 10, true),
      row('Thảo luận về tình hình kinh tế - xã hội', 'discussion', 60),
      row('Báo cáo công tác tư pháp', 'report', 10),
    ] as never,
  });
  const [opening, , economy, verification, discussion] = engine.current.agenda.map((i) => i.id);
  const morning = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
  for (const { id } of engine.current.agenda) ok(engine, 'agenda.assign', { id, sittingId: morning });
  ok(engine, 'sitting.open', { id: morning });
  for (const id of [opening, economy, verification, discussion]) {
    ok(engine, 'item.start', { id, current: 'finish' });
    clock.advance(7 * 60_000);
  }
  ok(engine, 'item.finish', { id: discussion });
  return { db, clock, sessionId };
}

describe('the review’s items by their number in the programme', () => {
  it('the per-item table and the chart’s bars say 2.1 and 2.2 for the parts of item 2, in both languages', () => {
    const s = programmeSession();
    const { review } = reviewsFor(s.db, { sessionId: s.sessionId, now: s.clock() })!;
    for (const lang of ['vi', 'en'] as const) {
      const items = reviewTables(review, lang).find((t) => t.id === 'items')!;
      expect(items.rows.map((r) => [cellText(r[0], lang), cellText(r[1], lang)]), lang).toEqual([
        ['1', 'Khai mạc kỳ họp'],
        ['2', 'Trình bày các báo cáo'],
        ['2.1', 'Báo cáo tình hình kinh tế - xã hội năm 2026'],
        ['2.2', 'Báo cáo thẩm tra của Ban Kinh tế - Ngân sách'],
        ['3', 'Thảo luận về tình hình kinh tế - xã hội'],
        ['4', 'Báo cáo công tác tư pháp'],
      ]);
      // The bars of the items that ran, the heading passed and item 4 not held left out.
      expect((reviewChart('plan', review, lang).xAxis as { data: string[] }).data, lang).toEqual(['1', '2.1', '2.2', '3']);
    }
  });
});
