/**
 * Preparing a session in Chromium as a secretary would: a new session from the year-end
 * template, edited and run; the office's programme file imported from the Agenda view (bad
 * files refused with a sentence); the next session copied from this one; template files.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import writeXlsxFile from 'write-excel-file/node';
import { afterAll, describe, expect, it } from 'vitest';
import { alerts, onBrowser, openPage, seed, serve, tempDataDir, type Served } from './harness';
import { programmeDocx } from '../office-docx';
import { builtinTemplate, templateFile, TEMPLATE_VERSION } from '../../common/prep/templates';

const chromium = onBrowser();

function rows(dataDir: string, sql: string): unknown[] {
  const db = new Database(path.join(dataDir, 'gavel.sqlite'), { readonly: true });
  try {
    return db.prepare(sql).all();
  } finally {
    db.close();
  }
}

/** A programme as the office keeps it: merged title rows, then day / part / STT / content / presenter / minutes. */
async function officeFile(): Promise<Buffer> {
  const c = (value: string | number, more: object = {}) => ({ value, ...more });
  const data = [
    [c('CHƯƠNG TRÌNH KỲ HỌP THỨ 12', { columnSpan: 6 }), null, null, null, null, null],
    [null, null, null, null, null, null],
    [c('Ngay'), c('Buoi'), c('STT'), c('Noi dung'), c('Co quan trinh bay'), c('Thoi gian (phut)')],
    [c(1, { rowSpan: 3 }), c('Sáng', { rowSpan: 3 }), c(1), c('Tờ trình về kế hoạch đầu tư công'), c('UBND tỉnh'), c(15)],
    [null, null, c('1.1'), c('Báo cáo thẩm tra của Ban Kinh tế - Ngân sách'), c('Ban KT-NS'), c(10)],
    [null, null, c(2), c('Thảo luận tại hội trường'), null, c('mười lăm')],
    [c(1), c('Chiều'), c(3), c('Thông qua nghị quyết'), null, c(20)],
  ];
  return writeXlsxFile(data as never, {}).toBuffer();
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('preparing a session in Chromium', () => {
  const dataDir = tempDataDir();
  let server: Served;
  afterAll(async () => {
    await server?.stop();
  });

  it('starts a new session from the year-end template, edits it and runs it', async () => {
    server = await serve(dataDir);
    await seed(server.url, [
      { type: 'council.save', name: 'HĐND tỉnh Phú Thọ', level: 'province', term: 1, totalSeats: 80 },
      { type: 'session.create', number: 5, term: 1, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09' },
    ]);
    const page = await openPage(chromium.browser, server.url + '#agenda', 'en');
    // An empty agenda opens the templates; the year-end programme is the first choice, previewed.
    await page.getByRole('table', { name: 'Items of Regular year-end session' }).getByText('Chào cờ bế mạc').waitFor();
    await page.getByRole('button', { name: 'Add to this session’s agenda' }).click();
    // Numbered as the programme reads: the last row's number counts the main items only.
    const last = builtinTemplate('yearEnd', 'province').filter((i) => !i.sub).length;
    await page.getByRole('row', { name: `${last}. Chào cờ bế mạc` }).waitFor();
    // The templates fold away with the button pressed: the keyboard goes on from the first item.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('1. Chào cờ');

    // Edit an item as the programme of this year needs.
    await page.getByRole('button', { name: 'Edit Thảo luận tổ' }).click();
    await page.getByLabel('Minutes', { exact: true }).last().fill('90');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => rows(dataDir, "SELECT planned_minutes AS m FROM agenda_item WHERE title = 'Thảo luận tổ'")).toEqual([{ m: 90 }]);

    // Run it: the first item starts, n moves to the second.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Alt+5');
    await page.getByRole('region', { name: 'Morning, 8 Dec 2026' }).waitFor();
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByTestId('current-title').textContent()).toBe('Chào cờ');
    await page.keyboard.press('n');
    await expect.poll(() => page.getByTestId('current-title').textContent()).toBe('Tuyên bố lý do, giới thiệu đại biểu');
    expect(rows(dataDir, 'SELECT status FROM agenda_item ORDER BY position LIMIT 2')).toEqual([{ status: 'finished' }, { status: 'running' }]);
  });

  it('imports the office’s programme file from the Agenda view, good rows only; refuses bad files with a sentence', async () => {
    const [created] = await seed(server.url, [{ type: 'session.create', number: 6, term: 1, kind: 'thematic', startDate: '2027-03-10', endDate: '2027-03-10' }]);
    // Session 5 is still sitting (the test before ran it), so the new session is selected by hand.
    expect(created.selected).toBe(false);
    await seed(server.url, [{ type: 'session.select', id: created.id }]);
    const page = await openPage(chromium.browser, server.url + '#agenda', 'en');
    await page.getByText('Import a programme file', { exact: true }).click();
    const file = page.getByLabel('Programme file (.xlsx, .csv or Word .docx)');

    // A TCVN3 file is refused, nothing is previewed.
    const tcvn3 = await writeXlsxFile([[{ value: 'Néi dung' }, { value: 'Lo¹i' }], [{ value: 'Tê tr×nh vÒ ng©n s¸ch' }, { value: 'tê tr×nh' }]] as never, {}).toBuffer();
    await file.setInputFiles({ name: 'cu.xlsx', mimeType: XLSX, buffer: tcvn3 });
    await expect.poll(() => alerts(page).textContent()).toContain('old encoding (TCVN3/ABC, VNI or Windows-1258)');

    await file.setInputFiles({ name: 'chuong-trinh.xlsx', mimeType: XLSX, buffer: await officeFile() });
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Rows ready' }).textContent()).toContain('Preview: rows ready: 3; rows with errors: 1');
    await expect.poll(() => page.getByTestId('import-problems').textContent()).toContain('Minutes “mười lăm” must be a whole number');

    // A column mapped twice blocks the import with a sentence.
    await page.getByLabel('Column for Presenter').selectOption({ label: 'Noi dung' });
    await expect.poll(() => alerts(page).textContent()).toContain('same column: Title, Presenter');
    expect(await page.getByRole('button', { name: 'Import the good rows (3)' }).isDisabled()).toBe(true);
    await page.getByLabel('Column for Presenter').selectOption({ label: 'Co quan trinh bay' });
    await page.getByRole('button', { name: 'Import the good rows (3)' }).click();
    // The verification report is a sub-item of the submission (1.1): the vote is item 2.
    await page.getByRole('row', { name: '1.1. Báo cáo thẩm tra của Ban Kinh tế - Ngân sách' }).waitFor();
    await page.getByRole('row', { name: '2. Thông qua nghị quyết' }).waitFor();
    // The preview closes with its button: the keyboard goes on from the first imported item.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('1. Tờ trình về kế hoạch đầu tư công');
    expect(rows(dataDir, "SELECT a.title, s.date, s.part FROM agenda_item a JOIN session n ON n.id = a.session_id AND n.number = 6 JOIN sitting s ON s.id = a.sitting_id ORDER BY a.position")).toEqual([
      { title: 'Tờ trình về kế hoạch đầu tư công', date: '2027-03-10', part: 'morning' },
      { title: 'Báo cáo thẩm tra của Ban Kinh tế - Ngân sách', date: '2027-03-10', part: 'morning' },
      { title: 'Thông qua nghị quyết', date: '2027-03-10', part: 'afternoon' },
    ]);
  });

  it('imports the programme the office keeps in Word (one table per day) into its sittings, by keyboard', async () => {
    const [created] = await seed(server.url, [{ type: 'session.create', number: 8, term: 1, kind: 'regular', startDate: '2027-12-07', endDate: '2027-12-08' }]);
    await seed(server.url, [{ type: 'session.select', id: created.id }]);
    const page = await openPage(chromium.browser, server.url + '#agenda', 'vi');
    await page.getByText('Nhập chương trình từ tệp', { exact: true }).click();
    const file = page.getByLabel('Tệp chương trình (.xlsx, .csv hoặc Word .docx)');
    // A Word file of the old format: refused with what to do.
    await file.setInputFiles({ name: 'chuong-trinh.doc', mimeType: 'application/msword', buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0]) });
    await expect.poll(() => alerts(page).textContent()).toContain('định dạng Excel hoặc Word cũ (.xls, .doc)');
    // A second day outside the session: its rows are named by the table and row the office sees in Word.
    const wrongDay = Buffer.from(await programmeDocx(['07/12/2027', '11/12/2027']));
    await file.setInputFiles({ name: 'Chuong trinh sai ngay.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: wrongDay });
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'dòng sẵn sàng' }).textContent()).toContain('4 dòng sẵn sàng, 2 dòng có lỗi');
    expect(await page.getByRole('status').filter({ hasText: 'dòng sẵn sàng' }).textContent()).toContain('dòng tên cột ở bảng 2, dòng 1');
    expect(await page.getByTestId('import-problems').locator('tbody td:first-child').allTextContents()).toEqual(['Bảng 3, dòng 3', 'Bảng 3, dòng 4']);
    const docx = Buffer.from(await programmeDocx(['07/12/2027', '08/12/2027']));
    await file.setInputFiles({ name: 'Chuong trinh ky hop.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: docx });
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'dòng sẵn sàng' }).textContent()).toContain('6 dòng sẵn sàng, 0 dòng có lỗi');
    // The mapping list says what the "Thời gian" column of slots gives: minutes and the sittings' hours.
    expect(await page.getByTestId('clock-column').textContent()).toContain('«Thời gian» là khung giờ (7h30 - 7h45)');
    await page.getByRole('button', { name: 'Nhập các dòng hợp lệ (6)' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('row', { name: '6. Bế mạc kỳ họp' }).waitFor();
    expect(
      rows(dataDir, "SELECT a.title, a.presenter, a.planned_minutes AS min, s.date, s.part FROM agenda_item a JOIN session n ON n.id = a.session_id AND n.number = 8 JOIN sitting s ON s.id = a.sitting_id ORDER BY a.position"),
    ).toEqual([
      { title: 'Chào cờ; tuyên bố lý do, giới thiệu đại biểu', presenter: 'Chánh Văn phòng', min: 15, date: '2027-12-07', part: 'morning' },
      { title: 'Báo cáo kết quả kiểm tra tư cách đại biểu', presenter: '', min: 15, date: '2027-12-07', part: 'morning' },
      { title: 'Báo cáo tình hình kinh tế - xã hội năm 2026', presenter: 'UBND tỉnh', min: 30, date: '2027-12-07', part: 'morning' },
      { title: 'Thảo luận tại hội trường', presenter: 'Đại biểu HĐND tỉnh', min: 180, date: '2027-12-07', part: 'afternoon' },
      { title: 'Chất vấn và trả lời chất vấn', presenter: 'Thường trực HĐND tỉnh', min: 180, date: '2027-12-08', part: 'morning' },
      { title: 'Bế mạc kỳ họp', presenter: 'Chủ tịch HĐND tỉnh', min: 15, date: '2027-12-08', part: 'morning' },
    ]);
    await page.context().close();
  });

  it('copies the year-end session into the next one, and refuses a template file from a newer Gavel', async () => {
    await seed(server.url, [{ type: 'session.create', number: 7, term: 1, kind: 'regular', startDate: '2027-07-14', endDate: '2027-07-15' }]);
    const page = await openPage(chromium.browser, server.url + '#agenda', 'vi');
    await page.getByText('Sao chép từ kỳ họp trước').click();
    await page.getByLabel('Kỳ họp trước').selectOption({ label: 'Kỳ họp thứ 5, khóa I' });
    const n = builtinTemplate('yearEnd', 'province').length;
    await page.getByText(`Chương trình: ${n} mục`).waitFor();
    await page.getByRole('button', { name: 'Sao chép vào kỳ họp này' }).click();
    await page.getByRole('row', { name: `${builtinTemplate('yearEnd', 'province').filter((i) => !i.sub).length}. Chào cờ bế mạc` }).waitFor();
    expect(rows(dataDir, "SELECT DISTINCT s.date FROM sitting s JOIN session n ON n.id = s.session_id AND n.number = 7 ORDER BY s.date")).toEqual([{ date: '2027-07-14' }, { date: '2027-07-15' }]);

    await page.getByText('Lập từ chương trình mẫu').click();
    const newer = JSON.stringify({ ...templateFile('Mẫu mới', builtinTemplate('thematic', 'province')), version: TEMPLATE_VERSION + 1 });
    await page.getByLabel('Nhập tệp mẫu (.json)').setInputFiles({ name: 'mau.gavel-template.json', mimeType: 'application/json', buffer: Buffer.from(newer) });
    await expect.poll(() => alerts(page).textContent()).toContain('phiên bản Gavel mới hơn');
    expect(rows(dataDir, 'SELECT count(*) AS n FROM agenda_template')).toEqual([{ n: 0 }]);
  });
});
