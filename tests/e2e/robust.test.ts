/**
 * In Chromium against `npm run serve`: the Activity view reads the journal, a backup is
 * restored from the Backups panel and every screen shows the restored state, and a hostile
 * page's `new WebSocket('ws://127.0.0.1:PORT//')` leaves the server serving.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { answerAsk, alerts, launch, openPage, seed, serve, tempDataDir, type Served } from './harness';

let browser: Browser;
let served: Served;
beforeAll(async () => {
  browser = await launch();
  served = await serve(tempDataDir());
});
afterAll(async () => {
  await served?.stop();
  await browser?.close();
});

describe('robust browser mode', () => {
  it('survives a hostile page opening ws://127.0.0.1:PORT//', async () => {
    const page = await browser.newPage();
    await page.goto('about:blank');
    // As page source text: this file's own `WebSocket` (the ws package) must not be captured.
    const port = new URL(served.url).port;
    await page.evaluate(`Promise.all(['//', '//ws', '/ws//'].map((p) => new Promise((resolve) => {
      const ws = new WebSocket('ws://127.0.0.1:${port}' + p);
      ws.onerror = ws.onclose = ws.onopen = () => resolve();
    })))`);
    await page.close();
    expect((await fetch(served.url)).status).toBe(200);
    expect(served.process.exitCode).toBeNull();
  });

  it('shows the journal in words, filtered and searched, and restores a backup onto every screen', async () => {
    const [, , , sitting] = (await seed(served.url, [
      { type: 'council.save', name: 'HĐND xã Tân Lập', level: 'commune', term: 3, totalSeats: 25 },
      { type: 'session.create', number: 4, term: 3, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-08' },
      { type: 'delegate.add', fullName: 'Nguyễn Văn An' },
      { type: 'sitting.add', date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' },
    ]));
    await seed(served.url, [{ type: 'sitting.open', id: sitting.id }]);

    const page = await openPage(browser, served.url + '#activity', 'en');
    await page.keyboard.press('Alt+J');
    const rows = page.locator('.journal tbody tr');
    await expect.poll(() => rows.first().textContent()).toContain('Opened or resumed the morning sitting 08/12/2026');
    await page.getByLabel('Search').fill('nguyen van an');
    await expect.poll(() => rows.allTextContents()).toEqual([expect.stringContaining('Added Nguyễn Văn An to the roster')]);
    await page.getByLabel('Search').fill('');
    await page.getByLabel('Kind').selectOption({ label: 'Sitting' });
    await expect.poll(() => rows.count()).toBe(2);

    // The sitting's opening was backed up; add someone after it, then restore that backup.
    const backups = page.locator('[aria-labelledby="backups-heading"] tbody tr');
    await expect.poll(() => backups.count()).toBeGreaterThan(0);
    // By keyboard: the button keeps the focus while the backup is taken (a disabled button dropped it to the page).
    const now = page.getByRole('button', { name: 'Back up now' });
    const taken = await backups.count();
    await now.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => backups.count()).toBe(taken + 1);
    expect(await now.evaluate((el) => el === document.activeElement)).toBe(true);
    await seed(served.url, [{ type: 'delegate.add', fullName: 'Người thêm sau' }]);
    const other = await openPage(browser, served.url + '#roster', 'en');
    await other.getByText('Người thêm sau').first().waitFor();
    await page.reload();
    await page.getByText('Connected').waitFor();
    // A narrower window, so the toast's sentence needs two lines.
    await page.setViewportSize({ width: 1000, height: 768 });
    await backups.filter({ hasText: 'Sitting opened' }).getByRole('button', { name: /Restore the backup of/ }).click();
    await answerAsk(page, true);
    const toast = page.locator('.toast span');
    await toast.getByText('Backup restored. What was there before is in the list as “Before a restore”: restore it to undo this.').waitFor();
    // A message on two lines stays inside its one dark box.
    expect(await toast.evaluate((el) => el.getClientRects().length)).toBe(1);
    // The other console reconnects and shows the restored roster; the newer person is gone.
    await expect.poll(() => other.getByText('Người thêm sau').count(), { timeout: 10_000 }).toBe(0);
    await other.getByText('Nguyễn Văn An').first().waitFor();
    // It says why, and stays until read: what was entered there after the backup vanished without a word.
    const notice = alerts(other).filter({ hasText: 'A backup has just been restored' });
    await notice.getByText('this screen now shows that backup’s records. Anything entered after it was taken is no longer there').waitFor();
    await notice.getByRole('button', { name: 'Got it' }).click();
    expect(await notice.count()).toBe(0);
    // The console that restored has its toast (and how to undo it): not the notice as well. Both
    // sockets were closed in the same turn of the server; a moment for this one's to arrive too.
    await page.waitForTimeout(300);
    await page.getByText('Connected', { exact: true }).waitFor();
    await page.getByText('Nguyễn Văn An').first().waitFor();
    expect(await alerts(page).filter({ hasText: 'A backup has just been restored' }).count()).toBe(0);
    // Nor "Back online": the connection was closed on purpose, and the toast says what happened.
    expect(await page.getByText('Back online').count()).toBe(0);
    // The restored database was backed up at once (the newest); the restore is undone from the
    // panel by restoring what was there before, just below it.
    await backups.first().getByText('After a restore').waitFor();
    await backups.nth(1).getByText('Before a restore').waitFor();
    await backups.nth(1).getByRole('button', { name: /Restore the backup of/ }).click();
    await answerAsk(page, true);
    await other.getByText('Người thêm sau').first().waitFor({ timeout: 10_000 });
    // Restored from here a second time: still one message on this console, the notice on the other.
    await alerts(other).filter({ hasText: 'A backup has just been restored' }).waitFor();
    await page.waitForTimeout(300);
    await page.getByText('Connected', { exact: true }).waitFor();
    expect(await alerts(page).filter({ hasText: 'A backup has just been restored' }).count()).toBe(0);
    expect(await page.getByText('Back online').count()).toBe(0);
    expect(served.process.exitCode).toBeNull();
  });
});

describe('a command whose answer a reload lost', () => {
  it('is sent again once after the console reloads, under its own id, says so, and is recorded once', async () => {
    const server = await serve(tempDataDir());
    try {
      await seed(server.url, [
        { type: 'council.save', name: 'HĐND xã Tân Lạc', level: 'commune', term: 3, totalSeats: 25 },
        { type: 'session.create', number: 4, term: 3, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-08' },
        { type: 'delegate.add', fullName: 'Nguyễn Thị Hằng', seatNumber: 1 },
        { type: 'agenda.add', title: 'Thảo luận về dự toán ngân sách năm 2027', kind: 'discussion', plannedMinutes: 60 },
        { type: 'item.start', id: 1 },
      ]);
      const context = await browser.newContext({ locale: 'en', viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      // The console's socket: the first answer to speaker.request never reaches the page (the LAN
      // dropped, or the secretary reloaded first); every command the page sends is noted.
      let holding = true;
      let heldCid: string | null = null;
      const sent: { cid?: string; type?: string }[] = [];
      await page.routeWebSocket((url) => url.pathname === '/ws', (ws) => {
        const engine = ws.connectToServer();
        const ids = new Map<number, string>();
        ws.onMessage((message) => {
          const msg = JSON.parse(String(message)) as { kind: string; id: number; cid?: string; command?: { type: string } };
          if (msg.kind === 'command') {
            sent.push({ cid: msg.cid, type: msg.command?.type });
            if (msg.command?.type === 'speaker.request') ids.set(msg.id, msg.cid!);
          }
          engine.send(message);
        });
        engine.onMessage((message) => {
          const msg = JSON.parse(String(message)) as { kind: string; id?: number };
          if (holding && msg.kind === 'reply' && ids.has(msg.id!)) heldCid = ids.get(msg.id!)!;
          else ws.send(message);
        });
      });
      await page.goto(server.url + '#speakers');
      await page.getByText('Connected').waitFor();
      const box = page.getByRole('combobox', { name: 'Person' });
      await box.fill('Hang');
      await box.press('Enter');
      await expect.poll(() => heldCid).not.toBeNull();
      // Recorded by the engine (its state came), but the page never heard the answer: reloaded now.
      holding = false;
      await page.reload();
      await page.getByText('Connected').waitFor();
      await expect
        .poll(() => page.getByRole('status').filter({ hasText: 'before the page reloaded' }).textContent())
        .toBe('A command sent just before the page reloaded had no answer: it was sent again, and is recorded once.');
      expect(sent.filter((m) => m.cid === heldCid)).toHaveLength(2);
      await expect.poll(() => page.evaluate(() => sessionStorage.getItem('gavel.unanswered'))).toBeNull();
      // After a reload, "Connected" can show before the first state has been applied: null until then.
      const speeches = () => page.evaluate(() => window.__gavelState!()?.speakers.queue.length ?? null);
      await expect.poll(speeches).toBe(1);
      // Answered now: a second reload sends nothing again.
      await page.reload();
      await page.getByText('Connected').waitFor();
      expect(sent.filter((m) => m.cid === heldCid)).toHaveLength(2);
      expect(sent.filter((m) => m.type === 'speaker.request')).toHaveLength(2);
      await expect.poll(speeches).toBe(1);
      await context.close();
    } finally {
      await server.stop();
    }
  });
});
