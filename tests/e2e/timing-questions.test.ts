/**
 * Timing and questioning as a new chair met them in the round 19 trial, in Chromium against
 * `npm run serve` on the seeded first morning: the time table's cells and header, the slips'
 * buttons, the log's follow-ups and names, and the hall's group names at 1024×768.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openPage, seeder, showView, view } from './harness';
import { onSeededMorning } from './sitting';

const live = onSeededMorning();

/** Lines a box's text is laid out in, from the rectangles of its text. */
const lineCount = (l: Locator) =>
  l.evaluate((e) => {
    const r = document.createRange();
    r.selectNodeContents(e);
    return new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size;
  });
/** The text each laid-out line of a box starts with. */
const lineStarts = (l: Locator) =>
  l.evaluate((e) => {
    const starts: string[] = [];
    let top: number | null = null;
    const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? '';
      for (let i = 0; i < text.length; i++) {
        if (text[i].trim() === '') continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 1);
        const t = Math.round(r.getBoundingClientRect().top);
        if (top === null || t > top + 2) starts.push(text.slice(i, i + 4));
        top = t;
      }
    }
    return starts;
  });

describe('the time table on the live view', () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`writes every difference signed in one format, and its header on two lines at most (${lang})`, async () => {
      const page = await openPage(live.browser, live.server.url, lang);
      await page.setViewportSize({ width: 1366, height: 768 });
      await showView(page, view('live'));
      const report = page.locator('section[aria-labelledby="report-heading"]');
      const diffs = await report.locator('tbody tr td:nth-child(4)').allTextContents();
      expect(diffs.length).toBeGreaterThan(2);
      for (const d of diffs) expect(d.trim()).toMatch(/^(0:00|[+−]\d+:\d\d(:\d\d)?)$/);
      for (const th of await report.locator('thead th').all()) expect(await lineCount(th)).toBeLessThanOrEqual(2);
      await page.context().close();
    });
  }
});

describe('questions at 1366×768', () => {
  let page: Page;
  beforeAll(async () => {
    const { run, close } = await seeder(live.server.url);
    try {
      // A long slip waiting; the first question asked and answered, then followed up twice after the next was asked.
      await run('question.register', {
        askerId: live.seeded.delegateIds[11],
        respondentId: 1,
        text: 'Đề nghị đồng chí cho biết nguyên nhân chậm giải quyết hồ sơ đất đai tồn đọng nhiều năm tại các xã vùng cao, trách nhiệm của các cơ quan liên quan và lộ trình khắc phục cụ thể?',
      });
      const first = (await run('question.next', {})).id;
      await run('question.toggle', {});
      await run('answer.start', {});
      await run('question.toggle', {});
      await run('question.stop', {});
      await run('question.next', {});
      await run('question.toggle', {});
      await run('question.followUp', { parentId: first, text: 'Xin hỏi thêm về thời hạn?' });
      await run('question.toggle', {});
      await run('question.followUp', { parentId: first, text: 'Ai chịu trách nhiệm?' });
      await run('question.toggle', {});
      await run('question.stop', {});
    } finally {
      close();
    }
  });

  for (const lang of ['vi', 'en'] as const) {
    it(`keeps "call now" on one line, numbers follow-ups under their question, counts them apart and names each list apart (${lang})`, async () => {
      page = await openPage(live.browser, live.server.url, lang);
      await page.setViewportSize({ width: 1366, height: 768 });
      await showView(page, view('questions'));
      const call = page.getByRole('button', { name: lang === 'vi' ? 'Mời hỏi: phiếu 1' : 'Call now: slip 1' });
      await call.waitFor();
      expect(await lineCount(call)).toBe(1);

      const numbers = await page.locator('table.log tbody tr[data-question] td:first-child').allTextContents();
      expect(numbers.map((n) => n.trim())).toEqual(['1', '1a', '1b', '2', '3']);
      expect(await page.locator('[data-fig="asked"]').textContent()).toBe('2');
      expect(await page.locator('[data-fig="followUps"]').textContent()).toBe('2');

      // The filter and the outcome form's list each have their own name.
      const filter = lang === 'vi' ? 'Lọc sổ theo kết quả' : 'Filter the log by outcome';
      await page.getByRole('combobox', { name: filter, exact: true }).waitFor();
      await page.getByRole('button', { name: lang === 'vi' ? 'Ghi kết quả câu hỏi 1a' : 'Set the outcome of question 1a' }).click();
      const outcome = page.getByRole('radiogroup', { name: lang === 'vi' ? 'Kết quả câu hỏi 1a' : 'Outcome of question 1a', exact: true });
      await outcome.getByRole('radio', { name: lang === 'vi' ? 'Trả lời bằng văn bản' : 'Written answer' }).check();
      await page.getByLabel(lang === 'vi' ? 'Hạn 20 ngày tính từ ngày (để trống: ngày chất vấn)' : '20 days counted from (blank: the day it was asked)').waitFor();
      await page.keyboard.press('Escape');
      await page.context().close();
    });
  }
});

describe('the hall at 1024×768', () => {
  it('never starts a line with the dash of a group name ("- xã")', async () => {
    const { run, close } = await seeder(live.server.url);
    await run('hall.setMode', { mode: 'speakers' });
    close();
    const context = await live.browser.newContext({ locale: 'vi', viewport: { width: 1024, height: 768 } });
    const hall = await context.newPage();
    await hall.goto(`${live.server.url}hall`);
    await hall.locator('[data-testid=hall-queue]').waitFor();
    const lines = hall.locator('[data-testid=speaker-panel] .line');
    expect(await lines.count()).toBeGreaterThan(2);
    // The dash is held to the word before it (a no-break space), whatever the width…
    for (const text of await lines.allTextContents()) expect(text).not.toMatch(/ [-–—]/);
    // …so no line starts with it: at 1024×768, and at the widths down to an 800-pixel projector.
    for (let width = 1024; width >= 800; width -= 16) {
      await hall.setViewportSize({ width, height: 768 });
      const starts = (await Promise.all((await lines.all()).map(lineStarts))).flat();
      for (const s of starts) expect(s, `at ${width}px`).not.toMatch(/^[-–—]/);
    }
    await context.close();
  });
});
