/**
 * The programme file chosen a second time, in Chromium at the laptop's 1366×768: the preview marks
 * every row "already in the programme", says nothing is new and offers Close (the keyboard on it),
 * never an Import button; the file corrected with one new row imports that row alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPage, tempDataDir } from './harness';
import { importSetup, openAgendaImport } from './imports';
import { xlsxBuffer } from '../xlsx';
import { PROGRAMME_25 } from '../fixtures/programme25';

const setup = importSetup({ name: 'Hội đồng nhân dân tỉnh Hòa Bình', level: 'province', term: 17, totalSeats: 58 }, { number: 11, startDate: '2026-12-08', endDate: '2026-12-09' });
const shots = process.env.SHOTS;
const focused = (page: import('playwright-core').Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
const table = (text: string) => text.split('\n').map((line) => line.split('\t'));

describe('a programme file chosen twice', () => {
  it('adds nothing the second time, and only the new row of the corrected file', async () => {
    const dir = tempDataDir();
    const file = path.join(dir, 'chuong-trinh-ky-hop-thu-11.xlsx');
    fs.writeFileSync(file, await xlsxBuffer(table(PROGRAMME_25)));
    const page = await openPage(setup.browser, setup.server.url, 'vi');
    const panel = await openAgendaImport(page, 'vi');
    await panel.locator('input[type=file]').setInputFiles(file);
    await panel.getByRole('button', { name: 'Nhập các dòng hợp lệ (25)' }).click();
    await page.getByText('Đã nhập 25 mục.').waitFor();

    for (const lang of ['vi', 'en'] as const) {
      const vi = lang === 'vi';
      const again = await openPage(setup.browser, setup.server.url, lang);
      const preview = await openAgendaImport(again, lang);
      await preview.locator('input[type=file]').setInputFiles(file);
      await preview.getByRole('status').getByText(vi ? 'Cả 25 dòng đọc được đã có trong chương trình kỳ họp này' : 'All 25 rows read are already in this session’s programme', { exact: false }).waitFor();
      expect(await preview.locator('.preview tbody tr.present').count()).toBe(25);
      expect(await preview.locator('.preview tbody tr .tag').first().innerText()).toBe(vi ? 'đã có trong chương trình' : 'already in the programme');
      expect(await preview.getByRole('button', { name: vi ? /^Nhập/ : /^Import/ }).count()).toBe(0);
      await expect.poll(() => focused(again)).toBe(vi ? 'Đóng bản xem trước' : 'Close the preview');
      if (shots) {
        await preview.evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await again.screenshot({ path: `${shots}/programme-reimport-${lang}.png` });
        for (const size of [{ width: 1920, height: 1080 }, { width: 1024, height: 768 }]) {
          await again.setViewportSize(size);
          await preview.evaluate((el) => el.scrollIntoView({ block: 'start' }));
          await again.screenshot({ path: `${shots}/programme-reimport-${lang}-${size.width}.png` });
        }
      }
      await again.context().close();
    }

    // The office adds the anthem at the close and chooses the corrected file.
    const corrected = path.join(dir, 'chuong-trinh-ky-hop-thu-11-sua.xlsx');
    fs.writeFileSync(corrected, await xlsxBuffer(table(`${PROGRAMME_25}\nHát Quốc ca\tbế mạc\tBan Tổ chức kỳ họp\t3\t2026-12-09 chiều`)));
    await panel.locator('input[type=file]').setInputFiles(corrected);
    await panel.getByRole('status').getByText('Xem trước: 1 dòng mới sẵn sàng, 0 dòng có lỗi, 25 dòng đã có trong chương trình (bỏ qua)').waitFor();
    expect(await panel.getByTestId('new-rows').innerText()).toBe('Dòng mới: dòng 27, «Hát Quốc ca».');
    if (shots) {
      await panel.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: `${shots}/programme-reimport-corrected-vi.png` });
    }
    await panel.getByRole('button', { name: 'Nhập các dòng mới (1)' }).click();
    await page.getByText('Đã nhập 1 mục; bỏ qua 25 mục đã có trong chương trình.').waitFor();
    expect(await page.locator('tr[data-item]').count()).toBe(26);
    await page.context().close();
  }, 120_000);
});
