/**
 * Rough edges of the imports and the questions setup, in Chromium at the laptop's 1366×768: lines
 * pasted into the Roster or the Agenda are said as pasted lines on the Undo button and in Activity,
 * not as a file; a ward's Word list, its group headings in capitals and its text typed with the
 * diacritics apart, imported again unchanged shows no change.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPage, showView, tempDataDir, view } from './harness';
import { importSetup, openAgendaImport, openRosterImport, previewPasted } from './imports';
import { wardRosterDocx } from '../office-docx';

const setup = importSetup({ name: 'Hội đồng nhân dân quận Hà Đông', level: 'province', term: 1, totalSeats: 35 }, { number: 3, startDate: '2026-12-08', endDate: '2026-12-09' });
const shots = process.env.SHOTS;

describe('lines pasted into an import', () => {
  it.each(['vi', 'en'] as const)('are named as pasted lines by the Undo button and in Activity (%s)', async (lang) => {
    const vi = lang === 'vi';
    const page = await openPage(setup.browser, setup.server.url, lang);
    const roster = await openRosterImport(page);
    await previewPasted(roster, ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Hoàng Cường'].join('\n'), lang);
    await roster.getByRole('button', { name: vi ? 'Nhập: thêm 3 người' : 'Import: add 3' }).press('Enter');
    const rosterUndo = page.getByRole('button', { name: vi ? /^Hoàn tác: nhập các dòng đã dán vào danh sách \(thêm 3\)/ : /^Undo: adding the pasted lines to the roster \(3 added\)/ });
    await rosterUndo.waitFor();
    if (shots) await page.screenshot({ path: `${shots}/pasted-roster-undo-${lang}.png` });
    await rosterUndo.click();
    await expect.poll(() => page.locator('tbody td.name').count()).toBe(0);

    const agenda = await openAgendaImport(page, lang);
    await previewPasted(agenda, ['Khai mạc kỳ họp', 'Báo cáo tình hình kinh tế - xã hội năm 2026', 'Bế mạc kỳ họp'].join('\n'), lang);
    await agenda.getByRole('button', { name: vi ? 'Nhập các dòng hợp lệ (3)' : 'Import the good rows (3)' }).press('Enter');
    const agendaUndo = page.getByRole('button', { name: vi ? /^Hoàn tác: nhập các dòng đã dán vào chương trình \(3 mục\)/ : /^Undo: adding the pasted lines to the programme \(3 items\)/ });
    await agendaUndo.waitFor();
    if (shots) await page.screenshot({ path: `${shots}/pasted-agenda-undo-${lang}.png` });
    await agendaUndo.click();
    await expect.poll(() => page.locator('tr[data-item]').count()).toBe(0);

    await showView(page, view('activity'));
    const lines = page.locator('tbody tr');
    await page.getByText(vi ? 'Nhập các dòng đã dán vào chương trình (3 mục)' : 'Added the pasted lines to the programme (3 items)').first().waitFor();
    await page.getByText(vi ? 'Nhập các dòng đã dán vào danh sách (thêm 3)' : 'Added the pasted lines to the roster (3 added)').first().waitFor();
    expect(await lines.allInnerTexts()).not.toContainEqual(expect.stringMatching(vi ? /từ tệp/ : /file/));
    if (shots) await page.screenshot({ path: `${shots}/pasted-activity-${lang}.png` });
    await page.context().close();
  });
});

describe('a ward’s Word list imported again unchanged', () => {
  it('says everyone is already on the roster as the file has them, no one updated (its headings in capitals, its text decomposed)', async () => {
    const file = path.join(tempDataDir(), 'danh-sach-dai-bieu-phuong.docx');
    fs.writeFileSync(file, await wardRosterDocx(true));
    const page = await openPage(setup.browser, setup.server.url, 'vi');
    const panel = await openRosterImport(page);
    await panel.locator('input[type=file]').setInputFiles(file);
    await panel.getByText('Xem trước: 35 dòng sẵn sàng, 0 dòng có lỗi').waitFor();
    await panel.getByRole('button', { name: 'Nhập: thêm 35 người' }).press('Enter');
    await page.getByText('Đã nhập 35 người.').waitFor();
    await expect.poll(() => page.locator('tbody td.name').count()).toBe(35);

    for (const lang of ['vi', 'en'] as const) {
      const again = await openPage(setup.browser, setup.server.url, lang);
      const importAgain = await openRosterImport(again);
      await importAgain.locator('input[type=file]').setInputFiles(file);
      await importAgain.getByRole('status').getByText(lang === 'vi' ? 'Tất cả 35 người trong tệp đã có trong danh sách: không có ai mới để nhập.' : 'All 35 people in the file are already on the roster: there is no one new to import.').waitFor();
      expect(await importAgain.locator('.updates').count()).toBe(0);
      if (shots) await again.screenshot({ path: `${shots}/ward-again-${lang}.png` });
      await again.context().close();
    }
    await page.context().close();
  });
});
