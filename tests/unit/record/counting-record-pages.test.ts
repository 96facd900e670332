/**
 * A counting record's pages: the closing sentence stays with the signatures, and the last lines
 * before it (the verdict, the last person's result) with the closing, so a page never holds the
 * closing sentence and the signatures alone; the announcement before them still starts under the
 * results table when the page has room, instead of going whole to the next page (the full
 * two-day session's first record left a third of page 1 empty). Checked on the session's
 * records: a resolution by secret ballot, an election of one of two candidates, and a
 * confidence vote on six officials.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { reportFile } from '../../../electron/documents/index';
import { countingRecordWords } from '../../../electron/features/personnel/report-strings';
import { readDocx } from '../../docx';
import { hasOffice, kept, printedPages } from '../../office-pages';
import { ok } from '../helpers';
import { runScriptedSession } from './record-session';

const langs = ['vi', 'en'] as const;
const files = {} as Record<(typeof langs)[number], Uint8Array>;

/** Six officials of the two bodies rated by the 35-seat council, 33 present. */
const RATED = [
  ['Lương Xuân Quý', 'council'],
  ['Nguyễn Thị Ngọc Ánh', 'council'],
  ['Hoàng Văn Thạch', 'council'],
  ['Trần Văn Lâm', 'committee'],
  ['Phạm Thị Hồng Nhung', 'committee'],
  ['Đinh Công Sơn', 'committee'],
] as const;

beforeAll(async () => {
  const s = runScriptedSession(':memory:', { full: true });
  const e = s.engine;
  const people = RATED.map(([name, body]) => ({ delegateId: e.current.delegates.find((d) => d.fullName === name)!.id, body, honorific: '' as const }));
  const id = ok(e, 'personnel.prepare', { kind: 'confidence', title: 'Lấy phiếu tín nhiệm năm 2019', people }).id;
  ok(e, 'personnel.committee', { id, head: s.people[6], members: [s.people[7], s.people[8]] });
  ok(e, 'personnel.open', { id, present: 33 });
  ok(e, 'personnel.ballots', { id, issued: 33, returned: 33, valid: 33, invalid: 0 });
  const rated = e.current.personnel.find((v) => v.id === id)!.people;
  ok(e, 'personnel.count', { id, lines: rated.map((p, i) => ({ personId: p.id, counts: { high: 20 + i, medium: 10 - i, low: 3, invalid: 0 } })) });
  ok(e, 'personnel.close', { id });
  ok(e, 'personnel.announce', { id });
  for (const lang of langs) files[lang] = (await reportFile(s.db, { doc: 'ballots', sessionId: s.sessionId, lang }))!.bytes;
}, 60_000);

describe('a counting record’s announcement and signatures', () => {
  it('keep the closing sentence with the signatures and the paragraph before it with the closing, and leave the one before that free', () => {
    for (const lang of langs) {
      const d = readDocx(files[lang]);
      const body = d.paragraphs.filter((p) => !p.inTable);
      const closings = body.map((p, i) => [p, i] as const).filter(([p]) => p.text === countingRecordWords[lang].closing);
      // The resolution's record, the election's and the confidence vote's.
      expect(closings.length, lang).toBe(3);
      for (const [p, i] of closings) {
        expect(kept(d, p), lang).toBe(true);
        expect(kept(d, body[i - 1]), body[i - 1].text).toBe(true);
        expect(kept(d, body[i - 2]), body[i - 2].text).toBe(false);
      }
    }
  });

  it('give a resolution’s verdict a paragraph of its own, after the count', () => {
    const verdict = { vi: /^Như vậy, Nghị quyết .* đã được Hội đồng nhân dân thông qua\.$/, en: /^.* (was|is) therefore adopted by the council\.$/ };
    for (const lang of langs) {
      const body = readDocx(files[lang]).paragraphs.filter((p) => !p.inTable);
      const i = body.findIndex((p) => p.text === countingRecordWords[lang].closing);
      expect(body[i - 1].text, lang).toMatch(verdict[lang]);
      expect(body[i - 2].text, lang).toMatch(/^(Số phiếu phát ra|Ballots issued): 33;/);
    }
  });

  it.skipIf(!hasOffice)('printed by LibreOffice, the first record’s announcement begins on its first page, and no page holds the closing and the signatures alone', () => {
    const printed = printedPages({ vi: files.vi, en: files.en });
    const start = { vi: 'Số phiếu phát ra: 33', en: 'Ballots issued: 33' };
    for (const lang of langs) {
      const pages = printed[lang];
      expect(pages[0], lang).toContain(start[lang]);
      // The title as printed, wherever it wraps ("FOR THE / COUNTING COMMITTEE").
      const signFor = new RegExp(countingRecordWords[lang].signFor.toUpperCase().split(/[\s\u00a0]+/).join('\\s+'));
      const signed = pages.map((p, k) => [p, k + 1] as const).filter(([p]) => signFor.test(p));
      expect(signed.length, lang).toBe(3);
      for (const [page, n] of signed) {
        const lines = page.split('\n').map((l) => l.trim()).filter((l) => l !== '');
        const closing = lines.findIndex((l) => l.startsWith(countingRecordWords[lang].closing.slice(0, 20)));
        expect(closing, `${lang} page ${n}`).toBeGreaterThan(0);
        // Above the closing, more than the page's number: the lines it closes.
        const above = lines.slice(0, closing).filter((l) => !/^\d+$/.test(l));
        expect(above.length, `${lang} page ${n}: ${lines.slice(0, closing + 1).join(' / ')}`).toBeGreaterThan(0);
      }
    }
  }, 180_000);
});
