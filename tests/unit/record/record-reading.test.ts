/**
 * The record's documents read as a reader reads them, on the full two-day session: what Word and
 * LibreOffice are told about where a line may break, from the DOCX's XML.
 */
import { describe, expect, it } from 'vitest';
import { reportFile } from '../../../electron/documents/index';
import { exportReview } from '../../../electron/features/review/export';
import { listVotes } from '../../../electron/features/votes/store';
import { computeResult } from '../../../common/votes/result';
import { announcement } from '../../../common/votes/announce';
import { readDocx } from '../../docx';
import { runScriptedSession } from './record-session';
import { newEngine, ok } from '../helpers';

describe('the record in print', () => {
  it('holds a term’s years together, so no line ends in “nhiệm kỳ 2016–” with “2021” below', async () => {
    const s = runScriptedSession(':memory:', { full: true });
    for (const doc of ['minutes', 'ballots', 'notice', 'personnel'] as const) {
      for (const lang of ['vi', 'en'] as const) {
        const d = readDocx((await reportFile(s.db, { doc, sessionId: s.sessionId, lang }, s.clock()))!.bytes);
        const runs = d.all(d.doc, 't').map((t) => t.textContent ?? '');
        const ranges = runs.filter((t) => t.includes('2016–'));
        expect(ranges.length, `${doc} ${lang}`).toBeGreaterThan(0);
        // A word joiner after the dash: Word and LibreOffice break after an en dash otherwise.
        expect(ranges.filter((t) => !t.includes('2016–\u20602021')), `${doc} ${lang}`).toEqual([]);
        // The reader sees the range as typed.
        expect(d.text).toContain('2016–2021');
      }
    }
  });
});

describe('the English minutes', () => {
  it('say “presented report No. …” and where the count of a ballot is set out, as English minutes do', async () => {
    const s = runScriptedSession(':memory:', { full: true });
    const en = readDocx((await reportFile(s.db, { doc: 'minutes', sessionId: s.sessionId, lang: 'en' }, s.clock()))!.bytes).text.replace(/\u00a0/g, ' ');
    expect(en).toContain('Trần Văn Lâm presented report No. 151/TTr-UBND of 5 December 2019.');
    expect(en).toContain('Phạm Thị Hồng Nhung presented submission No. 153/TTr-UBND of 5 December 2019.');
    // Without a document, the article stays: "presented the verification report."
    expect(en).toContain('Hoàng Văn Thạch presented the verification report.');
    expect(en).not.toContain('presented the report No.');
    // The record attached is called by its own title, and one sentence says so for a resolution's ballot and an election's.
    expect(en.match(/The count is set out in the attached ballot-counting record\./g)).toHaveLength(2);
    expect(en).not.toMatch(/counting committee’s record|recorded in the attached/);
    // The chair presides over the questioning (an item), not a "sitting", which in these minutes is a morning or an afternoon.
    expect(en).toContain('Lương Xuân Quý presided over the questioning.');
    expect(en).not.toContain('questioning sitting');
    // The signatures' titles and the recipients in an English reader's words.
    expect(en).toContain('PRESIDING OFFICER');
    expect(en).toContain("Standing Committee of the district People’s Council;");
    const vi = readDocx((await reportFile(s.db, { doc: 'minutes', sessionId: s.sessionId, lang: 'vi' }, s.clock()))!.bytes).text.replace(/\u00a0/g, ' ');
    expect(vi).toContain('Đồng chí Trần Văn Lâm trình bày báo cáo số 151/TTr-UBND ngày 05/12/2019.');
  });
});

