/**
 * The Roster's and the Agenda's imports as a secretary reaches them, for the tests of an office's
 * files and pasted lines: a council and its session on a server of their own, each import opened
 * by keyboard at the laptop's 1366×768, and lines pasted and previewed.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launch, seed, serve, showView, tempDataDir, view, type Served } from './harness';

type Lang = 'vi' | 'en';

/** The test file's Chromium and a server holding `council` and its `session`: started before its tests, stopped after them. */
export function importSetup(council: { name: string; level: 'province' | 'commune'; term: number; totalSeats: number }, session: { number: number; startDate: string; endDate: string }): { browser: Browser; server: Served } {
  const shared = {} as { browser: Browser; server: Served };
  beforeAll(async () => {
    shared.browser = await launch();
    shared.server = await serve(tempDataDir());
    await seed(shared.server.url, [
      { type: 'council.save', ...council },
      { type: 'session.create', term: council.term, kind: 'regular', ...session },
    ]);
  });
  afterAll(async () => {
    await shared.server?.stop();
    await shared.browser?.close();
  });
  return shared;
}

/** Opens a `<details>` by its summary, by keyboard, unless it is open already. */
async function openDetails(summary: Locator): Promise<void> {
  if (await summary.evaluate((s) => (s.parentElement as HTMLDetailsElement).open)) return;
  await summary.focus();
  await summary.press('Enter');
}

/** The Roster view's import (Alt+2), opened: its panel. */
export async function openRosterImport(page: Page): Promise<Locator> {
  await page.setViewportSize({ width: 1366, height: 768 });
  await showView(page, view('roster'));
  const panel = page.locator('details.import');
  await openDetails(panel.locator('> summary'));
  return panel;
}

/** The Agenda view's import (Alt+3), opened by its summary in the console's language: its panel. */
export async function openAgendaImport(page: Page, lang: Lang): Promise<Locator> {
  await page.setViewportSize({ width: 1366, height: 768 });
  await showView(page, view('agenda'));
  await openDetails(page.locator('details.block > summary').getByText(lang === 'vi' ? 'Nhập chương trình từ tệp' : 'Import a programme file', { exact: true }));
  return page.locator('.agenda-import');
}

/** Lines pasted into an import's field and previewed by keyboard: the field, whose lines stay there. */
export async function previewPasted(panel: Locator, text: string, lang: Lang): Promise<Locator> {
  const field = panel.getByLabel(lang === 'vi' ? 'Hoặc dán các dòng (từ Excel hoặc Word)' : 'Or paste lines (from Excel or Word)');
  await field.fill(text);
  await panel.getByRole('button', { name: lang === 'vi' ? 'Xem trước' : 'Preview', exact: true }).press('Enter');
  return field;
}
