/**
 * A part of the programme in the review's per-item table: "Thảo luận về tình hình kinh tế - xã
 * hội" with the office's 120 minutes over its two discussions, and "Trình bày các báo cáo:" of 0
 * minutes over two reports. Never run itself (n passes it), a part is listed as a part, its budget
 * against the time its items ran, never as an item not started; the same in the workbook and the
 * report, and left out of the highlights and the plan chart, where its items stand for it.
 */
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { computeReview } from '../../../common/review/figures';
import { cellText, reviewTables } from '../../../common/review/tables';
import { planChartItems } from '../../../common/review/charts';
import { readReviewInput } from '../../../electron/features/review/input';
import { exportReview } from '../../../electron/features/review/export';
import { joinRows, notTakenUp, type Row } from '../../../common/timing/stats';
import type { Engine } from '../../../electron/engine/engine';
import { newEngine, ok, seedBasics } from '../helpers';
import { readDocx } from '../../docx';

const MIN = 60_000;
const rowsOf = (engine: Engine): Row[] => joinRows(engine.current.agenda, engine.current.timing.items);
/** The next item `n` starts: the first pending one the sitting takes up (LiveView's `next`). */
const nextUp = (engine: Engine): Row | undefined => {
  const rows = rowsOf(engine);
  return rows.find((r) => r.timing.status === 'pending' && !notTakenUp(r, rows));
};

/** The day run by `n`: the opening 15 min, the group 50, the hall 70, the first report 25; the second report not reached. */
function dayWithParts() {
  const { engine, db, clock } = newEngine();
  const { sessionId } = seedBasics(engine);
  const morning = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '10:00' }).id;
  const afternoon = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'afternoon', plannedStart: '14:00', plannedEnd: '17:00' }).id;
  const add = (title: string, kind: 'opening' | 'discussion' | 'report' | 'other', plannedMinutes: number, sittingId: number, parentId?: number) => {
    const id = ok(engine, 'agenda.add', { title, kind, plannedMinutes }).id;
    ok(engine, 'agenda.assign', { id, sittingId });
    if (parentId !== undefined) ok(engine, 'agenda.setParent', { id, parentId });
    return id;
  };
  add('Khai mạc kỳ họp', 'opening', 15, morning);
  const discussion = add('Thảo luận về tình hình kinh tế - xã hội', 'discussion', 120, morning);
  add('Thảo luận tại tổ', 'discussion', 60, morning, discussion);
  add('Thảo luận tại hội trường', 'discussion', 60, morning, discussion);
  const reports = add('Trình bày các báo cáo:', 'other', 0, afternoon);
  add('Báo cáo kết quả giám sát', 'report', 20, afternoon, reports);
  add('Báo cáo công tác phòng, chống tham nhũng', 'report', 20, afternoon, reports);
  for (const minutes of [15, 50, 70, 25]) {
    ok(engine, 'item.start', { id: nextUp(engine)!.item.id, current: 'finish' });
    clock.advance(minutes * MIN);
  }
  ok(engine, 'item.finish', { id: engine.current.timing.liveItemId! });
  return { engine, db, clock, sessionId, discussion, reports };
}

const itemsTable = (review: ReturnType<typeof computeReview>, lang: 'vi' | 'en') =>
  reviewTables(review, lang)
    .find((t) => t.id === 'items')!
    .rows.map((r) => r.map((c) => cellText(c, lang).replace(/\u00a0/g, ' ')));

