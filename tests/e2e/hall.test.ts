import { afterAll, describe, expect, it } from 'vitest';
import type { Command } from '../../electron/engine/commands';
import type { Page } from 'playwright-core';
import { answerAsk, failOnPageErrors, freePort, handled, onBrowser, openPage, seed, seeder, serve, tempDataDir, type Served } from './harness';
import { keepDash } from '../../common/strings';

const chromium = onBrowser();

/** A 1×1 PNG, as an emblem. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

const SETUP: Command[] = [
  { type: 'council.save', name: 'HĐND tỉnh Hòa Bình', level: 'province', term: 16, totalSeats: 58 },
  { type: 'session.create', number: 11, term: 16, kind: 'regular', hallLang: 'en', title: 'Kỳ họp thường lệ cuối năm 2026', startDate: '2026-12-08', endDate: '2026-12-09' },
  { type: 'agenda.add', title: 'Khai mạc kỳ họp', kind: 'opening' },
  { type: 'agenda.add', title: 'Báo cáo kinh tế - xã hội năm 2026', kind: 'report' },
];

/** A hall screen in a browser context of its own; `skewMs` makes that machine's clock wrong. */
async function openHall(url: string, skewMs = 0): Promise<Page> {
  const context = await chromium.browser.newContext({ locale: 'en', viewport: { width: 1280, height: 720 } });
  if (skewMs) await context.addInitScript(`{ const real = Date.now; Date.now = () => real() + ${skewMs}; }`);
  const page = await context.newPage();
  failOnPageErrors(page);
  await page.goto(url);
  await page.locator('.page .screen').waitFor();
  return page;
}

const hallMode = (page: Page) => page.locator('.page .screen').getAttribute('data-mode');

