/**
 * Loose ends of the console found in round 24: the address and the view agree both ways (a hash
 * typed on the loaded page, the browser's Back and Forward), and the Review view's signer line
 * fits 1366×768 in both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { onBrowser, openPage, seed, serve, showView, tempDataDir, view, type Served } from './harness';

const chromium = onBrowser();
let server: Served;
beforeAll(async () => {
  server = await serve(tempDataDir());
  await seed(server.url, [
    { type: 'council.save', name: 'HĐND tỉnh Quảng Trị', level: 'province', term: 9, totalSeats: 80 },
    { type: 'session.create', number: 4, term: 9, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-10' },
  ]);
});
afterAll(async () => {
  await server?.stop();
});

const shown = (page: Page) => page.locator('nav [aria-current=page]').getAttribute('data-view');

describe('the address and the view', () => {
  it('shows the view of a hash typed on the loaded page, and Back and Forward step through the views chosen', async () => {
    const page = await openPage(chromium.browser, server.url, 'en');
    await showView(page, view('live'));
    // Typed in the address bar: the page is not reloaded, only its hash changes.
    await page.evaluate(() => (location.hash = '#setup'));
    await expect.poll(() => shown(page)).toBe('setup');
    await page.evaluate(() => (location.hash = '#review'));
    await expect.poll(() => shown(page)).toBe('review');
    await showView(page, view('agenda'));
    await page.goBack();
    await expect.poll(() => shown(page)).toBe('review');
    expect(await page.evaluate(() => location.hash)).toBe('#review');
    await page.goBack();
    await expect.poll(() => shown(page)).toBe('setup');
    await page.goForward();
    await expect.poll(() => shown(page)).toBe('review');
    // An address of no view leaves the view as it is, and the address says which it is.
    await page.evaluate(() => (location.hash = '#nowhere'));
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#review');
    expect(await shown(page)).toBe('review');
    await page.context().close();
  });
});

describe('the Review view’s signer line at 1366×768', () => {
  it('shows the signer and the longest role whole, and stays inside its column, in both languages', async () => {
    const [vice] = await seed(server.url, [
      { type: 'delegate.add', fullName: 'Hoàng Thị Minh Nga', title: 'Phó Chủ tịch HĐND tỉnh, Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh' },
    ] as const);
    await seed(server.url, [{ type: 'review.setSigner', delegateId: vice.id, role: 'viceChair' }]);
    for (const lang of ['vi', 'en'] as const) {
      const page = await openPage(chromium.browser, server.url, lang);
      await page.setViewportSize({ width: 1366, height: 768 });
      await showView(page, view('review'));
      const line = page.getByTestId('review-signer');
      await line.locator('select').first().waitFor();
      // A list cut short of its chosen option is narrower than it would be with no limit.
      const cut = await line.evaluate((el) =>
        [...el.querySelectorAll('select')].map((s) => {
          const shown = s.getBoundingClientRect().width;
          s.style.maxWidth = 'none';
          const whole = s.getBoundingClientRect().width;
          s.style.maxWidth = '';
          return whole - shown;
        }),
      );
      expect(cut, lang).toEqual([0, 0]);
      const [right, column] = await line.evaluate((el) => [Math.max(...[...el.children].map((c) => c.getBoundingClientRect().right)), el.getBoundingClientRect().right]);
      expect(right, lang).toBeLessThanOrEqual(column);
      await page.context().close();
    }
  });
});
