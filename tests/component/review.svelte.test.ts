import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount, unmountAll } from './mount';
import ReviewView from '../../src/features/review/ReviewView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import type { State } from '../../src/lib/live.svelte';
import { reviewsFor } from '../../electron/features/review/export';
import { handSession, questionedSession } from '../unit/review/review-session';
import { runScriptedSession } from '../unit/record/record-session';
import { discussionUnderWay, newEngine, ok, seedBasics } from '../unit/helpers';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The view over the hand-counted session, its figures served as /report/review-json would. */
async function mountReview(lang: 'vi' | 'en', session: () => Pick<ReturnType<typeof handSession>, 'engine' | 'db' | 'clock' | 'sessionId'> = handSession) {
  i18n.set(lang);
  const s = session();
  const body = JSON.stringify(reviewsFor(s.db, { sessionId: s.sessionId, now: s.clock() }));
  const fetch = vi.fn(async () => new Response(body, { status: 200 }));
  vi.stubGlobal('fetch', fetch);
  const data = { revision: 1, sessions: { currentId: s.sessionId, list: s.engine.current.sessions.list } } as unknown as State;
  mount(ReviewView, { target: document.body, props: { data } });
  await vi.waitFor(() => expect(document.querySelector('[data-testid=review-ratio]')).not.toBeNull());
  flushSync();
  return { fetch, sessionId: s.sessionId };
}

const rowsOf = (id: string) =>
  [...document.querySelectorAll(`[data-table=${id}] tbody tr`)].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent!.trim()));

