import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { failOnPageErrors, launch, openPage, seed, serve, tempDataDir, type Served } from './harness';

let browser: Browser;
let server: Served;
beforeAll(async () => {
  browser = await launch();
  server = await serve(tempDataDir());
  await seed(server.url, [
    { type: 'council.save', name: 'HĐND huyện Lương Sơn', level: 'district', term: 4, totalSeats: 35 },
    { type: 'session.create', number: 11, term: 4, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09' },
  ]);
});
afterAll(async () => {
  await server?.stop();
  await browser?.close();
});

/** What a date or time field holds after `keys` are typed into it, as a secretary types them. */
async function typed(page: Page, field: Locator, keys: string): Promise<string> {
  await field.focus();
  await page.keyboard.type(keys);
  return field.inputValue();
}

describe('date and time fields, in Chromium as the desktop app runs it', () => {
  it('take a date typed day, month, year and a 24-hour time, in both languages', async () => {
    // An English-US browser: left to itself, its date fields read month/day and 12-hour time.
    const page = await openPage(browser, server.url + '#setup', 'en');
    failOnPageErrors(page);
    expect(await typed(page, page.getByLabel('Opens on'), '08122026')).toBe('2026-12-08');
    await page.keyboard.press('Alt+5');
    expect(await typed(page, page.getByLabel('Planned start'), '1410')).toBe('14:10');

    await page.getByRole('button', { name: 'Tiếng Việt', exact: true }).click();
    await page.keyboard.press('Alt+1');
    const opens = page.getByLabel('Ngày khai mạc');
    expect(await typed(page, opens, '09122026')).toBe('2026-12-09');
    expect(await opens.getAttribute('lang')).toBe('vi');
    await page.keyboard.press('Alt+5');
    expect(await typed(page, page.getByLabel('Giờ bắt đầu dự kiến'), '0730')).toBe('07:30');
    await page.context().close();
  });
});
