/**
 * The office's roster file imported again in Chromium, by keyboard: the preview lists who is
 * updated (old → new) besides who is added and says who stays; Enter on the button applies both,
 * and Ctrl+Z takes the whole import back.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, seed, serve, showView, tempDataDir, type Served } from './harness';
import { xlsxBuffer } from '../xlsx';

let browser: Browser;
let server: Served;
let dataDir: string;
beforeAll(async () => {
  browser = await launch();
  dataDir = tempDataDir();
  server = await serve(dataDir);
  await seed(server.url, [
    { type: 'council.save', name: 'HĐND tỉnh Hòa Bình', level: 'province', term: 17, totalSeats: 50 },
    { type: 'session.create', number: 3, term: 17, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09' },
    {
      type: 'roster.import',
      rows: [
        { line: 2, fullName: 'Nguyen Thi Hang', seatNumber: 1, title: 'Đại biểu HĐND tỉnh', group: 'Tổ 1' },
        { line: 3, fullName: 'Trần Văn Bình', seatNumber: 2, title: 'Đại biểu HĐND tỉnh', group: 'Tổ 1' },
        { line: 4, fullName: 'Võ Thành An', seatNumber: 4, title: 'Đại biểu HĐND tỉnh', group: 'Tổ 2' },
      ],
    },
  ]);
});
afterAll(async () => {
  await server?.stop();
  await browser?.close();
});

describe('the roster file imported again', () => {
  it('previews the updates and the additions, applies both with Enter, and Ctrl+Z takes them back', async () => {
    const file = path.join(dataDir, 'danh-sach-cap-nhat.xlsx');
    fs.writeFileSync(file, await xlsxBuffer([
      ['DANH SÁCH ĐẠI BIỂU HĐND TỈNH HÒA BÌNH (cập nhật)', null, null, null],
      ['Số ghế', 'Họ và tên', 'Chức vụ', 'Tổ đại biểu'],
      [1, 'Nguyễn Thị Hằng', 'Đại biểu HĐND tỉnh', 'Tổ 1'],
      [7, 'Trần Văn Bình', 'Phó Trưởng Ban Pháp chế', 'Tổ 1'],
      [8, 'Phạm Thị Dung', 'Đại biểu HĐND tỉnh', 'Tổ 3'],
    ]));
    const page = await openPage(browser, server.url, 'vi');
    await page.setViewportSize({ width: 1366, height: 768 });
    await showView(page, { id: 'roster', keys: 'Alt+2' });
    await page.locator('details.import > summary').focus();
    await page.keyboard.press('Enter');
    await page.locator('details.import input[type=file]').setInputFiles(file);
    await page.getByText('Xem trước: 1 người mới sẵn sàng, 2 người đã có sẽ được cập nhật, 0 dòng có lỗi, 0 người đã có và không thay đổi').waitFor();
    const updates = page.getByRole('table', { name: 'Người đã có trong danh sách, sẽ được cập nhật theo tệp (2 người)' });
    expect(await updates.locator('tbody tr').allInnerTexts()).toEqual([
      '3\tNguyen Thi Hang\thọ và tên: Nguyen Thi Hang → Nguyễn Thị Hằng',
      '4\tTrần Văn Bình\tchức vụ: Đại biểu HĐND tỉnh → Phó Trưởng Ban Pháp chế; số ghế: 2 → 7',
    ]);
    await page.getByText('1 người trong danh sách không có trong tệp này: họ vẫn được giữ trong danh sách.').waitFor();

    await page.getByRole('button', { name: 'Nhập: thêm 1 người, cập nhật 2 người' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Đã thêm 1 người, cập nhật 2 người.').waitFor();
    const names = page.locator('tbody td.name');
    await expect.poll(() => names.allInnerTexts()).toEqual(['Nguyễn Thị Hằng', 'Võ Thành An', 'Trần Văn Bình', 'Phạm Thị Dung']);

    // The Undo button says what the import did, the people added and those updated apart.
    await page.getByRole('button', { name: /^Hoàn tác: nhập danh sách từ tệp \(thêm 1, cập nhật 2\)/ }).waitFor();
    await page.keyboard.press('Control+z');
    await expect.poll(() => names.allInnerTexts()).toEqual(['Nguyen Thi Hang', 'Trần Văn Bình', 'Võ Thành An']);
    await page.context().close();
  });
});
