/**
 * A rough edge a new secretary met, in Chromium against `npm run serve` at 1366×768:
 * Votes: the first Tab stops are the new-vote form, then the list, and only then the rules and the export.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { onBrowser, openPage, seed, serve, showView, tempDataDir, view, type Served } from './harness';
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
});
