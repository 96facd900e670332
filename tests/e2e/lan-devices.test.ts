/**
 * Phones and tablets on the LAN, as a new user tries them: a secretary's console paired from a
 * phone or a tablet, and the read-only hall display opened there by its address, upright.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { failOnPageErrors, freePort, launch, pairSecretary, seed, serve, sharing, tempDataDir, type Served } from './harness';

let browser: Browser;
let server: Served;
let lanPort: number;
beforeAll(async () => {
  browser = await launch();
  lanPort = await freePort();
  server = await serve(tempDataDir(), ['--lan-host', '127.0.0.1', '--lan-port', String(lanPort)]);
  const [, , a, b] = await seed(server.url, [
    { type: 'council.save', name: 'HĐND xã Tân Lạc', level: 'commune', term: 1, totalSeats: 15 },
    { type: 'session.create', number: 4, term: 1, kind: 'regular', title: 'Kỳ họp thường lệ cuối năm 2026', startDate: '2026-12-08', endDate: '2026-12-08' },
    { type: 'delegate.add', fullName: 'Nguyễn Văn Dũng', seatNumber: 1 },
    { type: 'delegate.add', fullName: 'Trần Thị Hoa', seatNumber: 2 },
  ]);
  await seed(server.url, [
    { type: 'agenda.add', title: 'Biểu quyết thông qua các nghị quyết', kind: 'vote', plannedMinutes: 10 },
    { type: 'attendance.open', label: '2026-12-08 sáng' },
    { type: 'attendance.mark', delegateId: a.id, status: 'excused' },
    { type: 'vote.create', resolutionTitle: 'Nghị quyết về biên chế công chức năm 2027', method: 'hands' },
  ]);
  void b;
  await seed(server.url, [{ type: 'vote.open', id: 1, present: 14 }]);
});
afterAll(async () => {
  await server?.stop();
  await browser?.close();
});

const boxOf = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;

describe('a secretary’s console on a phone or a tablet', () => {
  it('gives the view the whole width, with the views in a strip above it; a laptop keeps its rail', async () => {
    const { context, secretary } = await pairSecretary(browser, server.url, lanPort, 'vi');
    for (const [width, height] of [[390, 844], [768, 1024]] as const) {
      await secretary.setViewportSize({ width, height });
      // Before, the rail kept 212 px and left a phone's view 178 px: a word a line.
      expect((await boxOf(secretary, 'main')).width).toBeGreaterThanOrEqual(width - 1);
      const [nav, main] = [await boxOf(secretary, 'nav'), await boxOf(secretary, 'main')];
      expect(nav.y + nav.height).toBeLessThanOrEqual(main.y + 1);
      // A view in the strip is one tap away.
      await secretary.getByRole('navigation').getByRole('button', { name: 'Điểm danh' }).click();
      await expect.poll(() => secretary.locator('main h2').first().textContent()).toContain('Điểm danh');
      await secretary.getByRole('navigation').getByRole('button', { name: 'Phát biểu' }).click();
    }
    // Opened at a view far along the strip, the strip shows where the user is.
    await secretary.setViewportSize({ width: 390, height: 844 });
    await secretary.goto(`http://127.0.0.1:${lanPort}/#votes`);
    await secretary.reload();
    const shown = secretary.locator('nav .rail [data-view=votes]');
    await expect.poll(async () => (await shown.boundingBox())?.x ?? -1).toBeGreaterThanOrEqual(0);
    const tab = (await shown.boundingBox())!;
    expect(tab.x + tab.width).toBeLessThanOrEqual(390);
    await secretary.setViewportSize({ width: 1366, height: 768 });
    const [nav, main] = [await boxOf(secretary, 'nav'), await boxOf(secretary, 'main')];
    expect(nav.x + nav.width).toBeLessThanOrEqual(main.x + 1);
    await context.close();
  });
});

describe('the hall display on a phone or a tablet held upright', () => {
  it('keeps the presence badge no larger than the session line, and gives the content the width squared', async () => {
    const { urls } = await sharing(server.url, { enable: true });
    for (const [width, height] of [[390, 844], [768, 1024]] as const) {
      const context = await browser.newContext({ locale: 'vi', viewport: { width, height } });
      const hall = await context.newPage();
      failOnPageErrors(hall);
      await hall.goto(urls[0]);
      await hall.getByTestId('hall-quorum').waitFor();
      const size = (selector: string) => hall.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      // Before, sized by the screen's height, the badge was larger than the resolution's title.
      expect(await size('[data-testid=hall-quorum]')).toBeLessThanOrEqual(await size('.screen header .session'));
      // Before, a 4:3 box (three quarters of the width) left half a phone empty and its words 8 px.
      const content = await boxOf(hall, '.screen > .content');
      expect(content.height).toBeGreaterThanOrEqual(width * 0.95);
      expect(content.y + content.height).toBeLessThanOrEqual(height);
      await context.close();
    }
  });
});
