/**
 * The review's tables as a chair reads them: the row names kept at the left are part of the table
 * (no line of their own at rest, the row's rule under them when the figures slide under, the row's
 * hover shade), and the attendance table names each sitting on one line at 1024×768, short
 * ("Sáng 08/12"), in full in its tooltip and to a screen reader.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, seed, serve, showView, tempDataDir, view, type Served } from './harness';

let browser: Browser;
let server: Served;
beforeAll(async () => {
  browser = await launch();
  server = await serve(tempDataDir());
  await seed(server.url, [
    { type: 'council.save', name: 'HĐND xã Lương Sơn', level: 'commune', term: 1, totalSeats: 3 },
    { type: 'session.create', number: 3, term: 1, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09' },
    { type: 'delegate.add', fullName: 'Nguyễn Văn An' },
    { type: 'delegate.add', fullName: 'Trần Thị Bình' },
    { type: 'delegate.add', fullName: 'Lê Văn Cường' },
    { type: 'sitting.add', date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' },
    { type: 'sitting.add', date: '2026-12-08', part: 'afternoon', plannedStart: '13:30', plannedEnd: '17:00' },
    { type: 'sitting.add', date: '2026-12-09', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' },
    { type: 'sitting.add', date: '2026-12-09', part: 'afternoon', plannedStart: '13:30', plannedEnd: '17:00' },
  ] as const);
  for (const sittingId of [1, 2, 3, 4]) await seed(server.url, [{ type: 'attendance.open', sittingId }, { type: 'attendance.mark', delegateId: 2, status: 'excused' }]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The review at `width`×`height`, once `ready` shows (by default the four sittings' attendance). */
async function review(lang: 'vi' | 'en', width: number, height: number, url = server.url, ready = '[data-table=attendance] tbody tr:nth-child(4)'): Promise<Page> {
  const page = await openPage(browser, url, lang);
  await page.setViewportSize({ width, height });
  await showView(page, view('review'));
  await page.locator(ready).waitFor();
  return page;
}

/**
 * The colours of a strip of the page, as [r, g, b] a pixel, read back from a screenshot in a blank
 * page of the same browser (the console's own policy lets it fetch no data: address).
 */
async function pixels(page: Page, clip: { x: number; y: number; width: number; height: number }): Promise<[number, number, number][]> {
  const png = (await page.screenshot({ clip })).toString('base64');
  const reader = await page.context().newPage();
  return reader.evaluate(async (data) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
    const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const d = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const out: [number, number, number][] = [];
    for (let i = 0; i < d.length; i += 4) out.push([d[i], d[i + 1], d[i + 2]]);
    return out;
  }, png).finally(() => reader.close());
}
const WHITE: [number, number, number] = [255, 255, 255];
/** --line, the rule under each row. */
const RULE: [number, number, number] = [0xdd, 0xe1, 0xe7];

describe('the review’s row names kept at the left', () => {
  it('draw no line of their own at rest, keep the row’s rule under them when scrolled, and take the row’s hover shade', async () => {
    const page = await review('vi', 1366, 768);
    const name = page.locator('[data-table=attendance] tbody th').first();
    await name.scrollIntoViewIfNeeded();
    // At rest: the edge between the sitting's name and its first figure is the panel's white, top to bottom.
    const box = (await name.boundingBox())!;
    expect(new Set((await pixels(page, { x: box.x + box.width - 3, y: box.y + 4, width: 6, height: box.height - 8 })).map(String))).toEqual(new Set([String(WHITE)]));

    // Hovered: the name's cell is shaded as the rest of its row is.
    await page.locator('[data-table=attendance] tbody tr').first().locator('td').nth(3).hover();
    const shade = (el: string) => page.locator(`[data-table=attendance] tbody tr:first-child > ${el}`).evaluate((e) => getComputedStyle(e).backgroundColor);
    await expect.poll(() => shade('th')).toBe('rgb(248, 249, 251)');
    await page.mouse.move(0, 0);

    // On a phone the table scrolls in its box: the figures slide under the names, and the rule under
    // each name stays with it (collapsed, the rules were the table's and stayed behind: a gap).
    await page.setViewportSize({ width: 390, height: 844 });
    const scroller = page.locator('[data-table=attendance]').locator('..');
    await scroller.evaluate((e) => e.scrollTo({ left: 80 }));
    await expect.poll(() => scroller.evaluate((e) => e.scrollLeft)).toBe(80);
    // Only now a soft edge at the names (a selector the build had dropped as unused cast none).
    await expect.poll(() => name.evaluate((e) => getComputedStyle(e).boxShadow)).not.toBe('none');
    await name.scrollIntoViewIfNeeded();
    const b = (await name.boundingBox())!;
    // The rule is the row's bottom pixel row: read a strip across it, in the middle of the name's cell.
    const strip = await pixels(page, { x: b.x + 4, y: Math.round(b.y + b.height) - 2, width: Math.round(b.width) - 8, height: 4 });
    const rows = [0, 1, 2, 3].map((y) => strip.slice(y * (Math.round(b.width) - 8), (y + 1) * (Math.round(b.width) - 8)));
    // The rule's colour, give or take what the image's smoothing adds; the gap was the panel's white.
    const isRule = (p: [number, number, number]) => p.every((v, i) => Math.abs(v - RULE[i]) <= 6);
    expect(rows.some((row) => row.every(isRule)), 'a whole row of the rule’s colour under the name').toBe(true);
    await page.context().close();
  });
});

