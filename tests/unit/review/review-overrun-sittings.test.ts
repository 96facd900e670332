/**
 * The workbook names the sitting of each overrun, as the report's table does: on the full two-day
 * session the same official answers the same delegates on both days, and rows without the sitting
 * read alike. A speech's overrun names its item's sitting too.
 */
import readXlsxFile from 'read-excel-file/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportReview } from '../../../electron/features/review/export';
import { readDocx } from '../../docx';
import { runScriptedSession } from '../record/record-session';

type Sheets = Awaited<ReturnType<typeof readXlsxFile>>;
const books = {} as Record<'vi' | 'en', Sheets>;
const docs = {} as Record<'vi' | 'en', ReturnType<typeof readDocx>>;

beforeAll(async () => {
  const s = runScriptedSession(':memory:', { full: true });
  for (const lang of ['vi', 'en'] as const) {
    const at = { sessionId: s.sessionId, lang, now: s.clock() };
    books[lang] = await readXlsxFile((await exportReview(s.db, 'review-xlsx', at))!.body);
    docs[lang] = readDocx((await exportReview(s.db, 'review-docx', at))!.body);
  }
}, 60_000);

const sheet = (lang: 'vi' | 'en', name: string) => books[lang].find((x) => x.sheet === name)!.data.map((r) => r.map((c) => (typeof c === 'string' ? c : String(c))));

describe('the review workbook’s overruns', () => {
  it('names the sitting of each questioning overrun, as the report’s cell does, in both languages', () => {
    for (const [lang, name, head, sitting] of [
      ['vi', 'Chất vấn vượt thời gian', 'Phiên họp', 'Buổi chiều 17/12/2019'],
      ['en', 'Questioning overruns', 'Sitting', 'Afternoon 17 Dec 2019'],
    ] as const) {
      const rows = sheet(lang, name);
      expect(rows[0][2], lang).toBe(head);
      expect(rows[1][2], lang).toBe(sitting);
      // The sitting in the workbook is the one the report prints under the same turn.
      const cells = docs[lang].paragraphs.filter((p) => p.inTable && p.text.includes('\n')).map((p) => p.text.replace(/\u00a0/g, ' '));
      for (const row of rows.slice(1)) expect(cells.some((c) => c.endsWith(`\n${row[2]}`)), `${lang}: ${row.join(' · ')}`).toBe(true);
      // Two days of questioning: the same turns on each day read apart by their sitting alone.
      expect(new Set(rows.slice(1).map((r) => r[2])).size, lang).toBe(2);
      expect(new Set(rows.slice(1).map((r) => `${r[0]}|${r[1]}|${r[2]}`)).size, lang).toBe(rows.length - 1);
    }
  });

  it('names the sitting of each speech overrun beside its item', () => {
    for (const [lang, name, head] of [['vi', 'Vượt thời gian', 'Phiên họp'], ['en', 'Overruns', 'Sitting']] as const) {
      const rows = sheet(lang, name);
      expect(rows[0].slice(1, 3), lang).toEqual([lang === 'vi' ? 'Nội dung' : 'Item', head]);
      expect(rows.length, lang).toBeGreaterThan(1);
      for (const row of rows.slice(1)) expect(row[2], lang).toMatch(lang === 'vi' ? /^Buổi (sáng|chiều) \d\d\/12\/2019$/ : /^(Morning|Afternoon) 1[78] Dec 2019$/);
    }
  });
});
