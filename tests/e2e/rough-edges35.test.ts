/**
 * Rough edges of the roster's import, in Chromium at the laptop's 1366×768: a commune's Excel list
 * grouped under Roman numerals in its STT column ("I | Thường trực HĐND", "II. Các Ban", "III", "IV |
 * Khách mời") is previewed with those rows as headings, no one's; the same list chosen again has
 * nothing new, and the panel says so and offers Close (the keyboard on it), not a greyed "Import: add 0".
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPage, tempDataDir } from './harness';
import { importSetup, openRosterImport } from './imports';
import { communeSectionsXlsx } from '../xlsx';

const setup = importSetup({ name: 'Hội đồng nhân dân xã Tân Lập', level: 'commune', term: 1, totalSeats: 35 }, { number: 2, startDate: '2026-12-08', endDate: '2026-12-09' });
const shots = process.env.SHOTS;
const focused = (page: import('playwright-core').Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

describe('a commune’s list grouped under Roman numerals, chosen twice', () => {
  it('is previewed with its Roman rows as no one, imported, then chosen again says nothing is new and offers Close', async () => {
    const file = path.join(tempDataDir(), 'danh-sach-dai-bieu-xa.xlsx');
    fs.writeFileSync(file, await communeSectionsXlsx());

    // English first: the Vietnamese console then imports it.
    for (const lang of ['en', 'vi'] as const) {
      const vi = lang === 'vi';
      const page = await openPage(setup.browser, setup.server.url, lang);
      const panel = await openRosterImport(page);
      await panel.locator('input[type=file]').setInputFiles(file);
      await panel.getByRole('status').getByText(vi ? 'Xem trước: 37 dòng sẵn sàng, 0 dòng có lỗi' : 'Preview: rows ready: 37; rows with errors: 0').waitFor();
      const names = await panel.locator('.preview tbody tr td:nth-child(2)').allInnerTexts();
      expect(names).toHaveLength(37);
      expect(names.filter((n) => /Thường trực|Các Ban|Khách mời|^I+V?$/.test(n))).toEqual([]);
      // The guests under "IV | Khách mời" do not vote.
      expect(await panel.getByRole('row', { name: /Quách Thế Tản/ }).getByRole('cell').last().innerText()).toBe(vi ? 'Khách mời / lãnh đạo' : 'Guest / official');
      if (shots) await page.screenshot({ path: `${shots}/roman-headings-${lang}.png` });
      if (vi) {
        await panel.getByRole('button', { name: 'Nhập: thêm 37 người' }).press('Enter');
        await page.getByText('Đã nhập 37 người.').waitFor();
      }
      await page.context().close();
    }

    for (const lang of ['vi', 'en'] as const) {
      const vi = lang === 'vi';
      const page = await openPage(setup.browser, setup.server.url, lang);
      const panel = await openRosterImport(page);
      await panel.locator('input[type=file]').setInputFiles(file);
      const close = vi ? 'Đóng bản xem trước' : 'Close the preview';
      await panel.getByRole('status').getByText(vi ? 'Tất cả 37 người trong tệp đã có trong danh sách: không có ai mới để nhập.' : 'All 37 people in the file are already on the roster: there is no one new to import.').waitFor();
      // No import of nothing: Close has the keyboard, and says why.
      expect(await panel.getByRole('button', { name: vi ? /^Nhập/ : /^Import/ }).count()).toBe(0);
      await expect.poll(() => focused(page)).toBe(close);
      expect(await panel.getByRole('button', { name: close }).getAttribute('aria-describedby')).toBe(await panel.getByRole('status').getAttribute('id'));
      if (shots) await page.screenshot({ path: `${shots}/nothing-new-${lang}.png` });
      await page.keyboard.press('Enter');
      await expect.poll(() => panel.getByRole('status').count()).toBe(0);
      expect(await focused(page)).toBe(vi ? 'Chọn tệp…' : 'Choose a file…');
      await page.context().close();
    }
  }, 120_000);
});
