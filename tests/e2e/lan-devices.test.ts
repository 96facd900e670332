/**
 * Phones and tablets on the LAN, as a new user tries them: a secretary's console paired from a
 * phone or a tablet, and the read-only hall display opened there by its address, upright.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { answerAsk, failOnPageErrors, freePort, launch, openPage, pairSecretary, seed, serve, sharing, showView, tempDataDir, view, type Served } from './harness';

let browser: Browser;
let server: Served;
let lanPort: number;
beforeAll(async () => {
  browser = await launch();
  lanPort = await freePort();
  server = await serve(tempDataDir(), ['--lan-host', '127.0.0.1', '--lan-port', String(lanPort)]);
  const [, , a, b] = await seed(server.url, [
    { type: 'council.save', name: 'HĐND xã Tân Lạc', level: 'commune', term: 1, totalSeats: 15 },
    { type: 'session.create', number: 4, term: 1, kind: 'regular', title: 'Kỳ họp thường lệ cuối năm 2026', startDate: '2026-12-08', endDate: '2026-12-08' },
    { type: 'delegate.add', fullName: 'Nguyễn Văn Dũng', seatNumber: 1 },
    { type: 'delegate.add', fullName: 'Trần Thị Hoa', seatNumber: 2 },
  ]);
  await seed(server.url, [
    { type: 'agenda.add', title: 'Biểu quyết thông qua các nghị quyết', kind: 'vote', plannedMinutes: 10 },
    { type: 'attendance.open', label: '2026-12-08 sáng' },
    { type: 'attendance.mark', delegateId: a.id, status: 'excused' },
    { type: 'vote.create', resolutionTitle: 'Nghị quyết về biên chế công chức năm 2027', method: 'hands' },
  ]);
  void b;
  await seed(server.url, [{ type: 'vote.open', id: 1, present: 14 }]);
});
afterAll(async () => {
  await server?.stop();
  await browser?.close();
});

const boxOf = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;

describe('a secretary’s console on a phone or a tablet', () => {
  it('gives the view the whole width, with the views in a strip above it; a laptop keeps its rail', async () => {
    const { context, secretary } = await pairSecretary(browser, server.url, lanPort, 'vi');
    for (const [width, height] of [[390, 844], [768, 1024]] as const) {
      await secretary.setViewportSize({ width, height });
      // Before, the rail kept 212 px and left a phone's view 178 px: a word a line.
      expect((await boxOf(secretary, 'main')).width).toBeGreaterThanOrEqual(width - 1);
      const [nav, main] = [await boxOf(secretary, 'nav'), await boxOf(secretary, 'main')];
      expect(nav.y + nav.height).toBeLessThanOrEqual(main.y + 1);
      // A view in the strip is one tap away.
      await secretary.getByRole('navigation').getByRole('button', { name: 'Điểm danh' }).click();
      await expect.poll(() => secretary.locator('main h2').first().textContent()).toContain('Điểm danh');
      await secretary.getByRole('navigation').getByRole('button', { name: 'Phát biểu' }).click();
    }
    // Opened at a view far along the strip, the strip shows where the user is.
    await secretary.setViewportSize({ width: 390, height: 844 });
    await secretary.goto(`http://127.0.0.1:${lanPort}/#votes`);
    await secretary.reload();
    const shown = secretary.locator('nav .rail [data-view=votes]');
    await expect.poll(async () => (await shown.boundingBox())?.x ?? -1).toBeGreaterThanOrEqual(0);
    const tab = (await shown.boundingBox())!;
    expect(tab.x + tab.width).toBeLessThanOrEqual(390);
    await secretary.setViewportSize({ width: 1366, height: 768 });
    const [nav, main] = [await boxOf(secretary, 'nav'), await boxOf(secretary, 'main')];
    expect(nav.x + nav.width).toBeLessThanOrEqual(main.x + 1);
    await context.close();
  });
});

describe('the hall display on a phone or a tablet held upright', () => {
  it('keeps the presence badge no larger than the session line, and gives the content the width squared', async () => {
    const { urls } = await sharing(server.url, { enable: true });
    for (const [width, height] of [[390, 844], [768, 1024]] as const) {
      const context = await browser.newContext({ locale: 'vi', viewport: { width, height } });
      const hall = await context.newPage();
      failOnPageErrors(hall);
      await hall.goto(urls[0]);
      await hall.getByTestId('hall-quorum').waitFor();
      const size = (selector: string) => hall.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      // Before, sized by the screen's height, the badge was larger than the resolution's title.
      expect(await size('[data-testid=hall-quorum]')).toBeLessThanOrEqual(await size('.screen header .session'));
      // Before, a 4:3 box (three quarters of the width) left half a phone empty and its words 8 px.
      const content = await boxOf(hall, '.screen > .content');
      expect(content.height).toBeGreaterThanOrEqual(width * 0.95);
      expect(content.y + content.height).toBeLessThanOrEqual(height);
      await context.close();
    }
  });
});

describe('two hall screens on the display address, one revoked', () => {
  it('lists each screen for the chair, who revokes one: it says so and stays out on reload, the other goes on, until allowed again', async () => {
    const { urls } = await sharing(server.url, { enable: true });
    const screen = async (userAgent: string) => {
      const context = await browser.newContext({ locale: 'en', userAgent, viewport: { width: 1024, height: 768 } });
      const page = await context.newPage();
      failOnPageErrors(page);
      await page.goto(urls[0]);
      await page.getByTestId('hall-quorum').waitFor();
      return { context, page };
    };
    const tv = await screen('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0');
    const tablet = await screen('Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36');

    const chair = await openPage(browser, server.url, 'en');
    await showView(chair, view('hall'));
    // Connected ones first (the phones of the test above are listed too, last seen earlier).
    const rows = chair.getByTestId('screen-row');
    await expect.poll(async () => (await rows.allTextContents()).slice(0, 2)).toEqual([
      expect.stringMatching(/^Edge · Windows · Hall screen\s*address 127\.0\.0\.1 · Connected now/),
      expect.stringMatching(/^Chrome · Android · Hall screen\s*address 127\.0\.0\.1 · Connected now/),
    ]);

    await chair.getByRole('button', { name: 'Revoke the screen Edge · Windows at 127.0.0.1' }).click();
    expect(await answerAsk(chair, true)).toMatch(/^Revoke the screen Edge · Windows at 127\.0\.0\.1 \(Connected now\)\?/);
    // The revoked screen is told so, plainly, with how to have it back (in the session's language, as the hall speaks).
    await expect.poll(() => tv.page.getByTestId('hall-refused').textContent()).toContain('Chủ tọa đã ngắt kết nối màn hình này');
    await expect.poll(() => rows.filter({ hasText: 'Edge · Windows' }).textContent()).toMatch(/Revoked at \d\d:\d\d/);
    // The other screen is untouched: connected, and following what the chair shows.
    await seed(server.url, [{ type: 'hall.setMode', mode: 'emblem' }]);
    await expect.poll(() => tablet.page.locator('.screen').getAttribute('data-mode')).toBe('emblem');
    expect(await tablet.page.getByTestId('hall-refused').count()).toBe(0);
    // The revoked one shows nothing of the session any more (a stale result must not stay up).
    expect(await tv.page.locator('.screen').count()).toBe(0);
    expect(await tv.page.getByRole('status').count()).toBe(0);
    // A reload (the address still holds the token) does not bring the revoked one back.
    const reload = await tv.page.reload();
    expect(reload!.status()).toBe(403);
    await tv.page.getByRole('heading', { name: 'This screen was disconnected by the chair' }).waitFor();

    // Allowed again: reloaded, it shows the hall once more.
    await chair.getByRole('button', { name: 'Allow the screen Edge · Windows at 127.0.0.1 again' }).click();
    await expect.poll(async () => (await tv.page.reload())!.status()).toBe(200);
    await expect.poll(() => tv.page.locator('.screen').getAttribute('data-mode')).toBe('emblem');
    await seed(server.url, [{ type: 'hall.setMode', mode: 'auto' }]);
    await tv.context.close();
    await tablet.context.close();
    await chair.context().close();
  });
});

describe('the broadcast overlay, revoked', () => {
  it('takes the lower third off the air and says why in a small corner line, on a transparent page, also on reload', async () => {
    await seed(server.url, [{ type: 'overlay.set', visible: true }]);
    const { urls } = await sharing(server.url, { enable: true });
    const address = urls[0].replace('/hall?', '/overlay?');
    const context = await browser.newContext({ locale: 'en', viewport: { width: 1920, height: 1080 } });
    const overlay = await context.newPage();
    failOnPageErrors(overlay);
    await overlay.goto(address);
    await overlay.getByTestId('overlay-caption').waitFor();

    const chair = await openPage(browser, server.url, 'en');
    await showView(chair, view('hall'));
    const row = chair.getByTestId('screen-row').filter({ hasText: 'Broadcast overlay' }).filter({ hasText: 'Connected now' });
    await row.getByRole('button', { name: /^Revoke the screen/ }).click();
    await answerAsk(chair, true);

    // Nothing stale stays on air: the caption goes, the page stays transparent.
    const note = overlay.getByTestId('overlay-refused');
    await expect.poll(() => note.textContent()).toContain('Chủ tọa đã ngắt kết nối màn hình này');
    expect(await overlay.getByTestId('overlay-caption').count()).toBe(0);
    expect(await overlay.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    // Readable in the mixer's preview, yet no banner across the programme: a corner, under a tenth
    // of the frame, in from its outer 5% (a TV set's overscan cuts that off), at 1920×1080 and 1280×720.
    const small = async (page: Page, selector: string) => {
      for (const [width, height] of [[1920, 1080], [1280, 720]]) {
        await page.setViewportSize({ width, height });
        const box = (await page.locator(selector).first().boundingBox())!;
        expect(box.width * box.height).toBeLessThan(width * height * 0.1);
        expect(box.y + box.height).toBeLessThan(height / 3);
        expect(box.x, `${width}×${height}`).toBeGreaterThanOrEqual(width * 0.05);
        expect(box.y, `${width}×${height}`).toBeGreaterThanOrEqual(height * 0.05);
        expect(box.x + box.width).toBeLessThanOrEqual(width * 0.95);
        expect(await page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(width === 1920 ? 16 : 12);
      }
      await page.setViewportSize({ width: 1920, height: 1080 });
    };
    await small(overlay, '[data-testid=overlay-refused]');

    // Reloaded (the source refreshes): refused, and the page the server gives is transparent and small too, not a dark full frame.
    const reload = await overlay.reload();
    expect(reload!.status()).toBe(403);
    await overlay.getByRole('heading', { name: 'This screen was disconnected by the chair' }).waitFor();
    expect(await overlay.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    await small(overlay, 'main');

    await seed(server.url, [{ type: 'overlay.set', visible: false }]);
    await context.close();
    await chair.context().close();
  });
});

describe('the broadcast overlay, revoked while in OBS', () => {
  it('draws nothing on the frame, live or on reload, and says why in the page title only', async () => {
    await seed(server.url, [{ type: 'overlay.set', visible: true }]);
    const { urls } = await sharing(server.url, { enable: true });
    const address = urls[0].replace('/hall?', '/overlay?');
    // OBS's browser source: its user agent names OBS, and the page has window.obsstudio.
    const context = await browser.newContext({
      locale: 'en',
      viewport: { width: 1920, height: 1080 },
      userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.6533.120 Safari/537.36 OBS/31.0.2',
    });
    await context.addInitScript(() => Object.assign(window, { obsstudio: { pluginVersion: '2.24.3' } }));
    const overlay = await context.newPage();
    failOnPageErrors(overlay);
    await overlay.goto(address);
    await overlay.getByTestId('overlay-caption').waitFor();
    const title = await overlay.title();

    const chair = await openPage(browser, server.url, 'en');
    await showView(chair, view('hall'));
    const row = chair.getByTestId('screen-row').filter({ hasText: 'Broadcast overlay' }).filter({ hasText: 'Connected now' });
    await row.getByRole('button', { name: /^Revoke the screen/ }).click();
    await answerAsk(chair, true);

    // Every pixel of the frame transparent: nothing the key would put on the programme (the
    // screenshot read back in a blank page of the same browser).
    const reader = await context.newPage();
    const blank = async () =>
      reader.evaluate(async (png) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        const pixels = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return false;
        return true;
      }, (await overlay.screenshot({ omitBackground: true })).toString('base64'));
    // Live: the caption goes, no note is drawn; the title (the session's hall language) says why.
    await expect.poll(() => overlay.title()).toBe('Chủ tọa đã ngắt kết nối màn hình này · Gavel');
    expect(title).not.toContain('ngắt kết nối');
    expect(await overlay.getByTestId('overlay-caption').count()).toBe(0);
    expect(await overlay.getByTestId('overlay-refused').count()).toBe(0);
    expect(await blank()).toBe(true);
    // Reloaded (the source refreshes): the server's page, refused, in the title only.
    const reload = await overlay.reload();
    expect(reload!.status()).toBe(403);
    expect(await overlay.title()).toBe('This screen was disconnected by the chair · Gavel');
    expect(await blank()).toBe(true);

    await seed(server.url, [{ type: 'overlay.set', visible: false }]);
    await context.close();
    await chair.context().close();
  });
});

describe('new screens kept out once the hall’s screens are set up', () => {
  it('turns off “Allow new screens”: a known screen goes on, a new browser (or a forged cookie) is told why, in either language', async () => {
    const { urls } = await sharing(server.url, { enable: true });
    const screen = async (locale: string, cookie?: string) => {
      const context = await browser.newContext({ locale, viewport: { width: 1024, height: 768 } });
      if (cookie) await context.addCookies([{ name: 'gavel_screen', value: cookie, url: urls[0] }]);
      const page = await context.newPage();
      failOnPageErrors(page);
      const res = await page.goto(urls[0]);
      return { context, page, status: res!.status() };
    };
    const projector = await screen('en');
    await projector.page.getByTestId('hall-quorum').waitFor();

    const chair = await openPage(browser, server.url, 'en');
    await showView(chair, view('hall'));
    const allow = chair.getByRole('checkbox', { name: 'Allow new screens' });
    expect(await allow.isChecked()).toBe(true);
    await allow.uncheck();
    await chair.getByText('Only the screens listed here may show the hall').waitFor();
    const listed = await chair.getByTestId('screen-row').count();

    // A new browser with the address: told plainly, in its language, with nothing of the session.
    const newcomer = await screen('en');
    expect(newcomer.status).toBe(403);
    await newcomer.page.getByRole('heading', { name: 'New screens may not join now' }).waitFor();
    expect(await newcomer.page.locator('.screen').count()).toBe(0);
    const moi = await screen('vi');
    expect(moi.status).toBe(403);
    await moi.page.getByRole('heading', { name: 'Hiện không nhận thêm màn hình mới' }).waitFor();
    // A made-up screen cookie is not a known screen.
    const forged = await screen('en', 'A'.repeat(32));
    expect(forged.status).toBe(403);
    // None of them was added to the chair's list; the known screen reloads and follows the chair.
    expect(await chair.getByTestId('screen-row').count()).toBe(listed);
    expect((await projector.page.reload())!.status()).toBe(200);
    await seed(server.url, [{ type: 'hall.setMode', mode: 'emblem' }]);
    await expect.poll(() => projector.page.locator('.screen').getAttribute('data-mode')).toBe('emblem');

    // On again: the new browser joins on reload.
    await allow.check();
    await expect.poll(async () => (await newcomer.page.reload())!.status()).toBe(200);
    await expect.poll(() => newcomer.page.locator('.screen').getAttribute('data-mode')).toBe('emblem');
    await seed(server.url, [{ type: 'hall.setMode', mode: 'auto' }]);
    for (const s of [projector, newcomer, moi, forged]) await s.context.close();
    await chair.context().close();
  });
});
