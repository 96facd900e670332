import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { handled, onBrowser, openPage, seed, serve, tempDataDir, type Served } from './harness';
import type { Command } from '../../electron/engine/commands';

const chromium = onBrowser();

/** Council, session, five voting delegates, a guest and a vote item, sent over the real WebSocket. */
/** Seeds the session; the hall speaks `hallLang`, the session's choice (vi unless told). */
async function seedVotes(url: string, extra: Command[] = [], hallLang: 'vi' | 'en' = 'vi'): Promise<void> {
  await seed(url, [
    { type: 'council.save', name: 'HĐND tỉnh Hòa Bình', level: 'province', term: 16, totalSeats: 58 },
    { type: 'session.create', number: 11, term: 16, kind: 'regular', hallLang, startDate: '2026-12-08', endDate: '2026-12-09' },
    ...['Nguyễn Văn Dũng', 'Trần Thị Hoa', 'Lê Văn Tám', 'Bùi Thị Lan', 'Đinh Công Sơn'].map((fullName, i) => ({ type: 'delegate.add' as const, fullName, seatNumber: i + 1 })),
    { type: 'delegate.add', fullName: 'Giám đốc Sở Tài chính', voting: false },
    { type: 'agenda.add', title: 'Biểu quyết thông qua các nghị quyết', kind: 'vote' },
    ...extra,
  ]);
}

