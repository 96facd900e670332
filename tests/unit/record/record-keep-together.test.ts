/**
 * The minutes read as the office reads the printed pages: a page never ends on an item's title
 * ("5. Báo cáo thẩm tra… (từ 7 giờ 50 phút đến 7 giờ 55 phút)") with its presenter on the next,
 * nor opens on a question's "Kết quả: đã trả lời tại kỳ họp." cut from its question and answer.
 * The paragraphs carry Word's keep-with-next; LibreOffice's pages show it held.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { reportFile } from '../../../electron/documents/index';
import { exportReview } from '../../../electron/features/review/export';
import { readDocx } from '../../docx';
import { hasOffice, kept, printedPages } from '../../office-pages';
import { runScriptedSession } from './record-session';

const langs = ['vi', 'en'] as const;
const files = {} as Record<(typeof langs)[number], Uint8Array>;
let review: Uint8Array;

beforeAll(async () => {
  const s = runScriptedSession(':memory:', { full: true });
  for (const lang of langs) files[lang] = (await reportFile(s.db, { doc: 'minutes', sessionId: s.sessionId, lang }))!.bytes;
  review = (await exportReview(s.db, 'review-docx', { sessionId: s.sessionId, lang: 'vi', now: s.clock() }))!.body;
}, 60_000);

describe('the minutes keep together what reads together', () => {
  it('keep each item’s title, each list’s lead-in, each question and each answer with the paragraph after it', () => {
    for (const lang of langs) {
      const d = readDocx(files[lang]);
      const body = d.paragraphs.filter((p) => !p.inTable);
      // An item's title, by its number in the programme ("9.", "2.1.").
      const titles = body.filter((p) => /^\d+(\.\d+)*\. /.test(p.text));
      expect(titles.length, lang).toBeGreaterThan(20);
      for (const p of titles) expect(kept(d, p), p.text).toBe(true);
      const outcome = lang === 'vi' ? 'Kết quả: ' : 'Outcome: ';
      const outcomes = body.map((p, i) => [p, i] as const).filter(([p]) => p.text.startsWith(outcome));
      expect(outcomes.length, lang).toBeGreaterThan(20);
      // Back from each outcome to its question ("- …"): every paragraph of the block is kept with the next.
      for (const [, i] of outcomes) {
        let k = i - 1;
        while (!body[k].text.startsWith('- ')) expect(kept(d, body[k]), body[k].text).toBe(true), k--;
        expect(kept(d, body[k]), body[k].text).toBe(true);
      }
      expect(kept(d, body.find((p) => /^(Có \d+ lượt phát biểu|\d+ speeches?)/.test(p.text))!), lang).toBe(true);
    }
  });

  it.skipIf(!hasOffice)('printed by LibreOffice, no page opens on an outcome nor ends on an item’s title', () => {
    const printed = printedPages({ vi: files.vi, en: files.en });
    for (const lang of langs) {
      const pages = printed[lang];
      expect(pages.length, lang).toBeGreaterThan(5);
      pages.forEach((page, k) => {
        const lines = page.split('\n').map((l) => l.trim()).filter((l) => l !== '');
        // Page 2 on opens with its number, then the text.
        const top = k === 0 ? lines[0] : lines[1];
        expect(top, `${lang} page ${k + 1}`).not.toMatch(/^(Kết quả|Outcome): /);
        if (k < pages.length - 1) expect(lines.at(-1), `${lang} page ${k + 1}`).not.toMatch(/^\d+(\.\d+)*\. /);
      });
    }
  }, 180_000);
});

describe('the review report’s tables', () => {
  it('keep each table’s header with its first row and its last two rows together; between them it may break', () => {
    const d = readDocx(review);
    const rowsOf = (t: Element) => d.all(t, 'tr');
    // The ruled tables (a header row), not the signature's layout table.
    const ruled = d.tables.filter((t) => d.all(t, 'tblHeader').length > 0);
    expect(ruled.length).toBeGreaterThan(5);
    for (const t of ruled) {
      const rows = rowsOf(t);
      const keeps = rows.map((tr) => d.paragraphs.filter((p) => tr.contains(p.el)).every((p) => kept(d, p)));
      const name = d.paragraphs.find((p) => rows[0].contains(p.el))!.text;
      // The header with the first row, the last two together, nothing else: a header held with two rows of
      // four lines each (the votes table) left a fifth of a page blank above it. A table of up to six rows
      // under its header, of eight lines at most, is kept whole: broken, the attendance's last sitting
      // went overleaf alone; six rows of two to five lines each (the longest answers, the votes) kept
      // whole left half a page empty before them.
      // The report's last table (the groups of present, when no comparison follows) keeps its last row
      // with what follows too, so the closing never opens a page alone (nd30 `keepWithNext`).
      const closing = t === ruled.at(-1) && name.replace(/\u00a0/g, ' ') === 'Phiên họp';
      const lines = rows.slice(1).reduce((n, tr) => n + Math.max(...d.all(tr, 'tc').map((tc) => d.all(tc, 'br').length + 1)), 0);
      const small = rows.length - 1 <= 6 && lines <= 8;
      expect(keeps, name).toEqual(rows.map((_, r) => (r === rows.length - 1 ? closing : small || r === 0 || (r === rows.length - 2 && !closing))));
    }
    expect(d.paragraphs.find((p) => d.all(ruled.at(-1)!, 'tr')[0].contains(p.el))!.text.replace(/\u00a0/g, ' ')).toBe('Phiên họp');
    // Kept whole, a table that did not fit under a chart left a third of a page blank; what LibreOffice
    // prints is checked in review-libreoffice.test.ts (the kinds table starts on page 1, its last two rows together).
  });
});
