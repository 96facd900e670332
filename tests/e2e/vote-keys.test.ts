/**
 * A chair and a secretary with closed and secret votes, in Chromium against `npm run serve` at
 * 1366×768, the secretary's laptop paired over the LAN. Both languages.
 *
 * - Alt+D and Alt+L with no closed vote in hand are the view's, in Votes and in Personnel: the page
 *   prevents the browser's default (Alt+D is the address bar in a desktop Chromium) and says what
 *   to choose. Headless Chromium has no address bar and its keys never reach the browser's own
 *   shortcuts, so what is checked is that the page takes the key (defaultPrevented); that a desktop
 *   Chromium then leaves its address bar alone was checked by hand under Xvfb (see the report).
 * - A secret ballot refused for want of its counting committee is given one right there: the
 *   keyboard goes to the committee's picker, Enter adds a member, Enter in the empty box goes back
 *   to Open, and Alt+O opens it.
 * - On the secretary's console, Personnel's Alt+O, Alt+C and Alt+A are the chair's, marked so in the
 *   `?` sheet and refused in words, as Votes' are.
 * SHOTS=<folder> keeps a screenshot of each step to look at.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freePort, onBrowser, openPage, pairSecretary, seed, serve, showView, tempDataDir, view } from './harness';

const chromium = onBrowser();
const shots = process.env.SHOTS;

const WORDS = {
  vi: {
    chooseCorrect: 'Chọn một cuộc biểu quyết đã kết thúc để đính chính (Alt+D).',
    chooseRevote: 'Chọn một cuộc biểu quyết đã kết thúc để biểu quyết lại (Alt+L).',
    personnelCorrect: 'Chọn một cuộc bỏ phiếu đã kết thúc để đính chính (Alt+D).',
    refusal: 'Bỏ phiếu kín phải có Ban kiểm phiếu',
    picker: 'Thêm vào Ban kiểm phiếu',
    open: 'Đang biểu quyết',
    chairOpen: 'Phím Alt+O (Bắt đầu kiểm phiếu) là của chủ tọa: máy này là máy của thư ký nên không gửi thao tác này.',
    whose: 'của chủ tọa',
  },
  en: {
    chooseCorrect: 'Choose a closed vote to correct its result (Alt+D).',
    chooseRevote: 'Choose a closed vote to hold it again (Alt+L).',
    personnelCorrect: 'Choose a closed vote to correct its counts (Alt+D).',
    refusal: 'A secret ballot is counted by a counting committee',
    picker: 'Add to the counting committee',
    open: 'Voting',
    chairOpen: 'Alt+O (Start counting) is the chair’s key: this console is a secretary’s, so nothing was sent.',
    whose: 'the chair’s',
  },
} as const;

/** A 35-seat council, five delegates, a secret ballot on a dismissal and a confidence vote, neither opened. */
async function seedVotes(url: string): Promise<void> {
  await seed(url, [
    { type: 'council.save', name: 'HĐND tỉnh Hòa Bình', level: 'province', term: 16, totalSeats: 35 },
    { type: 'session.create', number: 11, term: 16, kind: 'regular', hallLang: 'vi', startDate: '2026-12-08', endDate: '2026-12-09' },
    ...['Lương Xuân Quý', 'Trần Thị Hoa', 'Phạm Văn Đức', 'Lê Thị Mai', 'Vũ Văn Hải'].map((fullName, i) => ({ type: 'delegate.add' as const, fullName, title: 'Đại biểu', seatNumber: i + 1 })),
    { type: 'vote.create', resolutionTitle: 'Nghị quyết miễn nhiệm Phó Chủ tịch UBND tỉnh', method: 'secret', ruleKind: 'dismissal' },
    { type: 'personnel.prepare', kind: 'confidence', title: 'Lấy phiếu tín nhiệm năm 2026', people: [{ delegateId: 1, body: 'council', honorific: 'mr' }] },
    { type: 'personnel.committee', id: 1, head: 3 },
  ]);
}

/** Watches the page's keydowns: whether the last Alt+`letter` was prevented once every handler had run (read by polling: it is set a task after the key). */
async function watchKeys(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { prevented: Record<string, boolean> };
    w.prevented = {};
    window.addEventListener('keydown', (e) => e.altKey && setTimeout(() => (w.prevented[e.code] = e.defaultPrevented)), true);
  });
}
const prevented = (page: Page, code: string) => page.evaluate((c) => (window as unknown as { prevented: Record<string, boolean> }).prevented[c], code);
const toast = (page: Page) => page.locator('.toast[role=status]');
const focused = (page: Page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('data-vote-action') || document.activeElement?.tagName);

