/**
 * What the council office's head reads before signing: the review's attendance in the three groups
 * of a roll call (seen in the hall, not marked and counted present, away), the moment each document's
 * "present" is of (the minutes count a delegate who left early, the review at the sitting's close
 * does not), and where a counting record's "present" came from. Real SQLite, the documents read back.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import { exportReview } from '../../../electron/features/review/export';
import { reportFile } from '../../../electron/documents/index';
import { votesCsv } from '../../../common/votes/csv';
import { readDocx } from '../../docx';
import { newEngine, ok } from '../helpers';
import { countedConfidenceVote, RETIRING, setUp } from '../personnel/fixtures';

/** The rows of each table of a DOCX, each a list of its cells' text (no-break spaces as spaces). */
function tablesOf(d: ReturnType<typeof readDocx>): string[][][] {
  return d.tables.map((t) => d.all(t, 'tr').map((tr) => d.all(tr, 'tc').map((tc) => d.paragraphs.filter((p) => tc.contains(p.el)).map((p) => p.text.replace(/\u00a0/g, ' ')).join('\n'))));
}

/**
 * A 35-seat council, one sitting: one delegate excused, thirty seen in the hall (marked p), one who
 * left at 16:00, three nobody marked. A show of hands after the leave counts 33 present.
 */
function sittingWithLeave() {
  const ctx = newEngine();
  const { engine } = ctx;
  ctx.clock.set(new Date(2026, 11, 8, 13, 30).getTime());
  ok(engine, 'council.save', { name: 'HĐND xã Tân Lập', level: 'commune', term: 1, totalSeats: 35 });
  const sessionId = ok(engine, 'session.create', { number: 2, term: 1, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-08' }).id;
  const people = Array.from({ length: 35 }, (_, i) => ok(engine, 'delegate.add', { fullName: `Đại biểu Số ${i + 1}`, seatNumber: i + 1 }).id);
  const sitting = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'afternoon', plannedStart: '13:30', plannedEnd: '17:00' }).id;
  ok(engine, 'sitting.open', { id: sitting });
  ok(engine, 'attendance.open', { sittingId: sitting });
  ok(engine, 'attendance.mark', { delegateId: people[0], status: 'excused' });
  for (let i = 1; i <= 30; i++) ok(engine, 'attendance.mark', { delegateId: people[i], status: 'present' });
  ok(engine, 'attendance.mark', { delegateId: people[31], status: 'left', time: '16:00' });
  const vote = ok(engine, 'vote.create', { resolutionNumber: '05/NQ-HĐND', resolutionTitle: 'Nghị quyết về dự toán ngân sách xã năm 2027', method: 'hands' }).id;
  ok(engine, 'vote.open', { id: vote });
  ok(engine, 'vote.tally', { id: vote, for: 30, against: 2, abstain: 1 });
  ok(engine, 'vote.close', { id: vote });
  ctx.clock.advance(60_000);
  ok(engine, 'sitting.close', { id: sitting });
  return { ...ctx, sessionId };
}

