import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { commandSocket, failOnPageErrors, launch, serve, tempDataDir, type Served } from './harness';

/**
 * The screens stay on while they must be read: the hall always, the chair's console while a
 * sitting is in progress. Chromium's own Screen Wake Lock, watched through the sentinels the
 * page was given (an init script keeps them; the page's code is not changed).
 */
const WATCH_LOCKS = `{
  const request = navigator.wakeLock.request.bind(navigator.wakeLock);
  window.__locks = [];
  navigator.wakeLock.request = async (type) => {
    const sentinel = await request(type);
    window.__locks.push(sentinel);
    return sentinel;
  };
}`;

let browser: Browser;
let served: Served;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launch();
  served = await serve(tempDataDir());
  context = await browser.newContext({ locale: 'en', viewport: { width: 1366, height: 768 } });
  await context.addInitScript(WATCH_LOCKS);
});
afterAll(async () => {
  await browser?.close();
  await served?.stop();
});

/** How many screen locks the page holds now, and how many it was ever given. */
const locks = (page: Page) =>
  page.evaluate(() => {
    const all = (window as unknown as { __locks: WakeLockSentinel[] }).__locks;
    return { held: all.filter((s) => !s.released).length, given: all.length };
  });

/** Pretends the page was hidden or shown again (another window in front, then back), as the browser tells it. */
const setVisible = (page: Page, visible: boolean) =>
  page.evaluate((v) => {
    Object.defineProperty(document, 'visibilityState', { value: v ? 'visible' : 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  }, visible);

describe('screens stay on', () => {
  it('the console holds the screen on only while a sitting is in progress; the hall always', async () => {
    const socket = await commandSocket(served.url);
    const run = async (command: object) => {
      const reply = await socket.send(command);
      if (!reply.ok) throw new Error(reply.error.message);
      return reply.value as { id: number };
    };
    await run({ type: 'council.save', name: 'HĐND xã Lương Sơn', level: 'commune', term: 1, totalSeats: 30 });
    await run({ type: 'session.create', number: 3, term: 1, kind: 'regular', title: 'Kỳ họp thường lệ cuối năm 2026', startDate: '2026-12-08', endDate: '2026-12-09' });
    const sitting = await run({ type: 'sitting.add', date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' });

    const console_ = await context.newPage();
    failOnPageErrors(console_);
    await console_.goto(served.url);
    await console_.getByText('Connected').waitFor();
    const hall = await context.newPage();
    failOnPageErrors(hall);
    await hall.goto(`${served.url}hall`);
    await hall.locator('.page .screen').waitFor();

    // Before the sitting: the hall is on (it is up on the projector), the console is left to the system.
    await expect.poll(() => locks(hall)).toEqual({ held: 1, given: 1 });
    expect(await locks(console_)).toEqual({ held: 0, given: 0 });

    await run({ type: 'sitting.open', id: sitting.id });
    await expect.poll(() => locks(console_)).toEqual({ held: 1, given: 1 });
    // A break keeps it: the sitting resumes on the same screen.
    await run({ type: 'sitting.suspend', id: sitting.id });
    // Once the console holds the suspended sitting (not after a guessed 300 ms, which a loaded
    // machine outlasts and so let a lock given back pass unseen), it still has its lock.
    await expect.poll(() => console_.evaluate(() => window.__gavelState!()!.sittings.map((s) => s.status))).toEqual(['suspended']);
    expect(await locks(console_)).toEqual({ held: 1, given: 1 });

    // Hidden, the page gives the lock back (the browser would anyway); shown again, it takes a new one.
    await setVisible(console_, false);
    await expect.poll(() => locks(console_)).toEqual({ held: 0, given: 1 });
    await setVisible(console_, true);
    await expect.poll(() => locks(console_)).toEqual({ held: 1, given: 2 });

    // Closed: the console's screen follows the system's settings again; the hall stays on.
    await run({ type: 'sitting.close', id: sitting.id });
    await expect.poll(() => locks(console_)).toEqual({ held: 0, given: 2 });
    expect(await locks(hall)).toEqual({ held: 1, given: 1 });
    socket.close();
  });
});
