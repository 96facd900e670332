/**
 * A ruled table's header on the page (documents/widths.ts, nd30.ts): on two lines at most where the
 * table has the room, never "Tín / nhiệm / cao" or "Thời / gian / trả lời", and a word split at a
 * soft hyphen only in a column too narrow for the whole word. Widths are estimated from Times New
 * Roman's letters, as the documents are printed (LibreOffice renders them in the LibreOffice test).
 */
import { describe, expect, it } from 'vitest';
import { cellTextTwips, fitColumns, headerAsPrinted } from '../../../electron/documents/widths';
import { TABLE_CELL, TEXT_WIDTH } from '../../../electron/documents/page';
import { personnelRecordModel } from '../../../electron/features/personnel/report';
import { ok } from '../helpers';
import { prepareConfidence, setUp } from '../personnel/fixtures';

/** Twips a bold line of the header needs, estimated as fitColumns does, less its generosity: at least this. */
const atLeast = (s: string) => s.length * 0.38 * 1.08 * TABLE_CELL.pt * 20 + TABLE_CELL.margins;
const twips = (percent: number) => (TEXT_WIDTH * percent) / 100;

describe('a table header', () => {
  it('gets the room for two lines: the longer of its two halves fits its column', () => {
    const head = ['Người trả lời', 'Cơ quan', 'Số câu hỏi', 'Thời gian hỏi', 'Thời gian trả lời', 'Thời gian thêm', 'Vượt quy định'];
    const widths = fitColumns([head, ['Trần Văn Lâm', 'UBND huyện', '2', '2:30', '10:00', '0:00', '0:00']]);
    // "Thời gian / trả lời": its column holds "Thời gian" on a line; before, it was as narrow as "10:00".
    for (const [k, line] of [[2, 'Số câu'], [3, 'gian hỏi'], [4, 'Thời gian'], [5, 'Thời gian'], [6, 'Vượt quy']] as const) {
      expect(twips(widths[k]), head[k]).toBeGreaterThanOrEqual(atLeast(line));
    }
  });

  it('keeps its soft hyphens only where the column is too narrow for the whole word', () => {
    const head = 'High con\u00adfi\u00addence';
    expect(headerAsPrinted(head, 16)).toBe('High confidence');
    expect(headerAsPrinted(head, 9)).toBe(head);
    expect(headerAsPrinted('Tín nhiệm cao', 5)).toBe('Tín nhiệm cao');
  });
});

describe("a confidence vote's counting record", () => {
  /** Four officials rated, none with more than half low: no outcome to print. */
  function everyoneConfident() {
    const ctx = setUp();
    const id = prepareConfidence(ctx.engine, ctx.officials.slice(0, 4));
    ok(ctx.engine, 'personnel.committee', { id, head: ctx.counters[0], members: ctx.counters.slice(1) });
    ok(ctx.engine, 'personnel.open', { id, present: 56 });
    ok(ctx.engine, 'personnel.ballots', { id, issued: 56, returned: 56, valid: 56, invalid: 0 });
    const people = ctx.engine.current.personnel.find((v) => v.id === id)!.people;
    ok(ctx.engine, 'personnel.count', { id, lines: people.map((p, i) => ({ personId: p.id, counts: { high: 40 - i, medium: 10, low: 6 + i, invalid: 0 } })) });
    ok(ctx.engine, 'personnel.close', { id });
    return ctx;
  }

  it('leaves out an outcome column nobody fills, and heads each level on two lines, the name column keeping its room', () => {
    const { db } = everyoneConfident();
    for (const lang of ['vi', 'en'] as const) {
      const table = personnelRecordModel(db, 1, lang)!.parts[0].blocks.find((b) => b.kind === 'table')!;
      if (table.kind !== 'table') throw new Error('no table');
      expect(table.rows[0].map((h) => h.replace(/\u00ad/g, '').replace(/\u00a0/g, ' '))).toEqual(
        // The number column is headed ("STT"), as a ruled table names every column: it was blank.
        lang === 'vi' ? ['STT', 'Họ và tên, chức vụ', 'Tín nhiệm cao', 'Tín nhiệm', 'Tín nhiệm thấp', 'Dòng không hợp lệ'] : ['No.', 'Full name and title', 'High', 'Confidence', 'Low', 'Invalid line'],
      );
      // The names a third of the page and more: at 35% they left "Dòng / không / hợp lệ" on three lines.
      expect(table.widths[1], lang).toBeGreaterThanOrEqual(100 / 3);
      // "Tín nhiệm" is one word: held whole, the head wraps after it ("Tín nhiệm / cao"), never inside it.
      if (lang === 'vi') expect(table.rows[0].slice(2, 5).every((h) => h.startsWith('Tín\u00a0nhiệm'))).toBe(true);
      // Each level's head prints whole, on two lines: no "High confi-" above "dence".
      for (const k of [2, 3, 4, 5]) expect(headerAsPrinted(table.rows[0][k], table.widths[k]), `${lang} ${k}`).not.toContain('\u00ad');
      expect(twips(table.widths[5]), lang).toBeGreaterThanOrEqual(cellTextTwips(lang === 'vi' ? 'Dòng không' : 'Invalid', true) + TABLE_CELL.margins);
    }
  });
});
