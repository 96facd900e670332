/**
 * The Personnel view's roster picker ("Thêm từ danh sách đại biểu") at 1366×768: its placeholder,
 * "Tên không dấu, hoặc số ghế", was cut to "…hoặc số ghế" in a confidence vote's row, beside the
 * vote's name and the "add everyone with a title" button. For each kind of vote, in both
 * languages, the placeholder's text is measured in the box's own font against the room inside it.
 * SHOTS=<folder> keeps a screenshot of each.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { onBrowser, openPage, seed, serve, tempDataDir, type Served } from './harness';

const chromium = onBrowser();
const shots = process.env.SHOTS;

describe.each(['vi', 'en'] as const)('the personnel roster picker at 1366×768, in %s', (lang) => {
  let server: Served | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it('shows its whole placeholder for every kind of vote', async () => {
    server = await serve(tempDataDir());
    await seed(server.url, [
      { type: 'council.save', name: 'HĐND tỉnh Hòa Bình', level: 'province', term: 16, totalSeats: 35 },
      { type: 'session.create', number: 11, term: 16, kind: 'regular', hallLang: 'vi', startDate: '2026-12-08', endDate: '2026-12-09' },
      { type: 'delegate.add', fullName: 'Lương Xuân Quý', title: 'Đại biểu', seatNumber: 1 },
    ]);
    const page = await openPage(chromium.browser, server.url + '#personnel', lang);
    await page.setViewportSize({ width: 1366, height: 768 });
    const picker = page.locator('#personnel-add');
    await picker.waitFor();
    for (const kind of ['confidence', 'election', 'dismissal', 'removal']) {
      await page.locator('select[name="kind"]').selectOption(kind);
      const room = await picker.evaluate((input: HTMLInputElement) => {
        const style = getComputedStyle(input);
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const inner = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return { text: input.placeholder, needs: ctx.measureText(input.placeholder).width, inner };
      });
      expect(room.text).toBe(lang === 'vi' ? 'Tên không dấu, hoặc số ghế' : 'Name or seat number');
      // With room to spare: it fitted to the pixel (171 of 172), so a caret or another machine's font cut it.
      expect(room.needs + 20, `${kind}: "${room.text}" needs ${room.needs}px, the box has ${room.inner}px`).toBeLessThanOrEqual(room.inner);
      if (shots) await page.screenshot({ path: `${shots}/personnel-picker-${kind}-${lang}.png` });
    }
  });
});
