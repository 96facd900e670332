import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatClock } from '../../common/timing/timer';
import { onBrowser, openPage, seed, serve, tempDataDir, type Served } from './harness';
import { xlsxBuffer } from '../xlsx';

const chromium = onBrowser();

interface ItemRow {
  id: number;
  title: string;
  status: string;
  accumulated_ms: number;
  started_at: number | null;
  segments_ms: number;
  segments: number;
}

/** What the engine persisted, read from the SQLite file beside the running server. */
function persisted(dataDir: string): ItemRow[] {
  const db = new Database(path.join(dataDir, 'gavel.sqlite'), { readonly: true });
  try {
    return db
      .prepare(
        `SELECT a.id, a.title, a.status, a.accumulated_ms, a.started_at,
                coalesce(sum(s.ended_at - s.started_at), 0) AS segments_ms, count(s.id) AS segments
         FROM agenda_item a LEFT JOIN item_segment s ON s.item_id = a.id AND s.ended_at IS NOT NULL
         GROUP BY a.id ORDER BY a.position`,
      )
      .all() as ItemRow[];
  } finally {
    db.close();
  }
}

const elapsedText = (page: Page) => page.getByTestId('current-elapsed').textContent();
/** Waits until the current item has run at least `s` whole seconds by the console's clock. */
async function runFor(page: Page, s: number) {
  await expect.poll(async () => Number(/^\s*(\d+):(\d\d)/.exec((await elapsedText(page)) ?? '')?.slice(1).reduce((m, x) => m * 60 + Number(x), 0)), { timeout: 20_000 }).toBeGreaterThanOrEqual(s);
}

/** Presses a key and waits for the console to show the item's new status, as a chair would look. */
async function press(page: Page, key: string, status: string) {
  await page.keyboard.press(key);
  await expect.poll(() => page.getByTestId('current-status').textContent()).toBe(status);
}

