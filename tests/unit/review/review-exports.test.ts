import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeStore } from '../../../electron/store/db';
import { main, parseExportArgs } from '../../../electron/documents/cli';
import { exportReview, reviewsFor } from '../../../electron/features/review/export';
import * as input from '../../../electron/features/review/input';
import { isLoopbackHost, reportRoute } from '../../../electron/features/review/routes';
import { cellText, reviewTables, rollCallName } from '../../../common/review/tables';
import { CHART_IDS, reviewChart } from '../../../common/review/charts';
import { chartSvg } from '../../../common/review/echarts';
import { REFUSAL_HEADER, refusalFromHeader } from '../../../common/reportRefusal';
import { discussionUnderWay, newEngine, ok, seedBasics, tempDir } from '../helpers';
import { readDocx } from '../../docx';
import { handSession, limitChangedSession, questionedSession } from './review-session';

const MIN = 60_000;

/** The report's vote table as a reader sees it: each row's cells, a cell's lines joined by " | ", no-break spaces as spaces. */
function voteRows(d: ReturnType<typeof readDocx>): string[][] {
  const cell = (tc: Element) => d.paragraphs.filter((p) => tc.contains(p.el)).map((p) => p.text.replace(/\u00a0/g, ' ').replace(/\n/g, ' | ')).join(' | ');
  const tbl = d.tables.find((t) => ['Nghị quyết', 'Resolution'].includes(cell(d.all(t, 'tc')[0])))!;
  return d.all(tbl, 'tr').map((tr) => d.all(tr, 'tc').map(cell));
}

const excelMs = (v: unknown) => (v instanceof Date ? Math.round((v.getTime() - Date.UTC(1904, 0, 1)) / 1000) * 1000 : NaN);

/** The hand-counted session, with an earlier session of the same council to compare with. */
function withEarlier() {
  const s = handSession();
  const { id: earlier } = ok(s.engine, 'session.create', { number: 1, term: 1, kind: 'regular', startDate: '2026-07-01', endDate: '2026-07-01' });
  ok(s.engine, 'session.select', { id: earlier });
  const { id } = ok(s.engine, 'agenda.add', { title: 'Báo cáo', kind: 'report', plannedMinutes: 30 });
  ok(s.engine, 'item.start', { id });
  s.clock.advance(40 * MIN);
  ok(s.engine, 'item.finish', { id });
  ok(s.engine, 'session.select', { id: s.sessionId });
  return { ...s, earlier };
}

