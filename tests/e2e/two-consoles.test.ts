/**
 * The chair's console (English, on 127.0.0.1) and the secretary's (Vietnamese, paired over the LAN
 * listener) in one sitting, each at 1366×768: what one does, the other sees, and nothing the
 * secretary types is lost while the link or the chair's computer is slow.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { answerAsk, failOnPageErrors, freePort, launch, openPage, pairingCode, pairSecretary, seed, serve, showView, tempDataDir, view, type Served } from './harness';

let browser: Browser;
let server: Served;
let lanPort: number;
beforeAll(async () => {
  browser = await launch();
  lanPort = await freePort();
  server = await serve(tempDataDir(), ['--port', String(await freePort()), '--lan-host', '127.0.0.1', '--lan-port', String(lanPort)]);
  await seed(server.url, [
    { type: 'council.save', name: 'HĐND xã Tân Lạc', level: 'commune', term: 3, totalSeats: 6 },
    { type: 'session.create', number: 4, term: 3, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-08' },
    ...['Nguyễn Thị Hằng', 'Đặng Quốc Việt', 'Lê Văn Tám', 'Phạm Thị Lan', 'Trần Văn Bình', 'Hồ Thị Nga'].map((fullName, i) => ({ type: 'delegate.add' as const, fullName, seatNumber: i + 1 })),
    { type: 'agenda.add', title: 'Thảo luận về dự toán ngân sách năm 2027', kind: 'discussion', plannedMinutes: 60 },
    { type: 'agenda.add', title: 'Biểu quyết thông qua Nghị quyết về dự toán ngân sách năm 2027', kind: 'vote', plannedMinutes: 10 },
    { type: 'item.start', id: 1 },
  ]);
});
afterAll(async () => {
  process.kill(server.process.pid!, 'SIGCONT');
  await server?.stop();
  await browser?.close();
});

const queue = (page: Page) => page.locator('.queue li .name').allTextContents();

describe('two consoles in one sitting', () => {
  it('the secretary types the next name while the chair’s computer has not answered the last: it is the next name alone, and both are queued once', async () => {
    const chair = await openPage(browser, server.url + '#speakers', 'en');
    await chair.setViewportSize({ width: 1366, height: 768 });
    const { context, secretary } = await pairSecretary(browser, server.url, lanPort, 'vi');
    const box = secretary.getByRole('combobox', { name: 'Người phát biểu' });
    // The chair's computer stalls after the first name is sent.
    await box.pressSequentially('Hằng');
    process.kill(server.process.pid!, 'SIGSTOP');
    try {
      await box.press('Enter');
      await box.pressSequentially('Việt');
      // Not "1 · Nguyễn Thị Hằng" with "Việt" stuck to it: the box holds the next name, and a line says whose request waits.
      expect(await box.inputValue()).toBe('Việt');
      expect(await secretary.getByTestId('sending').textContent()).toBe('Đang gửi, chờ trả lời: Nguyễn Thị Hằng…');
    } finally {
      process.kill(server.process.pid!, 'SIGCONT');
    }
    await expect.poll(() => queue(secretary), { timeout: 15_000 }).toEqual(['Nguyễn Thị Hằng']);
    await box.press('Enter');
    await expect.poll(() => queue(secretary), { timeout: 10_000 }).toEqual(['Nguyễn Thị Hằng', 'Đặng Quốc Việt']);
    await expect.poll(() => queue(chair)).toEqual(['Nguyễn Thị Hằng', 'Đặng Quốc Việt']);
    // The queue is the state, sent before the command's reply: the line under the box goes with the reply.
    await expect.poll(() => secretary.getByTestId('sending').count()).toBe(0);
    expect(await box.inputValue()).toBe('');
    expect(await secretary.locator('p.error[role=alert]').allTextContents()).toEqual([]);
    await context.close();
    await chair.context().close();
  });

  it('the secretary who counts a vote of the next item keeps it in view when the chair closes and announces it, with the result the chair announced', async () => {
    const chair = await openPage(browser, server.url, 'en');
    await chair.setViewportSize({ width: 1366, height: 768 });
    const { context, secretary } = await pairSecretary(browser, server.url, lanPort, 'vi');
    await showView(chair, view('votes'));
    await showView(secretary, view('votes'));
    await chair.getByLabel('Resolution title').fill('Nghị quyết về dự toán ngân sách năm 2027');
    await chair.getByLabel('Resolution number').fill('45/NQ-HĐND');
    await chair.getByLabel('Agenda item').selectOption('2');
    await chair.getByRole('button', { name: 'Create vote' }).click();
    // Prepared for item 2 while the debate (item 1) is under way: the chair is asked, and opens it.
    await chair.getByRole('button', { name: /^Open the vote/ }).click();
    await chair.getByRole('alertdialog').getByRole('button', { name: 'Open the vote' }).click();
    await secretary.locator('#vote-title').getByText('Nghị quyết về dự toán ngân sách năm 2027').waitFor();
    await secretary.getByTestId('vote-item').getByText('mục 2. Biểu quyết thông qua Nghị quyết về dự toán ngân sách năm 2027').waitFor();
    await secretary.getByLabel('Tán thành', { exact: true }).fill('5');
    await secretary.getByLabel('Không tán thành', { exact: true }).fill('1');
    await secretary.getByLabel('Không biểu quyết', { exact: true }).fill('0');
    await secretary.getByLabel('Không biểu quyết', { exact: true }).press('Enter');
    await expect.poll(() => chair.getByLabel('In favour', { exact: true }).inputValue()).toBe('5');
    await chair.getByRole('button', { name: /^Close the vote/ }).click();
    await chair.getByRole('button', { name: /^Announce/ }).first().click();
    await chair.locator('.status').filter({ hasText: 'Announced' }).first().waitFor();
    // Her console still shows the vote she counted, announced, not "no vote is prepared".
    await secretary.locator('.status').filter({ hasText: 'Đã công bố' }).first().waitFor();
    expect(await secretary.locator('#vote-title').textContent()).toBe('Nghị quyết về dự toán ngân sách năm 2027');
    expect(await secretary.getByTestId('no-vote-for-item').count()).toBe(0);
    await context.close();
    await chair.context().close();
  });

  it('a secretary who types five digits of the six is told the code has six digits, quoting what she typed, and pairs with the whole code', async () => {
    const code = await pairingCode(server.url);
    const context = await browser.newContext({ locale: 'vi', viewport: { width: 1366, height: 768 } });
    const secretary = await context.newPage();
    failOnPageErrors(secretary);
    await secretary.goto(`http://127.0.0.1:${lanPort}/`);
    // Keyboard only: the code's box has the cursor; Tab to the name; Enter sends. Chromium gives
    // an autofocus box the cursor at its next frame, which on a busy machine comes after "load":
    // keys typed before it went to the page (CI typed "68955" as fewer digits, or none).
    await expect.poll(() => secretary.evaluate(() => document.activeElement?.id)).toBe('code');
    await secretary.keyboard.type(code.slice(0, 5));
    await secretary.keyboard.press('Tab');
    await secretary.keyboard.type('Thư ký - laptop 3');
    await secretary.keyboard.press('Enter');
    // Not "the code is not right" for a digit missed: what is wrong with it, in plain words.
    await secretary.getByRole('alert').filter({ hasText: `Mã ghép nối gồm 6 chữ số; «${code.slice(0, 5)}» không phải. Hãy xem lại mã trên máy của chủ tọa và nhập đủ 6 chữ số.` }).waitFor();
    expect(await secretary.getByLabel('Tên máy này').inputValue()).toBe('Thư ký - laptop 3');
    // The box has the cursor again, empty: she types the code as the chair's screen shows it.
    await expect.poll(() => secretary.evaluate(() => document.activeElement?.id)).toBe('code');
    await secretary.keyboard.type(`${code.slice(0, 3)} ${code.slice(3)}`);
    await secretary.keyboard.press('Enter');
    await secretary.getByText('Đã kết nối').waitFor();
    await context.close();
  });

  it('a laptop the chair revoked pairs again with the new code alone: the page has the name it had', async () => {
    const { context, secretary } = await pairSecretary(browser, server.url, lanPort, 'en');
    const chair = await openPage(browser, server.url + '#live', 'en');
    await chair.keyboard.press('Alt+9');
    await chair.getByRole('button', { name: 'Revoke Secretary - laptop 2' }).click();
    await answerAsk(chair, true);
    await secretary.getByTestId('revoked-banner').waitFor();
    // Keyboard only, from the banner's link: the name is the one it had, the cursor in the code's box.
    await secretary.getByRole('link', { name: 'pair this device again' }).focus();
    await secretary.keyboard.press('Enter');
    await expect.poll(() => secretary.evaluate(() => document.activeElement?.id)).toBe('code');
    expect(await secretary.getByLabel('Name of this device').inputValue()).toBe('Secretary - laptop 2');
    expect(await secretary.getByLabel('Pairing code (6 digits)').inputValue()).toBe('');
    await secretary.keyboard.type(await pairingCode(server.url));
    await secretary.keyboard.press('Enter');
    await secretary.getByText('Connected').waitFor();
    expect(await secretary.getByTestId('operator').textContent()).toBe('Secretary - laptop 2 · Secretary');
    // The chair sees one laptop, connected and revocable again: the new pairing took its revoked
    // row over rather than list it twice under one name. In both languages.
    const rows = chair.getByTestId('device-row').filter({ hasText: 'Secretary - laptop 2' });
    // The chair's list asks the server every 2 s (sharing.svelte.ts REFRESH_MS): wait longer than that.
    await expect.poll(() => rows.allTextContents(), { timeout: 15_000 }).toEqual([expect.stringContaining('Connected now')]);
    await rows.getByRole('button', { name: 'Revoke Secretary - laptop 2' }).waitFor();
    const chairVi = await openPage(browser, server.url + '#live', 'vi');
    await chairVi.keyboard.press('Alt+9');
    const rowsVi = chairVi.getByTestId('device-row').filter({ hasText: 'Secretary - laptop 2' });
    await expect.poll(() => rowsVi.allTextContents(), { timeout: 15_000 }).toEqual([expect.stringContaining('Đang kết nối')]);
    expect(await rowsVi.textContent()).not.toContain('Đã thu hồi');
    await chairVi.close();
    // A laptop whose credential matches no device gets an empty box, never another laptop's name.
    const stranger = await browser.newContext({ locale: 'en' });
    await stranger.addCookies([{ name: 'gavel_device', value: 'A'.repeat(43), url: `http://127.0.0.1:${lanPort}` }]);
    const page = await stranger.newPage();
    await page.goto(`http://127.0.0.1:${lanPort}/pair`);
    expect(await page.getByLabel('Name of this device').inputValue()).toBe('');
    await stranger.close();
    await chair.close();
    await context.close();
  });

  it('the secretary who types the name of someone already waiting is told so, and the next name she types replaces it rather than follow it', async () => {
    const { context, secretary } = await pairSecretary(browser, server.url, lanPort, 'vi');
    const box = secretary.getByRole('combobox', { name: 'Người phát biểu' });
    await box.pressSequentially('Lan');
    await box.press('Enter');
    await expect.poll(() => queue(secretary)).toContain('Phạm Thị Lan');
    // Lan again, out of habit: refused, with the reason; then straight on to the next name.
    await box.pressSequentially('Lan');
    await box.press('Enter');
    const reason = secretary.locator('p.error[role=alert]');
    await expect.poll(() => reason.textContent()).toBe('Phạm Thị Lan đã đăng ký loại phát biểu này ở mục này và đang chờ.');
    await box.pressSequentially('Nga');
    // Not "LanNga", which matched nobody and swapped the reason for "choose someone from the list first".
    expect(await box.inputValue()).toBe('Nga');
    await box.press('Enter');
    await expect.poll(() => queue(secretary)).toContain('Hồ Thị Nga');
    expect((await queue(secretary)).filter((n) => n === 'Phạm Thị Lan')).toHaveLength(1);
    // Nga in the queue is the state; the reason about Lan goes with the reply that comes after it.
    await expect.poll(() => reason.count()).toBe(0);
    expect(await secretary.getByTestId('sending').count()).toBe(0);
    await context.close();
  });
});