describe('the review’s attendance at 1024×768', () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`names each sitting on one line, short, in full to a screen reader and in its tooltip (${lang})`, async () => {
      const page = await review(lang, 1024, 768);
      const names = page.locator('[data-table=attendance] tbody th');
      expect(await names.allTextContents()).toEqual(lang === 'vi' ? ['Sáng 08/12', 'Chiều 08/12', 'Sáng 09/12', 'Chiều 09/12'] : ['Morning 8 Dec', 'Afternoon 8 Dec', 'Morning 9 Dec', 'Afternoon 9 Dec']);
      const full = lang === 'vi' ? 'Buổi chiều 09/12/2026' : 'Afternoon 9 Dec 2026';
      await page.getByRole('rowheader', { name: full, exact: true }).waitFor();
      expect(await names.last().getAttribute('title')).toBe(full);
      // One line each: as tall as the figures beside them.
      const lines = await names.evaluateAll((ths) => ths.map((th) => { const r = document.createRange(); r.selectNodeContents(th); return new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size; }));
      expect(lines).toEqual([1, 1, 1, 1]);
      // The whole table in the panel, nothing to scroll sideways.
      expect(await page.locator('[data-table=attendance]').locator('..').evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
      await page.context().close();
    });
  }
});

describe('the review’s attendance heads', () => {
  for (const [lang, width] of [['vi', 1024], ['en', 1024], ['vi', 1366], ['en', 1366]] as const) {
    it(`take two lines at most at ${width}×768, grouped, each in full to a screen reader and in its tooltip (${lang})`, async () => {
      const page = await review(lang, width, 768);
      const heads = page.locator('[data-table=attendance] thead th');
      // In full they took three to five lines each at 1024 px ("Vắng / mặt / không / có / lý do").
      const lines = await heads.evaluateAll((ths) => ths.map((th) => { const r = document.createRange(); r.selectNodeContents(th); return [th.textContent, new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size] as const; }));
      expect(lines.filter(([, n]) => n > 2)).toEqual([]);
      // The short heads under their group's, each named in full, as the workbook and the report print it.
      expect(await page.locator('[data-table=attendance] thead th[scope=colgroup]').allTextContents()).toEqual(lang === 'vi' ? ['Có\u00a0mặt cuối\u00a0phiên', 'Vắng mặt'] : ['Present at the close', 'Absent']);
      const full = lang === 'vi' ? 'Vắng mặt không có lý\u00a0do' : 'Absent without leave';
      const head = page.getByRole('columnheader', { name: full, exact: true });
      expect(await head.textContent()).toBe(lang === 'vi' ? 'Không lý\u00a0do' : 'Without leave');
      expect(await head.getAttribute('title')).toBe(full);
      expect(await page.locator('[data-table=attendance]').locator('..').evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
      await page.context().close();
    });
  }
});

describe('the review’s time-by-kind chart', () => {
  for (const [lang, width] of [['vi', 1024], ['en', 1024], ['vi', 1366], ['en', 1366]] as const) {
    it(`sets no name over another at ${width}×768: each sitting short under its bar (${lang})`, async () => {
      const page = await review(lang, width, 768);
      const chart = page.locator('figure[data-chart=kinds] svg');
      await chart.locator('text').first().waitFor();
      // Every text of the chart (title, axis names, the sittings' names, the legend) in a box of its own.
      const boxes = await chart.locator('text').evaluateAll((texts) =>
        texts.filter((t) => t.textContent?.trim()).map((t) => { const r = t.getBoundingClientRect(); return { text: t.textContent!, x: r.x, y: r.y, w: r.width, h: r.height }; }),
      );
      // A text's box holds its line's ascent and descent: the two lines of one name, or of the title, touch by a pixel or two.
      const apart = (a: (typeof boxes)[number], b: (typeof boxes)[number]) => a.x >= b.x + b.w - 1 || b.x >= a.x + a.w - 1 || a.y >= b.y + b.h - 3 || b.y >= a.y + a.h - 3;
      const overlaps = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => !apart(a, b)).map((b) => `${a.text} × ${b.text}`));
      // In full ("Buổi chiều" over "08/12/2026"), neighbours ran into each other in the half-width card at 1024 px.
      expect(overlaps).toEqual([]);
      const names = boxes.map((b) => b.text);
      expect(names).toEqual(expect.arrayContaining(lang === 'vi' ? ['Sáng', 'Chiều', '08/12', '09/12'] : ['Morning', 'Afternoon', '8 Dec', '9 Dec']));
      await page.context().close();
    });
  }
});

