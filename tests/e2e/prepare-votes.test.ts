/**
 * Preparing the province session's votes in Chromium, as the office would, by keyboard: the
 * programme imported from its Word file, then the office's Excel list of 22 draft resolutions
 * read into a preview (each matched to its agenda item), one row moved to another item, all
 * prepared in one step, and taken back whole by one Ctrl+Z in the Agenda view. Bad files are
 * refused with a sentence, changing nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { alerts, handled, landedOnAddedRow, onBrowser, openPage, seed, serve, showView, tempDataDir, type Served, view } from './harness';
import { RESOLUTION_NUMBERS, RESOLUTIONS } from '../fixtures/province/build';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/province');
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const AXE = fs.readFileSync(path.join(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');
const fixture = (name: string, mimeType: string) => ({ name, mimeType, buffer: fs.readFileSync(path.join(FIXTURES, name)) });

const chromium = onBrowser();

function votes(dataDir: string): { title: string; number: string; item: string | null; method: string }[] {
  const db = new Database(path.join(dataDir, 'gavel.sqlite'), { readonly: true });
  try {
    return db
      .prepare('SELECT v.resolution_title AS title, v.resolution_number AS number, a.title AS item, v.method FROM vote v LEFT JOIN agenda_item a ON a.id = v.agenda_item_id ORDER BY v.id')
      .all() as { title: string; number: string; item: string | null; method: string }[];
  } finally {
    db.close();
  }
}

/** Tabs forward until the focused element is `target` (at most `max` presses): the keyboard's way there. */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('never reached by Tab');
}

describe('preparing the session’s votes from the office’s files', () => {
  const dataDir = tempDataDir();
  let server: Served;
  afterAll(async () => {
    await server?.stop();
  });

  it('reads the list into a preview, prepares all 22 votes in one step, and one Ctrl+Z takes them back', async () => {
    server = await serve(dataDir);
    await seed(server.url, [
      { type: 'council.save', name: 'HĐND tỉnh Quảng Trị', level: 'province', term: 9, totalSeats: 80 },
      { type: 'session.create', number: 4, term: 9, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-10' },
    ]);
    const page = await openPage(chromium.browser, server.url, 'en');
    await showView(page, view('agenda'));
    // The programme, from the office's Word file.
    await page.getByText('Import a programme file').click();
    await page.getByLabel('Programme file (.xlsx, .csv or Word .docx)').setInputFiles(fixture('chuong-trinh-ky-hop.docx', DOCX));
    await page.getByRole('button', { name: /^Import the good rows/ }).click();
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'Biểu quyết thông qua các nghị quyết khác' }).count()).toBeGreaterThan(0);
    await landedOnAddedRow(page);

    // The block, opened by keyboard.
    const block = page.locator('summary', { hasText: 'Prepare the session’s votes' });
    await block.focus();
    await page.keyboard.press('Enter');
    const fileLabel = 'List of draft resolutions';

    // A file of the wrong kind, and a file that is not the list: a sentence each, nothing changed.
    await page.getByLabel(fileLabel).setInputFiles({ name: 'nghi-quyet.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
    await expect.poll(() => alerts(page).textContent()).toBe('Cannot read “nghi-quyet.pdf”: choose an .xlsx, .csv or .docx file.');
    await page.getByLabel(fileLabel).setInputFiles(fixture('danh-sach-dai-bieu.xlsx', XLSX));
    await expect.poll(() => alerts(page).textContent()).toMatch(/^No column of “danh-sach-dai-bieu.xlsx” is named for the resolutions’ titles/);
    await page.getByLabel(fileLabel).setInputFiles({ name: 'trong.csv', mimeType: 'text/csv', buffer: Buffer.from('STT,Tên dự thảo nghị quyết,Cơ quan trình\r\n') });
    await expect.poll(() => alerts(page).textContent()).toBe('“trong.csv” has a column of titles (line 1) but no resolution under it. Nothing was changed.');
    await handled(page);
    expect(votes(dataDir)).toEqual([]);

    // The office's list: 2 resolutions under their own items, 20 under "the other resolutions".
    await page.getByLabel(fileLabel).setInputFiles(fixture('danh-muc-du-thao-nghi-quyet.xlsx', XLSX));
    const preview = page.getByRole('table', { name: 'Votes to prepare' });
    await preview.waitFor();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'votes to prepare' }).textContent()).toContain(
      '22 votes to prepare: 2 matched by title, 20 under “',
    );
    expect(await preview.getByRole('row').count()).toBe(23);
    // The preview, as axe-core reads it (accessibility.test.ts checks the views with their blocks closed).
    await page.evaluate(AXE);
    const found = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: Element, o: object): Promise<{ violations: { id: string; nodes: { html: string }[] }[] }> } }).axe;
      const result = await axe.run(document.querySelector('.prepare-votes')!, { resultTypes: ['violations'] });
      return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.html.slice(0, 120)}`));
    });
    expect(found).toEqual([]);
    // The keyboard is in the first row's item; one resolution is moved to the programme's item for all of them.
    const last = RESOLUTIONS[21][0];
    const select = page.getByLabel(`Agenda item for “${last}”`);
    await tabTo(page, select);
    await select.selectOption({ label: (await select.locator('option', { hasText: 'Thông qua các nghị quyết của kỳ họp' }).textContent())! });
    await page.getByLabel('Voting method for all').selectOption('named');
    const commit = page.getByRole('button', { name: 'Prepare 22 votes' });
    await tabTo(page, commit);
    await page.keyboard.press('Enter');
    await expect.poll(() => votes(dataDir).length).toBe(22);
    // The keyboard stays in the block, on the list's file chooser, for the next list.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Choose a file…');
    const made = votes(dataDir);
    expect(made.every((v) => v.method === 'named')).toBe(true);
    const byTitle = new Map(made.map((v) => [v.title, v]));
    expect(byTitle.get(RESOLUTIONS[0][0])).toMatchObject({ item: 'Biểu quyết thông qua Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2027', number: RESOLUTION_NUMBERS[0] });
    expect(byTitle.get(RESOLUTIONS[5][0])).toMatchObject({ item: 'Biểu quyết thông qua các nghị quyết khác', number: RESOLUTION_NUMBERS[5] });
    expect(byTitle.get(last)).toMatchObject({ item: 'Thông qua các nghị quyết của kỳ họp' });
    await expect.poll(() => page.getByRole('button', { name: /^Undo: preparing 22 votes/ }).count()).toBe(1);

    // The same list again: all 22 are already there, none made twice.
    await page.getByLabel(fileLabel).setInputFiles(fixture('danh-muc-du-thao-nghi-quyet.xlsx', XLSX));
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'votes to prepare' }).textContent()).toContain('0 votes to prepare');
    await expect.poll(() => page.getByRole('button', { name: 'Prepare 0 votes' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Cancel' }).last().click();

    // One Ctrl+Z in the Agenda view takes the 22 back.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Control+z');
    await expect.poll(() => votes(dataDir).length).toBe(0);
    // The Votes view, empty again, says where to prepare them all.
    await showView(page, view('votes'));
    await page.getByTestId('prepare-all-hint').waitFor();
  });
});
