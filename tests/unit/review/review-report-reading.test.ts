/**
 * The review report read as a reader reads it, on the full two-day session (25 items, questioning on
 * each day, six votes, an election by ballot): what each table prints, from the DOCX itself.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { exportReview } from '../../../electron/features/review/export';
import { readDocx } from '../../docx';
import { runScriptedSession } from '../record/record-session';

type Docx = ReturnType<typeof readDocx>;
const docs = {} as Record<'vi' | 'en', Docx>;

beforeAll(async () => {
  const s = runScriptedSession(':memory:', { full: true });
  for (const lang of ['vi', 'en'] as const) docs[lang] = readDocx((await exportReview(s.db, 'review-docx', { sessionId: s.sessionId, lang, now: s.clock() }))!.body);
}, 60_000);

/** The rows of the table whose header starts with `first`, each cell's text (no-break spaces as spaces). */
function tableRows(d: Docx, first: string): string[][] {
  const rows = (t: Element) => d.all(t, 'tr').map((tr) => d.all(tr, 'tc').map((tc) => d.paragraphs.filter((p) => tc.contains(p.el)).map((p) => p.text.replace(/\u00a0/g, ' ')).join(' | ')));
  const found = d.tables.map(rows).filter((r) => r[0]?.[0] === first);
  expect(found.length, first).toBeGreaterThan(0);
  return found[0];
}

describe('the review report', () => {
  it('prints time by kind of work in five columns, each kind with its share of the row, so a sitting is named on one line and its shares add up to 100%', () => {
    const vi = tableRows(docs.vi, 'Phiên họp');
    expect(vi[0]).toEqual(['Phiên họp', 'Trình bày báo cáo', 'Thảo luận, chất vấn', 'Thủ tục', 'Tổng']);
    expect(vi[1]).toEqual(['Buổi sáng 17/12/2019', '20:00\n30,64%', '40:16\n61,70%', '5:00\n7,66%', '1:05:16']);
    expect(vi.at(-1)).toEqual(['Cả kỳ họp', '1:10:00\n17,47%', '5:10:46\n77,54%', '20:00\n4,99%', '6:40:46']);
    const en = tableRows(docs.en, 'Sitting');
    expect(en[0]).toEqual(['Sitting', 'Reading reports', 'Discussion', 'Procedure', 'Total']);
    expect(en[1]).toEqual(['Morning 17 Dec 2019', '20:00\n30.64%', '40:16\n61.70%', '5:00\n7.66%', '1:05:16']);
    for (const row of vi.slice(1)) {
      const shares = row.slice(1, 4).map((c) => Number(c.split('\n')[1].replace('%', '').replace(',', '.')));
      expect(Math.abs(shares.reduce((a, b) => a + b, 0) - 100), row[0]).toBeLessThanOrEqual(0.02);
    }
  });
});
