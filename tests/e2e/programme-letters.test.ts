/**
 * The office's programme with its parts lettered "A." to "G." in STT, imported in Chromium in
 * Vietnamese: the preview shows the seven parts as headings over their numbered rows, with no
 * error, and Live keeps them as parts (no ▶ of their own).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, seed, serve, showView, tempDataDir, view, type Served } from './harness';
import { PROGRAMME_LETTERS } from '../fixtures/province/build-programme-letters';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FILE = path.join(import.meta.dirname, '../fixtures/province', PROGRAMME_LETTERS);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('a programme whose parts are lettered', () => {
  let server: Served;
  afterAll(async () => {
    await server?.stop();
  });

  it('previews and imports its parts A. to G. as headings over their numbered items', async () => {
    server = await serve(tempDataDir());
    await seed(server.url, [
      { type: 'council.save', name: 'HĐND tỉnh Quảng Trị', level: 'province', term: 9, totalSeats: 80 },
      { type: 'session.create', number: 2, term: 9, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09' },
    ]);
    const page = await openPage(browser, server.url, 'vi');
    await showView(page, view('agenda'));
    await page.getByText('Nhập chương trình từ tệp').click();
    await page.getByLabel('Tệp chương trình (.xlsx, .csv hoặc Word .docx)').setInputFiles({ name: PROGRAMME_LETTERS, mimeType: XLSX, buffer: fs.readFileSync(FILE) });
    await expect.poll(() => page.getByText('Xem trước: 28 dòng sẵn sàng, 0 dòng có lỗi').count()).toBe(1);
    // No letter left in a title: "A. PHIÊN KHAI MẠC" is the part "PHIÊN KHAI MẠC".
    expect(await page.getByRole('cell', { name: /^[A-GĐ]\.\s/u }).count()).toBe(0);
    await page.getByRole('button', { name: 'Nhập các dòng hợp lệ (28)' }).click();
    await expect.poll(() => page.getByRole('row', { name: /Chào cờ bế mạc/ }).count()).toBe(1);
    // In Live each part says it is one, with no ▶ of its own.
    await showView(page, view('live'));
    for (const part of ['Phiên khai mạc', 'Chất vấn và trả lời chất vấn', 'Bế mạc kỳ họp']) {
      const row = page.getByRole('row', { name: new RegExp(part) }).first();
      await expect.poll(() => row.getByText('Phần', { exact: true }).count()).toBe(1);
      expect(await row.getByRole('button', { name: /^Bắt đầu / }).count()).toBe(0);
    }
  }, 60_000);
});
