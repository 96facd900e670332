/**
 * Personnel's Undo in Chromium at 1366×768. Alt+O on a ballot by mistake, then Ctrl+Z: the vote is
 * a draft again and the keyboard on Start counting (before, the opening could not be taken back).
 * A draft sorted while another vote is counted: the counted vote keeps its last count as its Undo
 * and Ctrl+Z there takes that back, not the sort (before, its Undo went); of two drafts of the same
 * title only the one sorted offers it (before, both did: they were matched by title).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { failOnPageErrors, onBrowser, openPage, seed, serve, tempDataDir, type Served } from './harness';

const chromium = onBrowser();
const undoButton = (page: Page) => page.locator('[data-personnel-action=undo]');
const badge = (page: Page) => page.locator('article.detail header .badge');
const SAME = 'Ủy viên Ủy ban nhân dân xã';
const OPEN = 'Phó Chủ tịch Ủy ban nhân dân xã';

const basics = [
  { type: 'council.save', name: 'HĐND xã Tân Phước', level: 'commune', term: 1, totalSeats: 35 },
  { type: 'session.create', number: 3, term: 1, kind: 'regular', startDate: '2026-12-15', endDate: '2026-12-15' },
  { type: 'delegate.add', fullName: 'Đỗ Văn Ánh', seatNumber: 1 },
  { type: 'delegate.add', fullName: 'Nguyễn Ngọc Ân', seatNumber: 2 },
  { type: 'delegate.add', fullName: 'Trần Văn Anh', seatNumber: 3 },
  { type: 'delegate.add', fullName: 'Phạm Văn Đức', seatNumber: 4 },
] as const;

describe('personnel undo', () => {
  let server: Served | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it('Alt+O then Ctrl+Z puts the ballot back to a draft, the keyboard on Start counting (vi, then en)', async () => {
    server = await serve(tempDataDir());
    await seed(server.url, [
      ...basics,
      { type: 'personnel.prepare', kind: 'election', title: OPEN, people: [{ delegateId: 1, honorific: 'mr' }, { delegateId: 2, honorific: 'mr' }] },
      { type: 'personnel.committee', id: 1, head: 4 },
    ]);
    const words = {
      vi: { undo: `Hoàn tác: bắt đầu kiểm phiếu «${OPEN}»`, draft: 'Chưa mở', open: 'Đang kiểm phiếu', done: `Đã hoàn tác: bắt đầu kiểm phiếu «${OPEN}»` },
      en: { undo: `Undo: starting the count of “${OPEN}”`, draft: 'Not opened', open: 'Counting', done: `Undone: starting the count of “${OPEN}”` },
    };
    const page = await openPage(chromium.browser, server.url + '#personnel', 'vi');
    failOnPageErrors(page);
    await page.setViewportSize({ width: 1366, height: 768 });
    for (const lang of ['vi', 'en'] as const) {
      const w = words[lang];
      if (lang === 'en') await page.getByRole('button', { name: 'English', exact: true }).click();
      await page.locator('input[name=present]').fill('33');
      await page.keyboard.press('Alt+O');
      await expect.poll(() => badge(page).textContent()).toBe(w.open);
      await expect.poll(() => undoButton(page).textContent()).toContain(w.undo);
      if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/personnel-opened-${lang}.png` });

      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('Control+z');
      await expect.poll(() => badge(page).textContent()).toBe(w.draft);
      await expect.poll(() => page.locator('.toast span').first().textContent()).toContain(w.done);
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-personnel-action'))).toBe('open');
      expect(await page.evaluate(() => (window as unknown as { __gavelState(): { personnel: { status: string; openedAt: number | null }[] } }).__gavelState().personnel[0])).toMatchObject({ status: 'draft', openedAt: null });
    }
  });

  it('a draft sorted while another vote is counted: the counted vote keeps its count as its Undo, and only the draft sorted offers the sort', async () => {
    server = await serve(tempDataDir());
    await seed(server.url, [
      ...basics,
      { type: 'personnel.prepare', kind: 'election', title: OPEN, people: [{ delegateId: 1, honorific: 'mr' }, { delegateId: 3, honorific: 'mr' }] },
      { type: 'personnel.committee', id: 1, head: 4 },
      { type: 'personnel.open', id: 1, present: 33 },
      { type: 'personnel.ballots', id: 1, issued: 33, returned: 33, valid: 33, invalid: 0 },
      { type: 'personnel.count', id: 1, lines: [{ personId: 1, counts: { agree: 20 } }] },
      // Two drafts of the same post, their lists not yet in the order of given names.
      { type: 'personnel.prepare', kind: 'election', title: SAME, people: [{ delegateId: 2, honorific: 'mr' }, { delegateId: 1, honorific: 'mr' }] },
      { type: 'personnel.prepare', kind: 'election', title: SAME, people: [{ delegateId: 2, honorific: 'mr' }, { delegateId: 1, honorific: 'mr' }] },
    ]);
    const page = await openPage(chromium.browser, server.url + '#personnel', 'en');
    failOnPageErrors(page);
    await page.setViewportSize({ width: 1366, height: 768 });
    const show = (title: string, nth = 0) => page.getByRole('button', { name: `Show: ${title}`, exact: true }).nth(nth).click();
    const agree = () => page.evaluate(() => (window as unknown as { __gavelState(): { personnel: { people: { counts: { agree: number } }[] }[] } }).__gavelState().personnel[0].people[0].counts.agree);

    // The open vote is shown first, its last count offered.
    await expect.poll(() => undoButton(page).textContent()).toMatch(/^Undo: the counts of Đỗ Văn Ánh/);
    // The second draft sorted by given name.
    await show(SAME, 1);
    await page.getByRole('button', { name: 'Sort by given name', exact: true }).click();
    await expect.poll(() => undoButton(page).textContent()).toMatch(new RegExp(`^Undo: sorting “${SAME}” by given name`));
    // The first draft, of the same title, offers nothing.
    await show(SAME, 0);
    await page.locator('[data-personnel-action=sort]').waitFor();
    expect(await undoButton(page).count()).toBe(0);
    // The open vote still offers its count, and Ctrl+Z takes that back, not the sort.
    await show(OPEN);
    await expect.poll(() => undoButton(page).textContent()).toMatch(/^Undo: the counts of Đỗ Văn Ánh/);
    if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/personnel-counted-undo-en.png` });
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Control+z');
    await expect.poll(agree).toBe(0);
    await show(SAME, 1);
    await expect.poll(() => undoButton(page).textContent()).toMatch(/^Undo: sorting/);
    const names = await page.locator('[data-testid=personnel-grid] tbody tr[data-person]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-person')));
    expect(names).toEqual(['Đỗ Văn Ánh', 'Nguyễn Ngọc Ân']);
  });
});