// A real SQLite session and ECharts behind each test: generous time on a loaded machine (not a speed check).
describe('Review view', { timeout: 30_000 }, () => {
  it('shows the reading : discussion : questioning headline with the votes\' percentage rule, in Vietnamese', async () => {
    const { fetch, sessionId } = await mountReview('vi');
    expect(fetch).toHaveBeenCalledWith(`/report/review-json?session=${sessionId}&lang=vi&compare=`);
    expect(document.querySelector('[data-testid=review-ratio]')!.textContent).toBe('32,08% : 47,17% : 0,00%');
    expect(document.querySelector('h2')!.textContent).toBe('Đánh giá, rút kinh nghiệm kỳ họp');
    // The total in words: "53:00" beside "Số liệu lúc 20:24" read as a time of day.
    expect(document.querySelector('[data-testid=review-ratio]')!.parentElement!.querySelector('.note')!.textContent).toBe('Tỷ lệ trên tổng thời gian các nội dung (53 phút)');
  });

  it('a session without questioning shows the sentence saying so, not an empty questioning chart, as the report', async () => {
    const noQuestions = () => {
      const { engine, db, clock } = newEngine();
      const { sessionId } = seedBasics(engine);
      discussionUnderWay(engine);
      return { engine, db, clock, sessionId };
    };
    for (const [lang, said] of [['vi', 'Kỳ họp không có câu hỏi chất vấn nào được đăng ký.'], ['en', 'No questions were registered for questioning.']] as const) {
      await mountReview(lang, noQuestions);
      // Nobody spoke either: no groups chart, its sentence instead (the next test).
      expect([...document.querySelectorAll('figure[data-chart]')].map((f) => f.getAttribute('data-chart'))).toEqual(['kinds', 'plan']);
      expect(document.querySelector('[data-testid=review-no-questions]')!.textContent!.trim()).toBe(said);
      // The figures stay, as the workbook's sheet has them.
      expect(document.querySelector('[data-table=questioning]')).not.toBeNull();
      unmountAll();
      vi.unstubAllGlobals();
    }
  });

  it('a session without speeches shows the sentence saying so, not an empty speaking chart, as the report', async () => {
    const noSpeeches = () => {
      const { engine, db, clock } = newEngine();
      const { sessionId } = seedBasics(engine);
      ok(engine, 'delegate.add', { fullName: 'Nguyễn Văn An', seatNumber: 1, group: 'Tổ 1' });
      discussionUnderWay(engine);
      clock.advance(20 * 60_000);
      return { engine, db, clock, sessionId };
    };
    for (const [lang, said] of [['vi', 'Kỳ họp không có lượt phát biểu nào.'], ['en', 'No speeches were made during the session.']] as const) {
      await mountReview(lang, noSpeeches);
      expect(document.querySelector('figure[data-chart=groups]')).toBeNull();
      expect(document.querySelector('[data-testid=review-no-speeches]')!.textContent!.trim()).toBe(said);
      // The figures stay beside it, as the workbook's sheet has them.
      expect(document.querySelector('[data-table=speaking]')).not.toBeNull();
      unmountAll();
      vi.unstubAllGlobals();
    }
    // A session with speeches keeps its chart.
    await mountReview('vi');
    expect(document.querySelector('figure[data-chart=groups]')).not.toBeNull();
    expect(document.querySelector('[data-testid=review-no-speeches]')).toBeNull();
  });

  it('every chart has a title and a data table behind it, opened by a named button', async () => {
    await mountReview('en');
    const figures = [...document.querySelectorAll('figure[data-chart]')];
    expect(figures.map((f) => f.getAttribute('data-chart'))).toEqual(['kinds', 'plan', 'groups', 'outcomes']);
    for (const f of figures) {
      expect(f.querySelector('[role=img]')!.getAttribute('aria-label')).toMatch(/\w/);
      const button = f.querySelector('button')!;
      const table = f.querySelector<HTMLElement>('.table')!;
      expect(table.hidden).toBe(true);
      expect(button.getAttribute('aria-expanded')).toBe('false');
      // Each button is named with its chart, its visible words first.
      const title = f.querySelector('[role=img]')!.getAttribute('aria-label');
      expect(button.getAttribute('aria-label')).toBe(`Data table: ${title}`);
      button.click();
      flushSync();
      expect(table.hidden).toBe(false);
      expect(button.textContent!.trim()).toBe('Hide table');
      expect(button.getAttribute('aria-label')).toBe(`Hide table: ${title}`);
    }
    expect(new Set(figures.map((f) => f.querySelector('button')!.getAttribute('aria-label'))).size).toBe(4);
    // The stacked bar's numbers: per sitting, per day, whole session; each kind's time over its share.
    expect(rowsOf('kinds').map((r) => r.slice(0, 6).map((c) => c.split('\n')[0].replace(/\u00a0/g, ' ')))).toEqual([
      ['Morning 8 Dec 2026', '17:00', '0:00', '0:00', '8:00', '25:00'],
      ['Afternoon 8 Dec 2026', '0:00', '25:00', '0:00', '3:00', '28:00'],
      ['Morning 9 Dec 2026', '0:00', '0:00', '0:00', '0:00', '0:00'],
      ['Day 8 Dec 2026', '17:00', '25:00', '0:00', '11:00', '53:00'],
      ['Day 9 Dec 2026', '0:00', '0:00', '0:00', '0:00', '0:00'],
      ['Whole session', '17:00', '25:00', '0:00', '11:00', '53:00'],
    ]);
    // The roster's "Tổ 1" in English, as the English minutes name it.
    expect(rowsOf('groups')).toEqual([['Group 1', '2', '3', '16:00', '100.00%']]);
    // Three slips and one follow-up: the follow-up counted apart, with its outcome in a row of its
    // own; never marked, it goes with its question's (answered), not "pending".
    expect(rowsOf('questioning').slice(0, 2)).toEqual([
      ['Questions registered', '3'],
      ['Questions asked', '2'],
    ]);
    expect(rowsOf('questioning')).toEqual(expect.arrayContaining([['Follow-up questions', '1'], ['Follow-ups: Answered in the sitting', '1']]));
    expect(rowsOf('questioning').filter((r) => r[0] === 'Follow-ups: Pending')).toEqual([]);
    expect(rowsOf('items')[1]).toEqual(['2', 'Báo cáo tình hình kinh tế - xã hội', 'Report', 'Reading reports', 'Finished', '15:00', '0:00', '17:00', '2:00', '2']);
  });

  it('counts questioning apart from discussion, and shows the kinds table across the row, readable at 1366×768', async () => {
    const full = () => runScriptedSession(':memory:', { full: true });
    await mountReview('vi', full);
    expect(document.querySelector('[data-testid=review-ratio]')!.textContent).toBe('15,16% : 43,82% : 36,69%');
    const kinds = document.querySelector<HTMLElement>('figure[data-chart=kinds]')!;
    const heads = [...kinds.querySelectorAll('thead th')].map((c) => c.textContent!.replace(/\u00a0/g, ' ').trim());
    // Six columns and the sittings' clock, not the workbook's eleven: each kind's time over its share.
    expect(heads).toEqual(['Phiên họp', 'Trình bày báo cáo', 'Thảo luận', 'Chất vấn, trả lời chất vấn', 'Thủ tục', 'Tổng', 'Thời gian phiên họp']);
    // Each sitting's name held on one line.
    expect(rowsOf('kinds')[1].slice(0, 6)).toEqual(['Buổi\u00a0chiều\u00a017/12/2019', '15:00\n9,00%', '1:17:10\n46,30%', '1:14:30\n44,70%', '0:00\n0,00%', '2:46:40']);
    // The figures are right-aligned as numbers, each time and share on its own line.
    expect([...kinds.querySelectorAll('tbody tr:first-child td')].every((td) => td.classList.contains('num'))).toBe(true);
    // Opened, the card takes the whole row of the grid (a half-width card squeezed its columns); closed, it goes back beside the plan chart.
    expect(kinds.classList.contains('spread')).toBe(false);
    kinds.querySelector('button')!.click();
    flushSync();
    expect(kinds.classList.contains('spread')).toBe(true);
    kinds.querySelector('button')!.click();
    flushSync();
    expect(kinds.classList.contains('spread')).toBe(false);
  });

  it('shows questioning against its limits: the figures, per respondent, and the longest overruns with the extra time given', async () => {
    await mountReview('vi', questionedSession);
    const figures = rowsOf('questioning');
    expect(figures).toEqual(expect.arrayContaining([['Số câu hỏi vượt thời gian quy định (3:00)', '2'], ['Số lượt trả lời vượt thời gian quy định (7:00)', '1'], ['Thời gian cho thêm khi hỏi', '0:30'], ['Thời gian cho thêm khi trả lời', '1:00']]));
    // Two questions and the follow-up still being asked: two answers so far.
    expect(rowsOf('respondents')).toEqual([['Bùi Quang Huy', 'UBND huyện', '2', '1', '9:20', '2', '14:00', '1:00', '1', '2:00']]);
    expect(rowsOf('questionOverruns')).toEqual([
      // No sitting held the questioning: its cell is empty.
      ['Bùi Quang Huy', 'Trả lời Nguyễn Văn An', '', '7:00', '1:00', '9:00', '2:00'],
      ['Nguyễn Văn An', 'Hỏi Bùi Quang Huy', '', '3:00', '0:30', '4:00', '1:00'],
      ['Trần Thị Bình', 'Hỏi Bùi Quang Huy', '', '3:00', '0:00', '3:20', '0:20'],
    ]);
    expect(document.querySelector('[data-table=questionOverruns]')!.closest('.panel')!.textContent).toContain('Lượt hỏi, trả lời chất vấn vượt thời gian quy định nhiều nhất');
  });

  it('names the sitting of each overrun, so two days of questioning read apart, in both languages', async () => {
    const full = () => runScriptedSession(':memory:', { full: true });
    await mountReview('vi', full);
    const heads = (id: string) => [...document.querySelectorAll(`[data-table=${id}] thead th`)].map((c) => c.textContent!.replace(/\u00a0/g, ' ').trim());
    expect(heads('questionOverruns')[2]).toBe('Phiên họp');
    expect(rowsOf('questionOverruns')[0][2]).toBe('Buổi chiều 17/12/2019');
    expect(new Set(rowsOf('questionOverruns').map((r) => r[2])).size).toBe(2);
    expect(heads('overruns')[2]).toBe('Phiên họp');
    unmountAll();
    await mountReview('en', full);
    expect(rowsOf('questionOverruns')[0][2]).toBe('Afternoon 17 Dec 2019');
  });

  it('shows the votes at a glance, worded as the report words them: the votes for, the rest in words, the result with what it needed', async () => {
    await mountReview('vi');
    const headers = () => [...document.querySelectorAll('[data-table=votes] thead th')].map((c) => c.textContent!.trim());
    // Each head's words whole where it wraps: 'Tán thành', never 'Tán / thành'.
    expect(headers()).toEqual(['Số', 'Nghị\u00a0quyết', 'Tán\u00a0thành', 'Còn\u00a0lại', 'Kết\u00a0quả']);
    expect(rowsOf('votes')).toEqual([
      ['01/NQ-HĐND', 'Dự toán ngân sách', '4/5\u00a0(80,00%)', 'Không có', 'Đã\u00a0thông\u00a0qua\n(cần\u00a03,\u00a0dư\u00a01)'],
      ['02/NQ-HĐND', 'Đầu tư công', '2/5\u00a0(40,00%)', '1\u00a0không\u00a0tán\u00a0thành\n1\u00a0không\u00a0biểu\u00a0quyết', 'Không\u00a0được\u00a0thông\u00a0qua\n(cần\u00a03,\u00a0thiếu\u00a01)'],
    ]);
    // The result and the others are set in lines, each line whole: "Đã thông qua" never above "qua".
    const cells = document.querySelectorAll('[data-table=votes] tbody tr:first-child td');
    expect([...cells].map((c) => c.classList.contains('lines'))).toEqual([false, false, true, true]);
    unmountAll();
    await mountReview('en');
    expect(headers()).toEqual(['Number', 'Resolution', 'In favour', 'Others', 'Result']);
    expect(rowsOf('votes')[1].slice(2).map((c) => c.replace(/\u00a0/g, ' '))).toEqual(['2/5 (40.00%)', '1 against\n1 abstaining', 'Not adopted\n(needed 3, 1 short)']);
  });

  it('names the earlier sessions to compare with by their term in Roman numerals, as the header does', async () => {
    await mountReview('vi', () => {
      const s = handSession();
      ok(s.engine, 'session.create', { number: 1, term: 1, kind: 'regular', startDate: '2026-07-01', endDate: '2026-07-01' });
      return s;
    });
    const box = document.querySelector<HTMLInputElement>('fieldset input[type=checkbox]')!;
    expect(box.closest('label')!.textContent).toBe('Kỳ họp thứ 1, khóa I');
    expect(box.checked).toBe(true);
  });

  it('offers the exports for the session in the language shown', async () => {
    const { sessionId } = await mountReview('en');
    const links = [...document.querySelectorAll<HTMLAnchorElement>('a[download]')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['Report (.docx)', `/report/review-docx?session=${sessionId}&lang=en&compare=`],
      ['Workbook (.xlsx)', `/report/review-xlsx?session=${sessionId}&lang=en&compare=`],
      ['Attendance (.csv)', `/report/attendance?session=${sessionId}&lang=en&compare=`],
      ['Speaking times (.csv)', `/report/speaking?session=${sessionId}&lang=en&compare=`],
    ]);
  });
});

