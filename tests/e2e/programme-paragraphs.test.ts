/**
 * The office's programme typed in Word as paragraphs, no table of its own (only the letterhead set
 * as one), imported in Chromium at 1366×768 by keyboard: the preview (in both languages) says the
 * document was read from its paragraphs, names each row by its paragraph and shows no header row
 * the office never wrote; Enter on the import button brings the 22 items, the keyboard on the first.
 * It used to be refused for want of a table.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, seed, serve, showView, tempDataDir, view, type Served } from './harness';
import { PARAGRAPHS_DATES, PROGRAMME_PARAGRAPHS } from '../fixtures/province/build-programme-paragraphs';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const FILE = path.join(import.meta.dirname, '../fixtures/province', PROGRAMME_PARAGRAPHS);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('a programme typed as paragraphs in Word', () => {
  let server: Served;
  afterAll(async () => {
    await server?.stop();
  });

  it('previews its paragraphs as the programme and imports them', async () => {
    server = await serve(tempDataDir());
    await seed(server.url, [
      { type: 'council.save', name: 'Hội đồng nhân dân tỉnh Hà Tĩnh', level: 'province', term: 19, totalSeats: 35 },
      { type: 'session.create', number: 12, term: 19, kind: 'regular', ...PARAGRAPHS_DATES },
    ]);
    for (const lang of ['en', 'vi'] as const) {
      const vi = lang === 'vi';
      const page = await openPage(browser, server.url, lang);
      await page.setViewportSize({ width: 1366, height: 768 });
      await showView(page, view('agenda'));
      await page.getByText(vi ? 'Nhập chương trình từ tệp' : 'Import a programme file').click();
      await page.getByLabel(vi ? 'Tệp chương trình (.xlsx, .csv hoặc Word .docx)' : 'Programme file (.xlsx, .csv or Word .docx)').setInputFiles({ name: PROGRAMME_PARAGRAPHS, mimeType: DOCX, buffer: fs.readFileSync(FILE) });
      await expect.poll(() => page.getByText(vi ? 'Xem trước: 22 dòng sẵn sàng, 0 dòng có lỗi' : 'Preview: rows ready: 22; rows with errors: 0').count()).toBe(1);
      await expect.poll(() => page.getByTestId('from-paragraphs').count()).toBe(1);
      expect(await page.getByTestId('from-paragraphs').innerText()).toContain(vi ? 'Văn bản không có bảng' : 'The document has no table');
      // The header the reader put over the paragraphs is not the office's: no "header row at …".
      expect(await page.getByText(vi ? /dòng tên cột ở/ : /column names found on/).count()).toBe(0);
      const row = page.getByRole('row', { name: /Phát biểu bế mạc kỳ họp/ });
      const text = await row.innerText();
      expect(text).toContain(vi ? 'Đoạn 38' : 'Paragraph 38');
      expect(text).toContain('Đồng chí Trần Tú Anh, Chủ tịch HĐND tỉnh');
      expect(text).toContain(vi ? 'gộp vào mục này: đoạn 39 của tệp' : 'joined to this item: paragraph 39 of the file');
      // Nothing of the letterhead, the title or the signature block is a row.
      const preview = row.locator('xpath=ancestor::table');
      expect(await preview.getByRole('row').count()).toBe(23);
      expect(await preview.getByRole('cell', { name: /CHƯƠNG TRÌNH|TM\. THƯỜNG TRỰC|Kèm theo/ }).count()).toBe(0);
      await row.scrollIntoViewIfNeeded();
      if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/programme-paragraphs-preview-${lang}.png` });
      if (!vi) {
        // The same paragraphs copied from Word and pasted: read as paragraphs, a title's commas no columns.
        await page.getByLabel('Or paste lines (from Excel or Word)').fill(['Sáng ngày 08/12/2026', '1. 7h30 - 8h00: Báo cáo tình hình kinh tế - xã hội năm 2026; mục tiêu, nhiệm vụ, giải pháp năm 2027', '- Đồng chí Võ Trọng Hải, Chủ tịch UBND tỉnh trình bày'].join('\n'));
        await page.getByRole('button', { name: 'Preview', exact: true }).click();
        await expect.poll(() => page.getByText('Preview: rows ready: 1; rows with errors: 0').count()).toBe(1);
        const pasted = page.getByRole('row', { name: /mục tiêu, nhiệm vụ, giải pháp năm 2027/ });
        expect(await pasted.innerText()).toContain('Đồng chí Võ Trọng Hải, Chủ tịch UBND tỉnh');
        expect(await pasted.innerText()).toContain('Report');
        await page.close();
        continue;
      }
      const importButton = page.getByRole('button', { name: 'Nhập các dòng hợp lệ (22)' });
      await importButton.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByRole('row', { name: /Chào cờ bế mạc/ }).count()).toBe(1);
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('1. Phiên khai mạc');
      await page.close();
    }
  }, 90_000);
});
