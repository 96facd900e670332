/**
 * The review's "Cơ quan" (agency) of each respondent is never an empty cell: the agency typed
 * when the respondent was added, else the office on the roster (the questioning screen's own
 * fallback), else a dash that a note under the table explains. An empty cell read as a line the
 * office forgot to fill, or as a respondent answering for no one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { exportReview } from '../../../electron/features/review/export';
import { readDocx } from '../../docx';
import { ok } from '../helpers';
import { runScriptedSession } from '../record/record-session';
import { respondentsAtAGlance, reviewTables, cellText } from '../../../common/review/tables';
import type { Review } from '../../../common/review/figures';

type Docx = ReturnType<typeof readDocx>;
const docs = {} as Record<'vi' | 'en', Docx>;
let review: Review;

beforeAll(async () => {
  const s = runScriptedSession();
  // Trần Văn Lâm's agency was typed when he was added as a respondent ("UBND huyện"); Phạm Thị Hồng
  // Nhung's is only on the roster; Đinh Công Sơn has none anywhere.
  ok(s.engine, 'delegate.update', { id: s.officials[1], agency: 'Phòng Tài chính - Kế hoạch huyện' });
  for (const lang of ['vi', 'en'] as const) docs[lang] = readDocx((await exportReview(s.db, 'review-docx', { sessionId: s.sessionId, lang, now: s.clock() }))!.body);
  review = JSON.parse((await exportReview(s.db, 'review-json', { sessionId: s.sessionId, lang: 'vi', now: s.clock() }))!.body.toString()).review;
}, 60_000);

/** The rows of the table whose header starts with `first`, each a list of its cells' text. */
function rowsOf(d: Docx, first: string): string[][] {
  const rows = (t: Element) => d.all(t, 'tr').map((tr) => d.all(tr, 'tc').map((tc) => d.paragraphs.filter((p) => tc.contains(p.el)).map((p) => p.text.replace(/\u00a0/g, ' ')).join('\n')));
  return d.tables.map(rows).find((r) => r[0]?.[0] === first)!;
}

describe('the respondents’ agency in the review', () => {
  it('prints the typed agency, else the roster’s, else a dash explained under the table (Vietnamese)', () => {
    const rows = rowsOf(docs.vi, 'Người trả lời');
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      ['Người trả lời', 'Cơ quan'],
      ['Trần Văn Lâm', 'UBND huyện'],
      ['Phạm Thị Hồng Nhung', 'Phòng Tài chính - Kế hoạch huyện'],
      ['Đinh Công Sơn', '—'],
    ]);
    expect(docs.vi.text).toContain('«—»: chưa ghi cơ quan của người trả lời, trong danh sách đại biểu cũng như khi thêm người trả lời chất vấn.');
  });

  it('and in English', () => {
    expect(rowsOf(docs.en, 'Respondent').map((r) => r[1])).toEqual(['Agency', 'UBND huyện', 'Phòng Tài chính - Kế hoạch huyện', '—']);
    expect(docs.en.text).toContain('“—”: no agency was entered for the respondent, neither on the roster nor when the respondent was added for questioning.');
  });

  it('gives the view and the workbook the same cells', () => {
    // The dash of "Tài chính - Kế hoạch" held to the word before it: a line never starts with it.
    const agencies = ['UBND huyện', 'Phòng Tài chính\u00a0- Kế hoạch huyện', '—'];
    const view = reviewTables(review, 'vi').find((t) => t.id === 'respondents')!;
    expect(view.rows.map((r) => cellText(r[1], 'vi'))).toEqual(agencies);
    expect(respondentsAtAGlance(review, 'en').rows.map((r) => cellText(r[1], 'en'))).toEqual(agencies);
  });
});
