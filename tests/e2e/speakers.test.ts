import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { commandSocket, failOnPageErrors, handled, onBrowser, openPage, serve, tempDataDir, type Served } from './harness';
import { xlsxBuffer } from '../xlsx';

const chromium = onBrowser();

const ROSTER_CSV = [
  'Số ghế;Họ và tên;Chức vụ;Tổ đại biểu;Biểu quyết',
  '1;Nguyễn Văn Dũng;Chủ tịch HĐND;Tổ 1;có',
  '2;Trần Thị Hoa;Trưởng ban;Tổ 1;có',
  '3;Lê Văn Tám;;Tổ 2;có',
  'x4;Dòng Sai;;Tổ 2;có',
  '5;Phạm Thị Lan;;Tổ 2;có',
  '6;Võ Văn Kiệt;;Tổ 3;có',
  '7;Đặng Thị Mai;;Tổ 3;có',
  ';Bùi Văn Khánh;Giám đốc Sở Tài chính;;khách mời',
].join('\n');

async function setUp(page: Page) {
  await page.getByLabel('Name of the council').fill('HĐND xã Tân Lạc');
  await page.getByLabel('Term', { exact: true }).first().fill('3');
  await page.getByLabel('Total council seats').fill('9');
  await page.getByRole('button', { name: 'Save council' }).click();
  await expect.poll(() => page.locator('.top .council').textContent()).toBe('HĐND xã Tân Lạc');
  await page.getByLabel('Session number').fill('4');
  await page.locator('input[name=sessionTerm]').fill('3');
  await page.getByLabel('Opens on').fill('2026-12-08');
  await page.getByLabel('Closes on').fill('2026-12-08');
  await page.getByLabel('Language of the hall screen').selectOption('en');
  await page.getByRole('button', { name: 'Create session' }).click();
  await page.getByText('Session 4, term III').first().waitFor();
}

const queueNames = (page: Page) => page.locator('.queue li .name').allTextContents();

async function request(page: Page, typed: string, kind = 'Speech') {
  const box = page.getByRole('combobox', { name: 'Person' });
  // The kind first: Enter on the name picks the person and adds the request at once.
  await page.getByLabel('Kind', { exact: true }).selectOption({ label: kind });
  await box.fill(typed);
  await box.press('Enter');
  await expect.poll(() => box.inputValue()).toBe('');
}

