/**
 * After a personnel vote is announced, the council adopts a resolution confirming its result: in
 * Chromium at 1366×768, Personnel offers to prepare it, and pressing it makes the vote under the same
 * programme item, titled in the hall's language, and opens Votes on it with its Open in hand. Pressed
 * again it goes to the same vote, never a second one. Both console languages; SHOTS=<folder> keeps
 * a screenshot of each step.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { onBrowser, openPage, seed, serve, tempDataDir, type Served } from './harness';

const chromium = onBrowser();
const shots = process.env.SHOTS;
const TITLE = 'Nghị quyết xác nhận kết quả bầu bổ sung Phó Chủ tịch Ủy ban nhân dân tỉnh';
const WORDS = {
  vi: { prepare: 'Chuẩn bị biểu quyết nghị quyết xác nhận kết quả', go: 'Đến biểu quyết nghị quyết xác nhận kết quả', open: 'Bắt đầu biểu quyết' },
  en: { prepare: 'Prepare the resolution confirming the result', go: 'Go to the resolution confirming the result', open: 'Open the vote' },
} as const;

describe.each(['vi', 'en'] as const)('the resolution confirming a personnel vote, console in %s', (lang) => {
  let server: Served | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it('is prepared once from Personnel under the same item and opened in Votes', async () => {
    const w = WORDS[lang];
    server = await serve(tempDataDir());
    await seed(server.url, [
      { type: 'council.save', name: 'HĐND tỉnh Hòa Bình', level: 'province', term: 16, totalSeats: 35 },
      { type: 'session.create', number: 11, term: 16, kind: 'thematic', hallLang: 'vi', startDate: '2026-12-08', endDate: '2026-12-08' },
      { type: 'delegate.add', fullName: 'Lương Xuân Quý', title: 'Đại biểu', seatNumber: 1 },
      { type: 'delegate.add', fullName: 'Trần Thị Hoa', title: 'Đại biểu', seatNumber: 2 },
      { type: 'agenda.add', title: 'Bầu bổ sung Phó Chủ tịch Ủy ban nhân dân tỉnh', kind: 'election', plannedMinutes: 30 },
      { type: 'personnel.prepare', kind: 'election', title: 'Phó Chủ tịch Ủy ban nhân dân tỉnh', posts: 1, agendaItemId: 1, people: [{ delegateId: 1 }] },
      { type: 'personnel.committee', id: 1, head: 2 },
      { type: 'personnel.open', id: 1, present: 33 },
      { type: 'personnel.ballots', id: 1, issued: 33, returned: 33, valid: 33, invalid: 0 },
      { type: 'personnel.count', id: 1, lines: [{ personId: 1, counts: { agree: 30, disagree: 3 } }] },
      { type: 'personnel.close', id: 1 },
    ]);
    const page = await openPage(chromium.browser, server.url + '#personnel', lang);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.locator('#personnel-title').waitFor();
    // Not offered before the result is announced.
    expect(await page.getByRole('button', { name: w.prepare }).count()).toBe(0);
    await seed(server.url, [{ type: 'personnel.announce', id: 1 }]);
    const prepare = page.getByRole('button', { name: w.prepare });
    await prepare.waitFor();
    if (shots) await page.screenshot({ path: `${shots}/personnel-resolution-${lang}.png` });
    await prepare.click();
    await page.waitForURL(/#votes$/);
    const open = page.getByRole('button', { name: new RegExp(w.open) });
    await open.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-vote-action'))).toBe('open');
    expect(await page.locator('[data-vote-card][aria-current=true] .title').textContent()).toBe(TITLE);
    if (shots) await page.screenshot({ path: `${shots}/personnel-resolution-votes-${lang}.png` });
    // Back in Personnel, the same button now goes to it; pressed, no second vote is made.
    await page.goBack();
    await page.getByRole('button', { name: w.go }).click();
    await page.waitForURL(/#votes$/);
    await page.locator('[data-vote-card]').first().waitFor();
    expect(await page.locator('[data-vote-card]').count()).toBe(1);
    expect(await page.locator('[data-vote-card][aria-current=true] .title').textContent()).toBe(TITLE);
  });
});
