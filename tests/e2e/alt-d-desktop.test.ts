/**
 * Alt+D in a desktop Chromium, the browser a LAN console runs in: the browser's own Alt+D (focus
 * the address bar) gives way to the page's, when the page prevents it. Headless Chromium has no
 * address bar, and keys sent through the DevTools protocol never reach the browser's shortcuts,
 * so this test runs a windowed Chromium on a virtual display (Xvfb) and presses the keys as the
 * X server delivers them (xdotool). Without either tool (the CI image has neither) it is skipped;
 * `apt-get install xvfb xdotool` runs it.
 *
 * Pressed in Votes with no closed vote in hand, Alt+D says what to choose and the text typed next
 * still goes into the console's box; Ctrl+L, which the console does not take, still goes to the
 * address bar (the check that the keys reached the browser at all).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, seed, serve, showView, tempDataDir, view, type Served } from './harness';

const has = (tool: string) => {
  try {
    execFileSync('which', [tool], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const desktop = has('Xvfb') && has('xdotool');

describe.skipIf(!desktop)('Alt+D in a windowed Chromium (Xvfb, xdotool)', () => {
  const display = `:${90 + Math.floor(Math.random() * 9)}`;
  let xvfb: ChildProcess;
  let browser: Browser;
  let server: Served;
  const xdotool = (...args: string[]) => execFileSync('xdotool', args, { env: { ...process.env, DISPLAY: display } }).toString().trim();

  beforeAll(async () => {
    xvfb = spawn('Xvfb', [display, '-screen', '0', '1366x768x24'], { stdio: 'ignore' });
    // Up once it listens on its socket, not after a fixed 1.5 s that a loaded machine can overrun.
    await vi.waitFor(() => expect(fs.existsSync(`/tmp/.X11-unix/X${display.slice(1)}`), 'Xvfb listening').toBe(true), { timeout: 20_000 });
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: [...CHROMIUM_ARGS, '--window-position=0,0', '--window-size=1366,768'], headless: false, env: { ...process.env, DISPLAY: display } });
    server = await serve(tempDataDir());
    await seed(server.url, [
      { type: 'council.save', name: 'HĐND tỉnh Hòa Bình', level: 'province', term: 16, totalSeats: 35 },
      { type: 'session.create', number: 11, term: 16, kind: 'regular', hallLang: 'vi', startDate: '2026-12-08', endDate: '2026-12-09' },
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    xvfb?.kill();
  });

  it.each(['vi', 'en'] as const)('the console keeps Alt+D from the address bar, in %s', async (lang) => {
    const page = await browser.newPage({ locale: lang });
    await page.goto(server.url);
    await page.getByText(lang === 'en' ? 'Connected' : 'Đã kết nối').waitFor();
    await showView(page, view('votes'));
    const title = page.locator('input[name=resolutionTitle]');
    const press = async (key: string) => {
      await title.fill('');
      await title.focus();
      await page.bringToFront();
      xdotool('windowfocus', '--sync', xdotool('search', '--onlyvisible', '--class', 'chromium').split('\n').at(-1)!);
      xdotool('key', '--clearmodifiers', key);
      await page.waitForTimeout(400);
      xdotool('type', '--delay', '40', 'zz');
      await page.waitForTimeout(400);
      const typed = await title.inputValue();
      xdotool('key', 'Escape');
      return typed;
    };
    // Ctrl+L is the browser's: what is typed next goes to the address bar, not the console.
    expect(await press('ctrl+l')).toBe('');
    // Alt+D is the console's here: it says what to choose, and the typing stays in the console's box.
    expect(await press('alt+d')).toBe('zz');
    expect(await page.locator('.toast[role=status]').textContent()).toBe(lang === 'vi' ? 'Chọn một cuộc biểu quyết đã kết thúc để đính chính (Alt+D).' : 'Choose a closed vote to correct its result (Alt+D).');
    await page.close();
  });
});