describe('a sitting with a delegate who left early, and delegates nobody marked', () => {
  let s: ReturnType<typeof sittingWithLeave>;
  const review = {} as Record<'vi' | 'en', ReturnType<typeof readDocx>>;
  const minutes = {} as Record<'vi' | 'en', string>;
  beforeAll(async () => {
    s = sittingWithLeave();
    for (const lang of ['vi', 'en'] as const) {
      review[lang] = readDocx((await exportReview(s.db, 'review-docx', { sessionId: s.sessionId, lang, now: s.clock() }))!.body);
      minutes[lang] = readDocx((await reportFile(s.db, { doc: 'minutes', sessionId: s.sessionId, lang }, s.clock()))!.bytes).text;
    }
  }, 60_000);

  it('the vote after the leave counted 33 present (the rule, unchanged)', () => {
    expect(s.engine.current.votes[0].present).toBe(33);
  });

  it('the review’s report says, per sitting, who of those present was seen in the hall and who was counted by default', () => {
    const vi = tablesOf(review.vi).filter((t) => t[0][0] === 'Phiên họp' && t[0][1] !== 'Nội dung');
    const groups = vi.find((t) => t[0].includes('Đã điểm danh có mặt'))!;
    expect(groups).toEqual([
      ['Phiên họp', 'Có mặt cuối phiên', 'Đã điểm danh có mặt', 'Chưa điểm danh, tính có mặt'],
      ['Chiều 08/12', '33', '30', '3'],
    ]);
    expect(review.vi.text).toContain('Đại biểu có mặt: đã điểm danh và chưa điểm danh');
    // The attendance table beside it keeps its figures.
    expect(vi.find((t) => t[0].includes('Đại biểu HĐND'))).toEqual([
      ['Phiên họp', 'Đại biểu HĐND', 'Có mặt cuối phiên', 'Vắng mặt không có lý do', 'Vắng mặt có lý do', 'Về sớm', 'Tỷ lệ có mặt'],
      ['Chiều 08/12', '35', '33', '0', '1', '1', '94,29%'],
    ]);
    const en = tablesOf(review.en).find((t) => t[0].includes('Confirmed present'))!;
    expect(en).toEqual([
      ['Sitting', 'Present at the close', 'Confirmed present', 'Not marked, counted present'],
      [en[1][0], '33', '30', '3'],
    ]);
  });

  it('the attendance CSV and the workbook’s sheet carry the same two columns', async () => {
    const csv = (await exportReview(s.db, 'attendance', { sessionId: s.sessionId, lang: 'vi', now: s.clock() }))!;
    const rows = Papa.parse<string[]>(csv.body.toString('utf8').slice(1)).data;
    expect(rows[0]).toEqual(['Phiên họp', 'Đại biểu HĐND', 'Có mặt cuối phiên', 'Đã điểm danh có mặt', 'Chưa điểm danh, tính có mặt', 'Vắng mặt không có lý do', 'Vắng mặt có lý do', 'Chưa đến', 'Đến muộn', 'Về sớm', 'Tỷ lệ có mặt']);
    expect(rows[1]).toEqual(['Buổi chiều 08/12/2026', '35', '33', '30', '3', '0', '1', '0', '0', '1', '94,29%']);
    const sheets = await readXlsxFile((await exportReview(s.db, 'review-xlsx', { sessionId: s.sessionId, lang: 'en', now: s.clock() }))!.body);
    const sheet = sheets.find((x) => x.sheet === 'Attendance')!.data;
    expect(sheet[0].slice(2, 5)).toEqual(['Present at the close', 'Confirmed present', 'Not marked, counted present']);
    expect(sheet[1].slice(1, 5)).toEqual([35, 33, 30, 3]);
  });

  it('the minutes’ 34/35 says it includes the one who left, and the review says its 33 is at the close', () => {
    // The sitting's line names who left and since when right after; part I gives the time in the figure.
    expect(minutes.vi).toContain('Đại biểu có mặt: 34/35 đại biểu Hội đồng nhân dân (trong đó có 1 đại biểu về sớm). Vắng mặt có lý do: Đại biểu Số 1. Về sớm: Đại biểu Số 32 (từ 16\u00a0giờ 00\u00a0phút).');
    expect(minutes.vi).toContain('Đại biểu Hội đồng nhân dân có mặt: 34/35 (trong đó có 1 đại biểu về sớm từ 16\u00a0giờ 00\u00a0phút) tại phiên khai mạc.');
    expect(minutes.en).toContain('Delegates present: 34 of 35 (including 1 delegate who left early).');
    expect(minutes.en).toMatch(/Council delegates present: 34 of 35 \(including 1 delegate who left early at [^)]+\) at the opening sitting\./);
    expect(review.vi.text).toContain('Số đại biểu «Có mặt cuối phiên» không tính đại biểu về sớm; biên bản kỳ họp tính đại biểu về sớm vào số đại biểu có mặt tại phiên họp.');
    expect(review.en.text).toContain('“Present at the close” leaves out delegates who left the sitting early; the minutes count them among those present at the sitting.');
  });
});