describe('the review’s grouped heads at 1024×768', () => {
  // Its own session: a speech, and a question asked of an official and answered.
  let own: Served;
  beforeAll(async () => {
    own = await serve(tempDataDir());
    const [, , , official, discussion, questioning] = await seed(own.url, [
      { type: 'council.save', name: 'HĐND xã Lương Sơn', level: 'commune', term: 1, totalSeats: 3 },
      { type: 'session.create', number: 3, term: 1, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-08' },
      { type: 'delegate.add', fullName: 'Nguyễn Văn An' },
      { type: 'delegate.add', fullName: 'Nguyễn Thị Phương Thảo', voting: false, title: 'Giám đốc Sở Kế hoạch và Đầu tư' },
      { type: 'agenda.add', title: 'Thảo luận tại hội trường', kind: 'discussion', plannedMinutes: 60 },
      { type: 'agenda.add', title: 'Chất vấn và trả lời chất vấn', kind: 'questioning', plannedMinutes: 60 },
    ] as const);
    await seed(own.url, [
      { type: 'item.start', id: discussion.id, current: 'finish' },
      { type: 'speaker.focus', agendaItemId: discussion.id },
      { type: 'speaker.request', delegateId: 1 },
      { type: 'speaker.next' },
      { type: 'speaker.start' },
      { type: 'speaker.finish' },
      { type: 'item.start', id: questioning.id, current: 'finish' },
    ]);
    const [respondent] = await seed(own.url, [{ type: 'respondent.add', delegateId: official.id, agency: 'Sở Kế hoạch và Đầu tư' }]);
    await seed(own.url, [
      { type: 'question.register', askerId: 1, respondentId: respondent.id, text: 'Tiến độ giải ngân vốn đầu tư công?' },
      { type: 'question.next' },
      { type: 'question.toggle' },
      { type: 'question.stop' },
      { type: 'answer.start' },
    ]);
  });
  afterAll(async () => {
    await own?.stop();
  });

  for (const lang of ['vi', 'en'] as const) {
    it(`set the respondents’, speakers’ and overruns’ heads on one line each, each named in full (${lang})`, async () => {
      const page = await review(lang, 1024, 768, own.url, '[data-table=respondents] tbody th');
      await page.locator('[data-table=speakers] tbody th').waitFor();
      // In full the respondents' heads took two and three lines ("Số lượt / trả lời vượt / quy định"), the speakers' two ("Phát biểu / lần đầu").
      for (const id of ['respondents', 'speakers', 'overruns', 'questionOverruns']) {
        const lines = await page.locator(`[data-table=${id}] thead th`).evaluateAll((ths) =>
          ths.map((th) => { const r = document.createRange(); r.selectNodeContents(th); return [th.textContent, new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size] as const; }),
        );
        expect(lines.filter(([, n]) => n > 1), id).toEqual([]);
        expect(await page.locator(`[data-table=${id}]`).locator('..').evaluate((e) => e.scrollWidth <= e.clientWidth), id).toBe(true);
      }
      expect(await page.locator('[data-table=respondents] thead th[scope=colgroup]').allTextContents()).toEqual(lang === 'vi' ? ['Hỏi', 'Trả\u00a0lời', 'Vượt quy\u00a0định'] : ['Asking', 'Answering', 'Over the limit']);
      // A short head says its column in full to a screen reader and in its tooltip.
      const full = lang === 'vi' ? 'Số\u00a0lượt trả\u00a0lời vượt quy\u00a0định' : 'Answers over the limit';
      const head = page.locator('[data-table=respondents]').getByRole('columnheader', { name: full, exact: true });
      expect(await head.textContent()).toBe(lang === 'vi' ? 'Số\u00a0lượt' : 'Turns');
      expect(await head.getAttribute('title')).toBe(full);
      expect(await page.locator('[data-table=respondents] tbody th').first().textContent()).toBe('Nguyễn Thị Phương Thảo');
      await page.context().close();
    });
  }
});
