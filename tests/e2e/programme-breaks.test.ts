/**
 * The office's programme with its breaks inside its parts ("Nghỉ giải lao 15 phút" between items 3
 * and 4 of part II, "Giải lao" merged across the row in part III), imported in Chromium at 1366×768:
 * the preview (in both languages) indents each break under its part with the items after it, rather
 * than as main items after it, and the import keeps them so (Live lists them in the part).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, seed, serve, showView, tempDataDir, view, type Served } from './harness';
import { BREAKS_DATES, BREAKS_SEATS, PROGRAMME_BREAKS } from '../fixtures/province/build-programme-breaks';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FILE = path.join(import.meta.dirname, '../fixtures/province', PROGRAMME_BREAKS);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('a programme with breaks inside its parts', () => {
  let server: Served;
  afterAll(async () => {
    await server?.stop();
  });

  it('previews and imports each break in its part, the items after it too', async () => {
    server = await serve(tempDataDir());
    await seed(server.url, [
      { type: 'council.save', name: 'HĐND tỉnh Hà Tĩnh', level: 'province', term: 19, totalSeats: BREAKS_SEATS },
      { type: 'session.create', number: 5, term: 19, kind: 'regular', ...BREAKS_DATES },
    ]);
    for (const lang of ['en', 'vi'] as const) {
      const page = await openPage(browser, server.url, lang);
      await page.setViewportSize({ width: 1366, height: 768 });
      await showView(page, view('agenda'));
      await page.getByText(lang === 'vi' ? 'Nhập chương trình từ tệp' : 'Import a programme file').click();
      await page.getByLabel(lang === 'vi' ? 'Tệp chương trình (.xlsx, .csv hoặc Word .docx)' : 'Programme file (.xlsx, .csv or Word .docx)').setInputFiles({ name: PROGRAMME_BREAKS, mimeType: XLSX, buffer: fs.readFileSync(FILE) });
      await expect.poll(() => page.getByText(lang === 'vi' ? 'Xem trước: 32 dòng sẵn sàng, 0 dòng có lỗi' : 'Preview: rows ready: 32; rows with errors: 0').count()).toBe(1);
      // The break and the report after it are rows of part II, indented under it as its items are.
      const indent = (title: string) => page.getByRole('cell', { name: title, exact: true }).evaluate((td) => parseFloat(getComputedStyle(td).paddingLeft));
      const part = await indent('Trình bày các báo cáo, tờ trình');
      expect(await indent('Nghỉ giải lao 15 phút')).toBeGreaterThan(part);
      expect(await indent('Báo cáo công tác năm 2026 của Tòa án nhân dân tỉnh')).toBe(await indent('Nghỉ giải lao 15 phút'));
      await page.getByRole('cell', { name: 'Báo cáo công tác năm 2026 của Viện kiểm sát nhân dân tỉnh', exact: true }).scrollIntoViewIfNeeded();
      if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/programme-breaks-preview-${lang}.png` });
      if (lang === 'en') {
        await page.close();
        continue;
      }
      await page.getByRole('button', { name: 'Nhập các dòng hợp lệ (32)' }).click();
      await expect.poll(() => page.getByRole('row', { name: /Chào cờ bế mạc/ }).count()).toBe(1);
      // In Live the break and the items after it are numbered on in part II.
      await showView(page, view('live'));
      await expect.poll(() => page.getByRole('row', { name: /Nghỉ giải lao 15 phút/ }).count()).toBe(1);
      if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/programme-breaks-live-vi.png`, fullPage: true });
      await page.close();
    }
  }, 60_000);
});