describe('a number and its unit in print', () => {
  it('holds a time’s number to its unit and an English date’s day to its month, in every document, so no line ends in “(từ 7” or “of 5”', async () => {
    const s = runScriptedSession(':memory:', { full: true });
    const texts: string[] = [];
    for (const doc of ['minutes', 'ballots', 'notice', 'personnel'] as const) {
      for (const lang of ['vi', 'en'] as const) texts.push(readDocx((await reportFile(s.db, { doc, sessionId: s.sessionId, lang }, s.clock()))!.bytes).text);
    }
    for (const lang of ['vi', 'en'] as const) texts.push(readDocx((await exportReview(s.db, 'review-docx', { sessionId: s.sessionId, lang, now: s.clock() }))!.body).text);
    const all = texts.join('\n');
    // What the minutes print: "(từ 7 giờ 35 phút", "(8 phút 25 giây)", "of 5 December 2019", "8 min 25 s".
    expect(all).toContain('(từ 7\u00a0giờ 35\u00a0phút');
    expect(all).toContain('(8\u00a0phút 25\u00a0giây)');
    expect(all).toContain('of 5\u00a0December 2019');
    expect(all).toContain('(8\u00a0min 25\u00a0s)');
    const months = 'January|February|March|April|May|June|July|August|September|October|November|December';
    const split = all.match(new RegExp(`\\d+ (giờ|phút|giây|h|min|s|${months})(?![\\p{L}])`, 'gu')) ?? [];
    expect(split).toEqual([]);
  });
});

describe('the minutes’ numbering', () => {
  /**
   * A programme with a heading and its parts: 1. Khai mạc; 2. Trình bày các báo cáo (a heading the
   * chair passes), 2.1 and 2.2 under it; 3. Thảo luận; 4. a report not held; 5. Bế mạc. The morning
   * runs 1 and 2.1; 2.2, not reached, is moved to the afternoon and held there with 3 and 5.
   */
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
        row('Bế mạc kỳ họp', 'closing', 10),
      ] as never,
    });
    const [opening, , economy, verification, discussion, justice, closing] = engine.current.agenda.map((i) => i.id);
    const morning = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    const afternoon = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'afternoon', plannedStart: '13:30', plannedEnd: '17:00' }).id;
    for (const id of engine.current.agenda.map((i) => i.id)) ok(engine, 'agenda.assign', { id, sittingId: [discussion, justice, closing].includes(id) ? afternoon : morning });
    const run = (id: number) => {
      ok(engine, 'item.start', { id, current: 'finish' });
      clock.advance(5 * 60_000);
    };
    ok(engine, 'sitting.open', { id: morning });
    run(opening);
    run(economy);
    ok(engine, 'item.finish', { id: economy });
    ok(engine, 'sitting.close', { id: morning });
    // Not reached in the morning: the chair moves it to the afternoon.
    ok(engine, 'agenda.assign', { id: verification, sittingId: afternoon });
    ok(engine, 'sitting.open', { id: afternoon });
    run(verification);
    run(discussion);
    ok(engine, 'item.finish', { id: discussion });
    ok(engine, 'item.skip', { id: justice });
    run(closing);
    ok(engine, 'item.finish', { id: closing });
    ok(engine, 'sitting.close', { id: afternoon });
    return { engine, db, clock, sessionId, afternoon };
  }

  /** Part II's headings and item lines, each item line cut before its times. */
  async function partTwo(s: ReturnType<typeof programmeSession>, lang: 'vi' | 'en', sittingId?: number) {
    const texts = readDocx((await reportFile(s.db, { doc: 'minutes', sessionId: s.sessionId, lang, ...(sittingId ? { sittingId } : {}) }, s.clock()))!.bytes).paragraphs.map((p) => p.text);
    const from = texts.indexOf(lang === 'vi' ? 'II. NỘI DUNG, DIỄN BIẾN KỲ HỌP' : 'II. PROCEEDINGS');
    const to = texts.indexOf(lang === 'vi' ? 'III. KẾT THÚC KỲ HỌP' : 'III. CLOSE OF THE SESSION');
    expect(from, lang).toBeGreaterThan(0);
    return texts.slice(from + 1, to).filter((t) => /^(\d+(\.\d+)*\. |Phiên họp|Morning|Afternoon)/u.test(t) && !/^Phiên họp bắt đầu|^The sitting/u.test(t)).map((t) => t.replace(/ \((từ|from) .*\)$/u, ''));
  }

  it('names each item by its number in the programme, as the Agenda, Live and Votes views do; a sitting by its name alone, in both languages', async () => {
    // Before: "1. Phiên họp sáng …" with "1.1.", "1.2." under it, so the minutes' "2.1" (the
    // afternoon's first item) was the Agenda view's 2.2, and "mục 2.1" named two items.
    const s = programmeSession();
    expect(await partTwo(s, 'vi')).toEqual([
      'Phiên họp sáng ngày 08/12/2026',
      '1. Khai mạc kỳ họp',
      // The heading the chair passed, so 2.1 is read under its 2.
      '2. Trình bày các báo cáo',
      '2.1. Báo cáo tình hình kinh tế - xã hội năm 2026',
      'Phiên họp chiều ngày 08/12/2026',
      // Moved to the afternoon, it keeps its number, under its heading again.
      '2. Trình bày các báo cáo',
      '2.2. Báo cáo thẩm tra của Ban Kinh tế - Ngân sách',
      '3. Thảo luận về tình hình kinh tế - xã hội',
      // 4, not held, leaves its number out.
      '5. Bế mạc kỳ họp',
    ]);
    expect(await partTwo(s, 'en')).toEqual([
      'Morning sitting, 8\u00a0December 2026',
      '1. Khai mạc kỳ họp',
      '2. Trình bày các báo cáo',
      '2.1. Báo cáo tình hình kinh tế - xã hội năm 2026',
      'Afternoon sitting, 8\u00a0December 2026',
      '2. Trình bày các báo cáo',
      '2.2. Báo cáo thẩm tra của Ban Kinh tế - Ngân sách',
      '3. Thảo luận về tình hình kinh tế - xã hội',
      '5. Bế mạc kỳ họp',
    ]);
  });

  it('keeps the programme’s numbers in one sitting’s minutes', async () => {
    const s = programmeSession();
    expect((await partTwo(s, 'vi', s.afternoon)).filter((t) => /^\d/u.test(t))).toEqual([
      '2. Trình bày các báo cáo',
      '2.2. Báo cáo thẩm tra của Ban Kinh tế - Ngân sách',
      '3. Thảo luận về tình hình kinh tế - xã hội',
      '5. Bế mạc kỳ họp',
    ]);
  });

  it('numbers a flat programme’s items 1 to 25 across the four sittings of the scripted session, each once', async () => {
    const s = runScriptedSession(':memory:', { full: true });
    const texts = readDocx((await reportFile(s.db, { doc: 'minutes', sessionId: s.sessionId, lang: 'vi' }, s.clock()))!.bytes).paragraphs.map((p) => p.text);
    const numbered = texts.slice(texts.indexOf('II. NỘI DUNG, DIỄN BIẾN KỲ HỌP') + 1).filter((t) => /^\d+(\.\d+)*\. /u.test(t)).map((t) => /^[\d.]+/u.exec(t)![0]);
    expect(numbered).toEqual(Array.from({ length: 25 }, (_, k) => `${k + 1}.`));
    expect(texts).toContain('9. Thảo luận về ngân sách và đầu tư công (từ 13\u00a0giờ 10\u00a0phút đến 13\u00a0giờ 48\u00a0phút)');
    expect(texts.filter((t) => /^Phiên họp (sáng|chiều) ngày/u.test(t))).toHaveLength(4);
  });
});