describe('roster import, roll call and speaker queue in Chromium', () => {
  let server: Served;
  const dataDir = tempDataDir();
  afterAll(async () => {
    await server?.stop();
  });

  it('imports a roster, takes the roll call, runs the queue and shows it in the hall, through a kill -9', async () => {
    server = await serve(dataDir);
    const page = await openPage(chromium.browser, server.url, 'en');
    await setUp(page);

    // Import: the preview shows the bad line; the good rows go in as one command.
    await page.keyboard.press('Alt+2');
    await page.getByText('Import a list from a file or pasted lines (Excel, CSV, Word)', { exact: true }).click();
    const fileInput = page.getByLabel('List file (.xlsx, .csv or Word .docx)');
    // A damaged workbook is refused in the console's language, not the library's.
    await fileInput.setInputFiles({ name: 'hong.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('not a zip') });
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Cannot read “hong.xlsx”: the file is damaged');
    // The same roster as a workbook (seats as numbers) previews exactly like the CSV below.
    const sheet = ROSTER_CSV.split('\n').map((line) => line.split(';').map((c) => (/^\d+$/.test(c) ? Number(c) : c)));
    await fileInput.setInputFiles({ name: 'roster.xlsx', mimeType: 'application/octet-stream', buffer: await xlsxBuffer(sheet) });
    await page.getByText('Preview: rows ready: 7; rows with errors: 1').waitFor();
    await page.getByLabel('List file (.xlsx, .csv or Word .docx)').setInputFiles({ name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(ROSTER_CSV) });
    await page.getByText('Preview: rows ready: 7; rows with errors: 1').waitFor();
    await page.getByRole('cell', { name: 'the seat “x4” is not a number from 1 to 9999' }).waitFor();
    await page.getByRole('button', { name: 'Import: add 7' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('7 people imported.').waitFor();
    // The preview went with the button: the keyboard stays in the import panel, on its file box.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Choose a file…');
    await expect.poll(() => page.locator('table tbody tr').count()).toBe(7);

    await page.keyboard.press('Alt+3');
    await page.getByLabel('Title', { exact: true }).fill('Thảo luận dự toán ngân sách 2027');
    await page.getByLabel('Kind', { exact: true }).selectOption('discussion');
    await page.getByRole('button', { name: 'Add item' }).click();
    await page.getByRole('cell', { name: 'Thảo luận dự toán ngân sách 2027', exact: true }).waitFor();

    // Roll call: 6 voting delegates of 9 seats; quorum needs 6. Seat 3 absent breaks it.
    await page.keyboard.press('Alt+4');
    await page.getByRole('button', { name: 'Start roll call' }).click();
    const seat = page.getByLabel('Seat number, then a key');
    await seat.waitFor();
    await expect.poll(() => page.getByTestId('present-count').textContent()).toBe('Present: 6 of 9 delegates (3 seats vacant)');
    await expect.poll(() => page.getByTestId('quorum').textContent()).toContain('Quorum: yes (needs 6)');
    await seat.fill('3');
    await seat.press('a');
    await expect.poll(() => page.getByTestId('present-count').textContent()).toBe('Present: 5 of 9 delegates (3 seats vacant)');
    await expect.poll(() => page.getByTestId('quorum').textContent()).toContain('No quorum: needs 6');
    await expect.poll(() => page.getByLabel('Attendance of Lê Văn Tám').inputValue()).toBe('absent');
    // Rapid entry: the box clears at once, so seats can be typed back to back.
    await seat.pressSequentially('5e6x');
    await expect.poll(() => page.getByLabel('Attendance of Phạm Thị Lan').inputValue()).toBe('excused');
    await expect.poll(() => page.getByLabel('Attendance of Võ Văn Kiệt').inputValue()).toBe('left');
    await expect.poll(() => page.getByTestId('present-count').textContent()).toBe('Present: 3 of 9 delegates (3 seats vacant)');
    await seat.pressSequentially('5p6p');
    await expect.poll(() => page.getByTestId('present-count').textContent()).toBe('Present: 5 of 9 delegates (3 seats vacant)');
    await seat.fill('99');
    await seat.press('a');
    await expect.poll(() => page.locator('p.error[role=alert]').textContent()).toBe('No one sits in seat 99.');

    const hallContext = await chromium.browser.newContext({ locale: 'en', viewport: { width: 1920, height: 1080 } });
    const hall = await hallContext.newPage();
    failOnPageErrors(hall);
    await hall.goto(server.url + 'hall');
    // The hall shows the engine's state (the console may show a move before it is committed).
    const hallQueue = () => hall.getByTestId('hall-queue').locator('.next-name').allTextContents();
    await expect.poll(() => hall.getByTestId('hall-quorum').textContent()).toContain('Present: 5 of 9 delegates (3 seats vacant)');
    await expect.poll(() => hall.getByTestId('hall-quorum').textContent()).toContain('No quorum');

    // Five requests, picked by name without diacritics or by seat.
    await page.keyboard.press('Alt+6');
    await request(page, 'nguyen van dung');
    await request(page, '2');
    await request(page, 'le van tam');
    await request(page, 'bui van khanh', 'Official’s explanation');
    await request(page, 'dang thi');
    await expect.poll(() => queueNames(page)).toEqual(['Nguyễn Văn Dũng', 'Trần Thị Hoa', 'Lê Văn Tám', 'Bùi Văn Khánh', 'Đặng Thị Mai']);

    // A duplicate request cannot be made: the picker lists him as already queued, Enter says why.
    const box = page.getByRole('combobox', { name: 'Person' });
    await box.fill('1');
    await expect.poll(() => page.getByRole('option', { name: /Nguyễn Văn Dũng/ }).getAttribute('aria-disabled')).toBe('true');
    await expect.poll(() => page.getByRole('option', { name: /Nguyễn Văn Dũng/ }).textContent()).toContain('already queued');
    await box.press('Enter');
    await expect.poll(() => page.locator('p.error[role=alert]').textContent()).toBe('Nguyễn Văn Dũng is already waiting on this item with a request of this kind.');
    await handled(page);
    expect(await queueNames(page)).toHaveLength(5);
    expect(await box.inputValue()).toBe('1');
    // The engine still refuses a duplicate sent by another console, changing nothing.
    const other = await commandSocket(server.url);
    const dup = await other.send({ type: 'speaker.request', delegateId: 1 });
    other.close();
    expect(dup.ok ? '' : dup.error.message).toBe('Nguyễn Văn Dũng already has a request of this kind waiting on this item.');
    await box.fill('');
    await expect.poll(async () => (await queueNames(page)).length).toBe(5);

    // Reorder: by button, then by keyboard on the row.
    await page.getByRole('button', { name: 'Move Đặng Thị Mai up' }).click();
    await expect.poll(() => queueNames(page)).toEqual(['Nguyễn Văn Dũng', 'Trần Thị Hoa', 'Lê Văn Tám', 'Đặng Thị Mai', 'Bùi Văn Khánh']);
    await page.locator('[data-speech]').filter({ hasText: 'Đặng Thị Mai' }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => queueNames(page)).toEqual(['Nguyễn Văn Dũng', 'Đặng Thị Mai', 'Trần Thị Hoa', 'Lê Văn Tám', 'Bùi Văn Khánh']);
    await expect.poll(hallQueue).toEqual(['Nguyễn Văn Dũng', 'Đặng Thị Mai', 'Trần Thị Hoa', 'Bùi Văn Khánh']);
    // Undo takes back the last move.
    await page.locator('body').click({ position: { x: 5, y: 600 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => queueNames(page)).toEqual(['Nguyễn Văn Dũng', 'Trần Thị Hoa', 'Đặng Thị Mai', 'Lê Văn Tám', 'Bùi Văn Khánh']);
    // …and says whose request it moved back.
    await page.getByText('Undone: reorder (Đặng Thị Mai)').waitFor();
    // `w` with no queue row in focus and nobody called says how to choose the request.
    await page.keyboard.press('w');
    await expect.poll(() => page.locator('p.error[role=alert]').textContent()).toBe('Choose the request to withdraw first: Tab to its row in the queue, then press W.');
    await handled(page);
    expect(await queueNames(page)).toHaveLength(5);

    // Drag and drop: the last request dragged to the top, then undone.
    const last = page.locator('[data-speech]').filter({ hasText: 'Bùi Văn Khánh' });
    const first = page.locator('[data-speech]').first();
    const from = (await last.boundingBox())!;
    const to = (await first.boundingBox())!;
    await page.mouse.move(from.x + 60, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + 60, from.y + from.height / 2 - 10, { steps: 4 });
    await page.mouse.move(to.x + 60, to.y + 4, { steps: 30 });
    // Drop only once the list has made room at the top (svelte-dnd-action's placeholder is first).
    await expect.poll(() => page.locator('[data-speech]').first().getAttribute('data-is-dnd-shadow-item-internal')).toBe('true');
    await page.mouse.move(to.x + 60, to.y + 2, { steps: 2 });
    await page.mouse.up();
    await expect.poll(() => queueNames(page)).toEqual(['Bùi Văn Khánh', 'Nguyễn Văn Dũng', 'Trần Thị Hoa', 'Đặng Thị Mai', 'Lê Văn Tám']);
    // The engine has it (the hall skips the absent delegate) before undo.
    await expect.poll(hallQueue).toEqual(['Bùi Văn Khánh', 'Nguyễn Văn Dũng', 'Trần Thị Hoa', 'Đặng Thị Mai']);
    await page.getByRole('button', { name: /^Undo: reorder/ }).click();
    await expect.poll(() => queueNames(page)).toEqual(['Nguyễn Văn Dũng', 'Trần Thị Hoa', 'Đặng Thị Mai', 'Lê Văn Tám', 'Bùi Văn Khánh']);

    // The absent delegate cannot be called.
    await page.getByRole('button', { name: 'Call Lê Văn Tám now' }).click();
    await expect.poll(() => page.locator('p.error[role=alert]').textContent()).toBe('Lê Văn Tám is not present at this sitting and cannot be called.');

    // First speech: next, start, +30 s, finish by calling the next one.
    await page.keyboard.press('n');
    await expect.poll(() => page.getByTestId('floor-name').textContent()).toBe('Nguyễn Văn Dũng');
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: '+30 s' }).click();
    await page.getByText('extra 0:30').waitFor();
    await expect.poll(() => hall.getByTestId('hall-speaker').textContent()).toBe('Nguyễn Văn Dũng');
    // 7 min + 30 s: the hall counts down from 7:30 (above 7:00 only with the extra time).
    await expect.poll(async () => /^7:(0[1-9]|[1-2]\d|30)$/.test((await hall.getByRole('timer').textContent()) ?? '')).toBe(true);

    // Second speech: Trần Thị Hoa, with +1 min by keyboard; the hall switches in place.
    await page.keyboard.press('n');
    await expect.poll(() => page.getByTestId('floor-name').textContent()).toBe('Trần Thị Hoa');
    await page.keyboard.press('Space');
    await page.keyboard.press('+'); // one more minute, as in every live view
    await page.getByText('extra 1:00').waitFor();
    await expect.poll(() => hall.getByTestId('hall-speaker').textContent()).toBe('Trần Thị Hoa');
    await expect.poll(async () => /^7:(0[1-9]|[1-5]\d)$|^8:00$/.test((await hall.getByRole('timer').textContent()) ?? '')).toBe(true);
    // The absent delegate is not announced as next in the hall.
    await expect.poll(() => hall.getByTestId('hall-queue').locator('li').allTextContents()).toEqual(['Đặng Thị Mai Tổ 3', 'Bùi Văn Khánh ']);
    await page.keyboard.press('Space'); // pause for an interjection
    await page.getByRole('button', { name: 'Resume' }).waitFor();

    // Totals: two people have spoken on the item.
    await expect.poll(() => page.getByRole('table', { name: 'Per person' }).locator('tbody tr').count()).toBe(2);

    // kill -9: the queue, the paused speech and the totals are still there.
    await server.stop('SIGKILL');
    server = await serve(dataDir);
    const again = await openPage(chromium.browser, server.url + '#speakers', 'en');
    await expect.poll(() => again.getByTestId('floor-name').textContent()).toBe('Trần Thị Hoa');
    await again.getByText('extra 1:00').waitFor();
    await again.getByRole('button', { name: 'Resume' }).waitFor();
    await expect.poll(() => queueNames(again)).toEqual(['Đặng Thị Mai', 'Lê Văn Tám', 'Bùi Văn Khánh']);
    await expect.poll(() => again.getByRole('table', { name: 'Per person' }).locator('tbody tr').count()).toBe(2);
    await again.getByRole('button', { name: 'Finish' }).click();
    await expect.poll(() => again.getByText('Nobody has the floor.').count()).toBe(1);
  });
});
