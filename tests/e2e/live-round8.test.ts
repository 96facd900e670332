/**
 * The live sitting run by keyboard on the chair's 1366×768 laptop (round 8), in Chromium
 * against `npm run serve`: one test per bug that shows only in a browser.
 */
import { describe, expect, it } from 'vitest';
import { handled, openPage, seeder, serve, showView, tempDataDir, view } from './harness';
import { ITEMS, onSeededMorning, seedSitting } from './sitting';

const live = onSeededMorning();


describe('a seeded morning at 1366×768', () => {
  /** A show-of-hands vote on the seeded item, shown in the Votes view of a chair's console at 1366×768. */
  async function handsVoteShown(item: number, resolutionNumber: string, title: string) {
    const { run, close } = await seeder(live.server.url);
    await run('vote.create', { agendaItemId: live.seeded.itemIds[item], resolutionNumber, resolutionTitle: title, method: 'hands' });
    close();
    const page = await openPage(live.browser, live.server.url, 'en');
    await page.setViewportSize({ width: 1366, height: 768 });
    await showView(page, view('votes'));
    await page.getByRole('button', { name: title }).click();
    return page;
  }

  it('a view opens at its top, not at the scroll the last view was left at', async () => {
    const page = await openPage(live.browser, live.server.url, 'en');
    await page.setViewportSize({ width: 1366, height: 768 });
    await showView(page, view('roster'));
    await page.evaluate(() => scrollTo(0, 600));
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
    await showView(page, view('live'));
    expect(await page.evaluate(() => scrollY)).toBe(0);
    // The current item's timer and keys are in sight.
    expect(await page.getByRole('button', { name: /^Pause/ }).first().isVisible()).toBe(true);
    expect((await page.getByRole('button', { name: /^Pause/ }).first().boundingBox())!.y).toBeLessThan(768);
  });

  it('Space on a queue row just moved with Alt+↓ starts the called speaker, and the queue keeps following', async () => {
    const page = await openPage(live.browser, live.server.url, 'en');
    await page.setViewportSize({ width: 1366, height: 768 });
    await showView(page, view('speakers'));
    const floor = page.locator('.floor');
    const names = () => page.locator('.queue li .name').allTextContents();
    await page.keyboard.press('f');
    await page.keyboard.press('n');
    await floor.getByText('called, not started').waitFor();
    // The secretary moves the first waiting request down a place; the keyboard stays on its row.
    const first = (await names())[0];
    await page.locator('.queue li').first().focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(names).toEqual(expect.arrayContaining([first]));
    await expect.poll(async () => (await names())[1]).toBe(first);
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-speech]') !== null)).toBe(true);
    // Space is start, as in every live view.
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: /^Pause/ }).waitFor();
    expect(await floor.innerText()).not.toContain('called, not started');
    // And the list still follows the queue: withdrawing the focused row takes it off the list.
    const before = (await names()).length;
    await page.locator('.queue li').first().focus();
    await page.keyboard.press('w');
    await expect.poll(async () => (await names()).length).toBe(before - 1);
    // Enter still picks a row up for a keyboard drag, and the list keeps following the queue meanwhile.
    const next = (await names()).length;
    await page.locator('.queue li').first().focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('w');
    await expect.poll(async () => (await names()).length).toBe(next - 1);
  });

  it('the speaker queue’s screen-reader sentences for a keyboard drag follow the console’s language', async () => {
    const page = await openPage(live.browser, live.server.url, 'vi');
    await showView(page, view('speakers'));
    await expect.poll(() => page.locator('#dnd-zone-active').textContent()).toBe('Nhấn Tab tới một dòng, rồi nhấn Enter để chọn và dùng phím mũi tên để chuyển.');
    const row = page.locator('.queue li').first();
    const name = await row.locator('.name').textContent();
    await row.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#dnd-action-aria-alert').textContent()).toMatch(new RegExp(`^Đang chuyển ${name}: dùng phím mũi tên để chuyển trong Hàng chờ`));
    await page.keyboard.press('Escape');
    await page.locator('header button', { hasText: 'English' }).click();
    await expect.poll(() => page.locator('#dnd-zone-active').textContent()).toBe('Tab to a row, then press Enter to pick it up and move it with the arrow keys.');
  });

  it('closing a show-of-hands vote before any count is recorded asks first', async () => {
    const page = await handsVoteShown(19, '48/NQ-HĐND', 'Nghị quyết về chương trình giám sát năm 2027');
    // Asked in the page, never by the browser: none of its dialogs may come up.
    const asked: string[] = [];
    page.removeAllListeners('dialog'); // openPage accepts every dialog; none is expected here
    page.on('dialog', (d) => {
      asked.push(d.message());
      void d.dismiss();
    });
    const question = page.getByRole('alertdialog');
    await page.keyboard.press('Alt+O');
    // Prepared for item 19 while another runs: opened once the chair says so.
    await question.locator('button.primary').click();
    const closeButton = page.getByRole('button', { name: /^Close the vote/ });
    await closeButton.waitFor();
    await page.keyboard.press('Alt+C');
    expect(await question.locator('p').textContent()).toBe('No count has been recorded for this vote. Closed now, nobody counts in favour and the resolution is not adopted. Close the vote?');
    await page.keyboard.press('Escape');
    await expect.poll(() => question.count()).toBe(0);
    await handled(page);
    expect(await closeButton.isVisible()).toBe(true); // still open
    // Ctrl+Z, the undo of every live view: with nothing recorded yet it would take back the opening
    // itself (tests/e2e/vote-open-undo.test.ts), and its button says so.
    await page.getByRole('button', { name: 'Undo: opening the vote' }).waitFor();
    // A count recorded (Enter) is taken back by Ctrl+Z, named on its button and in the toast.
    const forBox = page.getByLabel('In favour', { exact: true });
    await forBox.fill('27');
    await page.keyboard.press('Enter');
    const undoButton = page.getByRole('button', { name: 'Undo: the counts 27 in favour, 0 against, 0 abstaining' });
    await undoButton.waitFor();
    await page.locator('#vote-title').click();
    await page.keyboard.press('Control+z');
    await page.getByRole('status').getByText('Undone: the counts 27 in favour, 0 against, 0 abstaining').waitFor();
    await expect.poll(() => forBox.inputValue()).toBe('');
    expect(await undoButton.count()).toBe(0);
    // Counted, it closes without a question.
    await forBox.fill('22');
    await page.getByLabel('Against', { exact: true }).fill('3');
    await page.keyboard.press('Alt+C');
    await page.getByRole('button', { name: /^Announce/ }).waitFor();
    expect(asked).toEqual([]);
    // Closed, Ctrl+Z says how a vote is put right, and takes nothing back.
    await page.keyboard.press('Control+z');
    await page.getByRole('status').getByText('A closed vote’s counts are not undone: to change them, use “Correct the result” (Alt+D, with a reason) or “Hold the vote again” (Alt+L).').waitFor();
    await handled(page);
    expect(await page.locator('.detail div.for dd').textContent()).toMatch(/^22/);
  });

  it('Alt+O puts the keyboard in the first count, so a show of hands runs from the keyboard alone', async () => {
    const title = 'Nghị quyết kỳ họp thứ 11';
    const page = await handsVoteShown(22, '49/NQ-HĐND', title);
    await page.keyboard.press('Alt+O');
    // Prepared for item 22 while another runs: opened once the chair says so, in the page.
    await page.getByRole('alertdialog').locator('button.primary').click();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('count-for');
    await page.keyboard.type('24');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Alt+C');
    await page.getByRole('button', { name: /^Announce/ }).waitFor();
    await page.keyboard.press('Alt+A');
    await expect.poll(() => page.getByRole('button', { name: title }).textContent()).toContain('Announced · Adopted (24/30)');
    // A correction starts in its first count too.
    await page.getByRole('button', { name: 'Correct the result' }).click();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('fix-for');
  });

  it('once the morning is closed, Space starts the afternoon’s first item, not a morning item left over', async () => {
    const own = await serve(tempDataDir());
    try {
      const sitting = await seedSitting(own.url);
      const { run, close } = await seeder(own.url);
      await run('item.finish', { id: sitting.itemIds[2] });
      await run('sitting.close', { id: sitting.sittingIds[0] });
      await run('sitting.open', { id: sitting.sittingIds[1] });
      close();
      const page = await openPage(live.browser, own.url, 'en');
      await page.setViewportSize({ width: 1366, height: 768 });
      await showView(page, view('live'));
      await expect.poll(() => page.getByTestId('current-title').textContent()).toBe(ITEMS[8].title);
      await page.keyboard.press('Space');
      await page.getByRole('button', { name: /^Pause/ }).waitFor();
      expect(await page.getByRole('alertdialog').count()).toBe(0);
      await expect.poll(() => page.evaluate(() => (window as unknown as { __gavelState(): { timing: { liveItemId: number } } }).__gavelState().timing.liveItemId)).toBe(sitting.itemIds[8]);
    } finally {
      await own.stop();
    }
  });

  it('closing a sitting with items not taken up asks first, and says how many', async () => {
    const { run, close } = await seeder(live.server.url);
    await run('item.finish', { id: live.seeded.itemIds[2] });
    close();
    const page = await openPage(live.browser, live.server.url, 'en');
    await page.setViewportSize({ width: 1366, height: 768 });
    await showView(page, view('live'));
    // Asked in the page, not by the browser: no dialog may come up.
    page.removeAllListeners('dialog'); // openPage accepts every dialog; none is expected here
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const morning = page.getByRole('region', { name: 'Morning, 8 Dec 2026' });
    await morning.getByRole('button', { name: 'Close sitting' }).click();
    const ask = page.getByRole('alertdialog');
    await ask.waitFor();
    expect(await ask.locator('#ask-text').textContent()).toBe('Items of Morning, 8 Dec 2026 not taken up: 5. They stay unstarted and can be moved to another sitting. Close the sitting?');
    // The keyboard is on the safe choice; Esc keeps the sitting open.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Keep it openEsc');
    await page.keyboard.press('Escape');
    await expect.poll(() => ask.count()).toBe(0);
    await handled(page);
    expect(await morning.locator('.sstatus').textContent()).toBe('In progress');
    // Its button keeps it open too; Enter closes it.
    await morning.getByRole('button', { name: 'Close sitting' }).click();
    await ask.getByRole('button', { name: 'Keep it open' }).click();
    await expect.poll(() => ask.count()).toBe(0);
    await handled(page);
    expect(await morning.locator('.sstatus').textContent()).toBe('In progress');
    await morning.getByRole('button', { name: 'Close sitting' }).click();
    await ask.waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => morning.locator('.sstatus').textContent()).toBe('Closed');
    expect(dialogs).toEqual([]);
  });

  it('the confirmation toast over the queue does not take the clicks meant for the rows under it', async () => {
    const page = await openPage(live.browser, live.server.url, 'en');
    await page.setViewportSize({ width: 1366, height: 768 });
    await showView(page, view('speakers'));
    const box = page.getByRole('combobox', { name: 'Person' });
    await box.fill('30');
    await box.press('Enter');
    const toast = page.getByRole('status').filter({ hasText: 'added to the queue' });
    await toast.waitFor();
    const { x, y, width, height } = (await toast.locator('span').boundingBox())!;
    // Whatever is under the toast's middle gets the click, not the toast.
    expect(await page.evaluate(([cx, cy]) => document.elementFromPoint(cx, cy)?.closest('.toast') === null, [x + width / 2, y + height / 2])).toBe(true);
  });
});
