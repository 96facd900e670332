/**
 * Rough edges of the imports, in Chromium at the laptop's 1366×768. A programme of which no row
 * can be imported (a draft whose every length is a range, "30 - 45") says why and offers Close,
 * the keyboard on it, as the roster's import does, where it showed a greyed "Import the good rows
 * (0)". A list of delegates whose committees are headed in Arabic numbers ("1. Ban Pháp chế", "2 |
 * Ban Kinh tế - Ngân sách") is previewed with those rows as headings, their people in the
 * committee, and Ban Thị Hoa a person. A gavel.sqlite copied from a data folder while Gavel ran,
 * chosen alone in the Backups panel, is refused in words: its latest changes are in the -wal left behind.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { alerts, answerAsk, openPage, seed, serve, showView, tempDataDir, view } from './harness';
import { importSetup, openAgendaImport, openRosterImport } from './imports';
import { communeByBodyXlsx, rangedProgrammeXlsx } from '../xlsx';

const setup = importSetup({ name: 'Hội đồng nhân dân xã Tân Lập', level: 'commune', term: 1, totalSeats: 35 }, { number: 2, startDate: '2026-12-08', endDate: '2026-12-09' });
const shots = process.env.SHOTS;
const focused = (page: import('playwright-core').Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

describe('a programme with no row to import', () => {
  it('says why and offers Close, the keyboard on it, never a greyed Import (0)', async () => {
    const file = path.join(tempDataDir(), 'chuong-trinh-ky-hop-du-kien.xlsx');
    fs.writeFileSync(file, await rangedProgrammeXlsx());
    for (const lang of ['vi', 'en'] as const) {
      const vi = lang === 'vi';
      const page = await openPage(setup.browser, setup.server.url, lang);
      const panel = await openAgendaImport(page, lang);
      await panel.locator('input[type=file]').setInputFiles(file);
      await panel.getByRole('status').getByText(vi ? 'Xem trước: 0 dòng sẵn sàng, 25 dòng có lỗi' : 'Preview: rows ready: 0; rows with errors: 25').waitFor();
      const fix = vi ? 'Chưa có dòng nào nhập được: hãy sửa các dòng lỗi trong tệp, rồi chọn lại tệp.' : 'Nothing can be imported as it is: fix the rows with errors in the file, then choose it again.';
      await panel.getByText(fix).waitFor();
      expect(await panel.getByRole('button', { name: vi ? /^Nhập/ : /^Import/ }).count()).toBe(0);
      const close = vi ? 'Đóng bản xem trước' : 'Close the preview';
      await expect.poll(() => focused(page)).toBe(close);
      // Close is described by the sentences that say why.
      expect(await panel.getByRole('button', { name: close }).evaluate((b) => b.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent?.trim()))).toEqual([
        vi ? 'Xem trước: 0 dòng sẵn sàng, 25 dòng có lỗi · dòng tên cột ở dòng 2' : 'Preview: rows ready: 0; rows with errors: 25 · column names found on line 2',
        fix,
      ]);
      if (shots) await page.screenshot({ path: `${shots}/programme-nothing-${lang}.png` });
      await page.keyboard.press('Enter');
      await expect.poll(() => panel.getByRole('status').count()).toBe(0);
      expect(await focused(page)).toBe(vi ? 'Chọn tệp…' : 'Choose a file…');
      await page.context().close();
    }
  }, 120_000);
});

describe('a list of delegates whose committees are headed in Arabic numbers', () => {
  it('is previewed with the committees’ rows as headings and their people in them', async () => {
    const file = path.join(tempDataDir(), 'danh-sach-dai-bieu-theo-ban.xlsx');
    fs.writeFileSync(file, await communeByBodyXlsx());
    for (const lang of ['vi', 'en'] as const) {
      const vi = lang === 'vi';
      const page = await openPage(setup.browser, setup.server.url, lang);
      const panel = await openRosterImport(page);
      await panel.locator('input[type=file]').setInputFiles(file);
      await panel.getByRole('status').getByText(vi ? 'Xem trước: 38 dòng sẵn sàng, 0 dòng có lỗi' : 'Preview: rows ready: 38; rows with errors: 0').waitFor();
      const names = await panel.locator('.preview tbody tr td:nth-child(2)').allInnerTexts();
      expect(names.filter((n) => /^(?:Ban|Đoàn|Văn phòng|Thường trực|Các)\b/iu.test(n))).toEqual(['Ban Thị Hoa', 'Đoàn Văn Hậu', 'Ban Văn Hóa']);
      const committee = (name: string) => panel.getByRole('row', { name: new RegExp(name) }).getByRole('cell').nth(5).innerText();
      expect(await committee('Ban Thị Hoa')).toBe('Ban Pháp chế');
      expect(await committee('Đoàn Văn Hậu')).toBe('Ban Kinh tế - Ngân sách');
      expect(await committee('Ban Văn Hóa')).toBe('');
      if (shots) await page.screenshot({ path: `${shots}/committee-headings-${lang}.png`, fullPage: true });
      await page.context().close();
    }
  }, 120_000);
});

describe('a gavel.sqlite copied from a data folder while Gavel ran', () => {
  it('is refused in words when chosen alone in the Backups panel, nothing restored', async () => {
    // The hall laptop's data folder, copied to a stick during the sitting: Hằng's row is only in gavel.sqlite-wal.
    const hallDir = tempDataDir();
    const onStick = path.join(tempDataDir(), 'USB', 'gavel.sqlite');
    const hall = await serve(hallDir);
    try {
      await seed(hall.url, [
        { type: 'council.save', name: 'Hội đồng nhân dân xã Lương Sơn', level: 'commune', term: 1, totalSeats: 30 },
        { type: 'delegate.add', fullName: 'Nguyễn Thị Hằng' },
      ]);
      fs.mkdirSync(path.dirname(onStick), { recursive: true });
      fs.copyFileSync(path.join(hallDir, 'gavel.sqlite'), onStick);
    } finally {
      await hall.stop();
    }
    for (const lang of ['vi', 'en'] as const) {
      const vi = lang === 'vi';
      const page = await openPage(setup.browser, setup.server.url, lang);
      await page.setViewportSize({ width: 1366, height: 768 });
      await showView(page, view('activity'));
      const before = await page.locator('[aria-labelledby="backups-heading"] tbody tr').count();
      await page.getByLabel(vi ? 'Chọn bản sao đã lưu để khôi phục' : 'Choose a saved copy to restore').setInputFiles(onStick);
      await answerAsk(page, true);
      const said = vi ? 'gavel.sqlite được chép khi Gavel đang mở tệp' : 'gavel.sqlite was copied while Gavel had it open';
      await alerts(page).filter({ hasText: said }).waitFor();
      if (shots) await page.screenshot({ path: `${shots}/wal-missing-${lang}.png` });
      expect(await page.locator('[aria-labelledby="backups-heading"] tbody tr').count()).toBe(before);
      await page.context().close();
    }
  }, 120_000);
});