describe('hall screen in Chromium', () => {
  let server: Served;
  afterAll(async () => {
    await server?.stop();
  });

  it('the chair switches every mode by key or click and the hall and the preview follow', async () => {
    server = await serve(tempDataDir());
    await seed(server.url, SETUP);
    const console_ = await openPage(chromium.browser, server.url, 'en');
    await console_.keyboard.press('Alt+9');
    await console_.getByRole('heading', { name: 'What the hall sees' }).waitFor();
    const hall = await openHall(`${server.url}hall`);
    const preview = console_.getByTestId('hall-preview').locator('.screen');

    // Automatic: the session's programme.
    await hall.getByText('Báo cáo kinh tế - xã hội năm 2026').waitFor();
    expect(await hallMode(hall)).toBe('auto');
    await hall.getByText('HĐND tỉnh Hòa Bình').waitFor();

    const expectMode = async (mode: string, text: string | null) => {
      await expect.poll(() => hallMode(hall)).toBe(mode);
      await expect.poll(() => preview.getAttribute('data-mode')).toBe(mode);
      if (text) {
        await hall.getByText(text, { exact: true }).first().waitFor();
        await preview.getByText(text, { exact: true }).first().waitFor();
      }
    };

    await console_.keyboard.press('2');
    await expectMode('agenda', 'Agenda');
    await console_.keyboard.press('3');
    await expectMode('speakers', 'Waiting for the next speaker');

    // A vote must be chosen: refused with a sentence, the hall unchanged.
    await console_.keyboard.press('4');
    await expect.poll(() => console_.getByRole('alert').textContent()).toBe('Choose the vote whose result the hall should show.');
    await handled(console_, hall);
    expect(await hallMode(hall)).toBe('speakers');
    // With no closed vote in the session there is nothing to choose.
    expect(await console_.getByLabel('Vote result to show').locator('option').allTextContents()).toEqual(['— choose a closed vote —']);

    await console_.getByLabel('Message to the hall').fill('Mời các vị đại biểu về chỗ ngồi');
    await console_.keyboard.press('Control+Enter');
    await expectMode('message', 'Mời các vị đại biểu về chỗ ngồi');
    // Shown: the text field lets go, so the next mode key is a key, not a character typed.
    await expect.poll(() => console_.evaluate(() => document.activeElement?.tagName)).not.toBe('TEXTAREA');

    await console_.keyboard.press('6');
    await expectMode('emblem', null);
    await hall.getByRole('heading', { name: 'HĐND tỉnh Hòa Bình' }).waitFor();

    await console_.keyboard.press('7');
    await expectMode('blank', null);
    expect(await hall.locator('.page .screen').getAttribute('data-content')).toBe('none');
    expect((await hall.locator('.page .content').innerText()).trim()).toBe('');

    await console_.keyboard.press('1');
    await expectMode('auto', 'Khai mạc kỳ họp');

    // Theme by key, emblem by upload; a forged image is refused in words.
    await console_.keyboard.press('t');
    await expect.poll(() => hall.locator('.page .screen').getAttribute('class')).toContain('light');
    await console_.getByLabel('Upload emblem').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG });
    await hall.getByRole('img', { name: 'Emblem of HĐND tỉnh Hòa Bình' }).waitFor();
    await console_.getByLabel('Upload emblem').setInputFiles({ name: 'fake.png', mimeType: 'image/png', buffer: Buffer.from('<svg/>') });
    await expect.poll(() => console_.getByRole('alert').textContent()).toBe('The emblem must be a PNG or JPEG image.');

    // A hall screen opened later (or reconnecting) shows the same at once.
    const late = await openHall(`${server.url}hall`);
    await expect.poll(() => late.locator('.page .screen').getAttribute('class')).toContain('light');
    await late.getByText('Khai mạc kỳ họp').waitFor();
    await late.context().close();
    await hall.context().close();
    await console_.context().close();
  });

  it('shares read-only to LAN displays with a token; timers agree on every screen', async () => {
    await server?.stop();
    server = await serve(tempDataDir(), ['--lan-host', '127.0.0.1']);
    await seed(server.url, SETUP);
    const console_ = await openPage(chromium.browser, server.url, 'en');
    await console_.keyboard.press('Alt+9');
    await console_.getByText('Sharing is off: no other device can see this session.').waitFor();
    await console_.getByRole('button', { name: 'Share with screens on the LAN' }).focus();
    await console_.keyboard.press('Enter');
    // The button gives way to the address: the keyboard goes on from there.
    await expect.poll(() => console_.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('lan-on');
    const displayUrl = (await console_.getByTestId('display-url').first().textContent())!;
    await console_.getByRole('img', { name: 'QR code of the display address' }).waitFor();
    const display = new URL(displayUrl);
    const base = `${display.protocol}//${display.host}`;

    // Without the token: a plain refusal for the page, the console and the socket.
    const stranger = await chromium.browser.newContext();
    const strangerPage = await stranger.newPage();
    for (const p of ['/hall', `/?token=${display.searchParams.get('token')}`, '/hall?token=guess']) {
      const res = await strangerPage.goto(base + p);
      expect(res?.status(), p).toBe(403);
      expect(await strangerPage.locator('body').innerText()).toBe('Forbidden');
    }
    // The bare address leads a laptop not yet paired to the pairing page, never to the console.
    await strangerPage.goto(base + '/');
    expect(new URL(strangerPage.url()).pathname).toBe('/pair');
    await strangerPage.locator('form[action^="/pair"]').waitFor();
    await stranger.close();

    // A break with a countdown; the loopback hall's machine clock is 90 s fast.
    await console_.getByLabel('Message to the hall').fill('Giải lao');
    await console_.getByLabel('Countdown (minutes, 0 for none)').fill('10');
    await console_.getByRole('button', { name: 'Show message' }).click();
    const skewed = await openHall(`${server.url}hall`, 90_000);
    const tablet = await openHall(displayUrl);
    for (const page of [skewed, tablet]) await page.getByText('Giải lao', { exact: true }).waitFor();
    // The chair sees how many LAN screens watch (refreshed every few seconds).
    await console_.getByText('Screens connected now: 1').waitFor({ timeout: 20_000 });

    // Read both screens at the same real instant: each one's idea of the engine's time.
    const reading = (page: Page) =>
      page.evaluate(() => {
        const { clockOffset, clockRoundTrip } = document.querySelector<HTMLElement>('.page')!.dataset;
        const offset = Number(clockOffset);
        return { roundTrip: Number(clockRoundTrip), engineMinusReal: Date.now() + offset - (performance.timeOrigin + performance.now()), text: document.querySelector('.countdown')!.textContent!.trim() };
      });
    await expect.poll(async () => Math.abs((await reading(skewed)).engineMinusReal)).toBeLessThan(1000); // offset measured
    const [a, b] = await Promise.all([reading(skewed), reading(tablet)]);
    // Within one frame of each other, whatever the machines' own clocks say. Each offset is
    // exact to within half its round trip (a few ms on loopback; more on a loaded machine).
    expect(Math.abs(a.engineMinusReal - b.engineMinusReal)).toBeLessThanOrEqual(17 + (a.roundTrip + b.roundTrip) / 2);
    // Without the correction the fast screen would be 1:30 behind; it shows about 10 minutes.
    expect(a.text).toMatch(/^(10:00|9:\d\d)$/);
    expect(b.text).toMatch(/^(10:00|9:\d\d)$/);

    // A display can never send a command: the server refuses it, nothing changes.
    const answer = await tablet.evaluate(
      (wsUrl) =>
        new Promise<unknown>((resolve) => {
          // globalThis: the test file's own `WebSocket` import must not leak into the page.
          const ws = new globalThis.WebSocket(wsUrl);
          ws.onopen = () => ws.send(JSON.stringify({ kind: 'command', id: 1, command: { type: 'hall.setMode', mode: 'blank' }, lang: 'en' }));
          ws.onmessage = (e) => {
            const msg = JSON.parse(String(e.data));
            if (msg.kind === 'reply') resolve(msg.reply);
          };
        }),
      `ws://${display.host}/ws`,
    );
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'display-read-only',
        message: 'A display screen is read-only and cannot send commands.',
        text: { en: 'A display screen is read-only and cannot send commands.', vi: 'Màn hình hiển thị chỉ được xem, không được gửi lệnh.' },
      },
    });
    expect(await hallMode(tablet)).toBe('message');

    // The display follows the chair, then loses access the moment sharing stops.
    await console_.keyboard.press('2');
    await expect.poll(() => hallMode(tablet)).toBe('agenda');
    // Screens are connected, so the chair is asked first, in the page.
    await console_.getByRole('button', { name: 'Stop sharing' }).click();
    expect(await answerAsk(console_, true)).toMatch(/^Stop sharing\? The screens and secretary’s consoles connected now \(2\)/);
    await console_.getByText('Sharing is off: no other device can see this session.').waitFor();
    await expect.poll(() => console_.evaluate(() => document.activeElement?.textContent)).toBe('Share with screens on the LAN');
    // Told why, not "Reconnecting…" for ever: the chair stopped sharing.
    await tablet.getByText('The chair’s computer has stopped sharing over the LAN. When sharing is on again, open the new address shown in the chair’s Hall screen view.').waitFor();
    // Shared again: a new token, so the old address is refused; the screen says where to look
    // instead of reconnecting for ever.
    await console_.getByRole('button', { name: 'Share with screens on the LAN' }).click();
    await tablet.getByText('This screen’s address is no longer valid', { exact: false }).waitFor({ timeout: 10_000 });
    await Promise.all([skewed.context().close(), tablet.context().close(), console_.context().close()]);
  });

  it('the secretary reports the roll call on the hall by key; it follows the marks and goes when taken down or when the chair moves on', async () => {
    await server?.stop();
    server = await serve(tempDataDir());
    const names = ['Nguyễn Thị Hằng', 'Đặng Quốc Việt', 'Trần Văn Định', 'Lê Thị Thu Hương', 'Phạm Đức Tài', 'Vũ Thị Ánh', 'Hoàng Văn Khải', 'Bùi Thị Yến', 'Đỗ Minh Quân'];
    await seed(server.url, [
      { type: 'council.save', name: 'HĐND xã Hòa Sơn', level: 'commune', term: 1, totalSeats: 9 },
      { type: 'session.create', number: 2, term: 1, kind: 'regular', hallLang: 'en', startDate: '2026-12-08', endDate: '2026-12-08' },
      ...names.map((fullName, i) => ({ type: 'delegate.add' as const, fullName, seatNumber: i + 1 })),
      { type: 'agenda.add', title: 'Báo cáo kết quả kỳ họp thứ nhất', kind: 'report' },
      { type: 'agenda.add', title: 'Thảo luận tại hội trường', kind: 'discussion' },
      { type: 'attendance.open', label: 'Phiên khai mạc' },
      { type: 'item.start', id: 1 },
    ]);
    const console_ = await openPage(chromium.browser, server.url, 'en');
    const hall = await openHall(`${server.url}hall`);
    const content = () => hall.locator('.page .screen').getAttribute('data-content');
    await expect.poll(content).toBe('auto:item');

    // The roll call by keyboard: seat 2 excused, seat 5 absent; then Alt+A puts the report up.
    await console_.keyboard.press('Alt+4');
    const seat = console_.getByLabel('Seat number, then a key');
    await seat.fill('2');
    await seat.press('e');
    await seat.fill('5');
    await seat.press('a');
    await console_.getByText('Phạm Đức Tài: Absent without leave').waitFor();
    await console_.keyboard.press('Alt+A');
    await expect.poll(content).toBe('auto:attendance');
    const panel = hall.getByTestId('hall-attendance');
    await expect.poll(() => panel.getByTestId('hall-att-present').textContent()).toBe('7');
    expect(await panel.getByTestId('hall-att-names-excused').textContent()).toBe('Absent with leave: Đặng Quốc Việt');
    expect(await panel.getByTestId('hall-att-names-absent').textContent()).toBe('Absent without leave: Phạm Đức Tài');
    expect(await panel.locator('.verdict').textContent()).toBe('Quorum present: the sitting may proceed');
    await console_.getByRole('button', { name: 'Take the attendance report off the hall' }).waitFor();

    // Marked while it is up (a fourth away): the hall follows, and the quorum of 6 is lost.
    await seat.fill('8');
    await seat.press('a');
    await seat.fill('9');
    await seat.press('a');
    await expect.poll(() => panel.getByTestId('hall-att-present').textContent()).toBe('5');
    expect(await panel.locator('.verdict').textContent()).toBe('No quorum: the sitting cannot proceed yet');
    // The same key takes it down: back to the item.
    await console_.keyboard.press('Alt+A');
    await expect.poll(content).toBe('auto:item');
    await console_.getByRole('button', { name: 'Show the attendance report on the hall' }).waitFor();

    // From the Hall screen view: 8 puts it up; the chair starting the next item replaces it.
    await console_.keyboard.press('Alt+9');
    await console_.getByRole('heading', { name: 'What the hall sees' }).waitFor();
    await console_.keyboard.press('8');
    await expect.poll(content).toBe('auto:attendance');
    await expect.poll(() => console_.getByRole('button', { name: /Attendance report/ }).getAttribute('aria-pressed')).toBe('true');
    await console_.getByTestId('hall-preview').getByTestId('hall-attendance').waitFor();
    await seed(server.url, [{ type: 'item.start', id: 2, current: 'finish' }]);
    await expect.poll(content).toBe('auto:item');
    await expect.poll(() => console_.getByRole('button', { name: /Attendance report/ }).getAttribute('aria-pressed')).toBe('false');
    await Promise.all([hall.context().close(), console_.context().close()]);
  });

  it('the chair who started the roll-call item in Live puts the attendance report up from there, by key or button, in either language', async () => {
    await server?.stop();
    server = await serve(tempDataDir());
    await seed(server.url, [
      { type: 'council.save', name: 'HĐND xã Hòa Sơn', level: 'commune', term: 1, totalSeats: 3 },
      { type: 'session.create', number: 2, term: 1, kind: 'regular', hallLang: 'vi', startDate: '2026-12-08', endDate: '2026-12-08' },
      ...['Nguyễn Thị Hằng', 'Đặng Quốc Việt', 'Trần Văn Định'].map((fullName, i) => ({ type: 'delegate.add' as const, fullName, seatNumber: i + 1 })),
      { type: 'agenda.add', title: 'Báo cáo kết quả điểm danh đại biểu', kind: 'opening' },
      { type: 'agenda.add', title: 'Thảo luận tại hội trường', kind: 'discussion' },
      { type: 'item.start', id: 1 },
    ]);
    const chair = await openPage(chromium.browser, server.url + '#live', 'en');
    const hall = await openHall(`${server.url}hall`);
    const content = () => hall.locator('.page .screen').getAttribute('data-content');
    await expect.poll(content).toBe('auto:item');
    // No roll call yet: nothing to report (the key does nothing either).
    await chair.getByTestId('current-title').waitFor();
    expect(await chair.getByTestId('live-report').count()).toBe(0);
    await seed(server.url, [{ type: 'attendance.open', label: 'Phiên khai mạc' }]);

    // The roll call taken: the button is where the chair works, and Alt+A puts the report up and takes it down.
    const show = chair.getByRole('button', { name: 'Show the attendance report on the hall' });
    await show.waitFor();
    await chair.keyboard.press('Alt+A');
    await expect.poll(content).toBe('auto:attendance');
    const hide = chair.getByRole('button', { name: 'Take the attendance report off the hall' });
    expect(await hide.getAttribute('aria-pressed')).toBe('true');
    await chair.getByText('The hall shows the attendance report until the chair moves on.').waitFor();
    await chair.keyboard.press('Alt+A');
    await expect.poll(content).toBe('auto:item');
    await show.click();
    await expect.poll(content).toBe('auto:attendance');

    const chairVi = await openPage(chromium.browser, server.url + '#live', 'vi');
    await chairVi.getByRole('button', { name: 'Thôi chiếu báo cáo điểm danh' }).click();
    await expect.poll(content).toBe('auto:item');
    await chairVi.getByRole('button', { name: 'Báo cáo điểm danh lên màn hình hội trường' }).waitFor();

    // The next item started: the offer goes with the roll-call item.
    await seed(server.url, [{ type: 'item.start', id: 2, current: 'finish' }]);
    await expect.poll(() => chair.getByTestId('current-title').textContent()).toBe('Thảo luận tại hội trường');
    await expect.poll(() => chair.getByTestId('live-report').count()).toBe(0);
    await expect.poll(() => chairVi.getByTestId('live-report').count()).toBe(0);
    await Promise.all([hall.context().close(), chair.context().close(), chairVi.context().close()]);
  });

  it('a speech timer past the hour leaves the speaker’s name its room on a 4:3 projector', async () => {
    await server?.stop();
    server = await serve(tempDataDir());
    await seed(server.url, SETUP);
    const [{ id: person }] = await seed(server.url, [
      { type: 'delegate.add', fullName: 'Nguyễn Thị Hồng Nhung', title: 'Phó Chủ tịch HĐND tỉnh', group: 'Tổ đại biểu huyện Lương Sơn', seatNumber: 1 },
    ]);
    await seed(server.url, [
      { type: 'item.start', id: 2 },
      { type: 'speaker.request', delegateId: person },
      { type: 'speaker.next' },
      { type: 'speaker.start' },
      // A long explanation: an hour on top of the seven minutes, so the clock shows hours.
      { type: 'speaker.extend', seconds: 3600 },
    ]);
    const context = await chromium.browser.newContext({ locale: 'vi', viewport: { width: 1024, height: 768 } });
    const hall = await context.newPage();
    failOnPageErrors(hall);
    await hall.goto(`${server.url}hall`);
    await expect.poll(() => hall.getByRole('timer').first().textContent()).toMatch(/^1:0\d:\d\d$/);
    const name = hall.getByTestId('hall-speaker');
    const box = (await name.boundingBox())!;
    const lineHeight = await name.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    // Before, the clock took the width and the name stood one word per line in a 150 px strip.
    expect(box.height).toBeLessThan(lineHeight * 2.5);
    expect(box.width).toBeGreaterThan(1024 * 0.3);
    await context.close();
  });

  /** A hall of this size (Vietnamese) showing the item `title` with no line hidden by the clamp (a few pixels of diacritics aside). */
  async function hallShowingWhole(title: string, width: number, height: number): Promise<Page> {
    const context = await chromium.browser.newContext({ locale: 'vi', viewport: { width, height } });
    const hall = await context.newPage();
    failOnPageErrors(hall);
    await hall.goto(`${server.url}hall`);
    const shown = hall.getByTestId('hall-title');
    // The dashes kept with the word before them (keepDash), as the hall shows a title.
    await expect.poll(() => shown.textContent()).toBe(keepDash(title));
    // Polled: the title's lines settle once the hall's web fonts are in, a moment after it is shown on a busy machine.
    await expect.poll(() => shown.evaluate((el) => el.scrollHeight - el.clientHeight - parseFloat(getComputedStyle(el).lineHeight) / 2)).toBeLessThan(0);
    return hall;
  }

  it('a long report title is read whole on a 4:3 projector, not cut after three lines', async () => {
    await server?.stop();
    server = await serve(tempDataDir());
    const title = 'Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2026 và phương hướng, nhiệm vụ năm 2027';
    await seed(server.url, [...SETUP, { type: 'agenda.add', title, kind: 'report', presenter: 'Chủ tịch UBND tỉnh' }]);
    await seed(server.url, [{ type: 'item.start', id: 3 }]);
    for (const [width, height] of [[1024, 768], [1920, 1080]]) {
      const hall = await hallShowingWhole(title, width, height);
      // And the plan still on the screen below it.
      const planned = (await hall.getByText(/^Planned /).boundingBox())!;
      expect(planned.y + planned.height).toBeLessThanOrEqual(height);
      await hall.context().close();
    }
  });

  it('a phone or tablet held upright on the LAN shows the clock and the title whole, inside the screen', async () => {
    await server?.stop();
    server = await serve(tempDataDir());
    const title = 'Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2026 và phương hướng, nhiệm vụ năm 2027';
    await seed(server.url, [...SETUP, { type: 'agenda.add', title, kind: 'report', presenter: 'Chủ tịch UBND tỉnh' }]);
    const [{ id: person }] = await seed(server.url, [
      { type: 'delegate.add', fullName: 'Nguyễn Thị Hồng Nhung', title: 'Phó Chủ tịch HĐND tỉnh', group: 'Tổ đại biểu huyện Lương Sơn', seatNumber: 1 },
      { type: 'item.start', id: 3 },
    ]);
    const inside = async (hall: Page, testId: string, width: number, height: number) => {
      const box = (await hall.getByTestId(testId).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(box.y + box.height).toBeLessThanOrEqual(height);
    };
    const screens = [[390, 844], [768, 1024]] as const;
    const halls: Page[] = [];
    for (const [width, height] of screens) {
      // Before, the clock was wider than a phone and the title lost its third line under the presenter.
      const hall = await hallShowingWhole(title, width, height);
      await inside(hall, 'hall-title', width, height);
      await inside(hall, 'hall-timer', width, height);
      halls.push(hall);
    }
    await seed(server.url, [{ type: 'speaker.request', delegateId: person }, { type: 'speaker.next' }, { type: 'speaker.start' }]);
    for (const [i, [width, height]] of screens.entries()) {
      await halls[i].getByTestId('hall-speaker').waitFor();
      // The speaker's clock beside the name, not off the right edge of the screen.
      const clock = (await halls[i].locator('[data-testid=speaker-panel] .clock').boundingBox())!;
      expect(clock.x + clock.width).toBeLessThanOrEqual(width);
      expect(clock.y + clock.height).toBeLessThanOrEqual(height);
      await halls[i].context().close();
    }
  });

  it('an amber or red clock stays readable on the light theme, on the item and the speaker alike', async () => {
    await server?.stop();
    server = await serve(tempDataDir());
    await seed(server.url, SETUP);
    const [{ id: person }] = await seed(server.url, [{ type: 'delegate.add', fullName: 'Nguyễn Xuân Lộc', seatNumber: 1 }]);
    // Amber from the first second: the warning starts an hour before the planned end.
    await seed(server.url, [{ type: 'rules.save', warnBeforeSeconds: 3600 }, { type: 'hall.setTheme', theme: 'light' }, { type: 'item.start', id: 2 }]);
    const context = await chromium.browser.newContext({ locale: 'vi', viewport: { width: 1024, height: 768 } });
    const hall = await context.newPage();
    failOnPageErrors(hall);
    await hall.goto(`${server.url}hall`);
    /** Contrast of the clock's colour against the screen's (WCAG's formula). */
    const contrast = () =>
      hall.getByRole('timer').first().evaluate((el) => {
        const rgb = (c: string) => c.match(/\d+/g)!.slice(0, 3).map(Number);
        const lum = (c: string) => {
          const [r, g, b] = rgb(c).map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const [a, b] = [lum(getComputedStyle(el).color), lum(getComputedStyle(el.closest('.screen')!).backgroundColor)];
        return { phase: el.className, ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
      });
    await expect.poll(async () => (await contrast()).phase).toContain('warning');
    expect((await contrast()).ratio).toBeGreaterThanOrEqual(4.5);
    await seed(server.url, [{ type: 'speaker.request', delegateId: person }, { type: 'speaker.next' }, { type: 'speaker.start' }]);
    await hall.getByTestId('hall-speaker').waitFor();
    await expect.poll(async () => (await contrast()).phase).toContain('warning');
    expect((await contrast()).ratio).toBeGreaterThanOrEqual(4.5);
    await context.close();
  });

  it('an announced verdict, adopted or not, stays readable on the light theme, and an empty bar does not look full', async () => {
    await server?.stop();
    server = await serve(tempDataDir());
    await seed(server.url, SETUP);
    const [, adopted, rejected] = await seed(server.url, [
      { type: 'hall.setTheme', theme: 'light' },
      { type: 'vote.create', agendaItemId: 2, resolutionTitle: 'Nghị quyết về dự toán ngân sách năm 2027', method: 'hands' },
      { type: 'vote.create', agendaItemId: 2, resolutionTitle: 'Nghị quyết về kế hoạch đầu tư công năm 2027', method: 'hands' },
    ]);
    const context = await chromium.browser.newContext({ locale: 'vi', viewport: { width: 1024, height: 768 } });
    const hall = await context.newPage();
    failOnPageErrors(hall);
    await hall.goto(`${server.url}hall`);
    /** Contrast of an element's colour (or background) against the screen's (WCAG's formula). */
    const contrast = (selector: string, property: 'color' | 'backgroundColor' = 'color') =>
      hall.locator(selector).first().evaluate((el, property) => {
        const lum = (c: string) => {
          const [r, g, b] = c.match(/\d+/g)!.slice(0, 3).map(Number).map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const [a, b] = [lum(getComputedStyle(el)[property]), lum(getComputedStyle(el.closest('.screen')!).backgroundColor)];
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      }, property);
    for (const [{ id }, counts, verdict] of [
      [adopted, { for: 50, against: 2, abstain: 1 }, 'ADOPTED'],
      [rejected, { for: 20, against: 30, abstain: 0 }, 'NOT ADOPTED'],
    ] as const) {
      await seed(server.url, [{ type: 'vote.open', id, present: 55 }, { type: 'vote.tally', id, ...counts }, { type: 'vote.close', id }, { type: 'vote.announce', id }]);
      await expect.poll(() => hall.locator('.verdict').textContent()).toBe(verdict);
      expect(await contrast('.verdict')).toBeGreaterThanOrEqual(4.5);
    }
    // No abstention: its bar is an empty groove, close to the white around it, not a dark full bar.
    expect(await contrast('.abstain .track', 'backgroundColor')).toBeLessThan(1.5);
    await context.close();
  });

  it('a break message with its countdown is shown whole, on a 4:3 projector as on a 16:9 one; a longer one ends at a whole line', async () => {
    await server?.stop();
    server = await serve(tempDataDir());
    await seed(server.url, SETUP);
    const message = 'Giải lao 15 phút. Đề nghị các vị đại biểu trở lại hội trường đúng giờ để tiếp tục chương trình kỳ họp.';
    await seed(server.url, [{ type: 'hall.setMessage', message, countdownMinutes: 15 }]);
    /** How the message's box holds its text: clipped (a line or more hidden; a glyph's descent is not), and its height in lines. */
    const fit = (hall: Page) =>
      hall.locator('.message .text').evaluate((el) => {
        const line = parseFloat(getComputedStyle(el).lineHeight);
        return { clipped: el.scrollHeight > el.clientHeight + line / 2, lines: el.clientHeight / line };
      });
    for (const viewport of [{ width: 1024, height: 768 }, { width: 1920, height: 1080 }]) {
      const context = await chromium.browser.newContext({ locale: 'vi', viewport });
      const hall = await context.newPage();
      failOnPageErrors(hall);
      await hall.goto(`${server.url}hall`);
      await hall.getByText(message).waitFor();
      const shown = await fit(hall);
      expect(shown.clipped, `${viewport.width}×${viewport.height}`).toBe(false);
      // Its box is whole lines high: no line is cut through its letters.
      expect(Math.abs(shown.lines - Math.round(shown.lines)), `${viewport.width}×${viewport.height}`).toBeLessThan(0.05);
      // The countdown below it stays on the screen.
      const [timer, screen] = [await hall.getByRole('timer').boundingBox(), await hall.locator('.page .screen').boundingBox()];
      expect(timer!.y + timer!.height).toBeLessThanOrEqual(screen!.y + screen!.height);
      await context.close();
    }
    // The longest message the box takes: cut at a whole line (an ellipsis), never through a line's letters.
    await seed(server.url, [{ type: 'hall.setMessage', message: (message + ' ').repeat(3).slice(0, 300), countdownMinutes: 15 }]);
    const context = await chromium.browser.newContext({ locale: 'vi', viewport: { width: 1024, height: 768 } });
    const hall = await context.newPage();
    await hall.goto(`${server.url}hall`);
    await hall.locator('.message .text').waitFor();
    const { lines } = await fit(hall);
    expect(Math.abs(lines - Math.round(lines))).toBeLessThan(0.05);
    await context.close();
  });

  it('the countdown box reads the countdown another console put on the hall, after a reload too, and a corrected message keeps its clock', async () => {
    await server?.stop();
    server = await serve(tempDataDir());
    await seed(server.url, SETUP);
    const console_ = await openPage(chromium.browser, server.url, 'vi');
    const openForm = async () => {
      await console_.keyboard.press('Alt+9');
      await console_.getByRole('heading', { name: 'Nội dung chiếu lên hội trường' }).waitFor();
    };
    await openForm();
    const minutes = console_.getByLabel('Đếm ngược (phút, 0 nếu không cần)');
    const message = console_.getByLabel('Thông báo tới hội trường');
    expect(await minutes.inputValue()).toBe('0');

    // The secretary's console puts the break on the hall: this form shows it, box and all.
    const { run, close } = await seeder(server.url);
    await run('hall.setMessage', { message: 'Giải lao 15 phút', countdownMinutes: 15 });
    close();
    await expect.poll(() => minutes.inputValue()).toBe('15');
    expect(await message.inputValue()).toBe('Giải lao 15 phút');
    // Reloaded while it runs: the same.
    await console_.reload();
    await console_.getByText('Đã kết nối').waitFor();
    await openForm();
    await expect.poll(() => minutes.inputValue()).toBe('15');

    // The chair corrects the message a few seconds into the break and shows it by key: the
    // preview's countdown runs on from where it was, not from 15:00 again.
    const left = async () => Number(await console_.getByTestId('hall-preview').locator('[data-remaining-ms]').getAttribute('data-remaining-ms')) / 1000;
    await expect.poll(left, { timeout: 10_000 }).toBeLessThanOrEqual(15 * 60 - 3);
    await message.fill('Giải lao 15 phút. Mời các vị đại biểu dùng trà');
    await console_.keyboard.press('Control+Enter');
    await console_.getByTestId('hall-preview').getByText('Giải lao 15 phút. Mời các vị đại biểu dùng trà').waitFor();
    expect(await left()).toBeLessThanOrEqual(15 * 60 - 3);
    expect(await minutes.inputValue()).toBe('15');
    await console_.context().close();
  });

  it('a hall screen that lost the engine shows it, and catches up at once when it is back', async () => {
    await server?.stop();
    const dataDir = tempDataDir();
    const port = await freePort();
    server = await serve(dataDir, ['--port', String(port)]);
    await seed(server.url, [...SETUP, { type: 'hall.setMode', mode: 'speakers' }]);
    const hall = await openHall(`${server.url}hall`);
    await expect.poll(() => hallMode(hall)).toBe('speakers');

    await server.stop('SIGKILL');
    await hall.getByText('Reconnecting…').waitFor();
    // Still showing what it showed: a projector never goes blank because the network blinked.
    expect(await hallMode(hall)).toBe('speakers');

    server = await serve(dataDir, ['--port', String(port)]);
    await seed(server.url, [{ type: 'hall.setMode', mode: 'emblem' }]);
    // The screen retries with a back-off of up to 2 s (src/lib/transport.ts): give it that.
    await expect.poll(() => hallMode(hall)).toBe('emblem');
    await expect.poll(() => hall.getByText('Reconnecting…').count()).toBe(0);
    await hall.context().close();
  });
});
