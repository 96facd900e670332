/**
 * The chair's console (English) and the paired secretary's (Vietnamese), both at 1366×768,
 * editing the same delegate's row at once (electron/engine/edits.ts): different fields are both
 * kept; the same field is refused on the console that saved second, in its language, naming who
 * changed it and what it is now, with what was typed kept in the form to save again.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freePort, onBrowser, openPage, pairSecretary, seed, serve, showView, tempDataDir, view, type Served } from './harness';

const chromium = onBrowser();
let server: Served;
let lanPort: number;
beforeEach(async () => {
  lanPort = await freePort();
  server = await serve(tempDataDir(), ['--port', String(await freePort()), '--lan-host', '127.0.0.1', '--lan-port', String(lanPort)]);
});
afterEach(async () => {
  await server?.stop();
});

const SHOTS = process.env.GAVEL_SHOTS;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
};

/** The row's edit form, as each console labels its boxes. */
const form = (page: Page, lang: 'vi' | 'en') => {
  const row = page.locator('tr.editing');
  const l = lang === 'vi' ? { seat: 'Ghế', name: 'Họ và tên', title: 'Chức vụ', save: 'Lưu' } : { seat: 'Seat', name: 'Full name', title: 'Title / position', save: 'Save' };
  return {
    row,
    seat: row.getByLabel(l.seat, { exact: true }),
    name: row.getByLabel(l.name, { exact: true }),
    title: row.getByLabel(l.title, { exact: true }),
    save: () => row.getByRole('button', { name: l.save, exact: true }).click(),
    alert: row.getByRole('alert'),
  };
};
const edit = (page: Page, lang: 'vi' | 'en', name: string) => page.getByRole('button', { name: `${lang === 'vi' ? 'Sửa' : 'Edit'} ${name}`, exact: true }).click();
const rowOf = (page: Page, seat: number) => page.locator('tr[data-delegate]').filter({ has: page.locator('td.num', { hasText: new RegExp(`^${seat}$`) }) });

describe('two consoles editing the same delegate', () => {
  it('keeps both fields changed from the same view, and refuses the same field in words on the second console', async () => {
    await seed(server.url, [
      { type: 'council.save', name: 'HĐND tỉnh Quảng Trị', level: 'province', term: 8, totalSeats: 50 },
      { type: 'session.create', number: 4, term: 8, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09' },
      { type: 'delegate.add', fullName: 'Nguyễn Văn An', seatNumber: 5, group: 'Tổ đại biểu số 1', title: 'Phó Chủ tịch' },
      { type: 'delegate.add', fullName: 'Trần Thị Bình', seatNumber: 6, group: 'Tổ đại biểu số 1' },
    ] as const);
    const chair = await openPage(chromium.browser, server.url, 'en');
    await chair.setViewportSize({ width: 1366, height: 768 });
    await showView(chair, view('roster'));
    const { secretary } = await pairSecretary(chromium.browser, server.url, lanPort, 'vi');
    await showView(secretary, view('roster'));

    // Both open Nguyễn Văn An's row; the chair moves him to seat 12, the secretary, her form still
    // showing seat 5, corrects his name. Both are kept, on both consoles.
    await edit(chair, 'en', 'Nguyễn Văn An');
    await edit(secretary, 'vi', 'Nguyễn Văn An');
    const c = form(chair, 'en');
    const s = form(secretary, 'vi');
    await c.seat.fill('12');
    await c.save();
    await expect.poll(() => rowOf(chair, 12).locator('.name').textContent()).toBe('Nguyễn Văn An');
    await expect.poll(() => s.seat.inputValue()).toBe('5');
    await s.name.fill('Nguyễn Văn Ân');
    await s.save();
    await expect.poll(() => s.row.count()).toBe(0);
    for (const page of [chair, secretary]) {
      await expect.poll(() => rowOf(page, 12).locator('.name').textContent()).toBe('Nguyễn Văn Ân');
      await expect.poll(() => rowOf(page, 5).count()).toBe(0);
    }

    // The same field: both change his title; the chair saves first, the secretary's is refused,
    // in Vietnamese, naming the chair and the title he has now, and her words stay in the form.
    await edit(chair, 'en', 'Nguyễn Văn Ân');
    await edit(secretary, 'vi', 'Nguyễn Văn Ân');
    await c.title.fill('Chủ tịch');
    await c.save();
    await expect.poll(() => rowOf(chair, 12).locator('td').nth(2).textContent()).toBe('Chủ tịch');
    await s.title.fill('Ủy viên Thường trực');
    await s.save();
    await expect.poll(() => s.alert.textContent()).toBe(
      'Chủ tọa vừa sửa chức vụ (nay là «Chủ tịch») của Nguyễn Văn Ân trong lúc anh/chị đang sửa, nên chưa lưu gì của anh/chị. Những gì anh/chị nhập vẫn còn trong biểu mẫu: hãy xem lại, rồi lưu lại nếu muốn thay.',
    );
    await expect.poll(() => s.title.inputValue()).toBe('Ủy viên Thường trực');
    // The fields she left show the person as he is now.
    await expect.poll(() => s.seat.inputValue()).toBe('12');
    await expect.poll(() => s.name.inputValue()).toBe('Nguyễn Văn Ân');
    await shot(secretary, 'crossing-refused-vi');
    await expect.poll(() => rowOf(chair, 12).locator('td').nth(2).textContent()).toBe('Chủ tịch');

    // Told, she saves again: hers replaces the chair's, and the chair's console shows it.
    await s.save();
    await expect.poll(() => s.row.count()).toBe(0);
    await expect.poll(() => rowOf(chair, 12).locator('td').nth(2).textContent()).toBe('Ủy viên Thường trực');

    // The other way round: the secretary's seat first, the chair's refused in English, naming her console.
    await edit(chair, 'en', 'Trần Thị Bình');
    await edit(secretary, 'vi', 'Trần Thị Bình');
    await s.seat.fill('20');
    await s.save();
    await expect.poll(() => rowOf(secretary, 20).locator('.name').textContent()).toBe('Trần Thị Bình');
    await c.seat.fill('21');
    await c.save();
    await expect.poll(() => c.alert.textContent()).toBe(
      'Thư ký - laptop 2 changed the seat number (now 20) of Trần Thị Bình while you were editing it, so nothing of yours was saved. What you typed is still in the form: check it, and save again to replace it.',
    );
    await expect.poll(() => c.seat.inputValue()).toBe('21');
    await shot(chair, 'crossing-refused-en');
    await expect.poll(() => rowOf(secretary, 21).count()).toBe(0);
  });
});
