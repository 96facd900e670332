/**
 * A counting-grid cell that holds a figure has its figure selected whole, as in a spreadsheet, so
 * what the secretary types replaces it: reached by a click, by Tab and Shift+Tab, by Enter down the
 * column, and clicked once the keyboard is in it. Before, a click in the cell Tab had taken her to
 * put the caret in the figure and her digits were appended ("2" then "30" gave "230", refused as
 * more than the ballots).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { onBrowser, openPage, seed, serve, tempDataDir, type Served } from './harness';

const chromium = onBrowser();

const cell = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const selected = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement;
    return { label: el.getAttribute('aria-label'), value: el.value, selected: el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0) };
  });
const total = (page: Page, name: string) => page.locator(`tr[data-person="${name}"] td.total`).textContent();

describe('a figure in the counting grid', () => {
  let server: Served | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it('is selected whole when its cell is clicked or tabbed to, so typing replaces it', async () => {
    server = await serve(tempDataDir());
    await seed(server.url, [
      { type: 'council.save', name: 'HĐND xã Tân Phước', level: 'commune', term: 1, totalSeats: 35 },
      { type: 'session.create', number: 3, term: 1, kind: 'regular', startDate: '2026-12-15', endDate: '2026-12-15' },
      { type: 'delegate.add', fullName: 'Nguyễn Ngọc Lan', seatNumber: 1 },
      { type: 'delegate.add', fullName: 'Trần Văn Bình', seatNumber: 2 },
      { type: 'delegate.add', fullName: 'Phạm Văn Đức', seatNumber: 3 },
      { type: 'personnel.prepare', kind: 'election', title: 'Phó Chủ tịch Ủy ban nhân dân xã', posts: 1, people: [{ delegateId: 1 }, { delegateId: 2 }] },
      { type: 'personnel.committee', id: 1, head: 3 },
      { type: 'personnel.open', id: 1, present: 33 },
      { type: 'personnel.ballots', id: 1, issued: 33, returned: 33, valid: 32, invalid: 1 },
      { type: 'personnel.count', id: 1, lines: [{ personId: 1, counts: { agree: 2, disagree: 12 } }, { personId: 2, counts: { agree: 30 } }] },
    ]);
    const page = await openPage(chromium.browser, server.url + '#personnel', 'en');
    const bình = 'In favour, Trần Văn Bình';
    await cell(page, bình).waitFor();

    // A click in the middle of "30": the whole figure is selected, and "2" replaces it.
    const box = (await cell(page, bình).boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    expect(await selected(page)).toEqual({ label: bình, value: '30', selected: '30' });
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');
    await expect.poll(() => total(page, 'Trần Văn Bình')).toBe('2/32');
    expect(await cell(page, bình).getAttribute('aria-invalid')).toBeNull();

    // Enter from the column's last row went to the top of the next column, its figure selected;
    // Shift+Tab back and Tab on: each figure selected whole.
    expect(await selected(page)).toEqual({ label: 'Against, Nguyễn Ngọc Lan', value: '12', selected: '12' });
    await page.keyboard.press('Shift+Tab');
    expect(await selected(page)).toEqual({ label: 'In favour, Nguyễn Ngọc Lan', value: '2', selected: '2' });
    await page.keyboard.press('Tab');
    expect(await selected(page)).toEqual({ label: 'Against, Nguyễn Ngọc Lan', value: '12', selected: '12' });
    await page.keyboard.type('11');
    await page.keyboard.press('Tab');
    await expect.poll(() => total(page, 'Nguyễn Ngọc Lan')).toBe('13/32');
    // Tab from a row's last cell goes to the next row's first, selected whole.
    expect(await selected(page)).toEqual({ label: bình, value: '2', selected: '2' });

    // Tabbed there, she clicks the cell to be sure: still selected whole, and "30" replaces "2".
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    expect(await selected(page)).toEqual({ label: bình, value: '2', selected: '2' });
    await page.keyboard.type('30');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => total(page, 'Trần Văn Bình')).toBe('30/32');
    expect(await cell(page, bình).getAttribute('aria-invalid')).toBeNull();
  });
});
