/**
 * In Chromium against `npm run serve`: the secretary saves a copy of a backup, and of the current
 * state, to carry away (a download under the council's and session's name that opens as a whole
 * database); and a backups folder gone read-only during a sitting is warned on the Live view,
 * refuses a restore it could not undo, and the warning goes once a backup is written again.
 */
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { answerAsk, alerts, launch, openPage, seed, serve, showView, tempDataDir, view, type Served } from './harness';

let browser: Browser;
let served: Served;
let dataDir: string;

beforeAll(async () => {
  dataDir = tempDataDir();
  [browser, served] = await Promise.all([launch(), serve(dataDir)]);
});

afterAll(async () => {
  await browser?.close();
  await served?.stop();
});

/** The records of a downloaded copy, after its integrity check. */
async function openedCopy(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = path.join(dataDir, '..', `${path.basename(dataDir)}-${download.suggestedFilename()}`);
  await download.saveAs(file);
  const db = new Database(file, { readonly: true });
  try {
    return { name: download.suggestedFilename(), ok: db.pragma('integrity_check', { simple: true }), delegates: db.prepare('SELECT full_name FROM delegate ORDER BY id').pluck().all() };
  } finally {
    db.close();
    fs.rmSync(file, { force: true });
  }
}

describe('backups to carry away, and a failure nobody can miss', () => {
  it('saves a copy of the current state and of a listed backup as downloads that open as the session’s database', async () => {
    await seed(served.url, [
      { type: 'council.save', name: 'Hội đồng nhân dân xã Lương Sơn', level: 'commune', term: 1, totalSeats: 30 },
      { type: 'session.create', number: 3, term: 1, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09' },
      { type: 'delegate.add', fullName: 'Nguyễn Thị Hằng' },
    ]);
    const page = await openPage(browser, served.url, 'en');
    await showView(page, view('activity'));
    const rows = page.locator('[aria-labelledby="backups-heading"] tbody tr');

    const now = await openedCopy(page, () => page.getByRole('button', { name: 'Save a copy of the current state…' }).click());
    expect(now.name).toMatch(/^gavel-HDND-xa-Luong-Son-session-3-\d{4}-\d{2}-\d{2}-\d{4}\.sqlite$/);
    expect(now).toMatchObject({ ok: 'ok', delegates: ['Nguyễn Thị Hằng'] });
    await page.getByText(`Downloaded a copy as ${now.name}: it is in the browser’s downloads folder`).waitFor();
    // It is listed too, taken by hand.
    await expect.poll(() => rows.first().textContent()).toContain('Taken by hand');

    await seed(served.url, [{ type: 'delegate.add', fullName: 'Sau bản sao lưu' }]);
    const listed = await openedCopy(page, () => rows.first().getByRole('button', { name: /^Save a copy of the backup of / }).click());
    expect(listed).toMatchObject({ ok: 'ok', delegates: ['Nguyễn Thị Hằng'] });

    // In Vietnamese the name says "ky-hop".
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    const vi = await openedCopy(page, () => rows.first().getByRole('button', { name: /^Lưu bản sao của bản sao lưu lúc / }).click());
    expect(vi.name).toMatch(/^gavel-HDND-xa-Luong-Son-ky-hop-3-\d{4}-\d{2}-\d{2}-\d{4}\.sqlite$/);
    await page.close();
  });

  it('warns in the Live view while the backups folder is read-only, refuses a restore it could not undo, and clears once a backup is written', async (t) => {
    const dir = path.join(dataDir, 'backups');
    const mounted: string[] = [];
    const mount = (...args: string[]) => {
      try {
        execFileSync('mount', args, { stdio: 'ignore' });
        return true;
      } catch {
        return false;
      }
    };
    onTestFinished(() => mounted.splice(0).forEach((m) => execFileSync('umount', [m])));
    // Root only (a read-only bind mount: chmod does not stop root); skipped where mounting is not allowed.
    if (!mount('--bind', dir, dir)) return t.skip();
    mounted.push(dir);
    if (!mount('-o', 'remount,bind,ro', dir)) return t.skip();

    const page = await openPage(browser, served.url, 'en');
    await showView(page, view('live'));
    const warning = page.getByRole('button', { name: /^Backup failed/ });
    expect(await warning.count()).toBe(0);
    // The chair opens the morning: its automatic backup cannot be written.
    const [sitting] = await seed(served.url, [{ type: 'sitting.add', date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }]);
    await seed(served.url, [{ type: 'sitting.open', id: sitting.id }]);
    await warning.waitFor();
    expect(await warning.getAttribute('aria-label')).toBe('Backup failed: the last backup could not be written, and none has been since. Open the Backups panel');

    // It leads to the Backups panel, which says where and why.
    await warning.click();
    await page.waitForFunction(() => location.hash === '#activity', null, { polling: 50 });
    const panel = page.locator('#backups');
    await panel.getByText('could not be written, and none has been since').waitFor();
    await expect.poll(() => panel.textContent()).toContain('the disk is read-only');

    // A restore now could not keep what is there: refused, and nothing changes.
    const before = await page.evaluate(() => window.__gavelState?.()?.delegates.map((d) => d.fullName));
    await panel.locator('tbody tr').first().getByRole('button', { name: /^Restore the backup of / }).click();
    await answerAsk(page, true);
    await alerts(page).filter({ hasText: 'Nothing was restored: what is there now could not first be backed up into' }).waitFor();
    expect(await alerts(page).filter({ hasText: 'the disk is read-only (move the data folder to a disk that can be written to). Without that copy the restore could not be undone; put that right, then restore again.' }).count()).toBe(1);
    expect(await page.evaluate(() => window.__gavelState?.()?.delegates.map((d) => d.fullName))).toEqual(before);
    expect(fs.readdirSync(dataDir).filter((f) => f.startsWith('gavel-before-restore'))).toEqual([]);

    // Write access back, a backup by hand: the warning goes, here and in Live.
    execFileSync('umount', [mounted.pop()!]);
    await page.getByRole('button', { name: 'Back up now' }).click();
    await page.getByText('Backup written.').waitFor();
    await expect.poll(() => warning.count()).toBe(0);
    await showView(page, view('live'));
    expect(await warning.count()).toBe(0);
    await page.close();
  });

  it('shows why “Back up now” failed where the chair pressed it, at 1366×768, with backups listed below', async (t) => {
    const dir = path.join(dataDir, 'backups');
    const page = await openPage(browser, served.url, 'vi');
    await page.setViewportSize({ width: 1366, height: 768 });
    // A morning's journal above the panel, and a few backups listed in it.
    await seed(
      served.url,
      ['Trần Văn Dũng', 'Lê Minh Khoa', 'Phạm Thu Trang', 'Hoàng Văn Nam', 'Đỗ Thị Lan', 'Vũ Đức Thắng', 'Bùi Thị Mai', 'Ngô Quang Huy'].map((fullName) => ({ type: 'delegate.add' as const, fullName })),
    );
    await showView(page, view('activity'));
    const panel = page.locator('#backups');
    const now = panel.getByRole('button', { name: 'Sao lưu ngay' });
    for (let i = 0; i < 4; i++) {
      await now.click();
      await page.getByText('Đã sao lưu.').first().waitFor();
    }
    await expect.poll(() => panel.locator('tbody tr').count()).toBeGreaterThanOrEqual(4);
    const mounted: string[] = [];
    onTestFinished(() => mounted.splice(0).forEach((m) => execFileSync('umount', [m])));
    try {
      execFileSync('mount', ['--bind', dir, dir], { stdio: 'ignore' });
      mounted.push(dir);
      execFileSync('mount', ['-o', 'remount,bind,ro', dir], { stdio: 'ignore' });
    } catch {
      return t.skip();
    }
    await now.click();
    const said = alerts(page).filter({ hasText: 'Không sao lưu được cơ sở dữ liệu vào thư mục' });
    await said.waitFor();
    expect(await said.textContent()).toContain('ổ đĩa chỉ cho phép đọc');
    // In sight without scrolling: the chair pressed the button and reads why beside it.
    const inSight = () => said.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(await inSight()).toBe(true);
    await page.screenshot({ path: path.join(dataDir, '..', 'h6-backup-failed-vi.png') });
    await page.close();
  });
});
