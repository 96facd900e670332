/**
 * A commune office's own files imported as a new secretary would, by keyboard, in Chromium: the
 * printed list of delegates (its columns' numbers, total and signature block left out) and the
 * Word programme whose items' parts are lettered a), b) under a heading that holds their time.
 */
import { describe, expect, it } from 'vitest';
import { landedOnAddedRow, openPage } from './harness';
import { importSetup, openAgendaImport, openRosterImport } from './imports';
import { communeRosterXlsx } from '../xlsx';
import { communeProgrammeDocx } from '../office-docx';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const setup = importSetup({ name: 'HĐND xã Tân Lập', level: 'commune', term: 1, totalSeats: 30 }, { number: 2, startDate: '2026-12-08', endDate: '2026-12-09' });

describe('a commune office’s files', () => {
  it('imports the printed list of delegates: the people only, saying where the list was taken to end', async () => {
    const page = await openPage(setup.browser, setup.server.url, 'vi');
    await openRosterImport(page);
    const people: [string, string, string][] = [
      ['Nguyễn Văn Thắng', 'Bí thư Đảng ủy, Chủ tịch HĐND xã', 'Tổ 1'],
      ['Trần Văn  Bình', 'Chủ tịch UBND xã', 'Tổ 1'],
      ['Lò Văn Quyết', 'Trưởng thôn Bản Lác', 'Tổ 2'],
    ];
    await page.locator('details.import input[type=file]').setInputFiles({ name: 'danh-sach-dai-bieu.xlsx', mimeType: XLSX, buffer: await communeRosterXlsx(people) });
    await page.getByText('Xem trước: 3 dòng sẵn sàng, 0 dòng có lỗi').waitFor();
    await page.getByText('Từ dòng 11 trở xuống («Tổng số: 03 đại biểu») là phần cuối danh sách (tổng số, chữ ký), không được nhập.').waitFor();
    await page.getByRole('button', { name: 'Nhập: thêm 3 người' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Đã nhập 3 người.').waitFor();
    // The list has an STT column and no seats: the roster keeps the office's order, not given-name order (Bình, Quyết, Thắng).
    await expect.poll(() => page.locator('tbody td.name').allInnerTexts()).toEqual(['Nguyễn Văn Thắng', 'Trần Văn Bình', 'Lò Văn Quyết']);
    await page.context().close();
  });

  it('imports the Word programme with its lettered parts as sub-items sharing their heading’s time', async () => {
    const page = await openPage(setup.browser, setup.server.url, 'en');
    await openAgendaImport(page, 'en');
    await page.getByLabel('Programme file (.xlsx, .csv or Word .docx)').setInputFiles({ name: 'chuong-trinh.docx', mimeType: DOCX, buffer: Buffer.from(await communeProgrammeDocx()) });
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'rows ready' }).textContent()).toContain('Preview: rows ready: 8; rows with errors: 0');
    await page.getByRole('button', { name: 'Import the good rows (8)' }).focus();
    await page.keyboard.press('Enter');
    // 15 + 75 (in three parts) + 60 (in one) + 30: the sittings' three hours, counted once.
    await page.getByText('8 items · 3 h 0 min planned').waitFor();
    // The rows are the state; the preview, which shows the same titles, goes with the reply after it.
    await landedOnAddedRow(page);
    await page.getByText('Báo cáo tình hình kinh tế - xã hội năm 2026', { exact: true }).waitFor();
    expect(await page.getByText(/^[a-z]\) /).count()).toBe(0);
    await page.context().close();
  });
});
