/**
 * A morning run by keyboard as a new chair and secretary would run it (round 19's trial), in
 * Chromium against `npm run serve` at 1366×768: one test per rough edge that showed in the browser.
 */
import { describe, expect, it } from 'vitest';
import { answerAsk, handled, openPage, seed, seeder, showView, view } from './harness';
import { onSeededMorning } from './sitting';

const live = onSeededMorning();

const focused = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    return e?.closest('[data-speech]')?.getAttribute('aria-label') ?? e?.id ?? e?.tagName ?? null;
  });

describe('a morning by keyboard at 1366×768', () => {
  it('withdrawing a waiting request (w on its row, or its ✕) keeps the keyboard in the queue and says whose it was', async () => {
    const page = await openPage(live.browser, live.server.url, 'en');
    await page.setViewportSize({ width: 1366, height: 768 });
    await showView(page, view('speakers'));
    const names = await page.locator('.queue li .name').allTextContents();
    expect(names).toHaveLength(4);

    // `w` on the second row: that request goes, the keyboard is on the row that took its place.
    await page.locator('.queue li').nth(1).focus();
    await page.keyboard.press('w');
    await expect.poll(() => page.locator('.queue li .name').allTextContents()).toEqual([names[0], names[2], names[3]]);
    await expect.poll(() => focused(page)).toBe(names[2]);
    await page.getByText(`Request of ${names[1]} withdrawn.`).waitFor();
    // Listed under what is done, whose heading no longer says that everyone in it spoke.
    await page.getByRole('heading', { name: 'Spoken or withdrawn', exact: true }).waitFor();
    // The keyboard goes on from there: `w` again takes the next one.
    await page.keyboard.press('w');
    await expect.poll(() => page.locator('.queue li .name').allTextContents()).toEqual([names[0], names[3]]);
    await expect.poll(() => focused(page)).toBe(names[3]);

    // The last row's ✕, by Enter: the keyboard goes up to the row above it.
    await page.getByRole('button', { name: `Withdraw ${names[3]}` }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.queue li .name').allTextContents()).toEqual([names[0]]);
    await expect.poll(() => focused(page)).toBe(names[0]);

    // Nobody left waiting: the keyboard is in the name box, ready for the next request.
    await page.keyboard.press('w');
    await expect.poll(() => page.locator('.queue li').count()).toBe(0);
    await expect.poll(() => focused(page)).toBe('speaker-person');
    await page.context().close();
  });

  it('calling a speaker out of turn from the queue keeps the keyboard in the queue, and Space starts the speech from there', async () => {
    const { run, close } = await seeder(live.server.url);
    // The discussion's queue, shown in the Speakers view; the report's speaker is still at the rostrum.
    for (const i of [21, 22, 23]) await run('speaker.request', { agendaItemId: live.seeded.itemIds[6], delegateId: live.seeded.delegateIds[i] });
    await run('speaker.focus', { agendaItemId: live.seeded.itemIds[6] });
    close();
    const page = await openPage(live.browser, live.server.url, 'en');
    await page.setViewportSize({ width: 1366, height: 768 });
    await showView(page, view('speakers'));
    const names = await page.locator('.queue li .name').allTextContents();
    expect(names).toHaveLength(3);
    await page.keyboard.press('f'); // the report's speech ends

    // The second in the queue is called out of turn: the keyboard is on the row that took its place.
    await page.getByRole('button', { name: `Call ${names[1]} now` }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('floor-name').textContent()).toBe(names[1]);
    await expect.poll(() => focused(page)).toBe(names[2]);
    // Space, from there, starts the speech called.
    await page.keyboard.press(' ');
    await page.getByRole('button', { name: /^Pause/ }).first().waitFor();
    await page.keyboard.press('f');

    // The first, called out of turn in its turn: the keyboard goes on to the row below.
    await page.getByRole('button', { name: `Call ${names[0]} now` }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('floor-name').textContent()).toBe(names[0]);
    await expect.poll(() => focused(page)).toBe(names[2]);
    await page.keyboard.press(' ');
    await page.getByRole('button', { name: /^Pause/ }).first().waitFor();
    await page.keyboard.press('f');

    // The last one waiting, called: the keyboard goes to the view's heading (in the name box Space
    // would type a space), and Space still starts the speech.
    await page.getByRole('button', { name: `Call ${names[2]} now` }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('floor-name').textContent()).toBe(names[2]);
    await expect.poll(() => focused(page)).toBe('spk-heading');
    await page.keyboard.press(' ');
    await page.getByRole('button', { name: /^Pause/ }).first().waitFor();
    await page.context().close();
  });

  it("a question's outcome is set from the keyboard: the form opens in its first field, and Save, Cancel or Esc give the keyboard back to the row", async () => {
    const page = await openPage(live.browser, live.server.url, 'en');
    await page.setViewportSize({ width: 1366, height: 768 });
    await showView(page, view('questions'));
    const outcomeOf = (n: number) => page.getByRole('button', { name: `Set the outcome of question ${n}` });
    const focusedLabel = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName ?? null);

    // Enter on the row's button: the keyboard is on the outcome shown, in the group named for the question.
    await outcomeOf(1).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[role=radiogroup]')?.getAttribute('aria-label') ?? null)).toBe('Outcome of question 1');
    // Esc closes the form, unchanged, and the keyboard is back on the row's button.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('tr.editing').count()).toBe(0);
    await expect.poll(focusedLabel).toBe('Set the outcome of question 1');
    const statusOf = (n: number) => page.locator('tr[data-question] .status').nth(n - 1).textContent();
    const before = await statusOf(1);

    // Esc from the note, with another outcome chosen and a note typed: nothing is saved.
    await page.keyboard.press('Enter');
    await page.locator('tr.editing input[type=radio][value=withdrawn]').check();
    await page.getByRole('textbox', { name: 'Note for the minutes' }).fill('Không lưu');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('tr.editing').count()).toBe(0);
    await expect.poll(focusedLabel).toBe('Set the outcome of question 1');
    expect(await statusOf(1)).toBe(before);
    expect(await page.locator('tr[data-question] .note').count()).toBe(0);

    // Enter on an outcome saves it, as the arrows chose it.
    await page.keyboard.press('Enter');
    await page.locator('tr.editing input[type=radio][value=next-session]').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await expect.poll(() => statusOf(1)).toBe('Next session');
    await expect.poll(focusedLabel).toBe('Set the outcome of question 1');

    // Written answer, saved by Enter: recorded, and the keyboard is back on the row, ready for the next one.
    await page.keyboard.press('Enter');
    await page.locator('tr.editing input[type=radio][value=written]').check();
    await page.getByRole('button', { name: 'Save' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('tr[data-question] .status').first().textContent()).toBe('Written answer');
    await expect.poll(focusedLabel).toBe('Set the outcome of question 1');

    // Cancel: the same.
    await outcomeOf(2).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Cancel' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(focusedLabel).toBe('Set the outcome of question 2');
    await page.context().close();
  });

  it('a backup restored from the Activity view shows the restored journal there at once, not the one it replaced', async () => {
    const page = await openPage(live.browser, live.server.url, 'en');
    await page.setViewportSize({ width: 1366, height: 768 });
    await showView(page, view('activity'));
    const backups = page.locator('[aria-labelledby="backups-heading"] tbody tr');
    const taken = await backups.count();
    await page.getByRole('button', { name: 'Back up now' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => backups.count()).toBe(taken + 1);
    // One command after the backup: the restored state will carry the same revision (the backup's, plus its restore line).
    const { run, close } = await seeder(live.server.url);
    await run('delegate.add', { fullName: 'Người thêm sau bản sao lưu', voting: false });
    close();
    const journal = page.locator('.journal tbody tr');
    await journal.first().getByText('Người thêm sau bản sao lưu').waitFor();
    await backups.filter({ hasText: 'Taken by hand' }).first().getByRole('button', { name: /Restore the backup of/ }).click();
    await answerAsk(page, true);
    await page.getByText('Backup restored.', { exact: false }).first().waitFor();
    // The journal on screen is the restored one: its restore line first, the later addition gone.
    await expect.poll(() => journal.first().textContent()).toMatch(/^.*Restored the backup of/);
    expect(await journal.filter({ hasText: 'Người thêm sau bản sao lưu' }).count()).toBe(0);
    await page.context().close();
  });

  it('q takes the keyboard to the speaker queue and ↑ ↓ go from row to row, so a call out of turn is a few keys', async () => {
    const { run, close } = await seeder(live.server.url);
    for (const i of [24, 25, 26, 27]) await run('speaker.request', { agendaItemId: live.seeded.itemIds[13], delegateId: live.seeded.delegateIds[i] });
    await run('speaker.focus', { agendaItemId: live.seeded.itemIds[13] });
    close();
    const page = await openPage(live.browser, live.server.url, 'en');
    await page.setViewportSize({ width: 1366, height: 768 });
    await showView(page, view('speakers'));
    const names = await page.locator('.queue li .name').allTextContents();
    expect(names).toHaveLength(4);
    await page.keyboard.press('q');
    await expect.poll(() => focused(page)).toBe(names[0]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focused(page)).toBe(names[2]);
    await page.keyboard.press('End');
    await expect.poll(() => focused(page)).toBe(names[3]);
    await page.keyboard.press('ArrowDown'); // the last row stays the last
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => focused(page)).toBe(names[2]);
    await page.keyboard.press('Home');
    await expect.poll(() => focused(page)).toBe(names[0]);
    // From a button of a row, too; the order of the queue is unchanged by all this.
    await page.getByRole('button', { name: `Call ${names[1]} now` }).focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focused(page)).toBe(names[2]);
    await handled(page);
    expect(await page.locator('.queue li .name').allTextContents()).toEqual(names);
    // Alt+↓ still moves the row, and the keyboard with it.
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => page.locator('.queue li .name').allTextContents()).toEqual([names[0], names[1], names[3], names[2]]);
    await expect.poll(() => focused(page)).toBe(names[2]);
    // The `?` sheet lists the key.
    await page.keyboard.press('?');
    await page.getByRole('dialog').getByText('Go to the queue (then ↑ ↓ from row to row)').waitFor();
    await page.keyboard.press('Escape');
    await page.context().close();
  });

  it('the broadcast caption shows a speech past its limit in a red that reads on its dark plate', async () => {
    // A one-second limit: the speech called now is past it at once. The council's rules are put back after.
    await seed(live.server.url, [
      { type: 'rules.save', limits: { speech: 1 } },
      { type: 'speaker.request', agendaItemId: live.seeded.itemIds[2], delegateId: live.seeded.delegateIds[29] },
      { type: 'speaker.focus', agendaItemId: live.seeded.itemIds[2] },
    ]);
    const { run, close } = await seeder(live.server.url);
    await run('speaker.next', {});
    await run('speaker.start', {});
    await run('overlay.set', { visible: true });
    close();
    const context = await live.browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const overlay = await context.newPage();
    await overlay.goto(`${live.server.url}overlay`);
    const timer = overlay.getByTestId('overlay-caption').getByRole('timer');
    await expect.poll(() => timer.getAttribute('class')).toContain('overrun');
    const ratio = await timer.evaluate((el) => {
      const lum = (c: string) => {
        const [r, g, b] = c.match(/\d+/g)!.slice(0, 3).map((v) => (Number(v) / 255 <= 0.03928 ? Number(v) / 255 / 12.92 : ((Number(v) / 255 + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      // Against the plate itself, opaque (over a picture it is darker still).
      const [a, b] = [lum(getComputedStyle(el).color), lum('rgb(11, 21, 38)')];
      return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    });
    expect(ratio).toBeGreaterThanOrEqual(4.5);
    await context.close();
    await seed(live.server.url, [{ type: 'rules.save' }, { type: 'overlay.set', visible: false }]);
  });

  it('a question slip removed or called now from its row leaves the keyboard on the slip that took its place', async () => {
    // Two more slips after the seeded ones (one of which may have been given its outcome above).
    const { run, close } = await seeder(live.server.url);
    const { id: respondentId } = await run('respondent.add', { delegateId: live.seeded.officialIds[1], agency: 'UBND xã' });
    for (const i of [16, 17]) await run('question.register', { askerId: live.seeded.delegateIds[i], respondentId, text: `Câu hỏi của đại biểu ghế ${i + 1}?` });
    close();
    const page = await openPage(live.browser, live.server.url, 'en');
    await page.setViewportSize({ width: 1366, height: 768 });
    await showView(page, view('questions'));
    const slips = page.locator('tr[data-slip]');
    const labels = () => slips.evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label')));
    const focusedSlip = () => page.evaluate(() => document.activeElement?.closest('[data-slip]')?.getAttribute('aria-label') ?? document.activeElement?.id ?? null);
    const before = await labels();
    expect(before.length).toBeGreaterThanOrEqual(3);
    // ✕ on the first slip: the keyboard is on the slip now first.
    await page.getByRole('button', { name: 'Remove slip 1' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(labels).toHaveLength(before.length - 1);
    const after = await labels();
    await expect.poll(focusedSlip).toBe(after[0]);
    // Called now from the last row: the keyboard goes up to the slip above it.
    await page.getByRole('button', { name: `Call now: slip ${after.length}` }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(labels).toHaveLength(after.length - 1);
    await expect.poll(focusedSlip).toBe((await labels())[after.length - 2]);
    await page.context().close();
  });
});
