/**
 * A delegate the roll call marked "not arrived yet" (chưa đến: a late mark with no arrival time) was
 * away for the quorum, the votes and the queue (common/attendance/model.ts isPresent). The minutes
 * counted them present and listed them as a late arrival with no time, while the review did not
 * count them: the two documents of one session gave 8 and 7. Both now read the roll call by the one
 * rule (awayKind). Real SQLite, the documents read back.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import { exportReview } from '../../../electron/features/review/export';
import { reportFile } from '../../../electron/documents/index';
import { readDocx } from '../../docx';
import { newEngine, ok } from '../helpers';

function tablesOf(d: ReturnType<typeof readDocx>): string[][][] {
  return d.tables.map((t) => d.all(t, 'tr').map((tr) => d.all(tr, 'tc').map((tc) => d.paragraphs.filter((p) => tc.contains(p.el)).map((p) => p.text.replace(/\u00a0/g, ' ')).join('\n'))));
}

/**
 * A 10-seat council, one sitting: Số 1 absent, Số 2 excused, Số 3 not arrived yet (and never seen),
 * Số 4 arrived late at 08:10, Số 5 and Số 6 seen in the hall, four nobody marked. A show of hands
 * counts 7 present.
 */
function sitting() {
  const ctx = newEngine();
  const { engine } = ctx;
  ctx.clock.set(new Date(2026, 11, 8, 7, 30).getTime());
  ok(engine, 'council.save', { name: 'HĐND xã Tân Lập', level: 'commune', term: 1, totalSeats: 10 });
  const sessionId = ok(engine, 'session.create', { number: 3, term: 1, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-08' }).id;
  const people = Array.from({ length: 10 }, (_, i) => ok(engine, 'delegate.add', { fullName: `Đại biểu Số ${i + 1}`, seatNumber: i + 1 }).id);
  const s = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
  ok(engine, 'sitting.open', { id: s });
  ok(engine, 'attendance.open', { sittingId: s });
  ok(engine, 'attendance.mark', { delegateId: people[0], status: 'absent' });
  ok(engine, 'attendance.mark', { delegateId: people[1], status: 'excused' });
  ok(engine, 'attendance.mark', { delegateId: people[2], status: 'notArrived' });
  ok(engine, 'attendance.mark', { delegateId: people[3], status: 'late', time: '08:10' });
  ok(engine, 'attendance.mark', { delegateId: people[4], status: 'present' });
  ok(engine, 'attendance.mark', { delegateId: people[5], status: 'present' });
  const vote = ok(engine, 'vote.create', { resolutionNumber: '07/NQ-HĐND', resolutionTitle: 'Nghị quyết về kế hoạch đầu tư công năm 2027', method: 'hands' }).id;
  ok(engine, 'vote.open', { id: vote });
  ok(engine, 'vote.tally', { id: vote, for: 7, against: 0, abstain: 0 });
  ok(engine, 'vote.close', { id: vote });
  ctx.clock.advance(60_000);
  ok(engine, 'sitting.close', { id: s });
  return { ...ctx, sessionId };
}

describe('a roll call with a delegate not arrived yet (late, no arrival time)', () => {
  let s: ReturnType<typeof sitting>;
  const review = {} as Record<'vi' | 'en', ReturnType<typeof readDocx>>;
  const minutes = {} as Record<'vi' | 'en', string>;
  beforeAll(async () => {
    s = sitting();
    for (const lang of ['vi', 'en'] as const) {
      review[lang] = readDocx((await exportReview(s.db, 'review-docx', { sessionId: s.sessionId, lang, now: s.clock() }))!.body);
      minutes[lang] = readDocx((await reportFile(s.db, { doc: 'minutes', sessionId: s.sessionId, lang }, s.clock()))!.bytes).text;
    }
  }, 60_000);

  it('the console counted 7 present: the one not arrived is away (the rule, unchanged)', () => {
    expect(s.engine.current.attendance.present).toBe(7);
    expect(s.engine.current.votes[0].present).toBe(7);
  });

  it('the minutes count 7 present, as the review does, and name the one not arrived apart from the late arrival', () => {
    expect(minutes.vi).toContain(
      'Đại biểu có mặt: 7/10 đại biểu Hội đồng nhân dân. Vắng mặt có lý do: Đại biểu Số 2. Vắng mặt không có lý do: Đại biểu Số 1. Chưa đến: Đại biểu Số 3. Đến muộn: Đại biểu Số 4 (lúc 8\u00a0giờ 10\u00a0phút).',
    );
    expect(minutes.vi).toContain('Đại biểu Hội đồng nhân dân có mặt: 7/10 tại phiên khai mạc.');
    expect(minutes.en).toContain('Delegates present: 7 of 10. Absent with leave: Đại biểu Số 2. Absent without leave: Đại biểu Số 1. Not yet arrived: Đại biểu Số 3. Arrived late: Đại biểu Số 4 (at 8:10).');
    expect(minutes.en).toContain('Council delegates present: 7 of 10 at the opening sitting.');
    // Never a late arrival without a time.
    expect(minutes.vi).not.toMatch(/Đến muộn:[^.]*Đại biểu Số 3/);
  });

  it('the review’s report counts the same 7, and the one not arrived in a column of its own, so the row adds up to 10', () => {
    const vi = tablesOf(review.vi).find((t) => t[0][0] === 'Phiên họp' && t[0].includes('Tỷ lệ có mặt'))!;
    expect(vi).toEqual([
      ['Phiên họp', 'Đại biểu HĐND', 'Có mặt cuối phiên', 'Vắng mặt không có lý do', 'Vắng mặt có lý do', 'Chưa đến', 'Tỷ lệ có mặt'],
      ['Sáng 08/12', '10', '7', '1', '1', '1', '70,00%'],
    ]);
    const en = tablesOf(review.en).find((t) => t[0][0] === 'Sitting' && t[0].includes('Share present'))!;
    expect(en[0]).toEqual(['Sitting', 'Voting delegates', 'Present at the close', 'Absent without leave', 'Absent with leave', 'Not yet arrived', 'Share present']);
    expect(en[1].slice(1)).toEqual(['10', '7', '1', '1', '1', '70.00%']);
    // Of the 7: Số 4, 5 and 6 seen in the hall, four not marked.
    const groups = tablesOf(review.vi).find((t) => t[0].includes('Đã điểm danh có mặt'))!;
    expect(groups[1]).toEqual(['Sáng 08/12', '7', '3', '4']);
  });

  it('the attendance CSV and the workbook: the late column holds only the one who came, the one not arrived has a column', async () => {
    const csv = (await exportReview(s.db, 'attendance', { sessionId: s.sessionId, lang: 'vi', now: s.clock() }))!;
    const rows = Papa.parse<string[]>(csv.body.toString('utf8').slice(1)).data;
    expect(rows[0]).toEqual(['Phiên họp', 'Đại biểu HĐND', 'Có mặt cuối phiên', 'Đã điểm danh có mặt', 'Chưa điểm danh, tính có mặt', 'Vắng mặt không có lý do', 'Vắng mặt có lý do', 'Chưa đến', 'Đến muộn', 'Về sớm', 'Tỷ lệ có mặt']);
    expect(rows[1]).toEqual(['Buổi sáng 08/12/2026', '10', '7', '3', '4', '1', '1', '1', '1', '0', '70,00%']);
    const sheets = await readXlsxFile((await exportReview(s.db, 'review-xlsx', { sessionId: s.sessionId, lang: 'en', now: s.clock() }))!.body);
    const sheet = sheets.find((x) => x.sheet === 'Attendance')!.data;
    expect(sheet[0].slice(1, 10)).toEqual(['Voting delegates', 'Present at the close', 'Confirmed present', 'Not marked, counted present', 'Absent without leave', 'Absent with leave', 'Not yet arrived', 'Arrived late', 'Left early']);
    expect(sheet[1].slice(1, 10)).toEqual([10, 7, 3, 4, 1, 1, 1, 1, 0]);
  });
});
