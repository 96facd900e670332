/**
 * The review's section V reports the session's personnel votes as their counting records do: each
 * person's ballots of the total seats with their shares (DESIGN.md §7: percentages of the seats;
 * elected with more than half, dismissed with two thirds; a confidence vote's low level from more
 * than half "may resign", from two thirds "dismissal proposed"), in the view's figures and the DOCX,
 * in Vietnamese and English. The full two-day session of a 35-seat council: its election (26 and 5
 * of 35), and here a dismissal and a confidence vote on three officials.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { exportReview } from '../../../electron/features/review/export';
import { readDocx } from '../../docx';
import { ok } from '../helpers';
import { runScriptedSession } from '../record/record-session';
import type { Review } from '../../../common/review/figures';
import { cellText, personnelAtAGlance, personnelTables, reviewTables } from '../../../common/review/tables';

type Docx = ReturnType<typeof readDocx>;
const docs = {} as Record<'vi' | 'en', Docx>;
let review: Review;
let plain: Record<'vi' | 'en', Docx>;

beforeAll(async () => {
  const s = runScriptedSession(':memory:', { full: true });
  const e = s.engine;
  const id = (name: string) => e.current.delegates.find((d) => d.fullName === name)!.id;
  const held = (prepare: Parameters<typeof ok<'personnel.prepare'>>[2], lines: Record<string, number>[]) => {
    const vote = ok(e, 'personnel.prepare', prepare).id;
    ok(e, 'personnel.committee', { id: vote, head: s.people[6], members: [s.people[7], s.people[8]] });
    ok(e, 'personnel.open', { id: vote, present: 33 });
    ok(e, 'personnel.ballots', { id: vote, issued: 33, returned: 33, valid: 33, invalid: 0 });
    const people = e.current.personnel.find((v) => v.id === vote)!.people;
    ok(e, 'personnel.count', { id: vote, lines: people.map((p, i) => ({ personId: p.id, counts: lines[i] })) });
    ok(e, 'personnel.close', { id: vote });
    ok(e, 'personnel.announce', { id: vote });
  };
  // Dismissed with 25 of 35 (71,43%, two thirds need 24).
  held({ kind: 'dismissal', title: 'Phó Chủ tịch Ủy ban nhân dân huyện', people: [{ delegateId: id('Trần Văn Lâm'), body: 'committee', honorific: 'mr' }] }, [{ agree: 25, disagree: 8 }]);
  // Three officials rated: 3 low of 35 (no threshold), 19 (54,29%: more than half), 24 (68,57%: two thirds).
  held(
    {
      kind: 'confidence',
      title: 'Lấy phiếu tín nhiệm năm 2019',
      people: ['Lương Xuân Quý', 'Nguyễn Thị Ngọc Ánh', 'Hoàng Văn Thạch'].map((n) => ({ delegateId: id(n), body: 'council' as const, honorific: '' as const })),
    },
    [{ high: 20, medium: 10, low: 3 }, { high: 4, medium: 10, low: 19 }, { high: 2, medium: 7, low: 24 }],
  );
  for (const lang of ['vi', 'en'] as const) docs[lang] = readDocx((await exportReview(s.db, 'review-docx', { sessionId: s.sessionId, lang, now: s.clock() }))!.body);
  review = JSON.parse((await exportReview(s.db, 'review-json', { sessionId: s.sessionId, lang: 'vi', now: s.clock() }))!.body.toString()).review;
  // A session without personnel votes keeps its section as it was.
  const bare = runScriptedSession(':memory:');
  plain = {
    vi: readDocx((await exportReview(bare.db, 'review-docx', { sessionId: bare.sessionId, lang: 'vi', now: bare.clock() }))!.body),
    en: readDocx((await exportReview(bare.db, 'review-docx', { sessionId: bare.sessionId, lang: 'en', now: bare.clock() }))!.body),
  };
}, 120_000);

/** The tables whose header starts with `first`, each a list of rows of cells' text (no-break spaces as spaces). */
function tablesOf(d: Docx, first: string): string[][][] {
  const rows = (t: Element) => d.all(t, 'tr').map((tr) => d.all(tr, 'tc').map((tc) => d.paragraphs.filter((p) => tc.contains(p.el)).map((p) => p.text.replace(/\u00a0/g, ' ')).join('\n')));
  return d.tables.map(rows).filter((r) => r[0]?.[0] === first);
}

/** The paragraph just before each table whose header starts with `first`: its title. */
function titlesOf(d: Docx, first: string): string[] {
  return d.tables
    .filter((t) => d.paragraphs.find((p) => t.contains(p.el))?.text === first)
    .map((t) => {
      const i = d.paragraphs.findIndex((p) => t.contains(p.el));
      return d.paragraphs.slice(0, i).filter((p) => p.text.trim() !== '').at(-1)!.text;
    });
}

