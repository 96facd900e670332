/**
 * Programmes typed in Word as paragraphs in three more ways (tests/fixtures/province/
 * build-programme-word-lists.ts), each imported in Chromium at 1366×768 from the Agenda view, by
 * keyboard past the file itself: numbered by paragraph styles, numbered again from 1 each part of
 * day, and with each item's time at the end of its line. The preview names rows by paragraph and
 * shows the numbering and times Word shows; Enter on the import button brings the items into their
 * sittings. A list of delegates typed as paragraphs is refused with its sentence, nothing imported.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { Document, Packer, Paragraph } from 'docx';
import { alerts, launch, openPage, seed, serve, showView, tempDataDir, view, type Served } from './harness';
import { PROGRAMME_RESTARTED, PROGRAMME_STYLE_NUMBERED, PROGRAMME_TIMES_AT_END, WORD_LISTS_DATES } from '../fixtures/province/build-programme-word-lists';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, '../fixtures/province', name));

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The Agenda view's import, opened by keyboard, with `name` chosen as its file. */
async function preview(page: Page, vi: boolean, name: string, buffer: Buffer): Promise<void> {
  await page.setViewportSize({ width: 1366, height: 768 });
  await showView(page, view('agenda'));
  const open = page.getByText(vi ? 'Nhập chương trình từ tệp' : 'Import a programme file', { exact: true });
  await open.focus();
  await page.keyboard.press('Enter');
  await page.getByLabel(vi ? 'Tệp chương trình (.xlsx, .csv hoặc Word .docx)' : 'Programme file (.xlsx, .csv or Word .docx)').setInputFiles({ name, mimeType: DOCX, buffer });
}

const cases = [
  { name: PROGRAMME_STYLE_NUMBERED, ready: 18, row: /Phát biểu khai mạc kỳ họp/, says: ['Đồng chí Trần Tú Anh, Chủ tịch HĐND tỉnh', '07:45–08:05'], paragraph: 10, last: /Chào cờ bế mạc/, first: '1. Phiên khai mạc' },
  { name: PROGRAMME_RESTARTED, ready: 16, row: /Báo cáo tổng hợp ý kiến thảo luận tại tổ/, says: ['16:00–17:00'], paragraph: 14, last: /Chào cờ bế mạc/, first: '1. Khai mạc kỳ họp' },
  { name: PROGRAMME_TIMES_AT_END, ready: 9, row: /Thảo luận tại tổ về các báo cáo, tờ trình/, says: ['Các tổ đại biểu', '14:00–16:30', '150'], paragraph: 15, last: /Bế mạc kỳ họp/, first: '1. Chào cờ' },
];

describe('programmes typed as paragraphs in Word: numbered by styles, restarting, times at the end', () => {
  let server: Served;
  afterAll(async () => {
    await server?.stop();
  });

  for (const c of cases) {
    it(`previews and imports ${c.name}`, async () => {
      server?.stop();
      server = await serve(tempDataDir());
      await seed(server.url, [
        { type: 'council.save', name: 'Hội đồng nhân dân tỉnh Hà Tĩnh', level: 'province', term: 19, totalSeats: 35 },
        { type: 'session.create', number: 12, term: 19, kind: 'regular', ...WORD_LISTS_DATES },
      ]);
      for (const lang of ['en', 'vi'] as const) {
        const vi = lang === 'vi';
        const page = await openPage(browser, server.url, lang);
        await preview(page, vi, c.name, fixture(c.name));
        await expect.poll(() => page.getByText(vi ? `Xem trước: ${c.ready} dòng sẵn sàng, 0 dòng có lỗi` : `Preview: rows ready: ${c.ready}; rows with errors: 0`).count()).toBe(1);
        expect(await page.getByTestId('from-paragraphs').innerText()).toContain(vi ? 'giờ ở đầu hoặc cuối đoạn' : 'a time at its start or end');
        const row = page.getByRole('row', { name: c.row }).first();
        const text = await row.innerText();
        expect(text).toContain(vi ? `Đoạn ${c.paragraph}` : `Paragraph ${c.paragraph}`);
        for (const s of c.says) expect(text).toContain(s);
        await row.scrollIntoViewIfNeeded();
        if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/${c.name.replace('.docx', '')}-preview-${lang}.png` });
        if (!vi) {
          await page.close();
          continue;
        }
        const importButton = page.getByRole('button', { name: `Nhập các dòng hợp lệ (${c.ready})` });
        await importButton.focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => page.getByRole('row', { name: c.last }).count()).toBeGreaterThan(0);
        await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(c.first);
        if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/${c.name.replace('.docx', '')}-agenda-vi.png` });
        await page.close();
      }
    }, 120_000);
  }

  it('refuses a list of delegates typed as paragraphs, saying what it is and where it goes', async () => {
    server?.stop();
    server = await serve(tempDataDir());
    await seed(server.url, [
      { type: 'council.save', name: 'Hội đồng nhân dân tỉnh Hà Tĩnh', level: 'province', term: 19, totalSeats: 35 },
      { type: 'session.create', number: 12, term: 19, kind: 'regular', ...WORD_LISTS_DATES },
    ]);
    const lines = ['DANH SÁCH ĐẠI BIỂU HĐND TỈNH', 'TỔ ĐẠI BIỂU SỐ 1', '1. Nguyễn Văn Hùng', '2. Trần Thị Lan', 'TỔ ĐẠI BIỂU SỐ 2', '1. Lê Văn Nam'];
    const buffer = await Packer.toBuffer(new Document({ sections: [{ children: lines.map((text) => new Paragraph({ text })) }] }));
    for (const lang of ['en', 'vi'] as const) {
      const vi = lang === 'vi';
      const page = await openPage(browser, server.url, lang);
      await preview(page, vi, 'danh-sach-dai-bieu.docx', buffer);
      await expect.poll(() => alerts(page).allInnerTexts()).toEqual([
        vi ? expect.stringContaining('là danh sách đại biểu gõ thành các đoạn văn') : expect.stringContaining('is a list of delegates typed as paragraphs'),
      ]);
      expect(await page.locator('.agenda-import table').count()).toBe(0);
      await alerts(page).first().scrollIntoViewIfNeeded();
      if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/delegates-as-paragraphs-${lang}.png` });
      await page.close();
    }
  }, 90_000);
});