describe('a shortened review table', () => {
  it('says how many rows it leaves out and where they all are, in each language', async () => {
    const { default: ReviewTable } = await import('../../src/features/review/ReviewTable.svelte');
    const table = { id: 'speakers', title: 'T', sheet: 'T', columns: ['Đại biểu'], rows: Array.from({ length: 12 }, (_, k) => [{ kind: 'text', text: `Đại biểu ${k + 1}` }]) };
    for (const [lang, said] of [['vi', '… và 2 dòng nữa, xem đầy đủ trong bảng tính (.xlsx)'], ['en', '… and 2 more, in the workbook (.xlsx)']] as const) {
      i18n.set(lang);
      mount(ReviewTable, { target: document.body, props: { table: table as never, limit: 10 } });
      flushSync();
      expect(document.querySelectorAll('tbody tr')).toHaveLength(10);
      expect(document.querySelector('.more')!.textContent).toBe(said);
      unmountAll();
    }
  });
});

describe('an empty review table', () => {
  it('says "Không có." under its header rather than showing a header over nothing', async () => {
    const { default: ReviewTable } = await import('../../src/features/review/ReviewTable.svelte');
    const table = { id: 'overruns', title: 'T', sheet: 'T', columns: ['Đại biểu', 'Nội dung'], rows: [] };
    for (const [lang, said] of [['vi', 'Không có.'], ['en', 'None.']] as const) {
      i18n.set(lang);
      mount(ReviewTable, { target: document.body, props: { table: table as never } });
      flushSync();
      const cell = document.querySelector('tbody td')!;
      expect([cell.textContent, cell.getAttribute('colspan')]).toEqual([said, '2']);
      unmountAll();
    }
  });
});
