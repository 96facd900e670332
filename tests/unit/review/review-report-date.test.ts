/**
 * The review is a document dated the session's last day (its place and date under the letterhead):
 * whether a written answer is overdue is judged against that date, not the day it is printed, so a
 * report regenerated weeks later says what it said on the day (the office's reading, r27).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportReview } from '../../../electron/features/review/export';
import { readDocx } from '../../docx';
import { ok } from '../helpers';
import { runScriptedSession } from '../record/record-session';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'review-date-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The written answers' table of a DOCX: each row's cells as text. */
function writtenRows(body: Buffer, first: string): string[][] {
  const d = readDocx(body);
  const rows = (t: Element) => d.all(t, 'tr').map((tr) => d.all(tr, 'tc').map((tc) => d.paragraphs.filter((p) => tc.contains(p.el)).map((p) => p.text.replace(/\u00a0/g, ' ')).join(' | ')));
  const found = d.tables.map(rows).find((r) => r[0]?.[0] === first);
  expect(found, first).toBeDefined();
  return found!;
}

describe('the review judges written answers against its own date', () => {
  // A file on disk, as the console keeps it; the answer is due 07/01/2020, the session ended 18/12/2019.
  const s = runScriptedSession(path.join(dir, 'gavel.db'));
  const later = Date.UTC(2020, 2, 15, 3); // 15 March 2020: more than two months after the due date
  const muchLater = Date.UTC(2026, 11, 6, 3);

  it('prints "Quá hạn: Không" for an answer due after the report’s date, however late the report is regenerated', async () => {
    for (const now of [s.clock(), later, muchLater]) {
      const vi = (await exportReview(s.db, 'review-docx', { sessionId: s.sessionId, lang: 'vi', now }))!;
      const rows = writtenRows(vi.body, 'Đại biểu hỏi');
      expect(rows[0]).toEqual(['Đại biểu hỏi', 'Người trả lời', 'Câu hỏi', 'Hạn trả lời', 'Quá hạn']);
      expect(rows[1].slice(3)).toEqual(['07/01/2020', 'Không']);
      // Dated the session's last day, whatever the clock says.
      expect(readDocx(vi.body).text).toContain('Đầm Hà, ngày 18 tháng 12 năm 2019');
      const en = (await exportReview(s.db, 'review-docx', { sessionId: s.sessionId, lang: 'en', now }))!;
      expect(writtenRows(en.body, 'Asked by')[1].slice(3)).toEqual(['7 Jan 2020', 'No']);
    }
  }, 60_000);

  it('gives the view the same verdict as the DOCX (the figures it draws from /report/review-json)', async () => {
    const json = (await exportReview(s.db, 'review-json', { sessionId: s.sessionId, lang: 'vi', now: later }))!;
    const { review } = JSON.parse(json.body.toString());
    expect(review.questioning.written.map((w: { dueDate: string; overdue: boolean }) => [w.dueDate, w.overdue])).toEqual([['2020-01-07', false]]);
    expect(review.questioning.overdue).toBe(0);
  });

  it('calls an answer overdue when its due date is before the report’s date', async () => {
    // The session moved to end after the due date (its last day typed again in Setup): now the report says so.
    ok(s.engine, 'session.update', { id: s.sessionId, number: 11, term: 4, kind: 'regular', startDate: '2019-12-17', endDate: '2020-01-10' });
    const vi = (await exportReview(s.db, 'review-docx', { sessionId: s.sessionId, lang: 'vi', now: s.clock() }))!;
    expect(writtenRows(vi.body, 'Đại biểu hỏi')[1].slice(3)).toEqual(['07/01/2020', 'Có']);
  }, 60_000);
});
