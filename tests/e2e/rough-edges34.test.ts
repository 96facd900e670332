/**
 * Rough edges of the imports and the questions setup, in Chromium at the laptop's 1366×768: lines
 * pasted into the Roster or the Agenda are said as pasted lines on the Undo button and in Activity,
 * not as a file.
 */
import { describe, expect, it } from 'vitest';
import { openPage, showView, view } from './harness';
import { importSetup, openAgendaImport, openRosterImport, previewPasted } from './imports';

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