describe('the review’s personnel votes', () => {
  it('prints each person’s ballots of the 35 seats and the outcome, under section V, in Vietnamese', () => {
    expect(docs.vi.text).toContain('V. BIỂU QUYẾT, CÔNG TÁC NHÂN SỰ VÀ ĐIỂM DANH');
    // Each vote under its own heading, as its counting record is headed.
    expect(titlesOf(docs.vi, 'Họ và tên')).toEqual(['Bầu bổ sung: Ủy viên Ủy ban nhân dân huyện', 'Miễn nhiệm: Phó Chủ tịch Ủy ban nhân dân huyện', 'Lấy phiếu tín nhiệm năm 2019']);
    expect(tablesOf(docs.vi, 'Họ và tên')).toEqual([
      [
        ['Họ và tên', 'Số phiếu (% tổng số đại biểu)', 'Kết quả'],
        ['Phạm Thị Hồng Nhung\nTrưởng phòng Tài chính - Kế hoạch', 'Đồng ý: 26/35 (74,29%)\nKhông đồng ý: 6/35 (17,14%)', 'Trúng cử'],
        ['Đinh Công Sơn\nTrưởng phòng Tài nguyên và Môi trường', 'Đồng ý: 5/35 (14,29%)\nKhông đồng ý: 27/35 (77,14%)', 'Không trúng cử'],
      ],
      [
        ['Họ và tên', 'Số phiếu (% tổng số đại biểu)', 'Kết quả'],
        ['Trần Văn Lâm\nPhó Chủ tịch UBND huyện', 'Đồng ý: 25/35 (71,43%)\nKhông đồng ý: 8/35 (22,86%)', 'Được miễn nhiệm'],
      ],
      [
        ['Họ và tên', 'Số phiếu (% tổng số đại biểu)', 'Kết quả'],
        ['Lương Xuân Quý\nChủ tịch HĐND huyện', 'Tín nhiệm cao: 20/35 (57,14%)\nTín nhiệm: 10/35 (28,57%)\nTín nhiệm thấp: 3/35 (8,57%)', 'Tín nhiệm thấp không quá nửa'],
        ['Nguyễn Thị Ngọc Ánh', 'Tín nhiệm cao: 4/35 (11,43%)\nTín nhiệm: 10/35 (28,57%)\nTín nhiệm thấp: 19/35 (54,29%)', 'Tín nhiệm thấp trên 1/2: có thể xin từ chức'],
        ['Hoàng Văn Thạch', 'Tín nhiệm cao: 2/35 (5,71%)\nTín nhiệm: 7/35 (20,00%)\nTín nhiệm thấp: 24/35 (68,57%)', 'Tín nhiệm thấp từ 2/3: trình miễn nhiệm'],
      ],
    ]);
  });

  it('prints the same in English, shares with a decimal point', () => {
    expect(docs.en.text).toContain('V. VOTES, PERSONNEL MATTERS AND ATTENDANCE');
    expect(titlesOf(docs.en, 'Name')).toEqual(['Additional election: Ủy viên Ủy ban nhân dân huyện', 'Dismissal: Phó Chủ tịch Ủy ban nhân dân huyện', 'Lấy phiếu tín nhiệm năm 2019']);
    const [election, dismissal, confidence] = tablesOf(docs.en, 'Name');
    expect(election[0]).toEqual(['Name', 'Ballots (% of seats)', 'Result']);
    expect(election[1].slice(1)).toEqual(['In favour: 26/35 (74.29%)\nAgainst: 6/35 (17.14%)', 'Elected']);
    expect(election[2].slice(1)).toEqual(['In favour: 5/35 (14.29%)\nAgainst: 27/35 (77.14%)', 'Not elected']);
    expect(dismissal[1][2]).toBe('Dismissed');
    // One rated whose low confidence met neither threshold is said so, not left a blank cell.
    expect(confidence[1][2]).toBe('Low confidence from no more than half');
    expect(confidence[3].slice(1)).toEqual(['High confidence: 2/35 (5.71%)\nConfidence: 7/35 (20.00%)\nLow confidence: 24/35 (68.57%)', 'Low confidence from two thirds: dismissal proposed']);
  });

  it('gives the view the same table from the figures it fetches', () => {
    expect(review.personnel.map((v) => [v.kind, v.people.map((p) => p.outcome)])).toEqual([
      ['election', ['elected', 'notElected']],
      ['dismissal', ['dismissed']],
      ['confidence', ['confidence', 'mayResign', 'dismissalProposed']],
    ]);
    const vi = personnelTables(review, 'vi');
    expect(vi.map((x) => x.title)).toEqual(titlesOf(docs.vi, 'Họ và tên'));
    expect(vi.flatMap((x) => x.rows.map((r) => cellText(r[2], 'vi')))).toEqual(['Trúng\u00a0cử', 'Không\u00a0trúng\u00a0cử', 'Được\u00a0miễn\u00a0nhiệm', 'Tín nhiệm thấp không quá\u00a0nửa', 'Tín nhiệm thấp trên 1/2: có thể xin từ chức', 'Tín nhiệm thấp từ 2/3: trình miễn nhiệm']);
    // The workbook's sheet: one table, the vote named on its first person's row.
    const sheet = personnelAtAGlance(review, 'vi');
    expect(sheet.rows.map((r) => cellText(r[0], 'vi'))).toEqual(['Bầu bổ sung: Ủy viên Ủy ban nhân dân huyện', '', 'Miễn nhiệm: Phó Chủ tịch Ủy ban nhân dân huyện', 'Lấy phiếu tín nhiệm năm 2019', '', '']);
  });

  it('leaves section V as it was in a session with no personnel vote', () => {
    expect(plain.vi.text).toContain('V. BIỂU QUYẾT VÀ ĐIỂM DANH');
    expect(plain.vi.text).not.toContain('công tác nhân sự');
    expect(plain.en.text).toContain('V. VOTES AND ATTENDANCE');
    expect(tablesOf(plain.vi, 'Họ và tên')).toEqual([]);
  });

  it('adds the personnel sheet to the workbook after the votes, only where there were personnel votes', () => {
    expect(reviewTables(review, 'vi').map((x) => x.id).slice(-3)).toEqual(['votes', 'personnel', 'attendance']);
    expect(reviewTables(review, 'vi').find((x) => x.id === 'personnel')!.sheet).toBe('Nhân sự');
    expect(reviewTables({ ...review, personnel: [] }, 'vi').some((x) => x.id === 'personnel')).toBe(false);
  });
});
