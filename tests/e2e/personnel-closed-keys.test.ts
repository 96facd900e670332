/**
 * A closed personnel vote put right from the keyboard, in Chromium, with the keys Votes gives a
 * closed vote: an election to one post that left it unfilled, Alt+D opens the correction on its
 * ballots (the keyboard in the first box), the correction is recorded with its reason and listed
 * in the vote's versions; the `?` sheet lists both keys while the vote is in hand, and still reads
 * at once at 1366×768; Alt+L holds the new round, in hand with the keyboard on its next step (with
 * no roll call, the number present), and the keys go with the closed vote. Both languages. SHOTS=<folder> keeps a screenshot of each step.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { onBrowser, openPage, seed, serve, tempDataDir, type Served } from './harness';

const chromium = onBrowser();
const shots = process.env.SHOTS;

const WORDS = {
  vi: {
    reason: 'Lý do đính chính',
    correct: 'Đính chính số phiếu',
    revote: 'Bầu lại (vòng mới)',
    correctKey: 'Đính chính số phiếu của cuộc bỏ phiếu đã kết thúc, ghi rõ lý do',
    revoteKey: 'Bầu lại (vòng mới) cho các chức danh còn thiếu người trúng cử',
    version2: 'Phiên bản 2',
    round: '(lần 2)',
    counting: 'Đang kiểm phiếu',
  },
  en: {
    reason: 'Reason for the correction',
    correct: 'Correct the counts',
    revote: 'New round',
    correctKey: 'Correct the closed vote’s counts, with a reason',
    revoteKey: 'Hold a new round of the election for the posts left unfilled',
    version2: 'Version 2',
    round: '(round 2)',
    counting: 'Counting',
  },
} as const;

/** A 35-seat council; two candidates for one post, 15 agreeing ballots each of 32 valid: the post is left unfilled. */
async function seedElection(url: string): Promise<void> {
  await seed(url, [
    { type: 'council.save', name: 'HĐND tỉnh Hòa Bình', level: 'province', term: 16, totalSeats: 35 },
    { type: 'session.create', number: 11, term: 16, kind: 'regular', hallLang: 'vi', startDate: '2026-12-08', endDate: '2026-12-09' },
    { type: 'delegate.add', fullName: 'Lương Xuân Quý', title: 'Đại biểu', seatNumber: 1 },
    { type: 'delegate.add', fullName: 'Trần Thị Hoa', title: 'Đại biểu', seatNumber: 2 },
    { type: 'delegate.add', fullName: 'Phạm Văn Đức', title: 'Đại biểu', seatNumber: 20 },
    { type: 'personnel.prepare', kind: 'election', title: 'Phó Chủ tịch Hội đồng nhân dân tỉnh', posts: 1, people: [{ delegateId: 1 }, { delegateId: 2 }] },
    { type: 'personnel.committee', id: 1, head: 3 },
    { type: 'personnel.open', id: 1, present: 33 },
    { type: 'personnel.ballots', id: 1, issued: 33, returned: 33, valid: 32, invalid: 1 },
    { type: 'personnel.count', id: 1, lines: [1, 2].map((personId) => ({ personId, counts: { agree: 15, disagree: 17 } })) },
    { type: 'personnel.close', id: 1 },
  ]);
}

describe.each(['vi', 'en'] as const)('a closed personnel vote in hand, in %s', (lang) => {
  let server: Served | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it('is corrected with Alt+D, the ? sheet lists both keys and fits, and Alt+L holds the new round', async () => {
    const w = WORDS[lang];
    server = await serve(tempDataDir());
    await seedElection(server.url);
    const page = await openPage(chromium.browser, server.url + '#personnel', lang);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.locator('#personnel-title').waitFor();
    // Beside each button, its key.
    for (const [name, key] of [[w.correct, 'Alt+D'], [w.revote, 'Alt+L']] as const) {
      const button = page.getByRole('button', { name });
      expect(await button.getAttribute('aria-keyshortcuts')).toBe(key);
      expect((await button.locator('.shortcut').textContent())?.replace(/\s/g, '')).toBe(key);
    }
    if (shots) await page.screenshot({ path: `${shots}/personnel-closed-${lang}.png` });

    // Alt+D: the correction opens, the keyboard in the ballots issued.
    await page.locator('#personnel-heading').focus();
    await page.keyboard.press('Alt+D');
    const issued = page.locator('form.correct .ballots input').first();
    await expect.poll(() => issued.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await issued.inputValue()).toBe('33');
    // The first candidate's sheet read again: 14 agreeing, 18 not.
    for (const [col, value] of [['agree', '14'], ['disagree', '18']]) {
      const cell = page.locator(`form.correct input[data-row="0"][data-col="${col}"]`);
      await cell.fill(value);
      await cell.press('Tab');
    }
    await page.getByLabel(w.reason).fill('Ban kiểm phiếu đọc nhầm một phiếu');
    if (shots) await page.screenshot({ path: `${shots}/personnel-correcting-${lang}.png` });
    await page.getByLabel(w.reason).press('Enter');
    await page.locator('form.correct').waitFor({ state: 'detached' });
    await page.locator('.versions li').filter({ hasText: w.version2 }).filter({ hasText: 'Ban kiểm phiếu đọc nhầm một phiếu' }).waitFor();

    // The `?` sheet lists both keys while the closed vote is in hand, and still reads at once.
    await page.locator('#personnel-heading').focus();
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
    if (shots) await page.screenshot({ path: `${shots}/personnel-sheet-${lang}.png` });
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });

    // Alt+L: the new round in hand, not yet opened, the committee kept; with no roll call taken, the
    // keyboard in the number present, its next step, and Alt+O starts the count.
    await page.keyboard.press('Alt+L');
    await expect.poll(() => page.locator('#personnel-title').textContent()).toContain(w.round);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('present');
    if (shots) await page.screenshot({ path: `${shots}/personnel-round2-${lang}.png` });
    // Escape leaves the box for the view, where `?` is not typed.
    await page.keyboard.press('Escape');
    await page.keyboard.press('?');
    await sheet.waitFor();
    expect(await sheet.textContent()).not.toContain(w.correctKey);
    expect(await sheet.textContent()).not.toContain(w.revoteKey);
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
    await page.locator('input[name=present]').fill('33');
    await page.keyboard.press('Alt+O');
    await page.locator('.badge').getByText(w.counting).waitFor();
    await page.context().close();
  });
});