describe('the minutes’ tense', () => {
  it('records in English what the council did in the past (“was therefore adopted”, “was therefore elected”), where the chair read it out in the present', async () => {
    const s = runScriptedSession(':memory:', { full: true });
    const en = readDocx((await reportFile(s.db, { doc: 'minutes', sessionId: s.sessionId, lang: 'en' }, s.clock()))!.bytes).text;
    expect(en).toMatch(/\) was therefore adopted by the council\./);
    expect(en).toMatch(/was therefore not adopted by the council\./);
    expect(en).toMatch(/was therefore elected Ủy viên Ủy ban nhân dân huyện\./);
    expect(en).not.toContain('is therefore');
    // The same sentence read out at the rostrum stays in the present, in both languages alike.
    const vote = listVotes(s.db, s.sessionId).find((v) => v.status === 'closed' && v.tally.for > 0)!;
    const view = { ...vote, result: computeResult(vote, vote.tally) };
    expect(announcement(view, 'en')).toMatch(/is therefore (not )?adopted by the council\.$/);
    expect(announcement(view, 'vi', 'past')).toBe(announcement(view, 'vi'));
    const vi = readDocx((await reportFile(s.db, { doc: 'minutes', sessionId: s.sessionId, lang: 'vi' }, s.clock()))!.bytes).text;
    expect(vi).toContain('đã được Hội đồng nhân dân thông qua.');
    expect(vi).toMatch(/Như vậy, bà Phạm Thị Hồng Nhung đã trúng cử chức vụ Ủy viên Ủy ban nhân dân huyện\./);
  });
});
