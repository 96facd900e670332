/**
 * The secretary's console (a second laptop paired over the LAN) greys out the chair's controls
 * (lib/needs.svelte.ts): her Tab in Live walked through every one of them. Now it passes them by;
 * they stay in view, greyed, saying why on hover and to a screen reader. The chair's Tab is as it
 * was. In Chromium against `npm run serve`, on the seeded morning (sitting.ts), at 1366×768.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freePort, openPage, pairSecretary, showView, view } from './harness';
import { onSeededMorning } from './sitting';

let lanPort: number;
const morning = onSeededMorning(async () => {
  lanPort = await freePort();
  return ['--port', String(await freePort()), '--lan-host', '127.0.0.1', '--lan-port', String(lanPort)];
});
const shots = process.env.SHOTS;

describe('the secretary’s Tab in Live', () => {
  /** Tabs `n` times from the view's heading; what each stop is, and whether this console may use it. */
  async function tabStops(page: Page, n: number) {
    await page.locator('main h2').first().focus();
    const stops: { text: string; notHers: boolean }[] = [];
    for (let i = 0; i < n; i++) {
      await page.keyboard.press('Tab');
      stops.push(
        await page.evaluate(() => {
          const at = document.activeElement as HTMLElement | null;
          return {
            text: (at?.getAttribute('aria-label') ?? at?.textContent ?? at?.tagName ?? '').trim().slice(0, 60),
            notHers: !!at && (at.getAttribute('aria-disabled') === 'true' || at.classList.contains('not-mine') || (at as HTMLButtonElement).disabled === true),
          };
        }),
      );
    }
    return stops;
  }

  it('never lands on a control her role cannot use, which stays in view, greyed and saying why; the chair’s Tab is unchanged', async () => {
    const { context, secretary } = await pairSecretary(morning.browser, morning.server.url, lanPort, 'en');
    await showView(secretary, view('live'));
    const pause = secretary.locator('.controls button').first();
    await pause.waitFor();
    // Still there for her to read: greyed, and why on hover and to a screen reader.
    expect(await pause.isVisible()).toBe(true);
    expect(await pause.getAttribute('aria-disabled')).toBe('true');
    expect(await pause.getAttribute('title')).toBe('The chair’s control: this console is a secretary’s.');
    expect(await pause.getAttribute('tabindex')).toBe('-1');
    const stops = await tabStops(secretary, 40);
    expect(stops.filter((s) => s.notHers)).toEqual([]);
    // What she may use is still reached: the chime, her own preference on this machine.
    expect(stops.map((s) => s.text)).toContain('Chime at time limits: on');
    if (shots) await secretary.screenshot({ path: `${shots}/one-ask-secretary-live-en.png` });
    await context.close();

    const chair = await openPage(morning.browser, morning.server.url, 'en');
    await chair.setViewportSize({ width: 1366, height: 768 });
    await showView(chair, view('live'));
    const chairStops = (await tabStops(chair, 6)).map((s) => s.text);
    expect(chairStops.some((s) => /^Pause/.test(s))).toBe(true);
    expect(await chair.locator('.controls button').first().getAttribute('tabindex')).toBeNull();
    await chair.context().close();
  });
});
