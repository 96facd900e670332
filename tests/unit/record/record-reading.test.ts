/**
 * The record's documents read as a reader reads them, on the full two-day session: what Word and
 * LibreOffice are told about where a line may break, from the DOCX's XML.
 */
import { describe, expect, it } from 'vitest';
import { reportFile } from '../../../electron/documents/index';
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
