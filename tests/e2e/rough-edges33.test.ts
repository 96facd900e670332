/**
 * Three rough edges a new secretary met, in Chromium against `npm run serve` at 1366×768:
 * - Votes: the first Tab stops are the new-vote form, then the list, and only then the rules and the export;
 * - a vote opened on an item not started, while another item runs, holds its own item (Live says so);
 * - requests typed while a report is read go to the discussion after it, and the view says so.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { answerAsk, onBrowser, openPage, seed, serve, showView, tempDataDir, view, type Served } from './harness';
import type { Command } from '../../electron/engine/commands';

const chromium = onBrowser();

const BASICS: Command[] = [
  { type: 'council.save', name: 'HĐND xã Tân Lạc', level: 'commune', term: 3, totalSeats: 6 },
  { type: 'session.create', number: 4, term: 3, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-08' },
  ...['Nguyễn Văn Dũng', 'Trần Thị Hoa', 'Lê Văn Tám', 'Phạm Thị Lan', 'Võ Văn Kiệt', 'Đặng Thị Mai'].map((fullName, i) => ({ type: 'delegate.add' as const, fullName, seatNumber: i + 1 })),
];

/** What has the keyboard, as a user would name it: a field's name, a button's words. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    if (el.hasAttribute('data-vote-card')) return 'vote card';
    return el.getAttribute('name') ?? el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName;
  });

describe('rough edges of the thirty-third pass, in Chromium', () => {
  let server: Served | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it('Votes: Tab goes through the new-vote form, then the list of votes, then the rules and the export', async () => {
    server = await serve(tempDataDir());
    await seed(server.url, [
      ...BASICS,
      { type: 'agenda.add', title: 'Biểu quyết thông qua các nghị quyết', kind: 'vote' },
      { type: 'vote.create', resolutionTitle: 'Nghị quyết về dự toán ngân sách năm 2027', method: 'hands', agendaItemId: 1 },
    ]);
    const page = await openPage(chromium.browser, server.url + '#live', 'en');
    await showView(page, view('votes'));
    const stops: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      stops.push(await focused(page));
    }
    expect(stops.slice(0, 8)).toEqual(['resolutionTitle', 'resolutionNumber', 'presentedBy', 'agendaItem', 'method', 'ruleKind', 'Create vote', 'vote card']);
    const card = stops.indexOf('vote card');
    expect(stops.indexOf('Change the council’s rules')).toBeGreaterThan(card);
    expect(stops.indexOf('Export CSV')).toBeGreaterThan(card);
  });

  it('a vote opened on an item not started, while another item runs, holds that item; the item under way runs on', async () => {
    server = await serve(tempDataDir());
    await seed(server.url, [
      ...BASICS,
      { type: 'agenda.add', title: 'Thảo luận về kinh tế - xã hội', kind: 'discussion' },
      { type: 'agenda.add', title: 'Biểu quyết thông qua nghị quyết', kind: 'vote' },
      { type: 'item.start', id: 1 },
      { type: 'vote.create', resolutionTitle: 'Nghị quyết về kế hoạch năm 2027', method: 'hands', agendaItemId: 2 },
    ]);
    const page = await openPage(chromium.browser, server.url + '#votes', 'en');
    await page.locator('[data-vote-card]').click();
    await page.locator('[data-vote-action=open]').click();
    // The chair is asked, as before, and told the vote's item will be held.
    expect(await answerAsk(page, true)).toContain('Item 2. Biểu quyết thông qua nghị quyết, not started, is then marked as held');
    await page.locator('.badge').getByText('Voting').waitFor();
    await showView(page, view('live'));
    const status = (id: number) => page.locator(`tr[data-item="${id}"] .status`).textContent();
    await expect.poll(() => status(2)).toBe('Finished');
    expect(await status(1)).toBe('Running');
    expect(await page.getByTestId('current-title').textContent()).toContain('Thảo luận về kinh tế');
  });

  it('requests typed while a report is read go to the discussion after it, said on screen; with none to come she is told and chooses', async () => {
    server = await serve(tempDataDir());
    await seed(server.url, [
      ...BASICS,
      { type: 'sitting.add', date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' },
      { type: 'sitting.add', date: '2026-12-08', part: 'afternoon', plannedStart: '13:30', plannedEnd: '17:00' },
      { type: 'agenda.add', title: 'Báo cáo tình hình kinh tế - xã hội năm 2026', kind: 'report' },
      { type: 'agenda.add', title: 'Thảo luận tại hội trường', kind: 'discussion' },
      { type: 'agenda.add', title: 'Báo cáo công tác phòng, chống tham nhũng', kind: 'report' },
      { type: 'agenda.assign', id: 1, sittingId: 1 },
      { type: 'agenda.assign', id: 2, sittingId: 1 },
      { type: 'agenda.assign', id: 3, sittingId: 2 },
      { type: 'item.start', id: 1 },
    ]);
    const page = await openPage(chromium.browser, server.url + '#speakers', 'en');
    const note = page.getByTestId('report-floor');
    await expect.poll(() => note.textContent()).toContain('For item 2: Thảo luận tại hội trường.');
    expect(await note.textContent()).toContain('Item 1, under way, is read at the rostrum');
    const itemBox = page.getByLabel('Agenda item');
    expect(await itemBox.inputValue()).toBe('2');
    const box = page.getByRole('combobox', { name: 'Person' });
    await box.fill('Hoa');
    await box.press('Enter');
    await expect.poll(() => page.locator('.queue li .name').allTextContents()).toEqual(['Trần Thị Hoa']);

    // The afternoon's report has no discussion after it: she is told, and chooses the item.
    await seed(server.url, [{ type: 'item.start', id: 3, current: 'finish' }]);
    await expect.poll(() => note.textContent()).toContain('no discussion follows it in this sitting');
    expect(await itemBox.inputValue()).toBe('3');
    await itemBox.selectOption('2');
    await expect.poll(() => note.count()).toBe(0);
    await box.fill('Tám');
    await box.press('Enter');
    await expect.poll(() => page.locator('.queue li .name').allTextContents()).toEqual(['Trần Thị Hoa', 'Lê Văn Tám']);
  });
});
