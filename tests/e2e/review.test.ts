import fs from 'node:fs';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { commandSocket, launch, openPage, partedWords, seed, serve, tempDataDir, type Served } from './harness';

let browser: Browser;
let server: Served;
beforeAll(async () => {
  browser = await launch();
  server = await serve(tempDataDir());
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Waits until `ms` have passed on the engine's own clock, the one the review measures. */
async function serverTimePasses(ms: number): Promise<void> {
  const socket = await commandSocket(server.url);
  const from = await socket.now();
  await expect.poll(() => socket.now(), { interval: 100, timeout: ms + 30_000 }).toBeGreaterThanOrEqual(from + ms);
  socket.close();
}

/** Runs an item for at least `ms` on the engine's clock. */
async function run(id: number, ms: number): Promise<void> {
  await seed(server.url, [{ type: 'item.start', id, current: 'finish' }]);
  await serverTimePasses(ms);
  await seed(server.url, [{ type: 'item.finish', id }]);
}

describe('the review of a short session', () => {
  it('opens with Alt+R, shows reading against discussion, and exports a workbook that reads back as numbers', async () => {
    await seed(server.url, [
      { type: 'council.save', name: 'Hội đồng nhân dân xã Tân Lập', level: 'commune', term: 1, totalSeats: 3 },
      { type: 'session.create', number: 1, term: 1, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-08' },
      { type: 'delegate.add', fullName: 'Nguyễn Văn An', group: 'Tổ 1' },
      { type: 'delegate.add', fullName: 'Trần Thị Bình', group: 'Tổ 2' },
      { type: 'delegate.add', fullName: 'Lê Văn Cường', group: 'Tổ 2' },
    ]);
    const [report, discussion] = (await seed(server.url, [
      { type: 'agenda.add', title: 'Báo cáo kinh tế - xã hội', kind: 'report', plannedMinutes: 15 },
      { type: 'agenda.add', title: 'Thảo luận', kind: 'discussion', plannedMinutes: 30 },
    ]));
    await run(report.id, 1200);
    await seed(server.url, [{ type: 'item.start', id: discussion.id, current: 'finish' }, { type: 'speaker.focus', agendaItemId: discussion.id }, { type: 'speaker.request', delegateId: 1 }, { type: 'speaker.next' }, { type: 'speaker.start' }]);
    await serverTimePasses(1500);
    await seed(server.url, [{ type: 'speaker.finish' }, { type: 'item.finish', id: discussion.id }]);

    const page = await openPage(browser, server.url, 'en');
    await page.keyboard.press('Alt+R');
    await page.getByRole('heading', { name: 'Session review' }).waitFor();
    const ratio = page.getByTestId('review-ratio');
    await ratio.waitFor();
    // About 1.2 s of reading against 1.5 s of discussion and no questioning: the three shares are there, summing to 100%.
    const [reading, talk, questioning] = (await ratio.textContent())!.split(' : ').map((x) => Number(x.replace('%', '')));
    expect(reading).toBeGreaterThan(20);
    expect(talk).toBeGreaterThan(reading);
    expect(questioning).toBe(0);
    expect(reading + talk).toBeCloseTo(100, 1);
    // Every chart is drawn (ECharts loaded on demand) and has its data table.
    // Three charts: a session with no questioning has a sentence where the questions’ chart would be (79d8cf71).
    await expect.poll(() => page.locator('figure[data-chart] svg').count()).toBe(3);
    await page.locator('figure[data-chart=groups] button').click();
    await expect.poll(() => page.locator('[data-table=groups] tbody tr').allTextContents()).toEqual([expect.stringContaining('Group 1')]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Workbook (.xlsx)' }).click()]);
    expect(download.suggestedFilename()).toBe('review-session-1-term-1.xlsx');
    const sheets = await readXlsxFile(fs.readFileSync((await download.path())!));
    const kinds = sheets.find((s) => s.sheet === 'Time by kind')!.data;
    expect(kinds[0].slice(0, 6)).toEqual(['Sitting', 'Reading reports', 'Discussion', 'Questioning and answers', 'Procedure', 'Total']);
    const whole = kinds.at(-1)!;
    expect(whole[0]).toBe('Whole session');
    // Times come back as real Excel times (dates on the 1904 date system's epoch), shares as fractions.
    const ms = (v: unknown) => (v as Date).getTime() - Date.UTC(1904, 0, 1);
    // Whole seconds (the review counts no fractions of a second): 1.2 s and 1.5 s read as at least 1 s.
    expect(ms(whole[1])).toBeGreaterThanOrEqual(1000);
    expect(ms(whole[2])).toBeGreaterThanOrEqual(1000);
    expect(Math.abs(ms(whole[1]) + ms(whole[2]) + ms(whole[3]) + ms(whole[4]) - ms(whole[5]))).toBeLessThanOrEqual(2);
    expect(typeof whole[6]).toBe('number');
    const speakers = sheets.find((s) => s.sheet === 'Per delegate')!.data;
    // No committee: the cell is left empty, as every other table leaves one.
    expect(speakers[1].slice(0, 4)).toEqual(['Nguyễn Văn An', 'Group 1', null, 1]);

    // The same workbook from the command line's sibling route refuses an unknown session in words.
    const res = await fetch(`${server.url}report/review-xlsx?session=99&lang=vi`);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('Không tìm thấy kỳ họp số 99.');
  }, 90_000);

  it('fits every chart in a phone’s width (390×844), in both languages: no title or axis name cut at the box’s edge', async () => {
    for (const lang of ['en', 'vi'] as const) {
      const page = await openPage(browser, server.url, lang);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.keyboard.press('Alt+R');
      await expect.poll(() => page.locator('figure[data-chart] svg').count()).toBe(3);
      // Before, the titles (centred, wider than the box) and the group chart's "Minutes" ran past the drawing's edges.
      const cut = async () =>
        page.locator('figure[data-chart]').evaluateAll((figures) =>
          figures.flatMap((f) => {
            const box = f.querySelector('svg')!.getBoundingClientRect();
            return [...f.querySelectorAll('svg text')].filter((t) => t.textContent && (t.getBoundingClientRect().left < box.left - 0.5 || t.getBoundingClientRect().right > box.right + 0.5)).map((t) => `${f.getAttribute('data-chart')}: ${t.textContent}`);
          }),
        );
      await expect.poll(cut).toEqual([]);
      await page.context().close();
    }
  });

  it('keeps the votes table readable at 1366×768: a long resolution title takes two lines, whole in its tooltip and on focus; each figure one line', async () => {
    const long = 'Nghị quyết về việc thông qua danh mục các công trình, dự án cần thu hồi đất và chuyển mục đích sử dụng đất trồng lúa, đất rừng phòng hộ, đất rừng đặc dụng năm 2027 trên địa bàn xã Hòa Sơn, xã Cư Yên và thị trấn Lương Sơn, huyện Lương Sơn, tỉnh Hòa Bình';
    const [item] = await seed(server.url, [{ type: 'agenda.add', title: 'Biểu quyết thông qua các nghị quyết', kind: 'vote', plannedMinutes: 10 }]);
    const [vote] = await seed(server.url, [{ type: 'vote.create', agendaItemId: item.id, resolutionNumber: '12/NQ-HĐND', resolutionTitle: long, method: 'hands' }]);
    await seed(server.url, [{ type: 'vote.open', id: vote.id }, { type: 'vote.tally', id: vote.id, for: 2, against: 1, abstain: 0 }, { type: 'vote.close', id: vote.id }]);
    for (const lang of ['vi', 'en'] as const) {
      const page = await openPage(browser, server.url, lang);
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.keyboard.press('Alt+R');
      const row = page.locator('[data-table=votes] tbody tr').filter({ hasText: '12/NQ-HĐND' });
      await row.waitFor();
      const lineHeight = await row.locator('td.clamped').evaluate((td) => parseFloat(getComputedStyle(td).lineHeight));
      /** How many lines a cell's text takes. */
      const lines = (k: number) =>
        row.locator('th, td').nth(k).evaluate((cell) => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        });
      // The title shows two lines at most, all its text there for a screen reader and in its tooltip.
      const title = row.locator('td.clamped');
      expect(await title.getAttribute('title')).toBe(long);
      expect(await title.textContent()).toBe(long);
      expect(await title.locator('.clamp').evaluate((span) => span.getBoundingClientRect().height), lang).toBeLessThanOrEqual(2 * lineHeight + 1);
      // The number, the votes for and the one other figure ("1 không tán thành") one line each; the
      // result two, "Không được thông qua" above "(cần 2, thiếu 0)": never a word on a line of its own.
      for (const k of [0, 2, 3]) expect(await lines(k), `${lang} column ${k}`).toBe(1);
      expect(await lines(4), `${lang} result`).toBe(2);
      // Tab reaches the title: focused, it shows whole.
      await title.focus();
      expect(await title.locator('.clamp').evaluate((s) => s.getBoundingClientRect().height)).toBeGreaterThan(2 * lineHeight + 1);
      await page.close();
    }
  }, 60_000);

  it('heads its tables at 1366×768 without parting a word’s syllables, where long item titles leave the figures narrow columns', async () => {
    // Items of a real programme, cut short: the table of overruns and cuts lists their long titles.
    const titles = [
      'Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2026 và phương hướng, nhiệm vụ năm 2027',
      'Báo cáo công tác bảo đảm an ninh, trật tự trên địa bàn xã năm 2026',
    ];
    for (const title of titles) {
      const [item] = await seed(server.url, [{ type: 'agenda.add', title, kind: 'report', plannedMinutes: 30 }]);
      await seed(server.url, [{ type: 'item.start', id: item.id, current: 'finish' }, { type: 'item.finish', id: item.id }]);
    }
    const page = await openPage(browser, server.url, 'vi');
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.keyboard.press('Alt+R');
    await page.locator('[data-table=highlights] tbody tr').filter({ hasText: titles[0] }).waitFor();
    // Before, 'Dự / kiến', 'Thực / tế', 'Chênh / lệch' and 'Vượt quy / định' at this size.
    const words = ['dự kiến', 'thực tế', 'chênh lệch', 'thời gian', 'quy định', 'phát biểu', 'trả lời', 'câu hỏi', 'nội dung', 'phiên họp', 'tỷ lệ', 'đại biểu', 'tán thành', 'kết quả', 'còn lại', 'có mặt', 'rút ngắn'];
    expect(await partedWords(page, '.review-table thead th, .review-table tbody th', words)).toEqual([]);
    await page.close();
  }, 60_000);
});

describe('the review on the hall’s laptop (1024×768)', () => {
  let own: Served;
  beforeAll(async () => {
    own = await serve(tempDataDir());
  });
  afterAll(async () => {
    await own?.stop();
  });

  it('fits the respondents table, each name on one line, and keeps its title above the box it would scroll in', async () => {
    await seed(own.url, [
      { type: 'council.save', name: 'Hội đồng nhân dân huyện Đầm Hà', level: 'district', term: 4, totalSeats: 35 },
      { type: 'session.create', number: 11, term: 4, kind: 'regular', startDate: '2019-12-17', endDate: '2019-12-18' },
      { type: 'delegate.add', fullName: 'Nguyễn Thị Ngọc Ánh', group: 'số 1' },
    ]);
    // Three officials questioned, one with an agency: ten columns of figures beside their names.
    const officials = [
      ['Trần Văn Lâm', 'UBND xã'],
      ['Phạm Thị Hồng Nhung', ''],
      ['Đinh Công Sơn', ''],
    ] as const;
    const [item] = await seed(own.url, [{ type: 'agenda.add', title: 'Chất vấn và trả lời chất vấn', kind: 'questioning', plannedMinutes: 60 }]);
    await seed(own.url, [{ type: 'item.start', id: item.id, current: 'finish' }]);
    for (const [fullName, agency] of officials) {
      const [official] = await seed(own.url, [{ type: 'delegate.add', fullName, title: 'Trưởng phòng Tài chính - Kế hoạch', voting: false }]);
      const [respondent] = await seed(own.url, [{ type: 'respondent.add', delegateId: official.id, agency }]);
      const [question] = await seed(own.url, [{ type: 'question.register', askerId: 1, respondentId: respondent.id, text: 'Tiến độ giải ngân vốn đầu tư công?', agendaItemId: item.id }]);
      await seed(own.url, [{ type: 'question.next', id: question.id }, { type: 'question.toggle' }, { type: 'question.stop' }, { type: 'answer.start' }, { type: 'question.toggle' }, { type: 'question.stop' }]);
    }
    await seed(own.url, [{ type: 'item.finish', id: item.id }]);
    for (const lang of ['vi', 'en'] as const) {
      const page = await openPage(browser, own.url, lang);
      await page.setViewportSize({ width: 1024, height: 768 });
      await page.keyboard.press('Alt+R');
      const table = page.locator('[data-table=respondents]');
      await table.locator('tbody tr').filter({ hasText: 'Phạm Thị Hồng Nhung' }).waitFor();
      // Before, its last column was cut at the panel's edge and each name took a line a word.
      const fit = await table.evaluate((t) => ({ scroll: t.parentElement!.scrollWidth, box: t.parentElement!.clientWidth }));
      expect(fit.scroll, lang).toBeLessThanOrEqual(fit.box);
      for (const [name] of officials) {
        const lines = await table.locator('tbody th').filter({ hasText: name }).evaluate((th) => {
          const range = document.createRange();
          range.selectNodeContents(th);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        });
        expect(lines, `${lang}: ${name}`).toBe(1);
      }
      // The table is named by its title, which sits above the scrolling box, not inside it.
      const title = lang === 'vi' ? 'Thời gian theo người trả lời chất vấn' : 'Time per respondent';
      await expect.poll(() => page.getByRole('table', { name: title }).count()).toBe(1);
      expect(await table.evaluate((t) => t.parentElement!.previousElementSibling?.textContent), lang).toBe(title);
      await page.close();
    }
  }, 90_000);
});
