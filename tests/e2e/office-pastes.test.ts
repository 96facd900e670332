/**
 * Lines an office pastes, read as a clerk reads them, in Chromium at the laptop's 1366×768: a
 * 35-seat council's list typed group by group with honorifics before the names ("Ông", "Bà",
 * "Đ/c"), whose honorifics the preview shows taken off and the roster never stores; and a
 * programme whose titles carry commas, each imported as one item, not split into columns.
 */
import { describe, expect, it } from 'vitest';
import { alerts, openPage } from './harness';
import { importSetup, openAgendaImport, openRosterImport, previewPasted } from './imports';

const setup = importSetup({ name: 'Hội đồng nhân dân xã Tân Lập', level: 'commune', term: 1, totalSeats: 35 }, { number: 3, startDate: '2026-12-08', endDate: '2026-12-09' });

const FAMILY = ['Nguyễn Văn', 'Trần Thị', 'Lê Hoàng', 'Phạm Minh', 'Hoàng Thị', 'Vũ Đức', 'Đặng Thị'];
const GIVEN = 'An Bình Cường Dung Đông Giang Hà Hải Hạnh Hòa Hùng Hương Khánh Lan Linh Long Mai Minh Nam Nga Ngọc Phong Phúc Quang Quyên Sơn Tâm Thảo Thắng Thu Trang Trung Tuấn Vân Yến'.split(' ');
const NAMES = GIVEN.map((g, i) => `${FAMILY[i % FAMILY.length]} ${g}`);
/** "Ông" before a man, "Bà" before a woman ("Thị"), "Đ/c" before every fifth. */
const honorific = (name: string, i: number) => (i % 5 === 4 ? 'Đ/c' : name.includes(' Thị ') ? 'Bà' : 'Ông');

/** The list as the office typed it: its title, 7 Tổ of 5, each in electoral units of 2, 2 and 1. */
function typedList(): string {
  const lines = ['DANH SÁCH ĐẠI BIỂU HĐND XÃ TÂN LẬP KHÓA I, NHIỆM KỲ 2026 - 2031'];
  for (let i = 0; i < 35; i++) {
    if (i % 5 === 0) lines.push(`TỔ ĐẠI BIỂU SỐ ${i / 5 + 1}`);
    if (i % 5 !== 1 && i % 5 !== 3) lines.push(`Đơn vị bầu cử số ${Math.floor(i / 5) * 3 + [1, 0, 2, 0, 3][i % 5]}`);
    lines.push(`${i + 1}. ${honorific(NAMES[i], i)} ${NAMES[i]}`);
  }
  return lines.join('\n');
}

describe('a typed list with honorifics and many group headings', () => {
  it('is previewed with its honorifics taken off and said, then imported with the names alone, each in their Tổ', async () => {
    for (const lang of ['en', 'vi'] as const) {
      const vi = lang === 'vi';
      const page = await openPage(setup.browser, setup.server.url, lang);
      const panel = await openRosterImport(page);
      await previewPasted(panel, typedList(), lang);
      await panel.getByText(vi ? 'Xem trước: 35 dòng sẵn sàng, 0 dòng có lỗi' : 'Preview: rows ready: 35; rows with errors: 0').waitFor();
      await panel.getByText(vi ? '35 tên có danh xưng đứng trước (Ông, Bà, Đ/c): danh xưng được bỏ đi, danh sách chỉ lưu họ và tên.' : '35 names were written after an honorific (Ông, Bà, Đ/c): it is taken off, and the roster keeps the name alone.').waitFor();
      expect(await alerts(page).count()).toBe(0);
      // The row shows the honorific struck out before the name, and the name alone in its place.
      const row = panel.getByRole('row', { name: /Trần Thị Bình/ });
      expect(await row.locator('del.honorific').innerText()).toBe('Bà');
      expect((await row.getByRole('cell').allInnerTexts()).slice(0, 5)).toEqual(['5', 'Bà Trần Thị Bình', '', '', 'Tổ đại biểu số 1']);
      expect(await panel.getByRole('row', { name: /Đơn vị bầu cử|DANH SÁCH/ }).count()).toBe(0);
      await panel.getByText(vi ? 'Xem trước' : 'Preview', { exact: true }).first().scrollIntoViewIfNeeded();
      if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/pasted-honorifics-${lang}.png` });
      if (!vi) {
        await page.context().close();
        continue;
      }
      await panel.getByRole('button', { name: 'Nhập: thêm 35 người' }).press('Enter');
      await page.getByText('Đã nhập 35 người.').waitFor();
      const names = await page.locator('tbody td.name').allInnerTexts();
      expect(names.length).toBe(35);
      expect(names.filter((n) => /^(Ông|Bà|Đ\/c) /.test(n))).toEqual([]);
      expect(names).toContain('Trần Thị Bình');
      await page.context().close();
    }
  }, 120_000);

  it('refuses headings without names, importing no one', async () => {
    const page = await openPage(setup.browser, setup.server.url, 'en');
    const panel = await openRosterImport(page);
    await previewPasted(panel, 'TỔ ĐẠI BIỂU SỐ 8\nĐơn vị bầu cử số 22\nĐơn vị bầu cử số 23\n', 'en');
    await expect.poll(() => alerts(page).allInnerTexts()).toEqual([expect.stringContaining('No column of the pasted lines holds full names')]);
    // No import of nothing offered: the preview can only be closed.
    expect(await panel.getByRole('button', { name: /^Import/ }).count()).toBe(0);
    expect(await panel.getByRole('button', { name: 'Close the preview' }).isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('a programme pasted with commas in its titles', () => {
  it('imports each line as one item, its commas kept', async () => {
    const titles = ['Chào cờ', 'Khai mạc kỳ họp', 'Tờ trình số 12/TTr-UBND, về dự toán ngân sách năm 2027', 'Báo cáo thẩm tra của Ban Kinh tế - Ngân sách', 'Tờ trình số 15/TTr-UBND, về kế hoạch đầu tư công năm 2027', 'Bế mạc kỳ họp'];
    const english = await openPage(setup.browser, setup.server.url, 'en');
    await previewPasted(await openAgendaImport(english, 'en'), titles.join('\n'), 'en');
    await english.getByText('Preview: rows ready: 6; rows with errors: 0').waitFor();
    await english.locator('.agenda-import table').last().scrollIntoViewIfNeeded();
    if (process.env.SHOTS) await english.screenshot({ path: `${process.env.SHOTS}/pasted-commas-agenda-en.png` });
    await english.context().close();
    const page = await openPage(setup.browser, setup.server.url, 'vi');
    const panel = await openAgendaImport(page, 'vi');
    await previewPasted(panel, titles.join('\n'), 'vi');
    await panel.getByText('Xem trước: 6 dòng sẵn sàng, 0 dòng có lỗi').waitFor();
    await panel.locator('table').last().scrollIntoViewIfNeeded();
    if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/pasted-commas-agenda-vi.png` });
    await panel.getByRole('button', { name: 'Nhập các dòng hợp lệ (6)' }).press('Enter');
    for (const title of titles) await page.locator('tr[data-item]').getByRole('cell', { name: title, exact: true }).waitFor();
    expect(await page.locator('tr[data-item]').count()).toBe(6);
    await page.context().close();
  });
});
