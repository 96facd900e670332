/**
 * Round 24's live loose ends, in Chromium against `npm run serve` at 1366×768: Alt+S with several
 * sittings suspended closes the one the chair means, and says which; the review report's signer is
 * chosen in the Review view.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alerts, onBrowser, openPage, seed, serve, showView, tempDataDir, view, type Served } from './harness';

const chromium = onBrowser();
let server: Served;
beforeAll(async () => {
  server = await serve(tempDataDir());
});
afterAll(async () => {
  await server?.stop();
});

describe('Alt+S with two sittings suspended', () => {
  it('closes the latest suspended, not the first, and the toast names it; the earlier one stays suspended', async () => {
    const [, , yesterday, today] = await seed(server.url, [
      { type: 'council.save', name: 'HĐND xã Lương Sơn', level: 'commune', term: 1, totalSeats: 15 },
      { type: 'session.create', number: 1, term: 1, kind: 'regular', title: 'Kỳ họp thứ nhất', startDate: '2026-12-08', endDate: '2026-12-09' },
      { type: 'sitting.add', date: '2026-12-08', part: 'afternoon', plannedStart: '13:30', plannedEnd: '17:00' },
      { type: 'sitting.add', date: '2026-12-09', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' },
    ] as const);
    // Yesterday's afternoon was left suspended; this morning opened, then suspended for a break.
    await seed(server.url, [
      { type: 'sitting.open', id: yesterday.id },
      { type: 'sitting.suspend', id: yesterday.id },
      { type: 'sitting.open', id: today.id },
      { type: 'sitting.suspend', id: today.id },
    ]);
    const page = await openPage(chromium.browser, server.url, 'en');
    await page.setViewportSize({ width: 1366, height: 768 });
    await showView(page, view('live'));
    const status = (id: number) => page.locator(`[data-sitting="${id}"] .sstatus`).textContent();
    await expect.poll(() => status(today.id)).toBe('Suspended');
    expect(await status(yesterday.id)).toBe('Suspended');
    await page.keyboard.press('Alt+S');
    await expect.poll(() => status(today.id)).toBe('Closed');
    expect(await status(yesterday.id)).toBe('Suspended');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'closed' }).first().textContent()).toContain('Morning, 9 Dec 2026 closed');
    expect(await alerts(page).count()).toBe(0);
    // Pressed again: the one left, yesterday's afternoon, and it says so.
    await page.keyboard.press('Alt+S');
    await expect.poll(() => status(yesterday.id)).toBe('Closed');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'closed' }).first().textContent()).toContain('Afternoon, 8 Dec 2026 closed');
    await page.context().close();
  });
});

describe('the review report’s signer', () => {
  it('is chosen in the Review view, a Tab after the exports, said in a toast and kept after a reload; in Vietnamese too', async () => {
    const data = await serve(tempDataDir());
    try {
      const [, , chair, vice] = await seed(data.url, [
        { type: 'council.save', name: 'HĐND xã Lương Sơn', level: 'commune', term: 1, totalSeats: 15 },
        { type: 'session.create', number: 1, term: 1, kind: 'regular', title: 'Kỳ họp thứ nhất', startDate: '2026-12-08', endDate: '2026-12-08' },
        { type: 'delegate.add', fullName: 'Nguyễn Văn An', title: 'Chủ tịch HĐND xã' },
        { type: 'delegate.add', fullName: 'Bùi Văn Khánh', title: 'Phó Chủ tịch HĐND xã' },
      ] as const);
      const page = await openPage(chromium.browser, data.url, 'en');
      await page.setViewportSize({ width: 1366, height: 768 });
      await showView(page, view('review'));
      const person = page.getByRole('combobox', { name: 'Signer' });
      const role = page.getByRole('combobox', { name: 'Signs as' });
      await expect.poll(() => person.locator('option:checked').textContent()).toBe('Suggested: Nguyễn Văn An');
      // By keyboard: the last export, then Tab to the signer.
      await page.getByRole('link', { name: 'Speaking times (.csv)' }).focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Signer');
      await person.selectOption(String(vice.id));
      await page.getByText('The report will be signed by Bùi Văn Khánh, as For the Standing Committee – Chair.').waitFor();
      await role.selectOption('viceChair');
      await page.getByText('The report will be signed by Bùi Văn Khánh, as For the Standing Committee – For the Chair – Vice Chair.').waitFor();
      expect(await alerts(page).count()).toBe(0);
      await page.context().close();
      // Kept: a new console, in Vietnamese, shows the choice.
      const vi = await openPage(chromium.browser, data.url, 'vi');
      await showView(vi, view('review'));
      await expect.poll(() => vi.getByRole('combobox', { name: 'Người ký' }).inputValue()).toBe(String(vice.id));
      expect(await vi.getByRole('combobox', { name: 'Ký với tư cách' }).locator('option:checked').textContent()).toBe('TM. Thường trực HĐND – KT. Chủ tịch – Phó Chủ tịch');
      expect(chair.id).not.toBe(vice.id);
      await vi.context().close();
    } finally {
      await data.stop();
    }
  });
});