describe('review tables', () => {
  it('shares use the votes\' rule: two decimals, half-up, decimal comma in Vietnamese', () => {
    const s = handSession();
    const found = reviewsFor(s.db, { sessionId: s.sessionId, now: s.clock() })!;
    const vi = reviewTables(found.review, 'vi');
    const en = reviewTables(found.review, 'en');
    const whole = (lang: 'vi' | 'en', tables = lang === 'vi' ? vi : en) => tables.find((t) => t.id === 'kinds')!.rows.at(-1)!.map((c) => cellText(c, lang));
    // 17 of 53 minutes = 32.0754…% → 32,08 %; 25/53 = 47.1698…% → 47,17 %; 11/53 = 20.7547…% → 20,75 %.
    // The sittings' clocks (each opened by its first item) add up: 28:00 + 38:00 + 0:00.
    // No questioning item ran (its questions were asked outside any timed item): 0:00 and 0,00%.
    expect(whole('vi')).toEqual(['Cả kỳ họp', '17:00', '25:00', '0:00', '11:00', '53:00', '32,08%', '47,17%', '0,00%', '20,75%', '1:06:00']);
    expect(whole('en')).toEqual(['Whole session', '17:00', '25:00', '0:00', '11:00', '53:00', '32.08%', '47.17%', '0.00%', '20.75%', '1:06:00']);
    const attendance = vi.find((t) => t.id === 'attendance')!;
    expect(attendance.rows[0].map((c) => cellText(c, 'vi'))).toEqual(['Buổi sáng 08/12/2026', '5', '4', '1', '3', '1', '0', '0', '1', '0', '80,00%']);
    expect(rollCallName('Phiên khai mạc', 'en')).toBe('Phiên khai mạc');
    // No comparison table unless there is an earlier session to compare with.
    expect(vi.map((t) => t.id)).not.toContain('compare');
    // Sheet names are unique and fit Excel's 31 characters.
    for (const tables of [vi, en]) {
      expect(new Set(tables.map((t) => t.sheet)).size).toBe(tables.length);
      for (const t of tables) expect(t.sheet.length).toBeLessThanOrEqual(31);
    }
  });

  it('a difference is that of the figures shown: 0:00 against 15:00 reads −15:00, not −14:59', () => {
    const s = withEarlier();
    ok(s.engine, 'session.select', { id: s.earlier });
    const { id } = ok(s.engine, 'agenda.add', { title: 'Tờ trình cắt ngắn', kind: 'report', plannedMinutes: 15 });
    ok(s.engine, 'item.start', { id });
    s.clock.advance(400);
    ok(s.engine, 'item.finish', { id });
    const found = reviewsFor(s.db, { sessionId: s.earlier, now: s.clock() })!;
    const tables = reviewTables(found.review, 'en');
    const item = tables.find((t) => t.id === 'items')!.rows.find((r) => cellText(r[1], 'en') === 'Tờ trình cắt ngắn')!;
    expect(item.slice(5, 9).map((c) => cellText(c, 'en'))).toEqual(['15:00', '0:00', '0:00', '-15:00']);
    const cutShort = tables.find((t) => t.id === 'highlights')!.rows.find((r) => cellText(r[1], 'en') === 'Tờ trình cắt ngắn')!;
    expect(cellText(cutShort[4], 'en')).toBe('-15:00');
  });

  it('time by kind: the kinds shown add up to the total shown, in whole seconds', () => {
    const { engine, db, clock } = newEngine();
    const { sessionId } = seedBasics(engine);
    for (const [title, kind] of [['Báo cáo', 'report'], ['Thảo luận', 'discussion']] as const) {
      const { id } = ok(engine, 'agenda.add', { title, kind, plannedMinutes: 5 });
      ok(engine, 'item.start', { id, current: 'finish' });
      clock.advance(1600);
      ok(engine, 'item.finish', { id });
    }
    const found = reviewsFor(db, { sessionId, now: clock() })!;
    const whole = reviewTables(found.review, 'en').find((t) => t.id === 'kinds')!.rows.at(-1)!;
    // Reading, discussion, questioning, procedure, then the total.
    const shown = whole.slice(1, 6).map((c) => cellText(c, 'en'));
    expect(shown[4]).toBe('0:03');
    expect(shown.slice(0, 4).sort()).toEqual(['0:00', '0:00', '0:01', '0:02']);
  });

  it('time by kind: a day\'s and the whole session\'s sitting clock add up the sittings\' clocks, beside the items\' total; the report says both', { timeout: 60_000 }, async () => {
    const { engine, db, clock } = newEngine();
    const { sessionId } = seedBasics(engine);
    // Two sittings on 8 Dec, one on 9 Dec: each opened, an item run 10', a 3' roll call and 2' between items on its clock.
    for (const [date, part] of [['2026-12-08', 'morning'], ['2026-12-08', 'afternoon'], ['2026-12-09', 'morning']] as const) {
      const { id: sittingId } = ok(engine, 'sitting.add', { date, part, plannedStart: part === 'morning' ? '07:30' : '13:30', plannedEnd: part === 'morning' ? '11:30' : '17:00' });
      const { id } = ok(engine, 'agenda.add', { title: 'Báo cáo', kind: 'report', plannedMinutes: 10 });
      ok(engine, 'agenda.assign', { id, sittingId });
      ok(engine, 'sitting.open', { id: sittingId });
      clock.advance(3 * MIN);
      ok(engine, 'item.start', { id, current: 'finish' });
      clock.advance(10 * MIN);
      ok(engine, 'item.finish', { id });
      clock.advance(2 * MIN);
      ok(engine, 'sitting.close', { id: sittingId });
      clock.advance(60 * MIN);
    }
    const found = reviewsFor(db, { sessionId, now: clock() })!;
    const kinds = reviewTables(found.review, 'en').find((t) => t.id === 'kinds')!;
    const rows = kinds.rows.map((r) => [cellText(r[0], 'en'), cellText(r[5], 'en'), cellText(r[10], 'en')]);
    expect(rows).toEqual([
      ['Morning 8 Dec 2026', '10:00', '15:00'],
      ['Afternoon 8 Dec 2026', '10:00', '15:00'],
      ['Morning 9 Dec 2026', '10:00', '15:00'],
      ['Day 8 Dec 2026', '20:00', '30:00'],
      ['Day 9 Dec 2026', '10:00', '15:00'],
      ['Whole session', '30:00', '45:00'],
    ]);
    const en = readDocx((await exportReview(db, 'review-docx', { sessionId, lang: 'en', now: clock() }))!.body);
    expect(en.text.replace(/\u00a0/g, ' ')).toContain('The items of the session ran for 30 min: reading reports 100.00%, discussion 0.00%, questioning and answers 0.00%, procedure 0.00%. The sittings ran for 45 min in all; 15 min of it went between items (roll calls, moving from one item to the next).');
    const vi = readDocx((await exportReview(db, 'review-docx', { sessionId, lang: 'vi', now: clock() }))!.body);
    expect(vi.text.replace(/\u00a0/g, ' ')).toContain('Các phiên họp kéo dài tổng cộng 45 phút; trong đó 15 phút là thời gian giữa các nội dung (điểm danh, chuyển nội dung).');
  });

  it('the groups\' and the committees\' shares of the speaking time add up to 100,00%, as the work shares do', () => {
    const { engine, db, clock } = newEngine();
    const { sessionId } = seedBasics(engine);
    const { itemId } = discussionUnderWay(engine);
    ok(engine, 'speaker.focus', { agendaItemId: itemId });
    // Read on a two-day session: 33:12, 32:45, 32:05, 30:32 and 29:59 of 2:38:33, each rounded on its
    // own, gave 20,94% + 20,66% + 20,24% + 19,26% + 18,91% = 100,01%.
    for (const [k, seconds] of [1992, 1965, 1925, 1832, 1799].entries()) {
      const delegateId = ok(engine, 'delegate.add', { fullName: `Đại biểu ${k + 1}`, group: `Tổ ${k + 1}`, committee: `Ban ${k + 1}` }).id;
      ok(engine, 'speaker.request', { delegateId });
      ok(engine, 'speaker.next');
      ok(engine, 'speaker.start');
      clock.advance(seconds * 1000);
      ok(engine, 'speaker.finish');
    }
    const tables = reviewTables(reviewsFor(db, { sessionId, now: clock() })!.review, 'vi');
    for (const id of ['groups', 'committees'] as const) {
      const shares = tables.find((t) => t.id === id)!.rows.map((r) => cellText(r[4], 'vi'));
      expect(shares).toEqual(['20,94%', '20,66%', '20,23%', '19,26%', '18,91%']);
    }
  });

  it('leaves a delegate\'s missing group or committee blank, as every other table does, and names the row of those without one', () => {
    const { engine, db, clock } = newEngine();
    const { sessionId } = seedBasics(engine);
    const inBoth = ok(engine, 'delegate.add', { fullName: 'Nguyễn Văn An', group: 'Tổ 1', committee: 'Ban Pháp chế' }).id;
    const inNone = ok(engine, 'delegate.add', { fullName: 'Đỗ Minh Giám', voting: false }).id;
    const { id } = ok(engine, 'agenda.add', { title: 'Thảo luận', kind: 'discussion', plannedMinutes: 30 });
    ok(engine, 'item.start', { id, current: 'finish' });
    for (const delegateId of [inBoth, inNone]) {
      ok(engine, 'speaker.request', { agendaItemId: id, delegateId });
      ok(engine, 'speaker.next');
      ok(engine, 'speaker.start');
      clock.advance(60_000);
      ok(engine, 'speaker.finish');
    }
    const found = reviewsFor(db, { sessionId, now: clock() })!;
    // English names the group in English ("Tổ 1" → "Group 1"), as the English minutes do; the office's own name is kept.
    for (const [lang, noGroup, noCommittee, group] of [['vi', 'Không thuộc tổ đại biểu nào', 'Không thuộc Ban nào', 'Tổ 1'], ['en', 'No delegate group', 'No committee', 'Group 1']] as const) {
      const tables = reviewTables(found.review, lang);
      const column = (tid: string, k: number) => tables.find((t) => t.id === tid)!.rows.map((r) => cellText(r[k], lang));
      const speakers = tables.find((t) => t.id === 'speakers')!.rows.map((r) => r.slice(0, 3).map((c) => cellText(c, lang)));
      expect(speakers.sort()).toEqual([['Nguyễn Văn An', group, 'Ban Pháp chế'], ['Đỗ Minh Giám', '', '']].sort());
      expect(column('groups', 0).sort()).toEqual([noGroup, group].sort());
      expect(column('committees', 0).sort()).toEqual([noCommittee, 'Ban Pháp chế'].sort());
      expect(tables.flatMap((t) => t.rows.map((r) => r.map((c) => cellText(c, lang)).join('|'))).join('\n')).not.toMatch(/\((không|none)\)/);
    }
  });

  it('compares with earlier sessions, oldest first', () => {
    const s = withEarlier();
    const found = reviewsFor(s.db, { sessionId: s.sessionId, now: s.clock() })!;
    expect(found.others.map((r) => r.session.id)).toEqual([s.earlier]);
    const compare = reviewTables(found.review, 'vi', found.others).find((t) => t.id === 'compare')!;
    // The term in Roman numerals, as the console's header and the report's title write it (khóa I, not khóa 1).
    // A head keeps a word's syllables together ('Chỉ tiêu'); the workbook writes a plain space.
    expect(compare.columns).toEqual(['Chỉ\u00a0tiêu', 'Kỳ họp thứ 1, khóa I', 'Kỳ họp thứ 2, khóa I']);
    const reading = compare.rows.find((r) => cellText(r[0], 'vi') === 'Tỷ lệ đọc báo cáo')!;
    expect(reading.slice(1).map((c) => cellText(c, 'vi'))).toEqual(['100,00%', '32,08%']);
    // An unknown session among those to compare with is left out, not an error.
    expect(reviewsFor(s.db, { sessionId: s.sessionId, now: s.clock(), compareIds: [999] })!.others).toEqual([]);
  });

  it('compares sessions of different lengths honestly: the days and sittings held come first, and the time is the items\'', () => {
    const s = handSession();
    // The earlier session: one sitting on one day, opened, a report run 40' in it.
    const { id: earlier } = ok(s.engine, 'session.create', { number: 1, term: 1, kind: 'regular', startDate: '2026-07-01', endDate: '2026-07-01' });
    ok(s.engine, 'session.select', { id: earlier });
    const { id: sittingId } = ok(s.engine, 'sitting.add', { date: '2026-07-01', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' });
    const { id } = ok(s.engine, 'agenda.add', { title: 'Báo cáo', kind: 'report', plannedMinutes: 30 });
    ok(s.engine, 'agenda.assign', { id, sittingId });
    ok(s.engine, 'sitting.open', { id: sittingId });
    ok(s.engine, 'item.start', { id, current: 'finish' });
    s.clock.advance(40 * MIN);
    ok(s.engine, 'item.finish', { id });
    ok(s.engine, 'sitting.close', { id: sittingId });
    ok(s.engine, 'session.select', { id: s.sessionId });
    const found = reviewsFor(s.db, { sessionId: s.sessionId, now: s.clock() })!;
    const rows = (lang: 'vi' | 'en') => reviewTables(found.review, lang, found.others).find((t) => t.id === 'compare')!.rows.slice(0, 3).map((r) => r.map((c) => cellText(c, lang)));
    // This session ran items in two sittings of 8 Dec (its 9 Dec sitting's only item was skipped).
    expect(rows('vi')).toEqual([
      ['Số ngày họp', '1', '1'],
      ['Số phiên họp', '1', '2'],
      ['Thời gian các nội dung', '40:00', '53:00'],
    ]);
    expect(rows('en').map((r) => r[0])).toEqual(['Days of sittings', 'Sittings held', 'Time the items ran']);
  });

  it('compares with each earlier session once, however often an address names it, and reads no review for an id of no session', () => {
    const s = withEarlier();
    // What a page on the chair's laptop can make the browser ask for: /report/review-docx?compare=1,1,1…
    const repeated = reviewsFor(s.db, { sessionId: s.sessionId, now: s.clock(), compareIds: Array(2000).fill(s.earlier) })!;
    expect(repeated.others.map((r) => r.session.id)).toEqual([s.earlier]);
    const spy = vi.spyOn(input, 'readReviewInput');
    const many = reviewsFor(s.db, { sessionId: s.sessionId, now: s.clock(), compareIds: Array.from({ length: 2800 }, (_, i) => i + 1) })!;
    expect(many.others.map((r) => r.session.id)).toEqual([s.earlier]);
    // This session's own and the one earlier session's, not 2,800.
    expect(spy).toHaveBeenCalledTimes(2);
    spy.mockRestore();
  });

  it('every chart renders to SVG in Node with its title, in both languages', { timeout: 60_000 }, () => {
    const s = handSession();
    const { review } = reviewsFor(s.db, { sessionId: s.sessionId, now: s.clock() })!;
    for (const lang of ['vi', 'en'] as const) {
      for (const id of CHART_IDS) {
        const svg = chartSvg(reviewChart(id, review, lang));
        expect(svg.startsWith('<svg')).toBe(true);
        const title = (reviewChart(id, review, lang).title as { text: string }).text;
        expect(svg).toContain(title.replace(/&/g, '&amp;'));
      }
    }
  });
});

describe('the questioning outcomes chart', () => {
  it('wraps an outcome’s name in a card as narrow as the console’s rather than cutting off its count', () => {
    const { engine, db, sessionId, clock } = questionedSession();
    const [q1, q2] = engine.current!.questions.list.filter((q) => q.parentId === null).map((q) => q.id);
    ok(engine, 'question.mark', { ids: [q1], status: 'answered' });
    ok(engine, 'question.mark', { ids: [q2], status: 'written' });
    const { review } = reviewsFor(db, { sessionId, now: clock() })!;
    const svg = chartSvg(reviewChart('outcomes', review, 'vi'), 540, 360);
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(texts.filter((x) => x.includes('…') || x.includes('...'))).toEqual([]);
    // Wherever a line breaks (seen between "văn" and "bản" as well as before them), the count is there.
    expect(texts.join(' ')).toMatch(/văn\s+bản: 1/);
  });
});

describe('follow-ups in the review', () => {
  const followUpRows = (rows: string[][]) => rows.filter((r) => /^(Chất vấn lại|Follow-ups):/.test(r[0]));

  it('a follow-up never marked goes with its question’s outcome, alike on the screen’s table and the workbook; one marked keeps its own', async () => {
    const s = handSession();
    const screen = () => {
      const { review } = reviewsFor(s.db, { sessionId: s.sessionId, now: s.clock() })!;
      return reviewTables(review, 'vi').find((x) => x.id === 'questioning')!.rows.map((r) => r.map((c) => cellText(c, 'vi')));
    };
    const sheet = async () => {
      const file = (await exportReview(s.db, 'review-xlsx', { sessionId: s.sessionId, lang: 'vi', now: s.clock() }))!;
      return (await readXlsxFile(file.body)).find((x) => x.sheet === 'Chất vấn')!.data.map((r) => r.map(String));
    };
    // Its question was answered: so was it, not "Chất vấn lại: Chưa xử lý".
    expect(followUpRows(screen())).toEqual([['Chất vấn lại: Đã trả lời tại phiên họp', '1']]);
    expect(followUpRows(await sheet())).toEqual([['Chất vấn lại: Đã trả lời tại phiên họp', '1']]);
    // Marked on its own (sent to a written answer), it counts there.
    const followUp = s.engine.current!.questions.list.find((q) => q.parentId !== null)!.id;
    ok(s.engine, 'question.mark', { ids: [followUp], status: 'written' });
    expect(followUpRows(screen())).toEqual([['Chất vấn lại: Trả lời bằng văn bản', '1']]);
    expect(followUpRows(await sheet())).toEqual([['Chất vấn lại: Trả lời bằng văn bản', '1']]);
  });
});

describe('review workbook and CSVs', () => {
  it('the workbook has one sheet per table with real numbers, times and percentages', async () => {
    const s = withEarlier();
    const file = (await exportReview(s.db, 'review-xlsx', { sessionId: s.sessionId, lang: 'vi', now: s.clock() }))!;
    expect(file.fileName).toBe('danh-gia-ky-hop-2-khoa-1.xlsx');
    const sheets = await readXlsxFile(file.body);
    const found = reviewsFor(s.db, { sessionId: s.sessionId, now: s.clock() })!;
    const tables = reviewTables(found.review, 'vi', found.others);
    expect(sheets.map((x) => x.sheet)).toEqual(tables.map((t) => t.sheet));
    const kinds = sheets.find((x) => x.sheet === 'Thời gian theo loại')!.data;
    expect(kinds[0][0]).toBe('Phiên họp');
    const whole = kinds.at(-1)!;
    expect(whole[0]).toBe('Cả kỳ họp');
    // Durations are Excel times (the reader gives them back as dates from 1904-01-01), shares are fractions: not text.
    expect(excelMs(whole[1])).toBe(17 * MIN);
    expect(excelMs(whole[5])).toBe(53 * MIN);
    // 17/53 of the time read, to the hundredth of a percent the four shares add up to 100% in (workShares).
    expect(whole[6]).toBe(0.3208);
    expect((whole[6] as number) + (whole[7] as number) + (whole[8] as number) + (whole[9] as number)).toBeCloseTo(1, 12);
    const votes = sheets.find((x) => x.sheet === 'Biểu quyết')!.data;
    expect(votes.slice(1).map((r) => [r[0], r[3], r[8], r[9]])).toEqual([
      ['01/NQ-HĐND', 4, 3, 1],
      ['02/NQ-HĐND', 2, 3, -1],
    ]);
    expect(sheets.find((x) => x.sheet === 'So sánh')!.data[0]).toEqual(['Chỉ tiêu', 'Kỳ họp thứ 1, khóa I', 'Kỳ họp thứ 2, khóa I']);
  });

  it('the workbook uses the 1904 date system, so Excel shows an item cut short as -0:15:00, not ########', async () => {
    const s = withEarlier();
    const file = (await exportReview(s.db, 'review-xlsx', { sessionId: s.sessionId, lang: 'vi', now: s.clock() }))!;
    expect(strFromU8(unzipSync(file.body)['xl/workbook.xml'])).toMatch(/<workbookPr date1904="1"/);
    // A difference below the plan is a negative time, which Excel's 1900 system cannot show.
    const items = (await readXlsxFile(file.body)).find((x) => x.sheet === 'Dự kiến theo nội dung')!.data;
    const column = items[0].indexOf('Chênh lệch');
    expect(items.slice(1).some((r) => excelMs(r[column]) < 0)).toBe(true);
  });

  it('attendance and speaking CSVs, with a BOM for Excel', async () => {
    const s = handSession();
    const speaking = (await exportReview(s.db, 'speaking', { sessionId: s.sessionId, lang: 'en', now: s.clock() }))!;
    const text = speaking.body.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(text.slice(1)).data;
    expect(rows[0]).toEqual(['Delegate', 'Delegate group', 'Committee', 'Speeches', 'First speeches', 'Second speeches', 'Debate replies', 'Other', 'Time']);
    // Times in hours, minutes and seconds, as a spreadsheet reads them: '11:00' opened as 11 hours.
    expect(rows.slice(1)).toEqual([
      ['Nguyễn Văn An', 'Group 1', 'Ban Pháp chế', '2', '1', '0', '1', '0', '0:11:00'],
      ['Trần Thị Bình', 'Group 1', 'Ban Kinh tế - Ngân sách', '1', '1', '0', '0', '0', '0:05:00'],
    ]);
    const attendance = (await exportReview(s.db, 'attendance', { sessionId: s.sessionId, lang: 'vi', now: s.clock() }))!;
    expect(attendance.fileName).toBe('diem-danh-ky-hop-2-khoa-1.csv');
    expect(Papa.parse<string[]>(attendance.body.toString('utf8').slice(1)).data[1]).toEqual(['Buổi sáng 08/12/2026', '5', '4', '1', '3', '1', '0', '0', '1', '0', '80,00%']);
  });

  it('the DOCX report: Nghị định 30 header, the sections, four charts as PNG with their titles, the tables', { timeout: 60_000 }, async () => {
    const s = withEarlier();
    const file = (await exportReview(s.db, 'review-docx', { sessionId: s.sessionId, lang: 'vi', now: s.clock() }))!;
    expect(file.fileName).toBe('bao-cao-danh-gia-ky-hop-2-khoa-1.docx');
    const d = readDocx(file.body);
    for (const line of ['HỘI ĐỒNG NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'BÁO CÁO', 'Đánh giá kết quả Kỳ họp thứ 2', 'Hội đồng nhân dân xã Tân Lập khóa I']) {
      expect(d.text).toContain(line);
    }
    expect(d.text).toContain('Tổng thời gian các nội dung của kỳ họp là 53\u00a0phút; trong đó trình bày báo cáo chiếm 32,08%, thảo luận chiếm 47,17%, chất vấn và trả lời chất vấn chiếm 0,00%, thủ tục chiếm 20,75%.');
    expect(d.text).toMatch(/tổng thời gian phát biểu \d+\u00a0(giờ|phút|giây)/); // in words, as the minutes write durations
    for (const h of ['I. THỜI GIAN THEO LOẠI CÔNG VIỆC', 'III. PHÁT BIỂU', 'VI. SO SÁNH VỚI CÁC KỲ HỌP TRƯỚC']) expect(d.text).toContain(h);
    // An item was skipped, so the planned time of the items run has its column, its words held
    // together where they would break ("thực / hiện)").
    expect(d.paragraphs.filter((p) => p.inTable).map((p) => p.text)).toContain('Dự\u00a0kiến (nội\u00a0dung đã thực\u00a0hiện)');
    expect(d.files.filter((f) => f.startsWith('word/media/') && f.endsWith('.png'))).toHaveLength(4);
    const titles = [...d.doc.getElementsByTagName('wp:docPr')].map((e) => e.getAttribute('title'));
    expect(titles).toEqual(['Thời gian theo loại công việc của từng phiên họp (phút)', 'Dự kiến và thực tế của từng nội dung (phút)', 'Thời gian phát biểu theo tổ đại biểu (phút)', 'Kết quả chất vấn (số câu hỏi)']);
    // The votes' margins as printed: 01/NQ-HĐND passed with 1 to spare.
    // Four columns a reader takes in at a glance on A4 portrait: the resolution with its number,
    // the votes for as announced, the rest in words (only what there is), the result with its margin.
    expect(voteRows(d)).toEqual([
      ['Nghị quyết', 'Tán thành', 'Còn lại', 'Kết quả'],
      ['Dự toán ngân sách (số 01/NQ-HĐND)', '4/5 (80,00%)', 'Không có', 'Đã thông qua | (cần 3, dư 1)'],
      ['Đầu tư công (số 02/NQ-HĐND)', '2/5 (40,00%)', '1 không tán thành | 1 không biểu quyết', 'Không được thông qua | (cần 3, thiếu 1)'],
    ]);
    const en = readDocx((await exportReview(s.db, 'review-docx', { sessionId: s.sessionId, lang: 'en', now: s.clock() }))!.body);
    expect(en.text).toContain('REPORT');
    expect(en.text).toContain('reading reports 32.08%');
    expect(voteRows(en)).toEqual([
      ['Resolution', 'In favour', 'Others', 'Result'],
      ['Dự toán ngân sách (No. 01/NQ-HĐND)', '4/5 (80.00%)', 'None', 'Adopted | (needed 3, 1 to spare)'],
      ['Đầu tư công (No. 02/NQ-HĐND)', '2/5 (40.00%)', '1 against | 1 abstaining', 'Not adopted | (needed 3, 1 short)'],
    ]);
  });

  it('the workbook and the DOCX report give questioning overruns and the extra time the chair gave, in both languages', { timeout: 60_000 }, async () => {
    const { db, sessionId, clock } = questionedSession();
    const at = { sessionId, now: clock() };
    // The workbook: a sheet of the overruns, with times as times; the respondents' sheet with their extra time and overrun.
    const sheets = await readXlsxFile((await exportReview(db, 'review-xlsx', { ...at, lang: 'vi' }))!.body);
    const overruns = sheets.find((x) => x.sheet === 'Chất vấn vượt thời gian')!.data;
    expect(overruns[0]).toEqual(['Người hỏi, trả lời', 'Lượt hỏi, trả lời', 'Phiên họp', 'Thời gian quy định', 'Thời gian thêm', 'Thời gian sử dụng', 'Vượt quy định']);
    expect(overruns.slice(1).map((r) => [r[0], r[1], ...r.slice(3).map(excelMs)])).toEqual([
      ['Bùi Quang Huy', 'Trả lời Nguyễn Văn An', 7 * MIN, 1 * MIN, 9 * MIN, 2 * MIN],
      ['Nguyễn Văn An', 'Hỏi Bùi Quang Huy', 3 * MIN, 30_000, 4 * MIN, 1 * MIN],
      ['Trần Thị Bình', 'Hỏi Bùi Quang Huy', 3 * MIN, 0, 3 * MIN + 20_000, 20_000],
    ]);
    const respondents = sheets.find((x) => x.sheet === 'Người trả lời')!.data;
    expect(respondents[0].slice(2)).toEqual(['Số câu hỏi', 'Chất vấn lại', 'Thời gian hỏi', 'Số lượt trả lời', 'Thời gian trả lời', 'Thời gian thêm', 'Số lượt trả lời vượt quy định', 'Vượt quy định']);
    expect([respondents[1][2], respondents[1][3], respondents[1][5], excelMs(respondents[1][7]), respondents[1][8], excelMs(respondents[1][9])]).toEqual([2, 1, 2, 1 * MIN, 1, 2 * MIN]);
    const figures = sheets.find((x) => x.sheet === 'Chất vấn')!.data;
    expect(figures).toEqual(expect.arrayContaining([['Số câu hỏi vượt thời gian quy định (3:00)', 2], ['Số lượt trả lời vượt thời gian quy định (7:00)', 1]]));

    // The report says it in a sentence and prints the table, in each language.
    const vi = readDocx((await exportReview(db, 'review-docx', { ...at, lang: 'vi' }))!.body);
    expect(vi.text).toContain('Số câu hỏi vượt thời gian quy định khi hỏi (3\u00a0phút): 2; số lượt trả lời vượt thời gian quy định khi trả lời (7\u00a0phút): 1.');
    expect(vi.text).toContain('Chủ tọa cho thêm 30\u00a0giây khi hỏi và 1\u00a0phút khi trả lời.');
    expect(vi.paragraphs.filter((p) => !p.inTable).map((p) => p.text)).toContain('Lượt hỏi, trả lời chất vấn vượt thời gian quy định nhiều nhất');
    // Who spoke and whose turn it was in one cell, each name held together.
    const cells = (d: typeof vi) => d.paragraphs.filter((p) => p.inTable).map((p) => p.text.replace(/\u00a0/g, ' '));
    expect(cells(vi)).toEqual(expect.arrayContaining(['Bùi Quang Huy trả lời Nguyễn Văn An', 'Nguyễn Văn An hỏi Bùi Quang Huy', '2:00']));
    // Time per respondent in five columns, so an official's name has the room for one line: each
    // turn's two times share a cell, and so do the extra time and the time over the limit.
    const respondentRow = (d: typeof vi) => {
      const tbl = d.tables.find((t) => d.all(t, 'tc').some((tc) => d.paragraphs.some((p) => tc.contains(p.el) && ['Hỏi / trả lời', 'Asking / answering'].includes(p.text.replace(/\u00a0/g, ' ')))))!;
      return d.all(tbl, 'tr').map((tr) => d.all(tr, 'tc').map((tc) => d.paragraphs.filter((p) => tc.contains(p.el)).map((p) => p.text.replace(/\u00a0/g, ' ')).join(' | ')));
    };
    expect(respondentRow(vi)).toEqual([
      // Two questions and the follow-up being asked: its answers are read against both.
      ['Người trả lời', 'Cơ quan', 'Câu hỏi + chất vấn lại', 'Hỏi / trả lời', 'Được thêm / vượt quy định'],
      ['Bùi Quang Huy', 'UBND huyện', '2 + 1', '9:20 / 14:00', '1:00 / 2:00'],
    ]);
    const en = readDocx((await exportReview(db, 'review-docx', { ...at, lang: 'en' }))!.body);
    expect(en.text).toContain('Questions past the limit for asking (3\u00a0min): 2; answers past the limit for answering (7\u00a0min): 1.');
    expect(en.text).toContain('The chair gave 30\u00a0s of extra time for asking and 1\u00a0min for answering.');
    expect(cells(en)).toEqual(expect.arrayContaining(['Bùi Quang Huy’s answer to Nguyễn Văn An', 'Nguyễn Văn An’s question to Bùi Quang Huy']));
    expect(respondentRow(en).map((row) => row[2])).toEqual(['Questions + follow-ups', '2 + 1']);
  });

  it('the DOCX report counts every slip registered, as the minutes and its outcomes chart do: one carried to the next session or withdrawn is said', { timeout: 60_000 }, async () => {
    const { engine, db, sessionId, clock } = questionedSession();
    const [an, binh] = engine.current!.delegates.filter((d) => d.voting).map((d) => d.id);
    const respondentId = engine.current!.respondents[0].id;
    const [q1, q2] = engine.current!.questions.list.filter((q) => q.parentId === null).map((q) => q.id);
    const later = ok(engine, 'question.register', { askerId: an, respondentId, text: 'Lộ trình hoàn thành đường liên xã?' }).id;
    const dropped = ok(engine, 'question.register', { askerId: binh, respondentId, text: 'Câu hỏi trùng nội dung' }).id;
    ok(engine, 'question.mark', { ids: [q1], status: 'answered' });
    ok(engine, 'question.mark', { ids: [q2], status: 'written' });
    ok(engine, 'question.mark', { ids: [later], status: 'next-session' });
    ok(engine, 'question.mark', { ids: [dropped], status: 'withdrawn' });
    const at = { sessionId, now: clock() };
    const vi = readDocx((await exportReview(db, 'review-docx', { ...at, lang: 'vi' }))!.body);
    // Four slips and one follow-up: the follow-up said apart, not a fifth slip or a third question asked.
    expect(vi.text).toContain(
      'Có 4 câu hỏi đăng ký chất vấn; 2 đại biểu đã hỏi 2 câu hỏi và 1 câu chất vấn lại tại phiên họp; 1 câu được trả lời tại phiên họp, 1 câu trả lời bằng văn bản, 1 câu chuyển trả lời tại kỳ họp sau, 1 câu được rút lại.',
    );
    const en = readDocx((await exportReview(db, 'review-docx', { ...at, lang: 'en' }))!.body);
    expect(en.text).toContain('4 questions registered; 2 delegates asked 2 questions and 1 follow-up at the sittings; 1 answered at the sittings, 1 to be answered in writing, 1 carried to the next session, 1 withdrawn.');
  });

  it('the workbook and the DOCX report name each limit the questioning ran under when the council changed them', { timeout: 60_000 }, async () => {
    const { db, sessionId, clock } = limitChangedSession();
    const at = { sessionId, now: clock() };
    const sheets = await readXlsxFile((await exportReview(db, 'review-xlsx', { ...at, lang: 'vi' }))!.body);
    const figures = sheets.find((x) => x.sheet === 'Chất vấn')!.data;
    expect(figures).toEqual(expect.arrayContaining([['Số câu hỏi vượt thời gian quy định (2:00 hoặc 3:00)', 1], ['Số lượt trả lời vượt thời gian quy định (5:00 hoặc 7:00)', 1]]));
    const overruns = sheets.find((x) => x.sheet === 'Chất vấn vượt thời gian')!.data;
    expect(overruns.slice(1).map((r) => [r[0], ...r.slice(3).map(excelMs)])).toEqual([
      ['Đặng Quốc Việt', 5 * MIN, 0, 6 * MIN, 1 * MIN],
      ['Trần Thị Hằng', 2 * MIN, 0, 2 * MIN + 30_000, 30_000],
    ]);
    const vi = readDocx((await exportReview(db, 'review-docx', { ...at, lang: 'vi' }))!.body);
    expect(vi.text).toContain('Số câu hỏi vượt thời gian quy định khi hỏi (2\u00a0phút hoặc 3\u00a0phút): 1; số lượt trả lời vượt thời gian quy định khi trả lời (5\u00a0phút hoặc 7\u00a0phút): 1.');
    const en = readDocx((await exportReview(db, 'review-docx', { ...at, lang: 'en' }))!.body);
    expect(en.text).toContain('Questions past the limit for asking (2\u00a0min or 3\u00a0min): 1; answers past the limit for answering (5\u00a0min or 7\u00a0min): 1.');
  });

  it('the DOCX report lists the items under the planned-against-actual chart, numbered as its bars are', { timeout: 60_000 }, async () => {
    const s = handSession();
    const d = readDocx((await exportReview(s.db, 'review-docx', { sessionId: s.sessionId, lang: 'vi', now: s.clock() }))!.body);
    const text = (el: Element) => d.paragraphs.filter((p) => el.contains(p.el)).map((p) => p.text.replace(/\u00a0/g, ' ')).join(' | ');
    const tbl = d.tables.find((t) => text(d.all(t, 'tc')[0]) === 'STT')!;
    expect(tbl).toBeDefined();
    expect(d.all(tbl, 'tr').map((tr) => d.all(tr, 'tc').map(text))).toEqual([
      ['STT', 'Nội dung', 'Trạng thái', 'Dự kiến', 'Thực tế', 'Chênh lệch'],
      ['1', 'Khai mạc kỳ họp', 'Đã kết thúc', '10:00', '8:00', '-2:00'],
      ['2', 'Báo cáo tình hình kinh tế - xã hội', 'Đã kết thúc', '15:00', '17:00', '2:00'],
      ['3', 'Thảo luận tại hội trường', 'Đã kết thúc', '30:00', '25:00', '-5:00'],
      ['4', 'Biểu quyết thông qua nghị quyết', 'Đã kết thúc', '5:00', '3:00', '-2:00'],
      // Its status says why it has no difference.
      ['5', 'Báo cáo thẩm tra', 'Bỏ qua', '10:00', '0:00', ''],
    ]);
    // The chart's bars are those numbers (the skipped item has none).
    expect((reviewChart('plan', reviewsFor(s.db, { sessionId: s.sessionId, now: s.clock() })!.review, 'vi').xAxis as { data: string[] }).data).toEqual(['1', '2', '3', '4']);
  });

  it('the DOCX report counts in good English: one speech by one delegate, not "1 speeches by 1 delegates"', { timeout: 60_000 }, async () => {
    const { engine, db, clock } = newEngine();
    const { sessionId } = seedBasics(engine);
    const { itemId } = discussionUnderWay(engine);
    const delegateId = ok(engine, 'delegate.add', { fullName: 'Phạm Thị An' }).id;
    ok(engine, 'speaker.request', { agendaItemId: itemId, delegateId });
    ok(engine, 'speaker.next');
    ok(engine, 'speaker.start');
    clock.advance(5 * MIN);
    ok(engine, 'speaker.finish');
    const text = async (lang: 'en' | 'vi') => readDocx((await exportReview(db, 'review-docx', { sessionId, lang, now: clock() }))!.body).text;
    const en = await text('en');
    expect(en).toContain('1 speech by 1 delegate;');
    // Nothing registered for questioning: one sentence says so, not a row of zeros.
    expect(en).toContain('No questions were registered for questioning.');
    expect(en).not.toContain('0 questions');
    expect(await text('vi')).toContain('Kỳ họp không có câu hỏi chất vấn nào được đăng ký.');
    expect(await text('vi')).toContain('Có 1 lượt phát biểu của 1 đại biểu;');
  });

  it('the DOCX report of a session without questioning prints no empty questioning chart, only the sentence saying so', { timeout: 60_000 }, async () => {
    const { engine, db, clock } = newEngine();
    const { sessionId } = seedBasics(engine);
    discussionUnderWay(engine);
    for (const lang of ['vi', 'en'] as const) {
      const d = readDocx((await exportReview(db, 'review-docx', { sessionId, lang, now: clock() }))!.body);
      // The time and plan charts; no groups chart (nobody spoke) nor outcomes ring (nothing asked).
      expect(d.all(d.doc, 'drawing').length).toBe(2);
      const lines = d.paragraphs.filter((p) => !p.inTable).map((p) => p.text);
      const said = lang === 'vi' ? 'Kỳ họp không có câu hỏi chất vấn nào được đăng ký.' : 'No questions were registered for questioning.';
      const at = lines.indexOf(said);
      expect(at).toBeGreaterThan(-1);
      // Straight on to the respondents' table: no chart's paragraph in between.
      expect(lines[at + 1]).toBe(lang === 'vi' ? 'Thời gian theo người trả lời chất vấn' : 'Time per respondent');
    }
    // A questioned session keeps its ring (beside the time and plan charts: nobody made a speech in it).
    const q = questionedSession();
    const d = readDocx((await exportReview(q.db, 'review-docx', { sessionId: q.sessionId, lang: 'vi', now: q.clock() }))!.body);
    expect(d.all(d.doc, 'drawing').length).toBe(3);
  });

  it('the DOCX report of a session without speeches prints no empty speaking chart, only the sentence saying so', { timeout: 60_000 }, async () => {
    const { engine, db, clock } = newEngine();
    const { sessionId } = seedBasics(engine);
    discussionUnderWay(engine);
    clock.advance(20 * MIN);
    for (const lang of ['vi', 'en'] as const) {
      const d = readDocx((await exportReview(db, 'review-docx', { sessionId, lang, now: clock() }))!.body);
      // The time and plan charts; no chart of the groups' speaking time, an empty frame with an axis and nothing on it.
      expect(d.all(d.doc, 'drawing').length).toBe(2);
      const lines = d.paragraphs.filter((p) => !p.inTable).map((p) => p.text);
      const said = lang === 'vi' ? 'Kỳ họp không có lượt phát biểu nào.' : 'No speeches were made during the session.';
      const at = lines.indexOf(said);
      // Right under the section's heading, in place of "0 speeches by 0 delegates; 0.00% of voting delegates spoke…".
      expect(lines[at - 1]).toBe(lang === 'vi' ? 'III. PHÁT BIỂU' : 'III. SPEAKING');
      expect(d.text).not.toMatch(lang === 'vi' ? /Có 0 lượt phát biểu/ : /0 speeches by/);
      // Straight on to the groups' table, which says "Không có." as every empty table does.
      expect(lines[at + 1]).toBe(lang === 'vi' ? 'Thời gian phát biểu theo tổ đại biểu' : 'Speaking time per delegate group');
    }
    // A session with speeches keeps its sentence and its chart.
    const h = handSession();
    const d = readDocx((await exportReview(h.db, 'review-docx', { sessionId: h.sessionId, lang: 'vi', now: h.clock() }))!.body);
    expect(d.text).toMatch(/Có \d+ lượt phát biểu của \d+ đại biểu/);
    // Time, plan, groups and the questions' outcomes.
    expect(d.all(d.doc, 'drawing').length).toBe(4);
  });

  it('the DOCX report says "Không có." under a table with no rows, and prints no empty table', { timeout: 60_000 }, async () => {
    const { engine, db, clock } = newEngine();
    const { sessionId } = seedBasics(engine);
    discussionUnderWay(engine);
    for (const lang of ['vi', 'en'] as const) {
      const d = readDocx((await exportReview(db, 'review-docx', { sessionId, lang, now: clock() }))!.body);
      const lines = d.paragraphs.filter((p) => !p.inTable).map((p) => p.text);
      // Nobody was questioned: the respondents' and the written answers' tables have no rows.
      for (const title of lang === 'vi' ? ['Thời gian theo người trả lời chất vấn', 'Câu hỏi trả lời bằng văn bản'] : ['Time per respondent', 'Written answers due']) {
        const at = lines.indexOf(title);
        expect(at, title).toBeGreaterThan(-1);
        expect(lines[at + 1]).toBe(lang === 'vi' ? 'Không có.' : 'None.');
      }
      // Every table has a row under its header.
      expect(d.all(d.doc, 'tbl').filter((t) => d.all(t, 'tblHeader').length > 0).every((t) => d.all(t, 'tr').length > 1)).toBe(true);
    }
  });

  it('the DOCX report is signed by the council’s chair, with the title and the name, and lists "Nơi nhận" as the other documents do', { timeout: 60_000 }, async () => {
    const { engine, db, clock } = newEngine();
    const { sessionId } = seedBasics(engine);
    const chair = ok(engine, 'delegate.add', { fullName: 'Lương Xuân Quý', title: 'Chủ tịch HĐND tỉnh' }).id;
    ok(engine, 'record.setOfficers', { chairs: [chair] });
    const d = readDocx((await exportReview(db, 'review-docx', { sessionId, lang: 'vi', now: clock() }))!.body);
    const lines = d.paragraphs.map((p) => p.text);
    const at = lines.indexOf('TM. THƯỜNG TRỰC HĐND');
    expect(lines.slice(at, at + 4).filter((l) => l.trim() !== '')).toEqual(['TM. THƯỜNG TRỰC HĐND', 'CHỦ TỊCH', 'Lương Xuân Quý']);
    expect(lines).toEqual(expect.arrayContaining(['- Thường trực HĐND;', '- Các Ban của HĐND;', '- Lưu: VT.']));
    const en = readDocx((await exportReview(db, 'review-docx', { sessionId, lang: 'en', now: clock() }))!.body).paragraphs.map((p) => p.text);
    // "TM. THƯỜNG TRỰC HĐND" in English, held to wrap "FOR THE / STANDING COMMITTEE", never "COMMITTEE" alone; the
    // recipients name the bodies whole, as the notice and the minutes do.
    expect(en).toEqual(expect.arrayContaining(['FOR THE STANDING\u00a0COMMITTEE', 'CHAIR', 'Lương Xuân Quý', "- Standing Committee of the People’s Council;", "- Committees of the People’s Council;", '- Archive.']));
    // A report ends on a table, so a closing sentence kept with the signatures stops them starting a page alone.
    const sign = d.tables.at(-1)!;
    const before = sign.previousElementSibling!;
    expect(before.localName).toBe('p');
    expect(before.textContent).toBe('Trên đây là báo cáo đánh giá kết quả Kỳ họp thứ 11, Hội đồng nhân dân tỉnh Hòa Bình khóa XVI của Thường trực Hội đồng nhân dân./.');
    expect(before.getElementsByTagName('w:keepNext')).toHaveLength(1);
  });

  it('the DOCX report says when it lists only the longest speakers, rather than passing 20 of 32 off as all', { timeout: 60_000 }, async () => {
    const { runScriptedSession } = await import('../record/record-session');
    const s = runScriptedSession();
    const vi = readDocx((await exportReview(s.db, 'review-docx', { sessionId: s.sessionId, lang: 'vi', now: s.clock() }))!.body).text;
    expect(vi).toContain('Bảng trên nêu 20 trong số 32 đại biểu có thời gian phát biểu dài nhất; danh sách đầy đủ có trong bảng tính (.xlsx).');
    const en = readDocx((await exportReview(s.db, 'review-docx', { sessionId: s.sessionId, lang: 'en', now: s.clock() }))!.body).text;
    expect(en).toContain('The table shows the 20 of 32 speakers who spoke longest; the workbook (.xlsx) lists them all.');
  });

  it('the DOCX report spends no empty line after a table: each is followed by a title, a heading or a sentence, the last kept with the closing', { timeout: 60_000 }, async () => {
    // The two-day session of 25 items: its fifteen tables each left an empty line under them, near half
    // a page in all, and the Vietnamese report ran to a ninth page holding its last table and the signatures.
    const { runScriptedSession } = await import('../record/record-session');
    const s = runScriptedSession(':memory:', { full: true });
    for (const lang of ['vi', 'en'] as const) {
      const d = readDocx((await exportReview(s.db, 'review-docx', { sessionId: s.sessionId, lang, now: s.clock() }))!.body);
      const body = d.all(d.doc, 'body')[0];
      const tables = d.tables.filter((t) => t.parentElement === body).slice(0, -1); // the last is the signatures' layout
      expect(tables.length, lang).toBeGreaterThanOrEqual(15);
      const after = tables.map((t) => t.nextElementSibling!);
      expect(after.filter((e) => e.localName !== 'p' || e.textContent!.trim() === '').length, lang).toBe(0);
      // The report's last table goes overleaf with the closing sentence rather than leave it alone with the signatures.
      const last = tables.at(-1)!;
      expect(after.at(-1)!.textContent, lang).toMatch(lang === 'vi' ? /^Trên đây là báo cáo/ : /^The above is/);
      expect(d.all(d.all(last, 'tr').at(-1)!, 'keepNext').length, lang).toBeGreaterThan(0);
    }
  });

  it('an unknown session exports nothing', async () => {
    const s = handSession();
    expect(await exportReview(s.db, 'review-xlsx', { sessionId: 999, lang: 'vi', now: 0 })).toBeNull();
  });
});

describe('/report/ routes', () => {
  it('serve the figures as JSON and refuse what is not a report, in the language asked', async () => {
    const s = handSession();
    const get = (q: string) => reportRoute(s.db, s.clock(), new URL(`http://127.0.0.1/report/${q}`));
    const json = (await get(`review-json?session=${s.sessionId}`))!;
    expect(json.status).toBe(200);
    expect(JSON.parse(String(json.body)).review.time.session.actualMs).toBe(53 * MIN);
    // Without a session: the current one.
    expect(JSON.parse(String((await get('review-json'))!.body)).review.session.id).toBe(s.sessionId);
    const missing = (await get('review-json?session=999&lang=en'))!;
    expect(missing).toMatchObject({ status: 404, body: 'No session with id 999.' });
    // And in every language in a header, for the console's toast to re-word on a language switch.
    expect(refusalFromHeader(missing.headers[REFUSAL_HEADER])).toEqual({ vi: 'Không tìm thấy kỳ họp số 999.', en: 'No session with id 999.' });
    expect(refusalFromHeader('not%7Bjson')).toBeNull();
    // A parameter that cannot be read is a bad request, told as such; never "no session".
    expect((await get('review-json?session=abc&lang=vi'))!).toMatchObject({ status: 400, body: 'Địa chỉ không hợp lệ: «abc» không phải là mã kỳ họp (số nguyên từ 1).' });
    expect((await get('secrets'))!.status).toBe(404);
    expect(await reportRoute(s.db, 0, new URL('http://127.0.0.1/index.html'))).toBeNull();
    const xlsx = (await get(`review-xlsx?session=${s.sessionId}&lang=en`))!;
    expect(xlsx.headers['Content-Disposition']).toContain("filename*=UTF-8''review-session-2-term-1.xlsx");
  });

  it('answer loopback host names only', () => {
    expect(['127.0.0.1:5170', 'localhost:80', '[::1]:5170'].map(isLoopbackHost)).toEqual([true, true, true]);
    expect(['evil.example:5170', '192.168.1.10:5170', undefined].map(isLoopbackHost)).toEqual([false, false, false]);
  });
});

describe('npm run export (the record branch\'s CLI, extended with the review)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('knows the review\'s documents', () => {
    expect(parseExportArgs(['review-xlsx', '--data-dir', 'd', '--session', '11', '--lang', 'en', '--out', 'x.xlsx'])).toMatchObject({ doc: 'review-xlsx', session: 11, lang: 'en' });
    for (const doc of ['review', 'attendance', 'speaking']) expect(parseExportArgs([doc, '--data-dir', 'd', '--out', 'x']).doc).toBe(doc);
    expect(() => parseExportArgs(['reviews', '--data-dir', 'd', '--out', 'x'])).toThrow(/Unknown document "reviews"; choose minutes, ballots, notice, personnel, ballot-papers, review, review-xlsx, attendance, speaking/);
    expect(() => parseExportArgs(['speaking', '--data-dir', 'd', '--out', 'x', '--sitting', '2026-12-08-morning'])).toThrow(/--sitting is for the minutes only/);
  });

  it('writes the workbook, the CSV and the report of the session named by its number; refuses a missing session', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    const s = withEarlier();
    await s.db.backup(path.join(dir, 'gavel.sqlite'));
    closeStore(s.db);
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    const out = path.join(dir, 'out', 'review.xlsx');
    expect(await main(['review-xlsx', '--data-dir', dir, '--session', '1', '--out', out])).toBe(0);
    const sheets = await readXlsxFile(fs.readFileSync(out));
    // Session 1 has one report of 40 minutes and nothing earlier to compare with.
    expect(excelMs(sheets.find((x) => x.sheet === 'Thời gian theo loại')!.data.at(-1)![1])).toBe(40 * MIN);
    expect(sheets.map((x) => x.sheet)).not.toContain('So sánh');
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/^Written: .*review\.xlsx/));
    const csv = path.join(dir, 'out', 'speaking.csv');
    expect(await main(['speaking', '--data-dir', dir, '--session', '2', '--lang', 'en', '--out', csv])).toBe(0);
    expect(fs.readFileSync(csv, 'utf8')).toContain('Nguyễn Văn An,Group 1,Ban Pháp chế,2,1,0,1,0,0:11:00');
    const docx = path.join(dir, 'out', 'review.docx');
    expect(await main(['review', '--data-dir', dir, '--out', docx])).toBe(0);
    expect(fs.readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    expect(await main(['speaking', '--data-dir', dir, '--session', '7', '--out', path.join(dir, 'x.csv')])).toBe(4);
    expect(err).toHaveBeenLastCalledWith('gavel export: There is no session 7 (sessions: 1, 2).');
  });

  it('flushes the document to the disk before it replaces an older copy, so a power cut after "Written" never leaves an empty file', async () => {
    const dir = tempDir();
    const s = withEarlier();
    await s.db.backup(path.join(dir, 'gavel.sqlite'));
    closeStore(s.db);
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const out = path.join(dir, 'speaking.csv');
    fs.writeFileSync(out, 'an older copy');
    const calls: string[] = [];
    const [fsync, rename] = [fs.fsyncSync, fs.renameSync];
    vi.spyOn(fs, 'fsyncSync').mockImplementation((fd) => (calls.push('fsync'), fsync(fd)));
    vi.spyOn(fs, 'renameSync').mockImplementation((a, b) => (calls.push(`rename to ${path.basename(String(b))}`), rename(a, b)));
    expect(await main(['speaking', '--data-dir', dir, '--session', '2', '--lang', 'en', '--out', out, '--force'])).toBe(0);
    // The file, then the rename over the older copy, then the folder that holds the rename.
    expect(calls).toEqual(['fsync', 'rename to speaking.csv', 'fsync']);
    expect(fs.readFileSync(out, 'utf8')).toContain('Nguyễn Văn An,Group 1,Ban Pháp chế,2,1,0,1,0,0:11:00');
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('speaking'))).toEqual(['speaking.csv']);
  });
});
