/**
 * A closed vote put right from the keyboard, in Chromium: Alt+D opens the correction on its
 * counts, the history names version 1 as the count recorded at the close (no reason, read as
 * none) and the correction with its reason; the `?` sheet lists both keys while the closed vote is
 * in hand, and still reads at once at 1366×768; Alt+L holds the vote again. Both languages.
 * SHOTS=<folder> keeps a screenshot of each step to look at.
 */
import { describe, expect, it } from 'vitest';
import { openPage, showView, view } from './harness';
import { onSeededMorning } from './sitting';

const morning = onSeededMorning();
const shots = process.env.SHOTS;

const WORDS = {
  vi: {
    card: 'Nghị quyết về kế hoạch đầu tư công năm 2027',
    closed: '1 Ghi nhận khi kết thúc biểu quyết',
    correction: '2 Đính chính',
    none: 'Không có: không phải đính chính',
    reason: 'Lý do đính chính',
    correctKey: 'Đính chính kết quả cuộc biểu quyết đã kết thúc (ghi rõ lý do)',
    revoteKey: 'Biểu quyết lại cuộc biểu quyết đã kết thúc, thành một lượt mới',
    round: 'lần 2',
  },
  en: {
    card: 'Nghị quyết về kế hoạch đầu tư công năm 2027',
    closed: '1 Recorded at the close',
    correction: '2 Correction',
    none: 'None: not a correction',
    reason: 'Reason for the correction',
    correctKey: 'Correct the closed vote’s result (with a reason)',
    revoteKey: 'Hold the closed vote again, as a new round',
    round: 'round 2',
  },
} as const;

describe.each(['vi', 'en'] as const)('a closed vote in hand, in %s', (lang) => {
  it('is corrected with Alt+D, its history reads as a secretary expects, and Alt+L holds it again', async () => {
    const w = WORDS[lang];
    const page = await openPage(morning.browser, morning.server.url, lang);
    await page.setViewportSize({ width: 1366, height: 768 });
    await showView(page, view('votes'));
    // The first round, closed (the Vietnamese pass leaves a second round of it, a draft, after it).
    await page.locator('[data-vote-card]').filter({ hasText: w.card }).first().click();
    const rows = page.locator('.versions tbody tr');
    const versionsBefore = await rows.count();

    // Alt+D: the correction opens on the counts, the keyboard in the first.
    await page.keyboard.press('Alt+D');
    const fixFor = page.locator('input[name="fix-for"]');
    await expect.poll(() => fixFor.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.locator('input[name="fix-against"]').fill('13');
    await page.locator('input[name="fix-abstain"]').fill('4');
    await page.getByLabel(w.reason).fill('Tổ kiểm phiếu đếm nhầm số phiếu không tán thành');
    await page.getByLabel(w.reason).press('Enter');
    await expect.poll(() => rows.count()).toBe(versionsBefore + 1);
    // Version 1: recorded at the close, no reason (a dash, read as none); the next, a correction with its reason.
    expect(await page.getByRole('rowheader').first().textContent()).toBe(w.closed);
    await page.getByRole('rowheader', { name: w.closed }).waitFor();
    await page.getByRole('rowheader', { name: w.correction }).waitFor();
    expect(await rows.first().getByRole('cell', { name: w.none }).textContent()).toContain('—');
    expect(await rows.first().textContent()).not.toMatch(/khi kết thúc\b(?! biểu quyết)|as closed/);
    expect(await rows.nth(1).textContent()).toContain('Tổ kiểm phiếu đếm nhầm số phiếu không tán thành');
    if (shots) await page.screenshot({ path: `${shots}/votes-corrected-${lang}.png` });

    // The `?` sheet lists both keys while the closed vote is in hand, and still reads at once.
    await page.locator('#votes-heading').focus();
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog');
    await sheet.waitFor();
    for (const [label, key] of [[w.correctKey, 'Alt+D'], [w.revoteKey, 'Alt+L']] as const) {
      const line = sheet.locator('li').filter({ hasText: label });
      expect((await line.locator('.shortcut').textContent())?.replace(/\s/g, '')).toBe(key);
    }
    const box = await sheet.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight, bottom: el.getBoundingClientRect().bottom }));
    expect(box.scroll).toBeLessThanOrEqual(box.client);
    expect(box.bottom).toBeLessThanOrEqual(768);
    if (shots) await page.screenshot({ path: `${shots}/votes-sheet-${lang}.png` });
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });

    // Alt+L: a new round, in hand and not yet opened, the keyboard on its Open; the two keys go with the closed vote.
    const cards = page.locator('[data-vote-card]');
    const before = await cards.count();
    await page.keyboard.press('Alt+L');
    await expect.poll(() => cards.count()).toBe(before + 1);
    await expect.poll(() => page.locator('[data-vote-card][aria-current=true]').textContent()).toContain(w.round);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-vote-action'))).toBe('open');
    await page.keyboard.press('?');
    await sheet.waitFor();
    expect(await sheet.textContent()).not.toContain(w.correctKey);
    await page.keyboard.press('Escape');
    await page.context().close();
  });
});
