import { describe, expect, it } from 'vitest';
import type { FileChooser, Locator, Page } from 'playwright-core';
import { alerts, failOnPageErrors, handled, openPage } from './harness';
import { importSetup, openRosterImport } from './imports';

// A commune council: a district one with sessions after July 2025 is told its level is likely out of date.
const setup = importSetup({ name: 'HĐND xã Lương Sơn', level: 'commune', term: 4, totalSeats: 30 }, { number: 11, startDate: '2026-12-08', endDate: '2026-12-09' });

/** What a date or time field holds after `keys` are typed into it, as a secretary types them. */
async function typed(page: Page, field: Locator, keys: string): Promise<string> {
  await field.focus();
  await page.keyboard.type(keys);
  return field.inputValue();
}

describe('form fields speak the console’s language, whatever the browser’s locale', () => {
  it('are reached from the page’s first Tab: it skips the header and the menu’s sections to the view', async () => {
    const page = await openPage(setup.browser, setup.server.url + '#setup', 'vi');
    failOnPageErrors(page);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('button', { name: 'Bỏ qua menu, đến nội dung của mục này' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    // The council's name, the first field of a new console, one Tab on (it took seventeen).
    expect(await page.getByLabel('Tên Hội đồng nhân dân').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.context().close();
  });

  it('take a date typed day, month, year and a 24-hour time, in both languages', async () => {
    // An English-US browser: left to itself, its date fields read month/day and 12-hour time.
    const page = await openPage(setup.browser, setup.server.url + '#setup', 'en');
    failOnPageErrors(page);
    const opensEn = page.getByLabel('Opens on');
    await typed(page, opensEn, '08122026');
    await page.keyboard.press('Tab');
    expect(await opensEn.inputValue()).toBe('08/12/2026');
    await page.keyboard.press('Alt+5');
    expect(await typed(page, page.getByLabel('Planned start'), '1410')).toBe('1410');
    await page.keyboard.press('Tab');
    // Shown as the council writes it, not "02:10 PM" as an English-US time picker would.
    expect(await page.getByLabel('Planned start').inputValue()).toBe('14:10');
    expect(await page.getByLabel('Planned start').getAttribute('type')).toBe('text');
    const end = page.getByLabel('Planned end');
    expect(await typed(page, end, '17h30')).toBe('17h30');
    await page.keyboard.press('Tab');
    expect(await end.inputValue()).toBe('17:30');
    // A bad time says so and adds no sitting, by Enter as by the button.
    await typed(page, end, '25:00');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').getByText('“25:00” is not a time of day: the hour goes from 0 to 23 (the 24-hour clock, e.g. 14:30). Nothing was changed.').waitFor();
    await page.getByRole('button', { name: 'Add sitting' }).click();
    await handled(page);
    expect(await page.getByText('No sittings yet').count()).toBe(1);

    await page.getByRole('button', { name: 'Tiếng Việt', exact: true }).click();
    await page.keyboard.press('Alt+1');
    const opens = page.getByLabel('Ngày khai mạc');
    await opens.fill('');
    await typed(page, opens, '9.12.2026');
    await page.keyboard.press('Tab');
    expect(await opens.inputValue()).toBe('09/12/2026');
    await page.keyboard.press('Alt+5');
    const start = page.getByLabel('Giờ bắt đầu dự kiến');
    await typed(page, start, '7 30');
    await page.keyboard.press('Tab');
    expect(await start.inputValue()).toBe('07:30');
    await page.context().close();
  });

  it('read and take dates day first in an English-US browser, and refuse a date that does not exist', async () => {
    // The secretary's own laptop on the LAN: its Chrome formats native date fields month first,
    // so 8 December read "12/08/2026", the 12th of August to a Vietnamese reader.
    const page = await openPage(setup.browser, setup.server.url + '#setup', 'en');
    await page.getByRole('button', { name: 'Tiếng Việt', exact: true }).click();
    const opens = page.getByLabel('Ngày khai mạc', { exact: true });
    const closes = page.getByLabel('Ngày bế mạc', { exact: true });
    expect(await opens.getAttribute('type')).toBe('text');
    await typed(page, opens, '31/02/2027');
    // Enter in the half-typed field says why and submits nothing, nor does the button.
    await page.keyboard.press('Enter');
    await expect.poll(() => alerts(page).allTextContents()).toContain('«31/02/2027» không phải là ngày hợp lệ. Hãy gõ ngày/tháng/năm, ví dụ 08/12/2026 hoặc 8/12/2026; chưa có gì thay đổi.');
    expect(await opens.getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('button', { name: 'Tạo kỳ họp' }).click();
    const sessions = page.locator('section[aria-labelledby="sessions-heading"] tbody tr');
    await handled(page);
    expect(await sessions.count()).toBe(1);

    await typed(page, opens, '7/12/2027');
    await page.keyboard.press('Tab');
    expect(await opens.inputValue()).toBe('07/12/2027');
    expect(await alerts(page).count()).toBe(0);
    await typed(page, closes, '08-12-2027');
    // Arrow keys step a day, as in the browser's own field.
    await page.keyboard.press('ArrowUp');
    expect(await closes.inputValue()).toBe('09/12/2027');
    await page.keyboard.press('Enter');
    await page.getByRole('cell', { name: '07/12/2027 – 09/12/2027' }).waitFor();
    expect(await sessions.count()).toBe(2);
    await page.context().close();
  });

  it('choose a file with the console’s own words, by keyboard, and name the file chosen', async () => {
    // An English browser under the Vietnamese console: Chromium's own button would say "Choose File".
    const page = await openPage(setup.browser, setup.server.url + '#roster', 'en');
    failOnPageErrors(page);
    // Listening from the start: Chromium intercepts the dialog only once it is asked to, and a
    // listener added as the key is pressed could be late.
    const choosers: FileChooser[] = [];
    page.on('filechooser', (c) => choosers.push(c));
    await page.getByRole('button', { name: 'Tiếng Việt', exact: true }).click();
    await openRosterImport(page);
    const choose = page.getByRole('button', { name: 'Chọn tệp…' });
    await expect.poll(() => choose.evaluate((b) => b.parentElement?.textContent)).toBe('Chọn tệp… Chưa chọn tệp');
    await choose.focus();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Chọn tệp…');
    await page.keyboard.press('Enter');
    await expect.poll(() => choosers.length).toBe(1);
    await choosers[0].setFiles({ name: 'danh-sach-dai-bieu.csv', mimeType: 'text/csv', buffer: Buffer.from('Số ghế,Họ và tên\n1,Nguyễn Thị Hằng\n') });
    await expect.poll(() => choose.evaluate((b) => b.parentElement?.textContent)).toBe('Chọn tệp… danh-sach-dai-bieu.csv');
    // The same input, by its label, as before.
    expect(await page.getByLabel('Tệp danh sách (.xlsx, .csv hoặc Word .docx)').evaluate((i) => (i as HTMLInputElement).files?.[0]?.name)).toBe('danh-sach-dai-bieu.csv');
    await page.getByText('Nguyễn Thị Hằng').first().waitFor();
    // Imported: the field names no file, so the next import starts clean.
    await page.getByRole('button', { name: 'Nhập: thêm 1 người', exact: true }).click();
    await page.getByRole('cell', { name: 'Nguyễn Thị Hằng' }).first().waitFor();
    await expect.poll(() => choose.evaluate((b) => b.parentElement?.textContent)).toBe('Chọn tệp… Chưa chọn tệp');
    await page.context().close();
  });

  it('leave the new session form after a create: a second Enter in the end date creates nothing', async () => {
    const page = await openPage(setup.browser, setup.server.url + '#setup', 'en');
    const rows = page.locator('tr[data-session]');
    const before = await rows.count();
    // Dates typed: the form then resets them to today's, which used to take the keyboard back
    // into the end date (Chromium's select() focuses), where the next Enter made one more session.
    await typed(page, page.getByLabel('Opens on'), '14122026');
    await page.keyboard.press('Tab');
    await typed(page, page.getByLabel('Closes on'), '15122026');
    await page.keyboard.press('Enter');
    await expect.poll(() => rows.count()).toBe(before + 1);
    // The keyboard is on the new session's row (the list is by number: the last one).
    await expect.poll(() => rows.last().evaluate((row) => row === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await handled(page);
    expect(await rows.count()).toBe(before + 1);
    await page.context().close();
  });
});
