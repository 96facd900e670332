/**
 * A counting record's pages: the closing sentence stays with the signatures, and the announcement
 * before it starts under the results table when the page has room, instead of going whole to the
 * next page with them (the full two-day session's first record left a third of page 1 empty).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { reportFile } from '../../../electron/documents/index';
import { countingRecordWords } from '../../../electron/features/personnel/report-strings';
import { readDocx } from '../../docx';
import { hasOffice, kept, printedPages } from './printed';
import { runScriptedSession } from './record-session';

const langs = ['vi', 'en'] as const;
const files = {} as Record<(typeof langs)[number], Uint8Array>;

beforeAll(async () => {
  const s = runScriptedSession(':memory:', { full: true });
  for (const lang of langs) files[lang] = (await reportFile(s.db, { doc: 'ballots', sessionId: s.sessionId, lang }))!.bytes;
}, 60_000);

describe('a counting record’s announcement and signatures', () => {
  it('keep the closing sentence with the signatures, and leave the announcement before it free to start on the page of the results', () => {
    for (const lang of langs) {
      const d = readDocx(files[lang]);
      const body = d.paragraphs.filter((p) => !p.inTable);
      const closings = body.map((p, i) => [p, i] as const).filter(([p]) => p.text === countingRecordWords[lang].closing);
      // The resolution's record and the election's.
      expect(closings.length, lang).toBe(2);
      for (const [p, i] of closings) {
        expect(kept(d, p), lang).toBe(true);
        expect(kept(d, body[i - 1]), body[i - 1].text).toBe(false);
      }
    }
  });

  it.skipIf(!hasOffice)('printed by LibreOffice, the first record’s announcement begins on its first page and the closing sentence is on the signatures’ page', () => {
    const printed = printedPages(files);
    const start = { vi: 'Số phiếu phát ra: 33', en: 'Ballots issued: 33' };
    for (const lang of langs) {
      const pages = printed[lang];
      expect(pages[0], lang).toContain(start[lang]);
      const signed = pages.filter((p) => p.includes(countingRecordWords[lang].signFor.toUpperCase()));
      expect(signed.length, lang).toBe(2);
      for (const page of signed) expect(page, lang).toContain(countingRecordWords[lang].closing.slice(0, 20));
    }
  }, 180_000);
});
