/**
 * A figure the counting grid cannot take (more than the ballots, not a number) is refused, and
 * the secretary's typing stays in its cell, marked invalid, with the reason beside it in the
 * console's language; nothing is recorded. Before, the cell went blank and her typing was lost,
 * the reason shown at the foot of the panel.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { onBrowser, openPage, seed, serve, tempDataDir, type Served } from './harness';

const chromium = onBrowser();

/** A 35-seat council electing one Vice Chair from two candidates, opened, 33 ballots of which 32 valid. */
async function seedElection(url: string): Promise<void> {
  await seed(url, [
    { type: 'council.save', name: 'HĐND xã Tân Phước', level: 'commune', term: 1, totalSeats: 35 },
    { type: 'session.create', number: 3, term: 1, kind: 'regular', startDate: '2026-12-15', endDate: '2026-12-15' },
    { type: 'delegate.add', fullName: 'Nguyễn Ngọc Lan', seatNumber: 1 },
    { type: 'delegate.add', fullName: 'Trần Văn Bình', seatNumber: 2 },
    { type: 'delegate.add', fullName: 'Phạm Văn Đức', seatNumber: 3 },
    { type: 'personnel.prepare', kind: 'election', title: 'Phó Chủ tịch Ủy ban nhân dân xã', posts: 1, people: [{ delegateId: 1 }, { delegateId: 2 }] },
    { type: 'personnel.committee', id: 1, head: 3 },
    { type: 'personnel.open', id: 1, present: 33 },
    { type: 'personnel.ballots', id: 1, issued: 33, returned: 33, valid: 32, invalid: 1 },
    { type: 'personnel.count', id: 1, lines: [{ personId: 1, counts: { agree: 20 } }] },
  ]);
}

const cell = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const reasonOf = (page: Page, label: string) =>
  cell(page, label).evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? null);
const total = (page: Page, name: string) => page.locator(`tr[data-person="${name}"] td.total`).textContent();

describe('a refused figure in the counting grid', () => {
  let server: Served | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it('keeps what was typed in its cell, marked invalid with the reason beside it (vi, then en), and records nothing', async () => {
    server = await serve(tempDataDir());
    await seedElection(server.url);
    const page = await openPage(chromium.browser, server.url + '#personnel', 'vi');
    let agree = 'Đồng ý, Trần Văn Bình';
    await cell(page, agree).waitFor();

    // More agreeing than valid ballots: refused by the engine.
    await cell(page, agree).fill('40');
    await cell(page, agree).press('Tab');
    await expect.poll(() => cell(page, agree).getAttribute('aria-invalid')).toBe('true');
    expect(await cell(page, agree).inputValue()).toBe('40');
    expect(await reasonOf(page, agree)).toBe('Không thể ghi 40 phiếu «đồng ý» cho Trần Văn Bình: các mức của người này cộng lại thành 40, nhiều hơn 32 phiếu hợp lệ.');
    expect(await page.getByRole('alert').count()).toBe(1);
    expect(await total(page, 'Trần Văn Bình')).toBe('0/32');

    // The console switched to English: the reason beside the cell follows.
    await page.getByRole('button', { name: 'English', exact: true }).click();
    agree = 'In favour, Trần Văn Bình';
    await expect
      .poll(() => reasonOf(page, agree))
      .toBe('Cannot record 40 “in favour” for Trần Văn Bình: this person’s levels would add up to 40, more than the 32 valid ballots.');

    // Not a number: refused before anything is sent, the typing kept.
    const disagree = 'Against, Nguyễn Ngọc Lan';
    await cell(page, disagree).fill('1,5');
    await cell(page, disagree).press('Enter');
    await expect.poll(() => cell(page, disagree).getAttribute('aria-invalid')).toBe('true');
    expect(await cell(page, disagree).inputValue()).toBe('1,5');
    expect(await reasonOf(page, disagree)).toBe('Against, Nguyễn Ngọc Lan: type a whole number, such as 0 or 12 (not “1,5”).');
    expect(await total(page, 'Nguyễn Ngọc Lan')).toBe('20/32');

    // Put right, each cell is recorded and its mark goes.
    await cell(page, agree).fill('12');
    await cell(page, agree).press('Tab');
    await expect.poll(() => total(page, 'Trần Văn Bình')).toBe('12/32');
    expect(await cell(page, agree).getAttribute('aria-invalid')).toBeNull();
    await cell(page, disagree).fill('12');
    await cell(page, disagree).press('Tab');
    await expect.poll(() => total(page, 'Nguyễn Ngọc Lan')).toBe('32/32');
    expect(await cell(page, disagree).getAttribute('aria-invalid')).toBeNull();
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});