describe('a secret ballot opened with no roll call and no count typed', () => {
  /** The personnel fixtures' 58-seat council, eleven on its roster, no roll call: a secret ballot, and the confidence vote with one exempt. */
  async function ballots() {
    const ctx = setUp();
    const { engine, counters } = ctx;
    const vote = ok(engine, 'vote.create', { resolutionNumber: '47/NQ-HĐND', resolutionTitle: 'Nghị quyết về biên chế công chức năm 2027', method: 'secret' }).id;
    ok(engine, 'record.setCounters', { voteId: vote, counters });
    ok(engine, 'vote.open', { id: vote });
    ok(engine, 'vote.tally', { id: vote, issued: 11, returned: 11, valid: 11, invalid: 0, for: 9, against: 1, abstain: 1 });
    ok(engine, 'vote.close', { id: vote });
    const typed = ok(engine, 'vote.create', { resolutionNumber: '48/NQ-HĐND', resolutionTitle: 'Nghị quyết về giá đất', method: 'hands' }).id;
    ok(engine, 'vote.open', { id: typed, present: 10 });
    ctx.clock.advance(60_000);
    countedConfidenceVote(ctx);
    const text = async (lang: 'vi' | 'en') => readDocx((await reportFile(ctx.db, { doc: 'ballots', sessionId: 1, lang }))!.bytes).text;
    return { ctx, vi: await text('vi'), en: await text('en') };
  }
  let b: Awaited<ReturnType<typeof ballots>>;
  beforeAll(async () => {
    b = await ballots();
  }, 60_000);

  it('the counting record says the 11 present is the roster, nobody counted; a counted figure says nothing more', () => {
    expect(b.vi).toContain('Tổng số đại biểu Hội đồng nhân dân: 58 (47 ghế khuyết); số đại biểu có mặt:\u00a011 (chưa điểm danh; tính theo danh sách đại biểu).');
    expect(b.en).toContain('delegates present:\u00a011 (no roll call taken: every delegate on the roster counted as present).');
    // The confidence vote's 56 was typed: no note.
    expect(b.vi).toContain('số đại biểu có mặt:\u00a056.');
  });

  it('the votes CSV names where each vote’s present came from', () => {
    const [vi, en] = (['vi', 'en'] as const).map((lang) => Papa.parse<string[]>(votesCsv(b.ctx.engine.current.votes, new Map(), b.ctx.engine.current.delegates, lang, String).slice(1)).data);
    const col = vi[0].indexOf('Số có mặt theo');
    expect(col).toBe(vi[0].indexOf('Có mặt') + 1);
    expect(vi.slice(1, 3).map((r) => [r[col - 1], r[col]])).toEqual([['11', 'Danh sách đại biểu, chưa điểm danh'], ['10', 'Số đếm tại hội trường']]);
    expect(en[0][col]).toBe('Present, from');
    expect(en.slice(1, 3).map((r) => r[col])).toEqual(['Roster, no roll call', 'Counted in the hall']);
  });

  it('the review’s section V lists the official exempt from the confidence vote, with the post and the reason', async () => {
    const { ctx } = b;
    for (const [lang, row] of [
      ['vi', ['Hoàng Văn Nam\nGiám đốc Sở Xây dựng', 'Không lấy phiếu (nghỉ hưu từ tháng 01/2027)', '']],
      ['en', ['Hoàng Văn Nam\nGiám đốc Sở Xây dựng', 'Not rated (nghỉ hưu từ tháng 01/2027)', '']],
    ] as const) {
      const d = readDocx((await exportReview(ctx.db, 'review-docx', { sessionId: 1, lang, now: ctx.clock() }))!.body);
      const table = tablesOf(d).find((t) => t.some((r) => r[0].startsWith('Lương Xuân Quý')))!;
      expect(table).toHaveLength(9);
      expect(table.at(-1)).toEqual(row);
    }
    expect(RETIRING).toBe('Nghỉ hưu từ tháng 01/2027');
  });
});