/** The hall screen, which has no "Connected" line to wait for. */
async function openHall(url: string, lang: 'en' | 'vi'): Promise<Page> {
  const context = await chromium.browser.newContext({ locale: lang, viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.goto(url + 'hall');
  await page.locator('.screen header .council').getByText('HĐND tỉnh Hòa Bình').waitFor();
  return page;
}

async function createVote(page: Page, title: string, number: string) {
  await page.getByLabel('Resolution title').fill(title);
  await page.getByLabel('Resolution number').fill(number);
}

describe('votes in Chromium', () => {
  let server: Served | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it('runs a show-of-hands vote that survives kill -9 mid-vote, announces it on the hall screen, and exports CSV', async () => {
    const dataDir = tempDataDir();
    server = await serve(dataDir);
    await seedVotes(server.url, [], 'en');
    let page = await openPage(chromium.browser, server.url + '#votes', 'en');
    const hall = await openHall(server.url, 'en');

    await createVote(page, 'Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2027', '45/NQ-HĐND');
    await page.getByRole('button', { name: 'Create vote' }).click();
    await page.locator('.badge').getByText('Not opened').waitFor();
    await page.getByLabel('Number present').fill('52');
    await page.keyboard.press('Alt+o');
    await page.locator('.badge').getByText('Voting').waitFor();
    // The hall keeps a spaced dash with the word before it (a no-break space, keepDash).
    await expect.poll(() => hall.locator('[data-hall-vote=open]').textContent()).toContain('Nghị quyết về kế hoạch phát triển kinh tế\u00a0- xã hội năm 2027');
    expect(await hall.locator('.label').textContent()).toBe('Voting');

    // Counts beyond those present are refused with a sentence, and nothing is recorded.
    await page.getByLabel('In favour', { exact: true }).fill('50');
    await page.getByLabel('Against', { exact: true }).fill('2');
    await page.getByLabel('Abstain', { exact: true }).fill('1');
    await page.getByLabel('Abstain', { exact: true }).press('Enter');
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('In favour, against and abstaining add up to 53, more than the 52 present.');
    await page.getByLabel('In favour', { exact: true }).fill('28');
    await page.getByLabel('Abstain', { exact: true }).press('Enter');
    await expect.poll(() => page.locator('.margin').textContent()).toBe('Needs 30, has 28');
    expect(await page.locator('.still').textContent()).toBe('Can still pass (21 not yet counted)');

    // kill -9 in the middle of the vote: it is still open, with its counts, after a restart.
    await server.stop('SIGKILL');
    server = await serve(dataDir);
    await page.context().close();
    page = await openPage(chromium.browser, server.url + '#votes', 'en');
    await page.locator('.badge').getByText('Voting').waitFor();
    await expect.poll(() => page.locator('.margin').textContent()).toBe('Needs 30, has 28');

    await page.getByLabel('In favour', { exact: true }).fill('49');
    await page.keyboard.press('Alt+c'); // records the typed counts, then closes
    await page.locator('.badge').getByText('Closed').waitFor();
    await expect.poll(() => page.locator('.verdict strong').textContent()).toBe('Adopted');
    expect(await page.locator('[data-announcement=vi]').textContent()).toBe(
      'Có 49/58 đại biểu tán thành, chiếm 84,48% tổng số đại biểu Hội đồng nhân dân; 2 đại biểu không tán thành, chiếm 3,45%; 1 đại biểu không biểu quyết, chiếm 1,72%. Như vậy, Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2027 (số\u00a045/NQ-HĐND) đã được Hội đồng nhân dân thông qua.',
    );
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await page.getByRole('button', { name: 'Copy EN', exact: true }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('[data-announcement=en]').textContent());
    expect(await page.locator('[data-announcement=en]').textContent()).toMatch(/^49 of 58 delegates in favour, 84\.48% of the total number of council delegates;/);
    await page.keyboard.press('Alt+a');
    await page.locator('.badge').getByText('Announced').waitFor();

    const hall2 = await openHall(server.url, 'en');
    await expect.poll(() => hall2.locator('.verdict').textContent()).toBe('ADOPTED');
    expect(await hall2.locator('.row.for .pct').textContent()).toBe('84.48%');
    expect(await hall2.locator('.row.for .count').textContent()).toBe('49');

    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const bytes = fs.readFileSync((await file.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(2);
    // No presenting body typed: its column (after the resolution) is empty.
    expect(lines[1]).toContain('"Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2027","","1","More than 1/2 of total seats","Show of hands","52","Counted in the hall","58","49","2","1"');
    expect(lines[1]).toContain('"58","30","84.48","Adopted","1"');

    // Later in the session the chair puts this result back on the hall screen by choosing it.
    await page.keyboard.press('Alt+9');
    await page.getByRole('button', { name: 'Blank' }).click();
    await expect.poll(() => hall2.locator('.screen').getAttribute('data-mode')).toBe('blank');
    await page.getByLabel('Vote result to show').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Vote result' }).click();
    await expect.poll(() => hall2.locator('.screen').getAttribute('data-mode')).toBe('vote');
    await expect.poll(() => hall2.locator('.verdict').textContent()).toBe('ADOPTED');
  });

  it('runs a named vote by keyboard under a rule of those present, corrects it, and the hall shows the result', async () => {
    server = await serve(tempDataDir());
    await seedVotes(server.url);
    const page = await openPage(chromium.browser, server.url + '#votes', 'en');
    const hall = await openHall(server.url, 'vi');

    await createVote(page, 'Nghị quyết về dự toán ngân sách địa phương năm 2027', '46/NQ-HĐND');
    await page.locator('select[name=method]').selectOption('named');
    await page.locator('select[name=ruleKind]').selectOption('custom');
    await page.locator('select[name=base]').selectOption('present');
    await page.getByRole('button', { name: 'Create vote' }).click();
    await page.locator('.badge').getByText('Not opened').waitFor();
    expect(await page.locator('.meta').textContent()).toContain('more than 1/2 of delegates present');
    await expect.poll(() => page.getByLabel('Number present').inputValue()).toBe('5'); // the roster's voting delegates
    await page.getByRole('button', { name: /Open the vote/ }).click();
    await expect.poll(() => hall.locator('.label').textContent()).toBe('Đang biểu quyết');

    // Keys on the focused row mark and move on: for, for, against, abstain.
    await page.locator('[data-voter="0"]').focus();
    // Typed as fast as the keyboard goes, without waiting for the engine between keys.
    for (const key of ['1', 't', 'k', '3']) await page.keyboard.press(key);
    await expect.poll(() => page.locator('tr[data-voter]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-choice')))).toEqual(['for', 'for', 'against', 'abstain', '']);
    await expect.poll(() => page.locator('.margin').textContent()).toBe('Needs 3, has 2');
    await expect.poll(() => page.locator('[data-voter="4"]').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('1');
    await expect.poll(() => page.locator('.margin').textContent()).toBe('Needs 3, has 3');
    expect(await page.locator('.result .for small').textContent()).toBe('60.00%');

    await page.getByRole('button', { name: /Close the vote/ }).click();
    await page.locator('.badge').getByText('Closed').waitFor();
    await page.getByRole('button', { name: /Announce/ }).click();
    await expect.poll(() => hall.locator('.verdict').textContent()).toBe('ĐÃ THÔNG QUA');
    expect(await hall.locator('.row.for .pct').textContent()).toBe('60,00%');

    // A correction by mark: Trần Thị Hoa voted against, not for. Both versions stay.
    await page.getByRole('button', { name: 'Correct the result' }).click();
    await page.getByRole('button', { name: 'Trần Thị Hoa: against' }).click();
    await page.getByLabel('Reason for the correction').fill('Thư ký ghi nhầm');
    await page.getByRole('button', { name: 'Record correction' }).click();
    await expect.poll(() => page.locator('.versions tbody tr').count()).toBe(2);
    expect(await page.locator('.versions tbody tr').nth(1).textContent()).toContain('Thư ký ghi nhầm');
    expect(await page.locator('.versions tbody tr').nth(1).locator('.change').textContent()).toBe('Trần Thị Hoa → Against');
    await expect.poll(() => page.locator('.verdict strong').textContent()).toBe('Not adopted');
    await expect.poll(() => hall.locator('.verdict').textContent()).toBe('KHÔNG ĐƯỢC THÔNG QUA');
  });

  it('takes a roll call of the agenda’s sitting with two absentees, then a named vote lists only those present', async () => {
    server = await serve(tempDataDir());
    await seedVotes(server.url, [{ type: 'sitting.add', date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }]);
    const page = await openPage(chromium.browser, server.url + '#attendance', 'en');
    const hall = await openHall(server.url, 'vi');

    // The roll call is named after the sitting of the agenda, and two delegates are absent.
    await expect.poll(() => page.getByLabel('Sitting of the agenda').locator('option:checked').textContent()).toBe('Morning, 8 Dec 2026 (07:30–11:30)');
    await page.getByRole('button', { name: 'Start roll call' }).click();
    const seat = page.getByLabel('Seat number, then a key');
    await seat.waitFor();
    await seat.pressSequentially('2a4e');
    await expect.poll(() => page.getByTestId('present-count').textContent()).toBe('Present: 3 of 58 delegates (53 seats vacant)');
    // The roll call now taken is the current one, under the sitting's name.
    expect(await page.locator('.sitting select:not([name=agendaSitting]) option:checked').textContent()).toBe('Morning, 8 Dec 2026');

    await page.keyboard.press('Alt+8');
    await expect.poll(() => page.getByTestId('votes-present').textContent()).toContain('Present by the roll call of Morning, 8 Dec 2026: 3 of 58 delegates (53 seats vacant)');
    await createVote(page, 'Nghị quyết về dự toán ngân sách địa phương năm 2027', '46/NQ-HĐND');
    await page.locator('select[name=method]').selectOption('named');
    await page.getByRole('button', { name: 'Create vote' }).click();
    await page.locator('.badge').getByText('Not opened').waitFor();
    await expect.poll(() => page.getByLabel('Number present').inputValue()).toBe('3');
    expect(await page.getByTestId('present-hint').textContent()).toContain('Roll call of Morning, 8 Dec 2026: 3 voting delegates present.');
    await page.getByRole('button', { name: /Open the vote/ }).click();
    await page.locator('.badge').getByText('Voting').waitFor();
    expect(await page.locator('.meta').textContent()).toContain('Number present: 3 of 58 delegates (53 seats vacant)');

    // Only the three present are listed: Trần Thị Hoa (seat 2) and Bùi Thị Lan (seat 4) are not.
    await expect.poll(() => page.locator('tr[data-voter] .name').allTextContents()).toEqual(['Nguyễn Văn Dũng', 'Lê Văn Tám', 'Đinh Công Sơn']);
    await page.locator('[data-voter="0"]').focus();
    for (const key of ['1', '1', '2']) await page.keyboard.press(key);
    await expect.poll(() => page.locator('tr[data-voter]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-choice')))).toEqual(['for', 'for', 'against']);
    await page.getByRole('button', { name: /Close the vote/ }).click();
    await page.locator('.badge').getByText('Closed').waitFor();
    await page.getByRole('button', { name: /Announce/ }).click();
    // Two of 58 is far from more than half of the total seats: not adopted, and the hall says so.
    await expect.poll(() => hall.locator('.verdict').textContent()).toBe('KHÔNG ĐƯỢC THÔNG QUA');
    expect(await hall.locator('.row.for .pct').textContent()).toBe('3,45%');

    // The export names who voted which way and who was away, in seat order.
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const lines = fs.readFileSync((await file.path())!).toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toMatch(/"In favour \(names\)","Against \(names\)","Abstain \(names\)","Present, did not vote \(names\)","Absent \(names\)"$/);
    expect(lines[1]).toMatch(/"Nguyễn Văn Dũng; Lê Văn Tám","Đinh Công Sơn","","","Trần Thị Hoa; Bùi Thị Lan"$/);
  });

  it('back in Votes (Alt+8) while a vote is open, the chair types the counts at once; Ctrl+Z right after Enter takes them back', async () => {
    server = await serve(tempDataDir());
    await seedVotes(server.url, [
      { type: 'vote.create', resolutionTitle: 'Nghị quyết về dự toán ngân sách năm 2027', resolutionNumber: '45/NQ-HĐND', method: 'hands' },
      { type: 'vote.open', id: 1, present: 5 },
    ]);
    const page = await openPage(chromium.browser, server.url, 'vi');
    await page.keyboard.press('Alt+5');
    await page.keyboard.press('Alt+8');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('count-for');
    await page.keyboard.type('4');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /Hoàn tác: số phiếu 4 tán thành, 1 không tán thành, 0 không biểu quyết/ }).waitFor();
    // Still in the box: Ctrl+Z takes back what Enter recorded, and the boxes show it.
    await page.keyboard.press('Control+z');
    await page.getByRole('status').getByText('Đã hoàn tác: số phiếu 4 tán thành, 1 không tán thành, 0 không biểu quyết').waitFor();
    expect(await page.locator('input[name=count-for]').inputValue()).toBe('');
    expect(await page.locator('input[name=count-against]').inputValue()).toBe('');
  });
  it('an empty Against box looks as empty as the others; a box that is not a count is marked, says why, and sends nothing', async () => {
    server = await serve(tempDataDir());
    await seedVotes(server.url, [
      { type: 'vote.create', resolutionTitle: 'Nghị quyết về dự toán ngân sách năm 2027', method: 'hands' },
      { type: 'vote.open', id: 1, present: 5 },
    ]);
    const page = await openPage(chromium.browser, server.url + '#votes', 'vi');
    const box = (k: string) => page.locator(`input[name=count-${k}]`);
    const look = (k: string) => box(k).evaluate((el) => [getComputedStyle(el).borderColor, getComputedStyle(el).backgroundColor].join(' '));
    await box('for').waitFor();
    // Empty, and filled: Against's box is drawn as Abstaining's (it had a red border, read as an error).
    expect(await look('against')).toBe(await look('abstain'));
    expect(await look('for')).toBe(await look('abstain'));
    await box('against').fill('1');
    expect(await look('against')).toBe(await look('abstain'));
    expect(await page.locator('[aria-invalid]').count()).toBe(0);

    // "1,5" is not a count: that box alone is marked, and the sentence is its description.
    await box('against').fill('1,5');
    expect(await box('against').getAttribute('aria-invalid')).toBe('true');
    expect(await look('against')).not.toBe(await look('abstain'));
    const sentence = 'Không tán thành: hãy nhập một số nguyên, ví dụ 0 hoặc 12 (không phải «1,5»).';
    await expect.poll(() => page.getByRole('alert').allTextContents()).toEqual([sentence]);
    const described = await box('against').evaluate((el) => document.getElementById(el.getAttribute('aria-describedby')!)?.textContent);
    expect(described).toBe(sentence);
    // Enter and Alt+C send nothing and bring the keyboard back to that box.
    await box('for').fill('3');
    await box('for').press('Enter');
    await page.keyboard.press('Alt+c');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('count-against');
    await handled(page);
    expect(await page.getByRole('alert').allTextContents()).toEqual([sentence]);
    expect(await page.locator('.badge').textContent()).toBe('Đang biểu quyết');
    expect(await page.locator('.margin').textContent()).toBe('Cần 30 để thông qua');

    // Put right, it is an ordinary box again and the counts go through.
    await box('against').fill('1');
    expect(await box('against').getAttribute('aria-invalid')).toBeNull();
    expect(await page.getByRole('alert').count()).toBe(0);
    await box('against').press('Enter');
    await expect.poll(() => page.locator('.margin').textContent()).toBe('Cần 30, có 3');
  });
});
