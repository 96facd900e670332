/**
 * A new secretary's walk through a session at 1366×768 (round 25): what read wrong on the way, in
 * Chromium against `npm run serve`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alerts, handled, onBrowser, openPage, seed, serve, showView, tempDataDir, view, type Served } from './harness';

const chromium = onBrowser();
let server: Served;
beforeAll(async () => {
  server = await serve(tempDataDir());
});
afterAll(async () => {
  await server?.stop();
});

describe('the forecast’s heaviest items in Live', () => {
  it('keep each duration on its item’s line, a long one ("1 giờ 30 phút") too, never under the next item', async () => {
    const [, , sitting] = await seed(server.url, [
      { type: 'council.save', name: 'HĐND tỉnh Quảng Trị', level: 'province', term: 9, totalSeats: 80 },
      { type: 'session.create', number: 5, term: 9, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09' },
      { type: 'sitting.add', date: '2026-12-09', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' },
    ] as const);
    const [discussion] = await seed(server.url, [
      { type: 'agenda.add', title: 'Thảo luận tại hội trường (tiếp)', kind: 'discussion', plannedMinutes: 90, sittingId: sitting.id },
      { type: 'agenda.add', title: 'Giải lao', kind: 'break', plannedMinutes: 15, sittingId: sitting.id },
      { type: 'agenda.add', title: 'Giải trình, làm rõ ý kiến đại biểu', kind: 'questioning', plannedMinutes: 8, sittingId: sitting.id },
    ] as const);
    await seed(server.url, [{ type: 'item.start', id: discussion.id }]);
    for (const lang of ['vi', 'en'] as const) {
      const page = await openPage(chromium.browser, server.url, lang);
      await page.setViewportSize({ width: 1366, height: 768 });
      await showView(page, view('live'));
      const rows = page.locator('ol.heavy li');
      await expect.poll(() => rows.count()).toBe(3);
      const boxes = await rows.evaluateAll((lis) =>
        lis.map((li) => {
          const [title, time] = [...li.querySelectorAll('span')].map((s) => s.getBoundingClientRect());
          const box = li.getBoundingClientRect();
          return { title: title.top, time: time.top, timeBottom: time.bottom, liBottom: box.bottom, right: time.right, liRight: box.right };
        }),
      );
      for (const b of boxes) {
        expect(Math.abs(b.time - b.title), lang).toBeLessThan(4);
        expect(b.timeBottom, lang).toBeLessThanOrEqual(b.liBottom + 1);
        expect(b.right, lang).toBeLessThanOrEqual(b.liRight + 1);
      }
      expect(await rows.first().locator('span').last().textContent()).toBe(lang === 'vi' ? '1 giờ 30 phút' : '1 h 30 min');
      await page.context().close();
    }
  });
});

describe('Space on a checkbox in a live view', () => {
  it('ticks the box (a topic’s respondent in Questions), not the view’s start or pause', async () => {
    const data = await serve(tempDataDir());
    try {
      const [, , phong] = await seed(data.url, [
        { type: 'council.save', name: 'HĐND tỉnh Quảng Trị', level: 'province', term: 9, totalSeats: 80 },
        { type: 'session.create', number: 5, term: 9, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09' },
        { type: 'delegate.add', fullName: 'Lê Thanh Phong', title: 'Giám đốc Sở Nông nghiệp và Môi trường' },
      ] as const);
      await seed(data.url, [{ type: 'respondent.add', delegateId: phong.id }]);
      const page = await openPage(chromium.browser, data.url, 'vi');
      await page.setViewportSize({ width: 1366, height: 768 });
      await showView(page, view('questions'));
      const setup = page.getByRole('button', { name: 'Người trả lời và nhóm vấn đề' });
      if ((await setup.getAttribute('aria-expanded')) !== 'true') await setup.click();
      const box = page.getByRole('checkbox', { name: 'Lê Thanh Phong' });
      await box.focus();
      await page.keyboard.press('Space');
      await expect.poll(() => box.isChecked()).toBe(true);
      await page.keyboard.press('Space');
      await expect.poll(() => box.isChecked()).toBe(false);
      // Nothing was started or refused: no "no question under way".
      await handled(page);
      expect(await alerts(page).count()).toBe(0);
      // Off the box, Space is the view's again.
      await page.keyboard.press('Escape');
      await page.locator('h2', { hasText: 'Phiên chất vấn' }).focus();
      await page.keyboard.press('Space');
      await expect.poll(() => alerts(page).first().textContent()).toContain('Không có câu hỏi');
      await page.context().close();
    } finally {
      await data.stop();
    }
  });
});
