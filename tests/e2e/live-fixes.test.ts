/**
 * The live sitting tried as a new user would (issue 15), in Chromium against `npm run serve`:
 * one test per bug that shows in the console.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, serve, tempDataDir, type Served } from './harness';
import { connectSeeder, seedSitting, type Sitting } from './sitting';

let browser: Browser;
const servers: Served[] = [];
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  for (const s of servers) await s.stop();
});

async function fresh(): Promise<Served> {
  const s = await serve(tempDataDir());
  servers.push(s);
  return s;
}

describe('council and sessions', () => {
  it('a first session takes the term just saved, and a session can be edited in place', async () => {
    const server = await fresh();
    const page = await openPage(browser, server.url, 'en');
    await page.getByLabel('Name of the council').fill('HĐND huyện Lương Sơn');
    await page.getByLabel('Term', { exact: true }).first().fill('4');
    await page.getByLabel('Total number of delegates').fill('35');
    await page.getByRole('button', { name: 'Save council' }).click();
    await page.getByText('Council saved').first().waitFor();
    expect(await page.locator('input[name=sessionTerm]').inputValue()).toBe('4');
    await page.locator('input[name=sessionTitle]').fill('Kỳ họp thường lệ');
    await page.getByRole('button', { name: 'Create session' }).click();
    await page.getByRole('cell', { name: /^Session 1, term IV$/ }).waitFor({ timeout: 5000 });
    await page.getByRole('button', { name: /^Edit session/ }).click();
    await page.locator('input[name=sessionTitle]').fill('Kỳ họp chuyên đề về đất đai');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('cell', { name: 'Kỳ họp chuyên đề về đất đai' }).waitFor();
    expect(await page.getByRole('row').count()).toBe(2);
  });
});