describe('a part of the programme in the review', () => {
  it('its figures: the budget against its items\' time, marked a part, its difference once none of its items is still to run', () => {
    const { engine, db, clock, sessionId, discussion, reports } = dayWithParts();
    // Neither part was started: the timer still holds them pending.
    expect(engine.current.timing.items.filter((i) => i.id === discussion || i.id === reports).map((i) => i.status)).toEqual(['pending', 'pending']);
    const review = computeReview(readReviewInput(db, sessionId, clock())!);
    const of = (id: number) => review.items.find((i) => i.id === id)!;
    expect(of(discussion)).toMatchObject({ part: true, partRun: true, plannedMs: 120 * MIN, actualMs: 120 * MIN, diffMs: 0 });
    // No minutes of its own: its items' plans are its budget (two reports of 20). Its second report
    // is still to run, so no difference yet: 25 of 40 minutes would read as 15 saved.
    expect(of(reports)).toMatchObject({ part: true, partRun: false, plannedMs: 40 * MIN, actualMs: 25 * MIN });
    // Its items overran and were cut short for it: a part is in neither list, nor in the plan chart.
    expect(review.plan.overran).not.toContain(discussion);
    expect(review.plan.cutShort).not.toContain(reports);
    expect(planChartItems(review).some((i) => i.part)).toBe(false);
    expect(planChartItems(review)).toHaveLength(4);
    // The second report passed over: the part is done, and its difference reads.
    const second = engine.current.agenda.find((i) => i.title === 'Báo cáo công tác phòng, chống tham nhũng')!.id;
    ok(engine, 'item.skip', { id: second });
    const after = computeReview(readReviewInput(db, sessionId, clock())!).items.find((i) => i.id === reports)!;
    expect(after).toMatchObject({ part: true, partRun: true, diffMs: -15 * MIN });
  });

  it('the table shows it as a part ("Phần" / "Part"), never "Chưa bắt đầu" / "Not started"', () => {
    const { db, clock, sessionId } = dayWithParts();
    const review = computeReview(readReviewInput(db, sessionId, clock())!);
    expect(itemsTable(review, 'vi')).toEqual([
      ['1', 'Khai mạc kỳ họp', 'Khai mạc', 'Thủ tục', 'Đã kết thúc', '15:00', '0:00', '15:00', '0:00', '0'],
      ['2', 'Thảo luận về tình hình kinh tế - xã hội', 'Thảo luận', '', 'Phần', '2:00:00', '', '2:00:00', '0:00', ''],
      ['2.1', 'Thảo luận tại tổ', 'Thảo luận', 'Thảo luận', 'Đã kết thúc', '1:00:00', '0:00', '50:00', '-10:00', '0'],
      ['2.2', 'Thảo luận tại hội trường', 'Thảo luận', 'Thảo luận', 'Đã kết thúc', '1:00:00', '0:00', '1:10:00', '10:00', '0'],
      ['3', 'Trình bày các báo cáo:', 'Khác', '', 'Phần', '40:00', '', '25:00', '', ''],
      ['3.1', 'Báo cáo kết quả giám sát', 'Báo cáo', 'Trình bày báo cáo', 'Đã kết thúc', '20:00', '0:00', '25:00', '5:00', '0'],
      ['3.2', 'Báo cáo công tác phòng, chống tham nhũng', 'Báo cáo', 'Trình bày báo cáo', 'Chưa bắt đầu', '20:00', '0:00', '0:00', '', '0'],
    ]);
    const en = itemsTable(review, 'en');
    expect(en[1].slice(3, 10)).toEqual(['', 'Part', '2:00:00', '', '2:00:00', '0:00', '']);
    expect(en[4][4]).toBe('Part');
  });

  it('a part none of whose items has run: its budget, no time, no difference, still a part', () => {
    const { engine, db, clock } = newEngine();
    const { sessionId: id } = seedBasics(engine);
    const part = ok(engine, 'agenda.add', { title: 'Thảo luận', kind: 'discussion', plannedMinutes: 90 }).id;
    const sub = ok(engine, 'agenda.add', { title: 'Thảo luận tại tổ', kind: 'discussion', plannedMinutes: 60 }).id;
    ok(engine, 'agenda.setParent', { id: sub, parentId: part });
    const rows = itemsTable(computeReview(readReviewInput(db, id, clock())!), 'vi');
    expect(rows[0].slice(4, 9)).toEqual(['Phần', '1:30:00', '', '0:00', '']);
    expect(rows[1][4]).toBe('Chưa bắt đầu');
  });

  it('the workbook and the report say the same', async () => {
    const { db, clock, sessionId } = dayWithParts();
    const at = { sessionId, now: clock() };
    const sheets = await readXlsxFile((await exportReview(db, 'review-xlsx', { ...at, lang: 'vi' }))!.body);
    const sheet = sheets.find((s) => s.sheet === 'Dự kiến theo nội dung')!.data;
    const partRow = sheet.find((r) => r[1] === 'Thảo luận về tình hình kinh tế - xã hội')!;
    expect(partRow[4]).toBe('Phần');
    expect(sheet.some((r) => r[1] === 'Trình bày các báo cáo:' && r[4] === 'Phần')).toBe(true);
    expect(sheet.flat()).not.toContain('Chưa bắt đầu'.replace(/ /g, '\u00a0'));
    for (const lang of ['vi', 'en'] as const) {
      const d = readDocx((await exportReview(db, 'review-docx', { ...at, lang }))!.body);
      const cell = (tc: Element) => d.paragraphs.filter((p) => tc.contains(p.el)).map((p) => p.text.replace(/\u00a0/g, ' ')).join(' ');
      const rows = d.tables.flatMap((t) => d.all(t, 'tr').map((tr) => d.all(tr, 'tc').map(cell)));
      const part = rows.find((r) => r[1] === 'Thảo luận về tình hình kinh tế - xã hội')!;
      expect(part).toEqual(['2', 'Thảo luận về tình hình kinh tế - xã hội', lang === 'vi' ? 'Phần' : 'Part', '2:00:00', '2:00:00', '0:00']);
      const reports = rows.find((r) => r[1] === 'Trình bày các báo cáo:')!;
      expect(reports).toEqual(['3', 'Trình bày các báo cáo:', lang === 'vi' ? 'Phần' : 'Part', '40:00', '25:00', '']);
    }
  });
});
