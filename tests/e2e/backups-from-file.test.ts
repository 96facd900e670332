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
});
