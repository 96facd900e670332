/**
 * Undo of the secretary's own work in Chromium, by keyboard: a person removed from the roster
 * comes back with Ctrl+Z, while Ctrl+Z typed in a box of the roster's form undoes the typing
 * only; a mis-typed roll-call mark is taken back by Ctrl+Z in the emptied seat box.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, serve, showView, tempDataDir, type Served } from './harness';
import { seedSitting, type Sitting } from './sitting';

let browser: Browser;
let server: Served;
let sitting: Sitting;
beforeAll(async () => {
  browser = await launch();
  server = await serve(tempDataDir());
  sitting = await seedSitting(server.url);
});
afterAll(async () => {
  await server?.stop();
  await browser?.close();
});

describe('undo of the roster and the roll call in Chromium', () => {
  it('brings back a person removed by mistake; Ctrl+Z in the name box undoes only the typing', async () => {
    const page = await openPage(browser, server.url, 'vi');
    await showView(page, { id: 'roster', keys: 'Alt+2' });
    // An official with no questions: one a secretary may remove (the harness accepts the question).
    await page.getByRole('button', { name: 'Xóa Quách Văn Toản' }).click();
    const undo = page.getByRole('button', { name: /^Hoàn tác: xóa đại biểu Quách Văn Toản/ });
    await undo.waitFor();
    await expect(page.locator('td.name', { hasText: 'Quách Văn Toản' }).count()).resolves.toBe(0);

    const name = page.getByRole('textbox', { name: 'Họ và tên' });
    await name.click();
    await page.keyboard.type('Trần Văn Tú');
    await page.keyboard.press('Control+z');
    // The browser's own undo of the typing (by its own steps), not the roster's.
    const left = await name.inputValue();
    expect(left).not.toBe('Trần Văn Tú');
    expect('Trần Văn Tú'.startsWith(left)).toBe(true);
    await expect(page.locator('td.name', { hasText: 'Quách Văn Toản' }).count()).resolves.toBe(0);

    // Out of the box, the console's undo.
    await page.keyboard.press('Escape');
    await page.locator('h2#roster-heading').click();
    await page.keyboard.press('Control+z');
    await page.locator('td.name', { hasText: 'Quách Văn Toản' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Đã hoàn tác: xóa đại biểu Quách Văn Toản' }).waitFor();
    await page.context().close();
  });

  it('takes back a mark typed in the seat box with Ctrl+Z there, naming the person and the mark', async () => {
    const page = await openPage(browser, server.url, 'en');
    await showView(page, { id: 'attendance', keys: 'Alt+4' });
    const box = page.getByRole('textbox', { name: 'Seat number, then a key' });
    await box.click();
    await page.keyboard.type('22');
    await page.keyboard.press('a');
    const person = page.getByTestId('att-person').filter({ hasText: 'Nguyễn Văn Dung' });
    await expect(person.getAttribute('aria-label')).resolves.not.toBeNull();
    await page.getByRole('button', { name: /^Undo: Nguyễn Văn Dung marked absent/ }).waitFor();
    await expect(person.getAttribute('class')).resolves.toMatch(/absent/);
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => !document.querySelector('[data-testid=att-person].absent .name')?.textContent?.includes('Nguyễn Văn Dung'));
    await expect(person.getAttribute('class')).resolves.toMatch(/present/);
    // The previous mark of the seeding is offered next: the late arrival of seat 14.
    await page.getByRole('button', { name: /^Undo: Đặng Văn Bình marked late/ }).waitFor();
    expect(sitting.delegateIds).toHaveLength(35);
    await page.context().close();
  });
});
