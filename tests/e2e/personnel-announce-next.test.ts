/**
 * After Announce (Alt+A), the keyboard is on the next step, the resolution confirming the result:
 * Enter prepares it and goes to Votes. Before, it was on the announcement's heading, below that
 * button: Tab went on to the copy buttons and out of the view, and the chair had to find the
 * button with the mouse (found by a keyboard run of the whole flow at 1366×768 in English).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { onBrowser, openPage, seed, serve, tempDataDir, type Served } from './harness';

const chromium = onBrowser();

describe('announcing a personnel result', () => {
  let server: Served | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it('leaves the keyboard on the confirming resolution, which Enter prepares', async () => {
    server = await serve(tempDataDir());
    await seed(server.url, [
      { type: 'council.save', name: 'HĐND xã Tân Phước', level: 'commune', term: 1, totalSeats: 35 },
      { type: 'session.create', number: 3, term: 1, kind: 'regular', startDate: '2026-12-15', endDate: '2026-12-15' },
      { type: 'delegate.add', fullName: 'Trần Văn Bảo', seatNumber: 1 },
      { type: 'delegate.add', fullName: 'Lê Hữu Cường', seatNumber: 2 },
      { type: 'delegate.add', fullName: 'Phạm Ngọc Dũng', seatNumber: 3 },
      { type: 'delegate.add', fullName: 'Hoàng Quốc Đạt', seatNumber: 4 },
      { type: 'personnel.prepare', kind: 'election', title: 'Phó Chủ tịch Hội đồng nhân dân xã', posts: 2, people: [{ delegateId: 1 }, { delegateId: 2 }, { delegateId: 3 }] },
      { type: 'personnel.committee', id: 1, head: 4 },
      { type: 'personnel.open', id: 1, present: 33 },
      { type: 'personnel.ballots', id: 1, issued: 33, returned: 33, valid: 32, invalid: 1 },
      {
        type: 'personnel.count',
        id: 1,
        lines: [
          { personId: 1, counts: { agree: 30, disagree: 2 } },
          { personId: 2, counts: { agree: 25, disagree: 7 } },
          { personId: 3, counts: { agree: 6, disagree: 26 } },
        ],
      },
      { type: 'personnel.close', id: 1 },
    ]);
    const page = await openPage(chromium.browser, server.url + '#personnel', 'en');
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.locator('[data-personnel-action=announce]').waitFor();
    await page.keyboard.press('Alt+a');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent?.trim()))
      .toBe('Prepare the resolution confirming the result');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#votes');
    // Titled in the hall's language (Vietnamese here), as the results notice lists it.
    await expect.poll(() => page.getByText('Nghị quyết xác nhận kết quả', { exact: false }).count()).toBeGreaterThan(0);
  });
});
