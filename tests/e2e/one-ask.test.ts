/**
 * Live's two questions and the Votes view's moved onto the console's one way to ask (src/lib/ask.ts):
 * answered through `answerAsk` as every other question is, the keyboard on Cancel where Enter must
 * be safe (a vote of another item), the step's button red where it loses something (a vote removed).
 * In Chromium against `npm run serve`, on the seeded morning (sitting.ts), at 1366×768.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { answerAsk, handled, openPage, showView, view } from './harness';
import { onSeededMorning } from './sitting';

const morning = onSeededMorning();
const shots = process.env.SHOTS;

const question = (page: Page) => page.locator('[data-ask] [role=alertdialog]');
/** The focused control's words, as a screen reader hears its name. */
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? null);
const status = (page: Page, id: number) => page.locator(`tr[data-item="${id}"] td:nth-child(2) .status`).textContent();

describe('the console’s one way to ask', () => {
  it.each(['vi', 'en'] as const)('Live asks what becomes of the item running, beside the ▶ clicked (%s); Cancel changes nothing', async (lang) => {
    const { itemIds } = morning.seeded;
    const page = await openPage(morning.browser, morning.server.url, lang);
    await page.setViewportSize({ width: 1366, height: 768 });
    await showView(page, view('live'));
    // The report (item 3) runs; ▶ on item 5 asks: finish it, pause it, or cancel.
    await page.locator(`tr[data-item="${itemIds[4]}"] .row-actions button`).first().click();
    await question(page).waitFor();
    const words = await question(page).getByRole('button').allTextContents();
    expect(words).toHaveLength(3);
    expect(words[0]).toMatch(lang === 'vi' ? /^Kết thúc/ : /^Finish it and start/);
    // Its first step, which Enter takes as the chair is used to, has the keyboard; nothing lost by it, so primary.
    expect(await focusedText(page)).toBe(words[0]);
    expect(await question(page).getByRole('button').first().getAttribute('class')).toContain('primary');
    if (shots) await page.screenshot({ path: `${shots}/one-ask-live-${lang}.png` });
    expect(await answerAsk(page, false)).toContain('Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế');
    await handled(page);
    expect(await status(page, itemIds[2])).toBe(lang === 'vi' ? 'Đang chạy' : 'Running');
    // The keyboard is back on the ▶ that asked.
    expect(await page.evaluate((id) => document.activeElement === document.querySelector(`tr[data-item="${id}"] .row-actions button`), itemIds[4])).toBe(true);
    await page.context().close();
  });

  it.each(['vi', 'en'] as const)('Votes asks before opening a vote of another item, the keyboard on Cancel (%s); removing a vote asks with a red button', async (lang) => {
    const page = await openPage(morning.browser, morning.server.url, lang);
    await page.setViewportSize({ width: 1366, height: 768 });
    await showView(page, view('votes'));
    const card = page.locator('[data-vote-card]').filter({ hasText: 'Nghị quyết về biên chế công chức năm 2027' });
    await card.click();
    await page.keyboard.press('Alt+O');
    await question(page).waitFor();
    // Enter must be safe here: the keyboard is on Cancel, and Enter there opens nothing.
    expect(await focusedText(page)).toBe(lang === 'vi' ? 'HủyEsc' : 'CancelEsc');
    expect(await question(page).getByRole('button').first().getAttribute('class')).toContain('primary');
    if (shots) await page.screenshot({ path: `${shots}/one-ask-vote-open-${lang}.png` });
    await page.keyboard.press('Enter');
    await question(page).waitFor({ state: 'detached' });
    await handled(page);
    expect(await page.locator('[data-vote-action=open]').isVisible()).toBe(true);
    // Asked again and answered through the harness: the same question, its Cancel. Item 19 not started,
    // the question says it would be marked held (votes/commands.ts heldByVote).
    await page.keyboard.press('Alt+O');
    expect(await answerAsk(page, false)).toMatch(
      lang === 'vi'
        ? /Vẫn bắt đầu biểu quyết\? Khi đó mục 19\. .*, chưa bắt đầu, được ghi là đã tiến hành \(thời gian vẫn tính cho mục 3\. .*; khi chưa ghi phiếu nào, Ctrl\+Z hoàn tác cả việc bắt đầu biểu quyết lẫn việc ghi này, còn nút Mở lại ở màn hình Điều hành chỉ hoàn tác việc ghi này\)\.$/
        : /Open this vote now\? Item 19\. .*, not started, is then marked as held \(its time runs on in 3\. .*; Ctrl\+Z takes the opening and the mark back while nothing is counted, Reopen in Live the mark alone\)\.$/,
    );
    await handled(page);
    expect(await page.locator('[data-vote-action=open]').isVisible()).toBe(true);

    // Remove: its step in the app's danger red, filled, its words white.
    await page.locator('[data-vote-action=remove]').click();
    await question(page).waitFor();
    const remove = question(page).getByRole('button').first();
    expect(await remove.getAttribute('class')).toContain('danger');
    expect(await remove.evaluate((b) => [getComputedStyle(b).backgroundColor, getComputedStyle(b).color])).toEqual(['rgb(180, 35, 24)', 'rgb(255, 255, 255)']);
    if (shots) await page.screenshot({ path: `${shots}/one-ask-vote-remove-${lang}.png` });
    await answerAsk(page, false);
    await handled(page);
    expect(await card.count()).toBe(1);
    await page.context().close();
  });
});
