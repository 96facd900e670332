/**
 * The questioning sitting by keyboard, round 22, in Chromium against `npm run serve` at 1366×768 on
 * the seeded morning (two slips registered): `d` before the answer has begun says how to begin it;
 * `n` over a question called but not begun says where it went; a follow-up passed over reads "Not
 * asked" in the log, counted under no outcome; the log's outcome is chosen by the arrows and saved by
 * Enter; a question still waiting when its item ends reads "Not asked" too. The tests share one
 * server and run in order.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { alerts, handled, openPage, seeder, showView, view } from './harness';
import { ITEMS, onSeededMorning } from './sitting';

const live = onSeededMorning();

async function questionsAt1366(lang: 'vi' | 'en'): Promise<Page> {
  const page = await openPage(live.browser, live.server.url, lang);
  await page.setViewportSize({ width: 1366, height: 768 });
  await showView(page, view('questions'));
  await page.locator('#live-heading').focus();
  return page;
}

const asker = (page: Page, n: number) =>
  page.evaluate((k) => {
    const s = (window as unknown as { __gavelState(): { questions: { list: { askerId: number; parentId: number | null }[] }; delegates: { id: number; fullName: string }[] } }).__gavelState();
    const roots = s.questions.list.filter((q) => q.parentId === null);
    return s.delegates.find((d) => d.id === roots[k].askerId)!.fullName;
  }, n);

/** Presses `key` on the Questions view and waits for the live panel's heading to say what it did. */
async function press(page: Page, key: string, heading: RegExp) {
  await page.keyboard.press(key);
  await expect.poll(() => page.locator('#live-heading').textContent()).toMatch(heading);
}

/** The toast's sentence appears once, and is still once when the server has answered the key (not said twice). */
async function saidOnce(page: Page, sentence: string) {
  await expect.poll(() => page.getByText(sentence, { exact: true }).count()).toBe(1);
  await handled(page);
  expect(await page.getByText(sentence, { exact: true }).count()).toBe(1);
}

