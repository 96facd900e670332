/**
 * A report "gửi đại biểu nghiên cứu, không trình bày" (sent to the delegates to study, not
 * presented) imported as a 30-minute report and stood among the longest items in Live. It imports
 * as a 0-minute item the sitting does not take up: `n` passes it, as it passes headings, and
 * closing the sitting does not count it among the items left; nor a heading whose parts are done.
 */
import { describe, expect, it } from 'vitest';
import { parseAgendaTable } from '../../../common/agenda/import';
import { sentToStudy } from '../../../common/agenda/study';
import { joinRows, notTakenUp } from '../../../common/timing/stats';
import { newEngine, ok } from '../helpers';

const TABLE = [
  ['STT', 'Nội dung', 'Cơ quan, người thực hiện', 'Thời gian (phút)'],
  ['1', 'Báo cáo tình hình kinh tế - xã hội năm 2026', 'Chủ tịch UBND tỉnh', '20'],
  ['2', 'Báo cáo công tác phòng, chống tham nhũng năm 2026 (gửi đại biểu nghiên cứu, không trình bày)', 'UBND tỉnh', ''],
  ['3', 'Báo cáo công tác thi hành án dân sự', 'Cục Thi hành án dân sự', 'Gửi ĐB HĐND nghiên cứu'],
  ['4', 'Thảo luận tại hội trường', '', '60'],
];

describe('an item sent to the delegates to study', () => {
  it('reads the phrase with or without diacritics, and not in an ordinary title', () => {
    expect(sentToStudy('Báo cáo … (gửi đại biểu nghiên cứu, không trình bày)')).toBe(true);
    expect(sentToStudy('GUI DAI BIEU NGHIEN CUU')).toBe(true);
    expect(sentToStudy('Gửi các đại biểu HĐND tỉnh nghiên cứu')).toBe(true);
    expect(sentToStudy('Không trình bày tại kỳ họp')).toBe(true);
    expect(sentToStudy('Trình bày báo cáo nghiên cứu khả thi')).toBe(false);
  });

  it('imports as a 0-minute item, its phrase in the title or in the time column, which is then no error', () => {
    const { rows, problems } = parseAgendaTable(TABLE, { startDate: '2026-12-08', endDate: '2026-12-08' });
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.kind, r.plannedMinutes])).toEqual([
      ['report', 20],
      ['report', 0],
      ['report', 0],
      ['discussion', 60],
    ]);
    // The presenter stays the file's; an empty one would take the cell that says it.
    expect(rows[2].presenter).toBe('Cục Thi hành án dân sự');
  });

  it('is passed in the sitting, and neither it nor a heading whose parts are done counts as left', () => {
    const { engine } = newEngine();
    ok(engine, 'council.save', { name: 'HĐND tỉnh Quảng Trị', level: 'province', term: 9, totalSeats: 35 });
    ok(engine, 'session.create', { number: 4, term: 9, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-08' });
    const rows = [
      { title: 'TRÌNH BÀY CÁC BÁO CÁO:', kind: 'other', presenter: '', plannedMinutes: 0, sub: false },
      { title: 'Báo cáo kinh tế - xã hội', kind: 'report', presenter: '', plannedMinutes: 20, sub: true },
      { title: 'Báo cáo phòng, chống tham nhũng (gửi đại biểu nghiên cứu)', kind: 'report', presenter: '', plannedMinutes: 0, sub: false },
      { title: 'Báo cáo công tác thi hành án', kind: 'report', presenter: 'Không trình bày', plannedMinutes: 0, sub: false },
      { title: 'Báo cáo công tác tư pháp', kind: 'report', presenter: '', plannedMinutes: 0, sub: false },
    ];
    ok(engine, 'agenda.import', { rows });
    const live = joinRows(engine.current.agenda, engine.current.timing.items);
    expect(live.filter((r) => notTakenUp(r, live)).map((r) => r.item.title)).toEqual([
      'TRÌNH BÀY CÁC BÁO CÁO:',
      'Báo cáo phòng, chống tham nhũng (gửi đại biểu nghiên cứu)',
      'Báo cáo công tác thi hành án',
    ]);
    // A 0-minute report that says nothing of the kind is still an item to take up.
    expect(notTakenUp(live[4], live)).toBe(false);
  });
});
