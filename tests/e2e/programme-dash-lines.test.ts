/**
 * The office's programme with dash lines under its parts' items ("1. Tờ trình về …" over "- Báo cáo
 * thẩm tra của Ban Kinh tế - Ngân sách HĐND tỉnh") and its days in a merged "Ngày" column, imported in
 * Chromium at 1366×768: the preview (in both languages) shows each such line in its item, the title
 * and presenters it adds and which line of the file it was, never as an item of its own; the import
 * keeps them so.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, seed, serve, showView, tempDataDir, view, type Served } from './harness';
import { DASH_DATES, DASH_SEATS, PROGRAMME_DASH_LINES } from '../fixtures/province/build-programme-dash-lines';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FILE = path.join(import.meta.dirname, '../fixtures/province', PROGRAMME_DASH_LINES);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('a programme with dash lines under its items', () => {
  let server: Served;
  afterAll(async () => {
    await server?.stop();
  });

  it('previews each dash line in its item and imports it there', async () => {
    server = await serve(tempDataDir());
    await seed(server.url, [
      { type: 'council.save', name: 'HĐND tỉnh Quảng Trị', level: 'province', term: 9, totalSeats: DASH_SEATS },
      { type: 'session.create', number: 6, term: 9, kind: 'regular', ...DASH_DATES },
    ]);
    for (const lang of ['en', 'vi'] as const) {
      const page = await openPage(browser, server.url, lang);
      await page.setViewportSize({ width: 1366, height: 768 });
      await showView(page, view('agenda'));
      await page.getByText(lang === 'vi' ? 'Nhập chương trình từ tệp' : 'Import a programme file').click();
      await page.getByLabel(lang === 'vi' ? 'Tệp chương trình (.xlsx, .csv hoặc Word .docx)' : 'Programme file (.xlsx, .csv or Word .docx)').setInputFiles({ name: PROGRAMME_DASH_LINES, mimeType: XLSX, buffer: fs.readFileSync(FILE) });
      await expect.poll(() => page.getByText(lang === 'vi' ? 'Xem trước: 24 dòng sẵn sàng, 0 dòng có lỗi' : 'Preview: rows ready: 24; rows with errors: 0').count()).toBe(1);
      // The draft resolution, the verification report and the presenter under item 2 of part II are in its row.
      const row = page.getByRole('row', { name: /Tờ trình về kế hoạch đầu tư công năm 2027/ });
      await expect.poll(() => row.count()).toBe(1);
      const text = await row.innerText();
      expect(text).toContain('Dự thảo Nghị quyết về kế hoạch đầu tư công năm 2027; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách HĐND tỉnh');
      expect(text).toContain('Phó Chủ tịch UBND tỉnh Trần Minh Đức');
      expect(text).toContain(lang === 'vi' ? 'gộp vào mục này: dòng 14, dòng 15, dòng 16 của tệp' : 'joined to this item: line 14, line 15, line 16 of the file');
      // No row of the import's preview is a dash line (the view's template previews have verification reports of their own).
      const preview = row.locator('xpath=ancestor::table');
      expect(await preview.getByRole('cell', { name: /^Báo cáo thẩm tra/ }).count()).toBe(0);
      expect(await preview.getByRole('row').count()).toBe(25);
      await row.scrollIntoViewIfNeeded();
      if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/programme-dash-lines-preview-${lang}.png` });
      if (lang === 'en') {
        await page.close();
        continue;
      }
      await page.getByRole('button', { name: 'Nhập các dòng hợp lệ (24)' }).click();
      await expect.poll(() => page.getByRole('row', { name: /Chào cờ bế mạc/ }).count()).toBe(1);
      await page.close();
    }
  }, 60_000);
});