describe.each(['vi', 'en'] as const)('closed and secret votes from the keyboard, in %s', (lang) => {
  const w = WORDS[lang];

  it('Alt+D and Alt+L with no closed vote say what to choose and stay the page’s; a secret ballot’s committee is named where Open is refused', async () => {
    const lanPort = await freePort();
    const server = await serve(tempDataDir(), ['--lan-host', '127.0.0.1', '--lan-port', String(lanPort)]);
    try {
      await seedVotes(server.url);
      const chair = await openPage(chromium.browser, server.url, lang);
      await chair.setViewportSize({ width: 1366, height: 768 });
      await showView(chair, view('votes'));
      await watchKeys(chair);

      // The secret ballot, not yet opened, is in hand: no closed vote.
      await chair.locator('#votes-heading').focus();
      await chair.keyboard.press('Alt+D');
      await expect.poll(() => toast(chair).textContent()).toBe(w.chooseCorrect);
      await expect.poll(() => prevented(chair, 'KeyD')).toBe(true);
      await chair.keyboard.press('Alt+L');
      await expect.poll(() => toast(chair).textContent()).toBe(w.chooseRevote);
      await expect.poll(() => prevented(chair, 'KeyL')).toBe(true);
      if (shots) await chair.screenshot({ path: `${shots}/votes-alt-d-${lang}.png` });

      // Alt+O: refused for want of a committee, the keyboard in the committee's picker.
      await chair.keyboard.press('Alt+O');
      await chair.getByRole('alert').filter({ hasText: w.refusal }).waitFor();
      await expect.poll(() => focused(chair)).toBe('rec-counter-1');
      if (shots) await chair.screenshot({ path: `${shots}/votes-committee-refused-${lang}.png` });
      await chair.keyboard.type('Pham Van Duc');
      await chair.keyboard.press('Enter');
      await chair.getByTestId('counting-committee').getByText('Phạm Văn Đức').waitFor();
      await expect.poll(() => chair.getByLabel(w.picker).inputValue()).toBe('');
      await chair.keyboard.type('Le Thi Mai');
      await chair.keyboard.press('Enter');
      await chair.getByTestId('counting-committee').getByText('Lê Thị Mai').waitFor();
      // Her name on the committee is the state; the box is emptied by the reply after it. Enter in a box
      // still holding her name was the picker's, not the empty box's 'back to Open'.
      await expect.poll(() => chair.getByLabel(w.picker).inputValue()).toBe('');
      await expect.poll(() => chair.getByRole('alert').filter({ hasText: w.refusal }).count()).toBe(0);
      if (shots) await chair.screenshot({ path: `${shots}/votes-committee-named-${lang}.png` });
      // Enter in the empty box: back to Open; Alt+O opens the ballot.
      await chair.keyboard.press('Enter');
      await expect.poll(() => focused(chair)).toBe('open');
      await chair.keyboard.press('Alt+O');
      await chair.locator('.detail .badge').filter({ hasText: w.open }).waitFor();

      // Personnel, a confidence vote not yet counted: Alt+D says what to choose, the page keeps it.
      await showView(chair, view('personnel'));
      await chair.locator('#personnel-heading').click();
      await chair.keyboard.press('Alt+D');
      await expect.poll(() => toast(chair).textContent()).toBe(w.personnelCorrect);
      await expect.poll(() => prevented(chair, 'KeyD')).toBe(true);

      // The secretary's console: Personnel's Alt+O is the chair's, said so and marked in the `?` sheet.
      const { context, secretary } = await pairSecretary(chromium.browser, server.url, lanPort, lang);
      await showView(secretary, view('personnel'));
      await secretary.locator('#personnel-heading').click();
      await secretary.keyboard.press('Alt+O');
      await expect.poll(() => toast(secretary).textContent()).toBe(w.chairOpen);
      await secretary.keyboard.press('?');
      const sheet = secretary.getByRole('dialog');
      for (const key of ['Alt+O', 'Alt+C', 'Alt+A']) {
        const line = sheet.locator('[aria-labelledby=keys-this-view] li').filter({ has: secretary.locator('.shortcut', { hasText: key.split('+')[1] }) }).filter({ hasText: w.whose });
        expect(await line.count(), key).toBeGreaterThan(0);
      }
      if (shots) await secretary.screenshot({ path: `${shots}/personnel-secretary-sheet-${lang}.png` });
      await context.close();
    } finally {
      await server.stop();
    }
  });
});
