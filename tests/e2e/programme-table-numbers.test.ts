/**
 * A provincial council's two-day programme kept as one Word table whose STT column Word numbers
 * (tests/fixtures/province/build-programme-table-numbered.ts: parts I–VI, items 1–25 counted on
 * through the parts), imported in Chromium at 1366×768 from the Agenda view by keyboard past the
 * file itself. Read without its numbers, the parts would be items like the rest; read with them,
 * the agenda has six parts over their items, each item with its time. Lines pasted into the wrong
 * import are refused with the sentence saying where they go: a list of delegates in the Agenda's,
 * the programme in the Roster's; the Roster's takes pasted names without their header.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { alerts, openPage } from './harness';
import { importSetup, openAgendaImport, openRosterImport, previewPasted } from './imports';
import { PROGRAMME_TABLE_NUMBERED, TABLE_NUMBERED_DATES } from '../fixtures/province/build-programme-table-numbered';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const setup = importSetup({ name: 'Hội đồng nhân dân tỉnh Nghệ An', level: 'province', term: 19, totalSeats: 85 }, { number: 5, ...TABLE_NUMBERED_DATES });

describe('a programme table numbered by Word', () => {
  it('previews its parts over their items and imports them with their times', async () => {
    const buffer = fs.readFileSync(path.join(import.meta.dirname, '../fixtures/province', PROGRAMME_TABLE_NUMBERED));
    for (const lang of ['en', 'vi'] as const) {
      const vi = lang === 'vi';
      const page = await openPage(setup.browser, setup.server.url, lang);
      await openAgendaImport(page, lang);
      await page.getByLabel(vi ? 'Tệp chương trình (.xlsx, .csv hoặc Word .docx)' : 'Programme file (.xlsx, .csv or Word .docx)').setInputFiles({ name: PROGRAMME_TABLE_NUMBERED, mimeType: DOCX, buffer });
      // 6 parts, 25 items, 2 breaks.
      await expect.poll(() => page.getByText(vi ? 'Xem trước: 33 dòng sẵn sàng, 0 dòng có lỗi' : 'Preview: rows ready: 33; rows with errors: 0').count()).toBe(1);
      const part = page.locator('.agenda-import td.part');
      expect(await part.allInnerTexts()).toEqual(['Phiên khai mạc', 'Trình bày các báo cáo, tờ trình', 'Thảo luận tại tổ', 'Thảo luận, chất vấn tại hội trường', 'Xem xét, thông qua các nghị quyết', 'Bế mạc']);
      const preview = page.locator('.agenda-import').getByRole('row', { name: /Chất vấn và trả lời chất vấn/ });
      const questions = await preview.innerText();
      expect(questions).toContain(vi ? 'Bảng 2, dòng 29' : 'Table 2, row 29');
      expect(questions).toContain('09:45–11:15');
      await preview.scrollIntoViewIfNeeded();
      if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/table-numbered-preview-${lang}.png` });
      if (!vi) {
        await page.close();
        continue;
      }
      const importButton = page.getByRole('button', { name: 'Nhập các dòng hợp lệ (33)' });
      await importButton.focus();
      await page.keyboard.press('Enter');
      // The agenda numbers the parts 1–6 and their items under them, as the file's STT column did.
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('1. Phiên khai mạc');
      // Each sitting with the hours its items' times give it.
      for (const sitting of ['Buổi sáng 09/12/2026 · 07:30–10:55', 'Buổi chiều 09/12/2026 · 14:00–17:00', 'Buổi sáng 10/12/2026 · 07:30–11:30', 'Buổi chiều 10/12/2026 · 14:00–16:00']) {
        await expect.poll(() => page.locator('tr[data-item]').getByText(sitting).count(), { message: sitting }).toBe(1);
      }
      // Each item its number under its part and the minutes of its time in the file ("9h45 - 11h15": 90).
      const cells = async (title: string) => (await page.locator('tr[data-item]').filter({ has: page.getByRole('cell', { name: title, exact: true }) }).innerText()).split(/\s*[\t\n]\s*/).filter((c) => /^[\d.]+$/.test(c));
      expect(await cells('Chào cờ')).toEqual(['1.1', '5']);
      expect(await cells('Chất vấn và trả lời chất vấn')).toEqual(['4.4', '90']);
      expect(await cells('Bầu bổ sung Ủy viên Ủy ban nhân dân tỉnh nhiệm kỳ 2026 - 2031')).toEqual(['5.5', '35']);
      expect(await cells('Chào cờ bế mạc')).toEqual(['6.2', '5']);
      expect(await page.locator('tr[data-item]').count()).toBe(33);
      // The file field empty again, so a second import starts clean.
      const fileField = page.getByRole('button', { name: 'Chọn tệp…' });
      expect(await fileField.evaluate((b) => b.parentElement?.textContent)).toBe('Chọn tệp… Chưa chọn tệp');
      expect(await page.getByLabel('Tệp chương trình (.xlsx, .csv hoặc Word .docx)').inputValue()).toBe('');
      if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/table-numbered-agenda-vi.png` });
      await page.close();
    }
  }, 120_000);
});

describe('lines pasted into the wrong import', () => {
  const names = '1\tNguyễn Văn Hùng\tBí thư Tỉnh ủy\n2\tLê Thị Thu Hằng\tChủ tịch HĐND tỉnh\n3\tTrần Quốc Cường\tPhó Chủ tịch HĐND tỉnh\n';
  const programme = 'NGÀY THỨ NHẤT: Thứ Tư, ngày 09/12/2026\nBuổi sáng\n1. 7h30 - 7h35: Chào cờ\n2. 7h35 - 7h55: Khai mạc kỳ họp\n';

  it('refuses a list of delegates in the Agenda’s and the programme in the Roster’s, and takes the names in the Roster’s', async () => {
    for (const lang of ['en', 'vi'] as const) {
      const vi = lang === 'vi';
      const page = await openPage(setup.browser, setup.server.url, lang);
      const agendaImport = await openAgendaImport(page, lang);
      const field = await previewPasted(agendaImport, names, lang);
      await expect.poll(() => alerts(page).allInnerTexts()).toEqual([vi ? expect.stringContaining('Các dòng vừa dán là danh sách đại biểu') : expect.stringContaining('The pasted lines are a list of delegates')]);
      expect(await agendaImport.locator('table').count()).toBe(0);
      // The lines stay, to be fixed or cut.
      expect(await field.inputValue()).toBe(names);
      await alerts(page).first().scrollIntoViewIfNeeded();
      if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/pasted-delegates-agenda-${lang}.png` });

      const rosterImport = await openRosterImport(page);
      await previewPasted(rosterImport, programme, lang);
      await expect.poll(() => alerts(page).allInnerTexts()).toEqual([vi ? expect.stringContaining('Các dòng vừa dán là chương trình kỳ họp') : expect.stringContaining('The pasted lines are the session’s programme')]);
      expect(await rosterImport.locator('table').count()).toBe(0);
      if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/pasted-programme-roster-${lang}.png` });
      // The names, without their header: three people, their names from the second column.
      await previewPasted(rosterImport, names, lang);
      await expect.poll(() => rosterImport.getByText(vi ? 'Xem trước: 3 dòng sẵn sàng, 0 dòng có lỗi' : 'Preview: rows ready: 3; rows with errors: 0').count()).toBe(1);
      expect(await alerts(page).count()).toBe(0);
      // Their titles beside them, in the title's column.
      expect(await rosterImport.getByRole('row', { name: /Lê Thị Thu Hằng/ }).getByRole('cell').allInnerTexts()).toEqual(['2', 'Lê Thị Thu Hằng', 'Chủ tịch HĐND tỉnh', '', '', '', '—', vi ? 'Đại biểu HĐND' : 'Voting delegate']);
      if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/pasted-names-roster-${lang}.png` });
      await page.close();
    }
  }, 120_000);
});