describe('running the agenda live in Chromium', () => {
  const dataDir = tempDataDir();
  let server: Served;

  afterAll(async () => {
    await server?.stop();
  });

  it('imports, runs three items with pauses, and finds exact times after reload, restart and kill -9', async () => {
    server = await serve(dataDir);
    await seed(server.url, [
      { type: 'council.save', name: 'HĐND tỉnh Hòa Bình', level: 'province', term: 16, totalSeats: 58 },
      { type: 'session.create', number: 11, term: 16, kind: 'regular', hallLang: 'en', startDate: '2026-12-08', endDate: '2026-12-09' },
    ]);
    const page = await openPage(chromium.browser, server.url + '#live', 'en');
    await page.getByRole('heading', { name: 'Import an agenda' }).waitFor();

    // A malformed row is named in the preview; only the good rows would be imported.
    const paste = page.getByLabel('Or paste lines (from Excel or Word)');
    await paste.fill('Báo cáo kinh tế - xã hội\tbáo cáo\tChủ tịch UBND\t15\t2026-12-08 sáng\nThẩm tra\tthẩm định\t\t10');
    await page.getByRole('button', { name: 'Preview' }).click();
    await expect.poll(() => page.getByTestId('import-problems').textContent()).toContain('Unknown kind “thẩm định”');
    expect(await page.getByRole('button', { name: 'Import the good rows (1)' }).isEnabled()).toBe(true);

    await paste.fill(
      [
        'Báo cáo kinh tế - xã hội\tbáo cáo\tChủ tịch UBND\t15\t2026-12-08 sáng',
        '- Báo cáo thẩm tra\tthẩm tra\tTrưởng ban KT-NS\t10\t2026-12-08 sáng',
        'Thảo luận tại hội trường\tthảo luận\t\t60\t2026-12-08 sáng',
      ].join('\n'),
    );
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByRole('button', { name: 'Import the good rows (3)' }).click();
    await page.getByRole('region', { name: 'Morning, 8 Dec 2026' }).waitFor();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

    const hall = await chromium.browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'en' });
    await hall.goto(server.url + 'hall');
    // Before anything runs, the hall shows the programme, everything still to come.
    await hall.locator('[data-content="auto:agenda"]').getByText('Thảo luận tại hội trường').waitFor();

    // Item 1: run, pause, run again; the hall follows.
    await press(page, 'Space', 'Running');
    // The hall keeps the dash with the word before it (a no-break space: keepDash).
    await expect.poll(() => hall.getByTestId('hall-title').textContent()).toBe('Báo cáo kinh tế\u00A0- xã hội');
    await runFor(page, 1);
    await press(page, 'Space', 'Paused');
    await expect.poll(() => hall.getByText('Paused').count()).toBe(1);
    await press(page, 'Space', 'Running');
    await runFor(page, 2);
    // One more minute, then undo it.
    await page.keyboard.press('+');
    await expect.poll(() => elapsedText(page)).toContain('of 16:00 planned');
    await page.keyboard.press('Control+z');
    await expect.poll(() => elapsedText(page)).toContain('of 15:00 planned');

    // Item 2 by n (item 1 finishes), with a pause.
    await page.keyboard.press('n');
    await expect.poll(() => page.getByTestId('current-title').textContent()).toBe('Báo cáo thẩm tra');
    await expect.poll(() => hall.getByTestId('hall-title').textContent()).toBe('Báo cáo thẩm tra');
    await runFor(page, 1);
    // A quick double Space: pause then resume, in order, each on the state the one before left.
    await page.keyboard.press('Space');
    await press(page, 'Space', 'Running');
    await runFor(page, 2);

    // Item 3 from its row while item 2 runs: the console asks finish or pause.
    await page.getByRole('button', { name: 'Start Thảo luận tại hội trường' }).click();
    await page.getByRole('button', { name: /Pause it and start/ }).click();
    await expect.poll(() => page.getByTestId('current-title').textContent()).toBe('Thảo luận tại hội trường');
    await runFor(page, 1);
    await page.keyboard.press('f');
    // Item 2 is paused, so it is the current item again; resume and finish it.
    await expect.poll(() => page.getByTestId('current-title').textContent()).toBe('Báo cáo thẩm tra');
    await press(page, 'Space', 'Running');
    await runFor(page, 3);
    await page.keyboard.press('f');
    await expect.poll(() => persisted(dataDir).map((r) => r.status)).toEqual(['finished', 'finished', 'finished']);

    const rows = persisted(dataDir);
    for (const r of rows) expect(r.accumulated_ms, r.title).toBe(r.segments_ms);
    expect(rows.map((r) => r.segments)).toEqual([2, 3, 1]);
    const actuals = () => Promise.all(rows.map((r) => page.locator(`tr[data-item="${r.id}"] [data-testid=actual]`).textContent()));
    const expected = rows.map((r) => formatClock(r.accumulated_ms));
    await expect.poll(actuals).toEqual(expected);
    await page.reload();
    await page.getByText('Connected').waitFor();
    await expect.poll(actuals).toEqual(expected);

    // Where the time went: reports, verification and discussion actuals match the items.
    const group = (g: string) => page.locator(`tr[data-group=${g}] td`).nth(2).textContent();
    expect(await group('reports')).toBe(formatClock(rows[0].accumulated_ms));
    expect(await group('discussion')).toBe(formatClock(rows[2].accumulated_ms));

    // Reopen item 3 and leave it running; kill -9 the server; after restart it still runs from where it was.
    await page.getByRole('button', { name: 'Reopen Thảo luận tại hội trường' }).click();
    await expect.poll(() => page.getByTestId('current-title').textContent()).toBe('Thảo luận tại hội trường');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await press(page, 'Space', 'Running');
    await expect.poll(() => persisted(dataDir)[2].status).toBe('running');
    const before = persisted(dataDir)[2];
    await server.stop('SIGKILL');
    server = await serve(dataDir);
    const after = persisted(dataDir)[2];
    expect(after).toEqual(before);
    const again = await openPage(chromium.browser, server.url + '#live', 'en');
    await expect.poll(() => again.getByTestId('current-title').textContent()).toBe('Thảo luận tại hội trường');
    await runFor(again, Math.floor(before.accumulated_ms / 1000) + 1);
    await hall.goto(server.url + 'hall');
    await expect.poll(() => hall.getByTestId('hall-title').textContent()).toBe('Thảo luận tại hội trường');
    // The hall's timer is at least a fifth of the screen high.
    const box = await hall.getByTestId('hall-timer').boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(1080 / 5);
  });

  it('reads an XLSX workbook in the browser, previews it and imports it; ? lists the live shortcuts', async () => {
    server ??= await serve(dataDir);
    const buffer = await xlsxBuffer(
      [
        ['Tiêu đề', 'Loại', 'Người trình bày', 'Phút', 'Phiên'],
        ['Chất vấn và trả lời chất vấn', 'chất vấn', 'Giám đốc Sở Y tế', 90, '2026-12-09 sáng'],
        ['Biểu quyết thông qua nghị quyết', 'biểu quyết', '', 5, '2026-12-09 sáng'],
      ],
      'Chương trình',
    );
    const page = await openPage(chromium.browser, server.url + '#live', 'vi');
    await page.getByLabel('Tệp chương trình (.xlsx, .csv hoặc Word .docx)').setInputFiles({ name: 'chuong-trinh.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
    await page.getByRole('button', { name: 'Nhập các dòng hợp lệ (2)' }).click();
    await page.getByRole('region', { name: 'Buổi sáng 09/12/2026' }).getByText('Chất vấn và trả lời chất vấn').waitFor();
    // A file that is not a workbook is refused with a readable sentence.
    await page.getByLabel('Tệp chương trình (.xlsx, .csv hoặc Word .docx)').setInputFiles({ name: 'hong.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('not a zip') });
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Không đọc được «hong.xlsx»: tệp bị hỏng hoặc không phải bảng tính .xlsx. Hãy mở bằng Excel và lưu lại dưới dạng .xlsx hoặc CSV.');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Phím tắt' });
    await help.waitFor();
    for (const label of ['Bắt đầu hoặc tạm dừng mục', 'Mục tiếp theo', 'Kết thúc', '+1 phút', 'Hoàn tác']) await help.getByText(label, { exact: true }).waitFor();
  });
});
