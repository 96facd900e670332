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
  it('prints time by kind of work in six columns, questioning apart from discussion, each kind with its share of the row, so a sitting is named on one line and its shares add up to 100%', () => {
    const vi = tableRows(docs.vi, 'Phiên họp');
    expect(vi[0]).toEqual(['Phiên họp', 'Trình bày báo cáo', 'Thảo luận', 'Chất vấn, trả lời chất vấn', 'Thủ tục', 'Tổng']);
    expect(vi[1]).toEqual(['Buổi sáng 17/12/2019', '20:00\n27,36%', '48:06\n65,80%', '0:00\n0,00%', '5:00\n6,84%', '1:13:06']);
    // The questioning sittings (17 Dec afternoon, 18 Dec morning) are counted apart from the discussion around them.
    expect(vi[2]).toEqual(['Buổi chiều 17/12/2019', '15:00\n9,00%', '1:17:10\n46,30%', '1:14:30\n44,70%', '0:00\n0,00%', '2:46:40']);
    expect(vi.at(-1)).toEqual(['Cả kỳ họp', '1:10:00\n15,16%', '3:22:26\n43,82%', '2:49:30\n36,69%', '20:00\n4,33%', '7:41:56']);
    const en = tableRows(docs.en, 'Sitting');
    expect(en[0]).toEqual(['Sitting', 'Reading reports', 'Discussion', 'Questioning and answers', 'Procedure', 'Total']);
    expect(en[1]).toEqual(['Morning 17 Dec 2019', '20:00\n27.36%', '48:06\n65.80%', '0:00\n0.00%', '5:00\n6.84%', '1:13:06']);
    for (const row of vi.slice(1)) {
      const shares = row.slice(1, 5).map((c) => Number(c.split('\n')[1].replace('%', '').replace(',', '.')));
      expect(Math.round(shares.reduce((a, b) => a + b, 0) * 100), row[0]).toBe(10_000);
      // The kinds' times add up to the total beside them.
      const seconds = (c: string) => c.split(':').reduce((a, x) => a * 60 + Number(x), 0);
      expect(row.slice(1, 5).reduce((a, c) => a + seconds(c.split('\n')[0]), 0), row[0]).toBe(seconds(row[5]));
    }
    // The report's sentence gives the four shares of the session.
    expect(docs.vi.text).toContain('trình bày báo cáo chiếm 15,16%, thảo luận chiếm 43,82%, chất vấn và trả lời chất vấn chiếm 36,69%, thủ tục chiếm 4,33%.');
  });

  it('prints an official’s follow-ups beside their questions, so 20 answers to 19 questions reads as 19 + 1 follow-up, not an answer counted twice', () => {
    const vi = tableRows(docs.vi, 'Người trả lời');
    expect(vi[0][2]).toBe('Câu hỏi + chất vấn lại');
    expect(vi.find((r) => r[0] === 'Trần Văn Lâm')?.[2]).toBe('19 + 1');
    const en = tableRows(docs.en, 'Respondent');
    expect(en[0][2]).toBe('Questions + follow-ups');
    expect(en.find((r) => r[0] === 'Trần Văn Lâm')?.[2]).toBe('19 + 1');
    // Officials asked no follow-up keep a plain count.
    expect(vi.slice(1).filter((r) => r[0] !== 'Trần Văn Lâm').every((r) => /^\d+$/.test(r[2]))).toBe(true);
  });

  it('names each question sent to a written answer, with who asked whom, its due date and whether it is overdue', () => {
    expect(tableRows(docs.vi, 'Đại biểu hỏi')).toEqual([
      ['Đại biểu hỏi', 'Người trả lời', 'Câu hỏi', 'Hạn trả lời', 'Quá hạn'],
      // Read on the session's last day: not yet overdue.
      ['Đỗ Thị Khánh', 'Đinh Công Sơn', 'Tình trạng khai thác cát trái phép trên sông Đầm Hà?', '07/01/2020', 'Không'],
    ]);
    expect(tableRows(docs.en, 'Asked by')[1][2]).toBe('Tình trạng khai thác cát trái phép trên sông Đầm Hà?');
  });

  it('prints the longest questioning overruns as who answered or asked whom, each name whole, in five columns', () => {
    const vi = tableRows(docs.vi, 'Lượt hỏi, trả lời');
    expect(vi[0]).toEqual(['Lượt hỏi, trả lời', 'Thời gian quy định', 'Thời gian thêm', 'Thời gian sử dụng', 'Vượt quy định']);
    expect(vi[1]).toEqual(['Trần Văn Lâm trả lời Hồ Đức Lan\nBuổi chiều 17/12/2019', '7:00', '0:00', '8:40', '1:40']);
    expect(vi).toHaveLength(7);
    const en = tableRows(docs.en, 'Question or answer');
    expect(en[1]).toEqual(['Trần Văn Lâm’s answer to Hồ Đức Lan\nAfternoon 17 Dec 2019', '7:00', '0:00', '8:40', '1:40']);
    // Each name holds together with no-break spaces: a line may break only between the two names.
    const cells = docs.vi.paragraphs.filter((p) => p.inTable && p.text.startsWith('Trần\u00a0Văn\u00a0Lâm trả lời')).map((p) => p.text);
    expect(cells).toContain('Trần\u00a0Văn\u00a0Lâm trả lời Trần\u00a0Ngọc\u00a0Phúc\nBuổi chiều 17/12/2019');
  });

  it('names the sitting of each questioning overrun, so the same official answering the same delegate on both days reads as two turns', () => {
    for (const [lang, head] of [['vi', 'Lượt hỏi, trả lời'], ['en', 'Question or answer']] as const) {
      const turns = tableRows(docs[lang], head).slice(1).map((row) => row[0]);
      expect(new Set(turns).size, lang).toBe(turns.length);
      const days = turns.map((c) => c.split('\n')[1]);
      expect(new Set(days).size, lang).toBe(2);
    }
  });

  it('prints “Planned” once when every planned item ran, its header’s bracket whole', () => {
    for (const [lang, head, planned] of [['vi', 'Phiên họp', 'Dự kiến'], ['en', 'Sitting', 'Planned']] as const) {
      const plan = docs[lang].tables.map((t) => docs[lang].all(t, 'tr').map((tr) => docs[lang].all(tr, 'tc').map((tc) => docs[lang].paragraphs.filter((p) => tc.contains(p.el)).map((p) => p.text.replace(/\u00a0/g, ' ')).join(' | ')))).find((rows) => rows[0][0] === head && rows[0][1] === planned)!;
      // Every item of the full session ran: "Planned (items run)" would repeat "Planned" row by row.
      expect(plan[0], lang).toEqual(lang === 'vi' ? ['Phiên họp', 'Dự kiến', 'Thực tế', 'Chênh lệch'] : ['Sitting', 'Planned', 'Actual', 'Difference']);
      expect(plan[1], lang).toEqual(lang === 'vi' ? ['Buổi sáng 17/12/2019', '2:10:00', '1:13:06', '-56:54'] : ['Morning 17 Dec 2019', '2:10:00', '1:13:06', '-56:54']);
    }
  });
});
