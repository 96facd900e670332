/**
 * What an office's Word lists and a hurried hand bring in, in Chromium at the laptop's 1366×768: a
 * group heading typed in capitals comes in sentence case, a line listing a group's places is no
 * person and is named in the preview; and a respondent's agency typed with a slip ("Sở Y tê") is
 * asked about before it becomes a new agency.
 */
import { describe, expect, it } from 'vitest';
import { openPage, seed, showView, view } from './harness';
import { importSetup, openAgendaImport, openRosterImport, previewPasted } from './imports';

const setup = importSetup({ name: 'Hội đồng nhân dân xã Tân Lập', level: 'commune', term: 1, totalSeats: 30 }, { number: 3, startDate: '2026-12-08', endDate: '2026-12-09' });

const LIST = ['TỔ ĐẠI BIỂU SỐ 1 - XÃ TÂN LẬP', 'Gồm: xã Tân Lập, xã Tân Phước', '1. Nguyễn Văn An', '2. Trần Thị Bình', '3. Lê Hoàng Cường', '4. Phạm Minh Dung'].join('\n');

describe('a pasted list from Word', () => {
  it('takes its heading in sentence case and leaves out, naming it, the line of places', async () => {
    for (const lang of ['en', 'vi'] as const) {
      const vi = lang === 'vi';
      const page = await openPage(setup.browser, setup.server.url, lang);
      const panel = await openRosterImport(page);
      await previewPasted(panel, LIST, lang);
      await panel
        .getByText(vi ? '1 dòng không phải tên người (nhãn hoặc danh sách địa bàn) được bỏ qua: dòng 2 («Gồm: xã Tân Lập, xã Tân Phước»). Hãy kiểm tra không có ai trong số đó.' : '1 line is left out as no person’s (a label or a list of places): line 2 (“Gồm: xã Tân Lập, xã Tân Phước”). Check that no one is among them.')
        .waitFor();
      const rows = panel.locator('.preview tbody tr');
      expect(await rows.count()).toBe(4);
      expect((await rows.first().getByRole('cell').allInnerTexts()).slice(0, 5)).toEqual(['3', 'Nguyễn Văn An', '', '', 'Tổ đại biểu số 1 - xã Tân Lập']);
      if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/slips-roster-${lang}.png` });
      if (vi) {
        await panel.getByRole('button', { name: 'Nhập: thêm 4 người' }).press('Enter');
        await page.getByText('Đã nhập 4 người.').waitFor();
        expect(await page.locator('tbody td.name').allInnerTexts()).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Hoàng Cường', 'Phạm Minh Dung']);
      }
      await page.context().close();
    }
  }, 120_000);
});

describe('pasted lines without names, and a programme’s parts in capitals', () => {
  it('speaks of the pasted lines, not a file; the parts are previewed in sentence case', async () => {
    for (const lang of ['en', 'vi'] as const) {
      const vi = lang === 'vi';
      const page = await openPage(setup.browser, setup.server.url, lang);
      const roster = await openRosterImport(page);
      await previewPasted(roster, 'Báo cáo tình hình\tUBND xã\nTờ trình dự toán\tUBND xã\n', lang);
      await roster.getByRole('alert').getByText(vi ? /^Các dòng đã dán không có cột nào là họ và tên/ : /^No column of the pasted lines holds full names/).waitFor();
      // The four people imported above are not in these lines: said of the lines, not of a file.
      await roster.getByText(vi ? '4 người trong danh sách không có trong các dòng đã dán: họ vẫn được giữ trong danh sách. Nhập chỉ thêm và cập nhật, không xóa ai (muốn xóa, hãy xóa bằng tay).' : '4 people on the roster are not in the pasted lines: they stay on the roster. An import adds and updates people; it never removes anyone (remove a person by hand).').waitFor();
      if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/slips-no-names-${lang}.png` });
      const agenda = await openAgendaImport(page, lang);
      await previewPasted(agenda, ['I. PHẦN THỨ NHẤT: KHAI MẠC', '1. Chào cờ', 'II. BÁO CÁO CỦA UBND XÃ TÂN LẬP', '1. Báo cáo tình hình KT-XH năm 2026'].join('\n'), lang);
      const titles = agenda.locator('.preview tbody tr td:nth-child(2)');
      await expect.poll(() => titles.allInnerTexts()).toEqual(['Phần thứ nhất: Khai mạc', 'Chào cờ', 'Báo cáo của UBND xã Tân Lập', 'Báo cáo tình hình KT-XH năm 2026']);
      await titles.last().scrollIntoViewIfNeeded();
      if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/slips-programme-${lang}.png` });
      await page.context().close();
    }
  }, 120_000);
});

describe('a respondent’s agency typed with a slip', () => {
  it('is asked about, and the known agency taken by Enter', async () => {
    await seed(setup.server.url, [
      { type: 'delegate.add', fullName: 'Lê Thanh Phong', title: 'Giám đốc Sở Y tế', agency: 'Sở Y tế', voting: false },
      { type: 'delegate.add', fullName: 'Hồ Văn Nam', title: 'Phó Giám đốc Sở Y tế', voting: false },
    ]);
    for (const lang of ['en', 'vi'] as const) {
      const vi = lang === 'vi';
      const page = await openPage(setup.browser, setup.server.url, lang);
      await page.setViewportSize({ width: 1366, height: 768 });
      await showView(page, view('questions'));
      const form = page.locator('form.row');
      await form.getByLabel(vi ? 'Người trong danh sách' : 'Person from the roster').selectOption({ label: 'Hồ Văn Nam — Phó Giám đốc Sở Y tế' });
      await form.getByLabel(vi ? 'Cơ quan' : 'Agency', { exact: true }).fill('Sở Y tê');
      await form.getByLabel(vi ? 'Cơ quan' : 'Agency', { exact: true }).press('Enter');
      // Asked as the console asks (lib/ask.ts), beside the box she typed in.
      const near = page.locator('[data-ask] [role=alertdialog]');
      await near.getByText(vi ? 'Chưa có cơ quan nào tên «Sở Y tê». Có phải là «Sở Y tế»?' : 'No agency is named “Sở Y tê” yet. Did you mean “Sở Y tế”?').waitFor();
      if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/slips-agency-${lang}.png` });
      if (!vi) {
        // Esc sends nothing: no respondent, and the keyboard back in the box with what she typed.
        await page.keyboard.press('Escape');
        await near.waitFor({ state: 'detached' });
        expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('Sở Y tê');
        expect(await page.getByLabel('Agency of Hồ Văn Nam').count()).toBe(0);
        await page.context().close();
        continue;
      }
      // The known agency has the keyboard: Enter takes it.
      await page.keyboard.press('Enter');
      await page.getByLabel('Cơ quan của Hồ Văn Nam').waitFor();
      expect(await page.getByLabel('Cơ quan của Hồ Văn Nam').inputValue()).toBe('Sở Y tế');
      expect(await near.count()).toBe(0);
      await page.context().close();
    }
  }, 120_000);
});
