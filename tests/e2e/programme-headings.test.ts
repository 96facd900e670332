/**
 * The office's two-day programme with a two-row header, imported in Chromium and run by keyboard:
 * Space and `n` pass the parts' headings of 0 minutes ("I. PHIÊN KHAI MẠC", "II. TRÌNH BÀY …") for
 * the next item that can be taken; the votes name sub-items by their number under their item; and the New vote form
 * defaults to the sub-item under way ("b) Thông qua dự thảo Nghị quyết …"), not its main item.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { commandSocket, landedOnAddedRow, launch, openPage, seed, serve, showView, tempDataDir, view, type Served } from './harness';
import { PROGRAMME_TWO_ROWS } from '../fixtures/province/build-programme-two-rows';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FILE = path.join(import.meta.dirname, '../fixtures/province', PROGRAMME_TWO_ROWS);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

function itemId(dataDir: string, title: string): number {
  const db = new Database(path.join(dataDir, 'gavel.sqlite'), { readonly: true });
  try {
    return (db.prepare('SELECT id FROM agenda_item WHERE title = ?').get(title) as { id: number }).id;
  } finally {
    db.close();
  }
}

describe('a programme with headings, run by keyboard', () => {
  const dataDir = tempDataDir();
  let server: Served;
  afterAll(async () => {
    await server?.stop();
  });

  it('imports the two-row header, passes headings with Space and n, and offers the sub-item under way for a new vote', async () => {
    server = await serve(dataDir);
    await seed(server.url, [
      { type: 'council.save', name: 'HĐND tỉnh Quảng Trị', level: 'province', term: 9, totalSeats: 35 },
      { type: 'session.create', number: 4, term: 9, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09' },
    ]);
    const page = await openPage(browser, server.url, 'en');
    await showView(page, view('agenda'));
    await page.getByText('Import a programme file').click();
    await page.getByLabel('Programme file (.xlsx, .csv or Word .docx)').setInputFiles({ name: PROGRAMME_TWO_ROWS, mimeType: XLSX, buffer: fs.readFileSync(FILE) });
    // Every row is good: the second header row is no item.
    await page.getByRole('button', { name: 'Import the good rows (27)' }).click();
    await expect.poll(() => page.getByRole('row', { name: /Thông qua dự thảo Nghị quyết về dự toán ngân sách địa phương năm 2027$/ }).count()).toBe(1);
    await landedOnAddedRow(page);

    await showView(page, view('live'));
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const current = () => page.getByTestId('current-title').textContent();
    // Space starts the first item that can be taken, past the opening's heading.
    await page.keyboard.press('Space');
    await expect.poll(current).toBe('Chào cờ');
    await page.keyboard.press('n');
    await expect.poll(current).toBe('Báo cáo số lượng đại biểu có mặt');
    await page.keyboard.press('n');
    await expect.poll(current).toBe('Diễn văn khai mạc kỳ họp');
    // Past "II. TRÌNH BÀY CÁC BÁO CÁO, TỜ TRÌNH" to its first report.
    await page.keyboard.press('n');
    await expect.poll(current).toBe('Báo cáo tình hình kinh tế\u00A0- xã hội năm 2026, kế hoạch năm 2027');
    const heading = itemId(dataDir, 'Trình bày các báo cáo, tờ trình');
    // The part is not started: its row says it is a part, with no ▶ of its own.
    await expect.poll(() => page.locator(`tr[data-item="${heading}"]`).getByText('Part', { exact: true }).count()).toBe(1);
    expect(await page.locator(`tr[data-item="${heading}"]`).getByRole('button', { name: /^Start / }).count()).toBe(0);

    // The second day's vote on the budget, a sub-item of "Biểu quyết thông qua các nghị quyết:", under way.
    const sub = itemId(dataDir, 'Thông qua dự thảo Nghị quyết về dự toán ngân sách địa phương năm 2027');
    const socket = await commandSocket(server.url);
    try {
      expect(await socket.send({ type: 'item.start', id: sub, current: 'finish' })).toMatchObject({ ok: true });
    } finally {
      socket.close();
    }
    await showView(page, view('votes'));
    const item = page.locator('select[name=agendaItem]');
    await expect.poll(() => item.inputValue()).toBe(String(sub));
    // Item 8 of the programme: "12 | Phát biểu giải trình …", numbered in STT under part IV, is that part's
    // sub-item (the questioning's closing explanation), not a main item of its own.
    expect(await item.locator('option:checked').textContent()).toBe('8.2. Thông qua dự thảo Nghị quyết về dự toán ngân sách địa phương năm 2027');
    // Created there by keyboard, with its presenting body.
    await page.locator('input[name=resolutionTitle]').fill('Nghị quyết về dự toán ngân sách địa phương năm 2027');
    await page.locator('input[name=presentedBy]').fill('UBND tỉnh');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('vote-presented-by').textContent()).toBe('Presented by: UBND tỉnh');
    await expect.poll(() => page.getByTestId('vote-item').textContent()).toContain('8.2. Thông qua dự thảo Nghị quyết về dự toán');
  });
});
