/**
 * A roll call taken by keyboard in Chromium, as a secretary calls it: seat number and `p` for each
 * delegate she sees, so the confirmed count goes up (it used to clear the mark: the delegate fell
 * back among the unmarked); Ctrl+Z takes a `p` back; `b` clears a mark; the view's single keys work
 * from the seat box, where the keyboard stays (`/` to the name box: it used to type itself there,
 * and the name's letters then marked an empty seat; `s` is not typed into the box).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onBrowser, openPage, seed, serve, showView, tempDataDir, type Served } from './harness';

const NAMES = ['Nguyễn Thị Hằng', 'Đặng Quốc Việt', 'Trần Thị Ánh Tuyết', 'Lê Văn Đức', 'Hoàng Thị Ngọc Ánh', 'Phạm Đình Khôi'];
const live = onBrowser();
let server: Served;
beforeAll(async () => {
  server = await serve(tempDataDir());
  await seed(server.url, [
    { type: 'council.save', name: 'HĐND xã Tân Lập', level: 'commune', term: 1, totalSeats: 6 },
    { type: 'session.create', number: 5, term: 1, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-08' },
    ...NAMES.map((fullName, i) => ({ type: 'delegate.add' as const, fullName, seatNumber: i + 1 })),
    { type: 'attendance.open', label: '2026-12-08 sáng' },
  ]);
});
afterAll(() => server?.stop());

describe('a roll call by keyboard', () => {
  it('counts each delegate marked present among the confirmed, takes a mark back with Ctrl+Z, and clears one with b', async () => {
    const page = await openPage(live.browser, server.url, 'vi');
    await showView(page, { id: 'attendance', keys: 'Alt+4' });
    const box = page.getByRole('textbox', { name: 'Số ghế, rồi một phím' });
    await box.focus();
    const groups = page.getByTestId('present-basis');
    // `s` (the key that brings the keyboard here) is not typed into the box.
    await page.keyboard.press('s');
    for (const seat of ['1', '2', '3']) {
      await page.keyboard.type(seat);
      await page.keyboard.press('p');
    }
    await expect.poll(() => groups.textContent()).toBe('Đã điểm danh có mặt: 3 · Vắng: 0 · Chưa đánh dấu, được tính là có mặt: 3 (ghế 4, 5, 6)');
    await expect(page.getByTestId('present-count').textContent()).resolves.toBe('Có mặt 6/6 đại biểu');
    const tuyet = page.getByTestId('att-person').filter({ hasText: 'Trần Thị Ánh Tuyết' });
    await expect(tuyet.getAttribute('aria-label')).resolves.toBe('Trần Thị Ánh Tuyết: Có mặt');

    // The last `p` taken back from the emptied seat box.
    await page.keyboard.press('Control+z');
    await expect.poll(() => tuyet.getAttribute('aria-label')).toBe('Trần Thị Ánh Tuyết: Chưa đánh dấu');
    await expect.poll(() => groups.textContent()).toBe('Đã điểm danh có mặt: 2 · Vắng: 0 · Chưa đánh dấu, được tính là có mặt: 4 (ghế 3, 4, 5, 6)');

    // `b` clears a mark given: back to not marked.
    await box.focus();
    await page.keyboard.type('2');
    await page.keyboard.press('b');
    const viet = page.getByTestId('att-person').filter({ hasText: 'Đặng Quốc Việt' });
    await expect.poll(() => viet.getAttribute('aria-label')).toBe('Đặng Quốc Việt: Chưa đánh dấu');

    // `/` from the seat box goes to the name box; a name, Enter, `p` marks that person.
    await box.focus();
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await page.keyboard.type('ngoc anh');
    await page.keyboard.press('Enter');
    await page.keyboard.press('p');
    const anh = page.getByTestId('att-person').filter({ hasText: 'Hoàng Thị Ngọc Ánh' });
    await expect.poll(() => anh.getAttribute('aria-label')).toBe('Hoàng Thị Ngọc Ánh: Có mặt');
    await expect.poll(() => groups.textContent()).toBe('Đã điểm danh có mặt: 2 · Vắng: 0 · Chưa đánh dấu, được tính là có mặt: 4 (ghế 2, 3, 4, 6)');
    expect(await page.getByRole('alert').filter({ hasText: /ghế/ }).count()).toBe(0);
    await page.context().close();
  });
});
