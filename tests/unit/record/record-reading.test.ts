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
    expect(en).toContain('The count is set out in the counting committee’s record, attached.');
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
  it('numbers sittings 1., 2. under part II and each sitting’s items 2.1., 2.2., so “mục 2.3” names one item, in both languages', async () => {
    const s = runScriptedSession(':memory:', { full: true });
    for (const [lang, part, sittings] of [
      ['vi', 'II. NỘI DUNG, DIỄN BIẾN KỲ HỌP', ['1. Phiên họp sáng ngày 17/12/2019', '2. Phiên họp chiều ngày 17/12/2019', '3. Phiên họp sáng ngày 18/12/2019', '4. Phiên họp chiều ngày 18/12/2019']],
      ['en', 'II. PROCEEDINGS', ['1. Morning sitting, 17\u00a0December 2019', '2. Afternoon sitting, 17\u00a0December 2019', '3. Morning sitting, 18\u00a0December 2019', '4. Afternoon sitting, 18\u00a0December 2019']],
    ] as const) {
      const d = readDocx((await reportFile(s.db, { doc: 'minutes', sessionId: s.sessionId, lang }, s.clock()))!.bytes);
      const texts = d.paragraphs.map((p) => p.text);
      const from = texts.indexOf(part);
      expect(from, lang).toBeGreaterThan(0);
      // Every numbered line of part II, in order: a sitting's number, then its items under it.
      const numbered = texts.slice(from + 1).filter((t) => /^\d+(\.\d+)*\. /.test(t)).map((t) => /^[\d.]+/.exec(t)![0]);
      expect(numbered.filter((n) => /^\d+\.$/.test(n)), lang).toEqual(['1.', '2.', '3.', '4.']);
      expect(texts.filter((t) => (sittings as readonly string[]).includes(t)), lang).toEqual([...sittings]);
      expect(numbered.slice(0, 8), lang).toEqual(['1.', '1.1.', '1.2.', '1.3.', '1.4.', '1.5.', '1.6.', '2.']);
      expect(new Set(numbered).size, `${lang}: each number once`).toBe(numbered.length);
      expect(texts, lang).toContain(lang === 'vi' ? '2.3. Thảo luận về ngân sách và đầu tư công (từ 13\u00a0giờ 10\u00a0phút đến 13\u00a0giờ 48\u00a0phút)' : '2.3. Thảo luận về ngân sách và đầu tư công (from 13:10 to 13:48)');
    }
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
