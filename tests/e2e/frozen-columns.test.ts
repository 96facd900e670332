/**
 * The roster on a phone (a paired console at 390 px) keeps the seat and the name in place while the
 * other columns slide under them: the frozen columns are part of the table, scrolled or not. At rest
 * the name has no line of its own; scrolled, its head stays over the names, it takes its row's hover
 * shade, and only then casts a soft edge (as the review's row names do: review-tables.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, seed, serve, showView, tempDataDir, view, type Served } from './harness';

let browser: Browser;
let server: Served;
beforeAll(async () => {
  browser = await launch();
  server = await serve(tempDataDir());
  await seed(server.url, [
    { type: 'council.save', name: 'HĐND xã Lương Sơn', level: 'commune', term: 1, totalSeats: 35 },
    { type: 'session.create', number: 3, term: 1, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09' },
    ...['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Hồng Nhung'].map((fullName, i) => ({
      type: 'delegate.add' as const,
      fullName,
      title: 'Đại biểu HĐND xã',
      group: 'Tổ đại biểu số 1 - khu phố Lương Sơn',
      committee: 'Ban Kinh tế - Ngân sách',
      seatNumber: i + 1,
    })),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the roster’s frozen seat and name on a phone', () => {
  it('draw no line at rest; scrolled, the name’s head stays over the names, the row’s hover shade covers them, and a soft edge shows', async () => {
    const page = await openPage(browser, server.url, 'vi');
    await page.setViewportSize({ width: 390, height: 844 });
    await showView(page, view('roster'));
    const box = page.locator('.table-scroll').first();
    const head = box.locator('thead th').nth(1);
    const name = box.locator('tbody tr').nth(2).locator('td').nth(1);
    await name.scrollIntoViewIfNeeded();
    const shadow = () => name.evaluate((e) => getComputedStyle(e).boxShadow);
    // At rest: no line of its own (the name drew a 1 px rule at its right, whether scrolled or not).
    expect(await shadow()).toBe('none');

    await box.evaluate((e) => e.scrollTo({ left: 140 }));
    await expect.poll(() => box.evaluate((e) => e.scrollLeft)).toBe(140);
    // The head over its names: its "3.2em" of 12 px letters left it 6 px left of the rows' 15 px ones.
    const [h, n] = [(await head.boundingBox())!, (await name.boundingBox())!];
    expect(Math.abs(h.x - n.x)).toBeLessThan(0.5);
    // Scrolled: the soft edge, on the name only (the seat beside it is frozen too).
    await expect.poll(shadow).not.toBe('none');
    expect(await box.locator('tbody tr').nth(2).locator('td').first().evaluate((e) => getComputedStyle(e).boxShadow)).toBe('none');

    // Hovered, the row is shaded across, the frozen seat and name with it (they stayed white).
    const row = box.locator('tbody tr').nth(2);
    const r = (await row.boundingBox())!;
    // Over a figure sliding under, at the box's right edge (the row runs on past it).
    const b = (await box.boundingBox())!;
    await page.mouse.move(b.x + b.width - 10, r.y + r.height / 2);
    const shade = (k: number) => row.locator('td').nth(k).evaluate((e) => getComputedStyle(e).backgroundColor);
    await expect.poll(() => shade(1)).toBe('rgb(248, 249, 251)');
    expect(await shade(0)).toBe('rgb(248, 249, 251)');
    await page.context().close();
  });
});
