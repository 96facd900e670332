/**
 * In Chromium against `npm run serve`: the IT officer restores, from the Backups panel, a copy of
 * the session saved earlier to a USB stick (a download of "Save a copy…"), chosen with the
 * browser's file input; the same confirmation as a listed backup's, then the record is the copy's
 * and "Before a restore" is listed to undo it. A document chosen by mistake is refused in words.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerAsk, alerts, launch, openPage, seed, serve, showView, tempDataDir, view, type Served } from './harness';

let browser: Browser;
let served: Served;
let dataDir: string;
/** Where to save screenshots of the panel's second step, when set. */
const shots = process.env.SHOTS;

// A fresh data folder and server for each try: a retry (vitest.config.ts) seeds the same session again.
beforeEach(async () => {
  dataDir = tempDataDir();
  [browser, served] = await Promise.all([launch(), serve(dataDir)]);
});

afterEach(async () => {
  await browser?.close();
  await served?.stop();
});

function delegates(): string[] {
  const db = new Database(path.join(dataDir, 'gavel.sqlite'), { readonly: true });
  try {
    return db.prepare('SELECT full_name FROM delegate ORDER BY id').pluck().all() as string[];
  } finally {
    db.close();
  }
}

describe('restoring a saved copy from a file', () => {
  it('restores the copy chosen in the panel after the same confirmation, undoable from “Before a restore”', async () => {
    await seed(served.url, [
      { type: 'council.save', name: 'Hội đồng nhân dân xã Lương Sơn', level: 'commune', term: 1, totalSeats: 30 },
      { type: 'session.create', number: 3, term: 1, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09' },
      { type: 'delegate.add', fullName: 'Nguyễn Thị Hằng' },
    ]);
    const page = await openPage(browser, served.url, 'en');
    await showView(page, view('activity'));
    const panel = page.locator('[aria-labelledby="backups-heading"]');
    // The copy carried away on a USB stick.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save a copy of the current state…' }).click()]);
    const usb = path.join(dataDir, '..', `${path.basename(dataDir)}-usb`);
    fs.mkdirSync(usb, { recursive: true });
    const saved = path.join(usb, download.suggestedFilename());
    await download.saveAs(saved);
    await seed(served.url, [{ type: 'delegate.add', fullName: 'Đặng Quốc Việt' }]);
    expect(delegates()).toEqual(['Nguyễn Thị Hằng', 'Đặng Quốc Việt']);

    // A document chosen by mistake: refused in words, nothing restored.
    const doc = path.join(usb, 'bien-ban.docx');
    fs.writeFileSync(doc, 'PK\u0003\u0004 not a database');
    await panel.getByRole('button', { name: 'Restore from a file…' }).waitFor();
    await page.getByLabel('Choose a saved copy to restore').setInputFiles(doc);
    expect(await answerAsk(page, true)).toContain('Restore the saved copy bien-ban.docx?');
    await alerts(page).filter({ hasText: 'bien-ban.docx is not a Gavel backup' }).waitFor();
    expect(delegates()).toEqual(['Nguyễn Thị Hằng', 'Đặng Quốc Việt']);

    await page.getByLabel('Choose a saved copy to restore').setInputFiles(saved);
    expect(await answerAsk(page, true)).toContain(`Restore the saved copy ${download.suggestedFilename()}?`);
    await page.getByText('Backup restored. What was there before is in the list as “Before a restore”').waitFor();
    expect(delegates()).toEqual(['Nguyễn Thị Hằng']);
    await expect.poll(() => panel.locator('tbody').textContent()).toContain('Brought in from a saved copy');
    expect(await panel.locator('tbody').textContent()).toContain('Before a restore');
    // The screens follow the restored database and say so, as after a listed backup's restore; no refusal is left shown.
    await alerts(page).filter({ hasText: 'A backup has just been restored' }).waitFor();
    expect((await alerts(page).allTextContents()).filter((a) => a.includes('not a Gavel backup'))).toEqual([]);

    // Undone from the list, once the page has its connection back (a restore closes every screen's): Việt is back.
    await page.getByText('Connected').waitFor();
    await panel.locator('tbody tr', { hasText: 'Before a restore' }).first().getByRole('button', { name: /^Restore the backup of / }).click();
    await answerAsk(page, true);
    // A restore reopens the engine and every screen: seconds on a busy machine.
    await expect.poll(() => delegates(), { timeout: 15_000 }).toEqual(['Nguyễn Thị Hằng', 'Đặng Quốc Việt']);
    fs.rmSync(usb, { recursive: true, force: true });
    await page.close();
  });

  it('offers, after refusing a file copied while Gavel had it open without its -wal, to restore what it holds', async () => {
    await seed(served.url, [
      { type: 'council.save', name: 'Hội đồng nhân dân xã Lương Sơn', level: 'commune', term: 1, totalSeats: 30 },
      { type: 'session.create', number: 3, term: 1, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09' },
      { type: 'delegate.add', fullName: 'Nguyễn Thị Hằng' },
    ]);
    // The running Gavel's file copied to a stick alone: Hằng folded into it by a checkpoint, Việt only in its -wal.
    const running = new Database(path.join(dataDir, 'gavel.sqlite'));
    running.pragma('wal_checkpoint(PASSIVE)');
    await seed(served.url, [{ type: 'delegate.add', fullName: 'Đặng Quốc Việt' }]);
    const usb = path.join(dataDir, '..', `${path.basename(dataDir)}-usb`);
    fs.mkdirSync(usb, { recursive: true });
    const copy = path.join(usb, 'gavel.sqlite');
    fs.copyFileSync(path.join(dataDir, 'gavel.sqlite'), copy);
    running.close();
    await seed(served.url, [{ type: 'delegate.add', fullName: 'Lê Minh Khoa' }]);

    // Chosen in the panel: refused, and the second step offered, each in the console's language.
    const refusedIn = async (lang: 'vi' | 'en') => {
      const page = await openPage(browser, served.url, lang);
      await showView(page, view('activity'));
      const panel = page.locator('[aria-labelledby="backups-heading"]');
      await panel.getByRole('button', { name: lang === 'vi' ? 'Khôi phục từ tệp…' : 'Restore from a file…' }).waitFor();
      await page.getByLabel(lang === 'vi' ? 'Chọn bản sao đã lưu để khôi phục' : 'Choose a saved copy to restore').setInputFiles(copy);
      await answerAsk(page, true);
      await alerts(page).filter({ hasText: lang === 'vi' ? 'gavel.sqlite được chép khi Gavel đang mở tệp' : 'gavel.sqlite was copied while Gavel had it open' }).waitFor();
      const anyway = panel.getByRole('button', { name: lang === 'vi' ? 'Vẫn khôi phục phần dữ liệu có trong tệp' : 'Restore what this file holds anyway' });
      await anyway.waitFor();
      if (shots) {
        for (const [width, height] of [[1366, 768], [1024, 768]]) {
          await page.setViewportSize({ width, height });
          await anyway.scrollIntoViewIfNeeded();
          await page.screenshot({ path: path.join(shots, `anyway-${lang}-${width}.png`) });
        }
      }
      return { page, panel, anyway };
    };
    const inVi = await refusedIn('vi');
    // The second step says what may be missing before it is pressed.
    expect(await inVi.panel.locator('#backups-anyway').textContent()).toContain('những thay đổi sau lần lưu cuối vào tệp (có thể đến những phút cuối trước khi chép) có thể bị thiếu');
    await inVi.page.close();
    expect(delegates()).toEqual(['Nguyễn Thị Hằng', 'Đặng Quốc Việt', 'Lê Minh Khoa']);

    const { page, panel, anyway } = await refusedIn('en');
    expect(await panel.locator('#backups-anyway').textContent()).toBe(
      'If neither the laptop it came from nor gavel.sqlite-wal can be had, Gavel can restore what gavel.sqlite itself holds: the changes made after its last save point (up to the last minutes before it was copied) may be missing. What is here now is backed up first, as “Before a restore”.',
    );
    // By keyboard, as the chair would reach it.
    await anyway.focus();
    await page.keyboard.press('Enter');
    await page.getByText('Backup restored. What was there before is in the list as “Before a restore”').waitFor();
    // What the file held: Hằng, without Việt (only in the -wal left behind); Khoa, added since, is in “Before a restore”.
    await expect.poll(() => delegates(), { timeout: 15_000 }).toEqual(['Nguyễn Thị Hằng']);
    await expect.poll(() => panel.locator('tbody').textContent()).toContain('Before a restore');
    expect(await anyway.count()).toBe(0);
    fs.rmSync(usb, { recursive: true, force: true });
    await page.close();
  });
});
