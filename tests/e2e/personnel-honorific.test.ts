/**
 * The honorific (Ông / Bà) of a person on a ballot: guessed from the name ("Thị" is a woman's),
 * which is wrong for many names (Nguyễn Ngọc Lan is a woman). The preparing form shows the guess as
 * one ("Ông (đoán)") until the secretary chooses; what she chose is what the announcement says, and
 * a guess she left is still shown as one when the draft is edited.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { onBrowser, openPage, seed, seeder, serve, tempDataDir, type Served } from './harness';

const chromium = onBrowser();

async function pick(page: Page, label: string, name: string) {
  const box = page.getByRole('combobox', { name: label, exact: true });
  await box.fill(name);
  await page.getByRole('listbox', { name: label, exact: true }).getByRole('option').first().waitFor();
  await box.press('Enter');
}

const honorific = (page: Page, name: string) => page.getByLabel(`Danh xưng, ${name}`, { exact: true });
const shown = (page: Page, name: string) => honorific(page, name).locator('option:checked').textContent();

describe('the honorific of a candidate', () => {
  let server: Served | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it('is shown as a guess until the secretary chooses it by keyboard, and the announcement says what she chose', async () => {
    server = await serve(tempDataDir());
    await seed(server.url, [
      { type: 'council.save', name: 'HĐND xã Tân Phước', level: 'commune', term: 1, totalSeats: 35 },
      { type: 'session.create', number: 3, term: 1, kind: 'regular', startDate: '2026-12-15', endDate: '2026-12-15' },
      { type: 'delegate.add', fullName: 'Nguyễn Ngọc Lan', seatNumber: 1 },
      { type: 'delegate.add', fullName: 'Trần Thị Hoa', seatNumber: 2 },
      { type: 'delegate.add', fullName: 'Phạm Văn Đức', seatNumber: 3 },
    ]);
    const page = await openPage(chromium.browser, server.url + '#personnel', 'vi');
    await page.locator('select[name=kind]').selectOption('election');
    await page.locator('textarea[name=title]').fill('Phó Chủ tịch Ủy ban nhân dân xã');
    await pick(page, 'Thêm từ danh sách đại biểu', 'Nguyen Ngoc Lan');
    await pick(page, 'Thêm từ danh sách đại biểu', 'Tran Thi Hoa');

    // Each guessed, and said to be a guess.
    expect(await shown(page, 'Nguyễn Ngọc Lan')).toBe('Ông (đoán)');
    expect(await shown(page, 'Trần Thị Hoa')).toBe('Bà (đoán)');
    expect(await honorific(page, 'Nguyễn Ngọc Lan').getAttribute('title')).toBe('Đoán theo tên; hãy chọn Ông, Bà hoặc — để xác nhận.');

    // She sets Nguyễn Ngọc Lan's by keyboard: the guess, —, Ông, Bà.
    await honorific(page, 'Nguyễn Ngọc Lan').focus();
    await page.keyboard.press('End');
    await expect.poll(() => shown(page, 'Nguyễn Ngọc Lan')).toBe('Bà');
    expect(await honorific(page, 'Nguyễn Ngọc Lan').getAttribute('title')).toBeNull();
    await page.getByRole('button', { name: 'Chuẩn bị', exact: true }).click();

    // Edited later, her choice is hers and the guess she left is still a guess.
    await page.getByRole('button', { name: /^Sửa/ }).click();
    await expect.poll(() => shown(page, 'Nguyễn Ngọc Lan')).toBe('Bà');
    expect(await shown(page, 'Trần Thị Hoa')).toBe('Bà (đoán)');
    await page.keyboard.press('Escape');

    // Counted and announced: "Bà Nguyễn Ngọc Lan", as chosen (the guess said "Ông").
    const { run, close } = await seeder(server.url);
    try {
      await run('personnel.committee', { id: 1, head: 3 });
      await run('personnel.open', { id: 1, present: 33 });
      await run('personnel.ballots', { id: 1, issued: 33, returned: 33, valid: 33, invalid: 0 });
      await run('personnel.count', { id: 1, lines: [{ personId: 1, counts: { agree: 30, disagree: 3 } }, { personId: 2, counts: { agree: 3, disagree: 30 } }] });
      await run('personnel.close', { id: 1 });
    } finally {
      close();
    }
    await expect.poll(() => page.locator('[data-announcement=vi] li').first().textContent()).toMatch(/^Bà Nguyễn Ngọc Lan được 30\/35 phiếu đồng ý/);
    expect(await page.locator('[data-announcement=en] li').first().textContent()).toMatch(/^Ms Nguyễn Ngọc Lan: in favour, 30 of 35/);
  });
});
