/**
 * The documents written from blocks (minutes, counting records, the results notice, ballot papers)
 * put no empty line under a table: the heading or sentence after it has its own space above, and the
 * empty lines only lengthened a record (as they had the review: 04a9474f). The one place an empty
 * paragraph stays is between two tables that meet, a part's last table and its signatures among
 * them: Word joins two tables with nothing between them into one.
 */
import { describe, expect, it } from 'vitest';
import { reportFile, REPORT_KINDS } from '../../../electron/documents/index';
import { renderDocx } from '../../../electron/documents/docx';
import { heading, para, type Block, type DocModel } from '../../../electron/documents/blocks';
import { readDocx } from '../../docx';
import { runScriptedSession } from './record-session';

/** Each table of the body and what follows it: 'table', 'empty' (a paragraph without text), 'text' or 'end'. */
function afterTables(bytes: Uint8Array): string[] {
  const d = readDocx(bytes);
  const body = d.all(d.doc, 'body')[0];
  return d.tables
    .filter((t) => t.parentElement === body)
    .map((t) => {
      const next = t.nextElementSibling;
      if (!next || next.localName === 'sectPr') return 'end';
      if (next.localName === 'tbl') return 'table';
      if (next.localName !== 'p' || next.textContent!.trim() !== '') return 'text';
      // An empty paragraph is right only where it keeps two tables apart.
      return next.nextElementSibling?.localName === 'tbl' ? 'apart' : 'empty';
    });
}

const table = (rows: number): Block => ({ kind: 'table', widths: [70, 30], rows: [['Nội dung', 'Số phiếu'], ...Array.from({ length: rows }, (_, k) => [`Dòng ${k + 1}`, String(k)])] });

describe('no empty line under a table', () => {
  it('in every document of a two-day session of 35 seats, in Vietnamese and in English', { timeout: 60_000 }, async () => {
    const s = runScriptedSession(':memory:', { full: true });
    for (const doc of REPORT_KINDS) {
      for (const lang of ['vi', 'en'] as const) {
        const after = afterTables((await reportFile(s.db, { doc, sessionId: s.sessionId, lang }, s.clock()))!.bytes);
        expect(after.length, `${doc} ${lang}`).toBeGreaterThan(0);
        expect(after.filter((a) => a === 'empty' || a === 'table'), `${doc} ${lang}: ${after.join(', ')}`).toEqual([]);
      }
    }
    // The counting records' results tables are followed straight by their announcement.
    const ballots = readDocx((await reportFile(s.db, { doc: 'ballots', sessionId: s.sessionId, lang: 'vi' }, s.clock()))!.bytes);
    const counts = ballots.tables.filter((t) => t.textContent!.includes('Số phiếu phát ra'));
    expect(counts.length).toBeGreaterThan(0);
    for (const t of counts) expect(t.nextElementSibling!.textContent).toMatch(/^III\. CÔNG BỐ KẾT QUẢ/);
  });

  it('keeps two tables that meet apart, and a last table apart from the signatures', async () => {
    const model: DocModel = {
      lang: 'vi',
      missing: [],
      fileName: 'x.docx',
      parts: [
        {
          header: { body: ['Hội đồng nhân dân', 'xã Tân Phước'], number: 'Số:    /BB-BKP', placeDate: 'Tân Phước, ngày 15 tháng 12 năm 2026' },
          title: 'Biên bản kiểm phiếu',
          subtitle: [],
          blocks: [heading('II. KẾT QUẢ KIỂM PHIẾU'), table(2), table(3), para('Biên bản được lập lúc 11 giờ.'), table(1)],
          signatures: { right: { titles: ['TM. Ban kiểm phiếu', 'Trưởng ban'], names: ['Phạm Ngọc Dũng'] } },
        },
      ],
    };
    // The header blocks, the two that meet, the one under the sentence, the signatures (the last).
    expect(afterTables(await renderDocx(model))).toEqual(['text', 'apart', 'text', 'apart', 'end']);
  });
});
