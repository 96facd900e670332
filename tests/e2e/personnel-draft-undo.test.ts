/**
 * A draft's list put in the order ballots list people, by given name, with one button, and a
 * draft's edits as Ctrl+Z steps of their own: changing only one candidate's honorific is taken
 * back alone, the Undo button naming it. Before, a draft had no undo at all (Ctrl+Z said a closed
 * vote's counts are not undone) and its order was the order people were added.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { onBrowser, openPage, seed, serve, tempDataDir, type Served } from './harness';

const chromium = onBrowser();
const gridNames = (page: Page) => page.locator('[data-testid=personnel-grid] tbody tr[data-person]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-person')));
const undoButton = (page: Page) => page.locator('[data-personnel-action=undo]');

describe('a draft personnel vote', () => {
  let server: Served | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it('is sorted by given name with one button and each edit is its own Ctrl+Z step, named (en, then vi)', async () => {
    server = await serve(tempDataDir());
    await seed(server.url, [
      { type: 'council.save', name: 'HĐND xã Tân Phước', level: 'commune', term: 1, totalSeats: 35 },
      { type: 'session.create', number: 3, term: 1, kind: 'regular', startDate: '2026-12-15', endDate: '2026-12-15' },
      { type: 'delegate.add', fullName: 'Đỗ Văn Ánh', seatNumber: 1 },
      { type: 'delegate.add', fullName: 'Nguyễn Ngọc Ân', seatNumber: 2 },
      { type: 'delegate.add', fullName: 'Trần Văn Anh', seatNumber: 3 },
      { type: 'delegate.add', fullName: 'Phạm Văn Đức', seatNumber: 4 },
      {
        type: 'personnel.prepare',
        kind: 'election',
        title: 'Phó Chủ tịch Ủy ban nhân dân xã',
        posts: 2,
        people: [{ delegateId: 1, honorific: 'mr' }, { delegateId: 2, honorific: 'mr' }, { delegateId: 3, honorific: 'mr' }],
      },
      // Another vote being counted: the draft's steps are not its to take back.
      { type: 'personnel.prepare', kind: 'election', title: 'Ủy viên Ủy ban nhân dân xã', posts: 1, people: [{ delegateId: 1 }, { delegateId: 2 }] },
      { type: 'personnel.committee', id: 2, head: 4 },
      { type: 'personnel.open', id: 2, present: 33 },
    ]);
    const page = await openPage(chromium.browser, server.url + '#personnel', 'en');
    await page.getByRole('button', { name: 'Show: Phó Chủ tịch Ủy ban nhân dân xã', exact: true }).click();
    await page.locator('[data-personnel-action=sort]').waitFor();
    expect(await gridNames(page)).toEqual(['Đỗ Văn Ánh', 'Nguyễn Ngọc Ân', 'Trần Văn Anh']);
    expect(await undoButton(page).count()).toBe(0);

    // Sorted by given name: Anh, Ánh, Ân.
    await page.getByRole('button', { name: 'Sort by given name', exact: true }).click();
    await expect.poll(() => gridNames(page)).toEqual(['Trần Văn Anh', 'Đỗ Văn Ánh', 'Nguyễn Ngọc Ân']);
    await expect.poll(() => undoButton(page).textContent()).toMatch(/^Undo: sorting “Phó Chủ tịch Ủy ban nhân dân xã” by given name/);
    // The vote being counted does not offer the draft's sort (its Ctrl+Z took it back, unseen): its own opening.
    await page.getByRole('button', { name: 'Show: Ủy viên Ủy ban nhân dân xã', exact: true }).click();
    await page.locator('[data-personnel-action=sort]').waitFor({ state: 'detached' });
    expect(await undoButton(page).textContent()).toMatch(/^Undo: starting the count of “Ủy viên Ủy ban nhân dân xã”/);
    await page.getByRole('button', { name: 'Show: Phó Chủ tịch Ủy ban nhân dân xã', exact: true }).click();
    await undoButton(page).waitFor();

    // Only Nguyễn Ngọc Ân's honorific changed, in the draft's Edit (Alt+E): its own step, by name.
    await page.keyboard.press('Alt+E');
    await page.getByLabel('Honorific, Nguyễn Ngọc Ân', { exact: true }).selectOption('ms');
    await page.getByRole('button', { name: 'Save changes', exact: true }).click();
    await expect.poll(() => undoButton(page).textContent()).toMatch(/^Undo: the honorific of Nguyễn Ngọc Ân/);

    // Ctrl+Z takes back just that: the order stays sorted, the next step offered is the sort.
    await page.keyboard.press('Control+z');
    await expect.poll(() => undoButton(page).textContent()).toMatch(/^Undo: sorting/);
    expect(await gridNames(page)).toEqual(['Trần Văn Anh', 'Đỗ Văn Ánh', 'Nguyễn Ngọc Ân']);
    await page.keyboard.press('Alt+E');
    expect(await page.getByLabel('Honorific, Nguyễn Ngọc Ân', { exact: true }).inputValue()).toBe('mr');
    await page.keyboard.press('Escape');

    // In Vietnamese the button says it so; Ctrl+Z takes back the sort, and the list is as added.
    await page.getByRole('button', { name: 'Tiếng Việt', exact: true }).click();
    await expect.poll(() => undoButton(page).textContent()).toMatch(/^Hoàn tác: xếp «Phó Chủ tịch Ủy ban nhân dân xã» theo vần tên/);
    expect(await page.getByRole('button', { name: 'Xếp theo vần tên', exact: true }).count()).toBe(1);
    await page.keyboard.press('Control+z');
    await expect.poll(() => gridNames(page)).toEqual(['Đỗ Văn Ánh', 'Nguyễn Ngọc Ân', 'Trần Văn Anh']);
  });
});