describe('the questioning sitting by keyboard', () => {
  it('d before the answer has begun says to start it; n over a called follow-up says it goes back; the log reads "Not asked"', async () => {
    const page = await questionsAt1366('en');
    const first = await asker(page, 0);
    await press(page, 'n', /^Question · called, not started$/);
    await press(page, ' ', /^Question$/);
    await press(page, 'a', /^Answer · called, not started$/);
    // `d` with the respondent called, the clock not started: how to start, not "not answered in the sitting".
    await page.keyboard.press('d');
    await expect.poll(() => alerts(page).allTextContents(), { timeout: 10_000 }).toContain('The answer has not begun: start it (Space), then mark it answered (d).');
    await press(page, ' ', /^Answer$/);
    await page.keyboard.press('d');
    await expect.poll(() => page.locator('tr[data-question] .status').first().textContent()).toBe('Answered in the sitting');
    // A follow-up, called and passed over by `n`: said once, where it went.
    await page.keyboard.press('r');
    await page.keyboard.type('Đề nghị nêu rõ thời hạn hoàn thành.');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.id)).toBe('live-heading');
    await page.keyboard.press('n');
    await saidOnce(page, `${first} had not begun the follow-up: it goes back to the head of the queue.`);
    // In the log: "Not asked", not its question's "Answered"; Follow-ups 0 with no "+ 1 follow-up".
    const row = page.locator('tr[data-question]').filter({ hasText: 'Đề nghị nêu rõ thời hạn hoàn thành.' });
    expect(await row.locator('.status').textContent()).toBe('Not asked');
    expect(await page.locator('[data-fig="followUps"]').textContent()).toBe('0');
    expect(await page.locator('[data-fig-follow-ups]').count()).toBe(0);
    await page.context().close();
  });

  it('in Vietnamese: n over a called question says it goes back to its place; d before the answer says to start it', async () => {
    const page = await questionsAt1366('vi');
    const second = await asker(page, 1);
    await page.locator('tr[data-question]').nth(2).waitFor();
    expect(await page.locator('tr[data-question]').filter({ hasText: 'Đề nghị nêu rõ thời hạn hoàn thành.' }).locator('.status').textContent()).toBe('Chưa hỏi');
    // The second slip is on the floor, called: `n` passes it over and calls the follow-up, first in line.
    await page.keyboard.press('n');
    await saidOnce(page, `${second} chưa bắt đầu hỏi: câu hỏi trở về vị trí cũ trong hàng chờ.`);
    await expect.poll(() => page.locator('#live-heading').textContent()).toBe('Chất vấn lại · đã mời, chưa bắt đầu');
    await press(page, ' ', /^Chất vấn lại$/);
    await press(page, 'a', /^Trả lời · đã mời, chưa bắt đầu$/);
    await page.keyboard.press('d');
    await expect.poll(() => alerts(page).allTextContents(), { timeout: 10_000 }).toContain('Phần trả lời chưa bắt đầu: hãy bắt đầu (Space), rồi đánh dấu đã trả lời (d).');
    await page.context().close();
  });

  for (const lang of ['en', 'vi'] as const) {
    it(`a question's outcome is chosen by the arrows and saved by Enter (${lang})`, async () => {
      const page = await questionsAt1366(lang);
      const mark = page.getByRole('button', { name: lang === 'en' ? 'Set the outcome of question 2' : 'Ghi kết quả câu hỏi 2', exact: true });
      await mark.focus();
      await page.keyboard.press('Enter');
      // The keyboard is on the outcome shown, in a group named for the question.
      const group = page.getByRole('radiogroup', { name: lang === 'en' ? 'Outcome of question 2' : 'Kết quả câu hỏi 2', exact: true });
      await group.waitFor();
      const pending = group.getByRole('radio', { name: lang === 'en' ? 'Pending' : 'Chưa xử lý', exact: true });
      await expect.poll(() => pending.evaluate((el) => el === document.activeElement)).toBe(true);
      // Two steps on: "Written answer"; Enter saves it, and the keyboard is back on the row.
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      const written = lang === 'en' ? 'Written answer' : 'Trả lời bằng văn bản';
      expect(await group.getByRole('radio', { name: written, exact: true }).isChecked()).toBe(true);
      await page.keyboard.press('Enter');
      const row = page.locator('tr[data-question]').nth(2);
      await expect.poll(() => row.locator('.status').textContent()).toBe(written);
      await expect.poll(() => mark.evaluate((el) => el === document.activeElement)).toBe(true);
      // Back to pending for the other language's run.
      await page.keyboard.press('Enter');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Enter');
      await expect.poll(() => row.locator('.status').textContent()).toBe(lang === 'en' ? 'Pending' : 'Chưa xử lý');
      await page.context().close();
    });
  }

  it('a question still waiting when its item ends reads "Not asked", as a follow-up passed over does (en, vi)', async () => {
    const page = await questionsAt1366('en');
    const row = page.locator('tr[data-question]').nth(2);
    // Its item (the programme's questioning) not over: still to come.
    await expect.poll(() => row.locator('.status').textContent()).toBe('Pending');
    const { run, close } = await seeder(live.server.url);
    await run('item.skip', { id: live.seeded.itemIds[ITEMS.findIndex((i) => i.kind === 'questioning')] });
    close();
    await expect.poll(() => row.locator('.status').textContent()).toBe('Not asked');
    await row.scrollIntoViewIfNeeded();
    await page.context().close();
    const vi = await questionsAt1366('vi');
    await expect.poll(() => vi.locator('tr[data-question]').nth(2).locator('.status').textContent()).toBe('Chưa hỏi');
    await vi.locator('tr[data-question]').nth(2).scrollIntoViewIfNeeded();
    await vi.context().close();
  });

  it('Escape in a plain text box (the agency) gives the keyboard back to the view: `/` then goes to the asker, not into the box', async () => {
    const page = await questionsAt1366('en');
    await page.getByRole('button', { name: 'Respondents and topics', exact: true }).click();
    const agency = page.getByLabel('Agency', { exact: true });
    await agency.fill('UBND xã');
    await agency.focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => agency.evaluate((el) => el === document.activeElement)).toBe(false);
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    expect(await agency.inputValue()).toBe('UBND xã');
    // Escape's own uses are kept: the `?` sheet opened from the page closes with Escape.
    await page.keyboard.press('Escape');
    await page.keyboard.press('?');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.context().close();
  });
});

