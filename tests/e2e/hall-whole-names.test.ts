/**
 * Whole names on the hall, on an old 4:3 projector (1024×768) above all: a delegate's long name in
 * the speaker queue and a long presenter in the programme are read whole, on two lines where one
 * is short (they were cut with "…" on one: "Công Tằng Tôn Nữ Thị Phư…", "… năm 2027 — Đồn…"), and
 * nothing the panel draws runs off the screen (six items of two lines ran the programme's "more"
 * line off the bottom). Checked on the letters as the eye sees them: every line box of the text
 * inside whatever box clips it, and inside the screen. Also held upright and on a square wall.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { failOnPageErrors, seeder } from './harness';
import { DAYS, ITEMS, onSeededMorning } from './sitting';

const morning = onSeededMorning();

const LONG_NAMES = ['Công Tằng Tôn Nữ Thị Phương Thảo', 'Tôn Nữ Hoàng Phương Thảo Nguyên', 'Nguyễn Hoàng Bảo Ngọc Trâm Anh'];
const GROUP = 'Tổ đại biểu huyện Hoằng Hóa';
const PRESENTER = 'Đồng chí Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh';
const SIZES = [[1024, 768], [1080, 1080], [768, 1024]] as const;

/**
 * The texts matching `selector` under the hall's content that are not whole: a line of their letters
 * outside a box that clips them (their own, with "…", or an ancestor's) or outside the screen.
 */
const notWhole = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    const screen = document.querySelector<HTMLElement>('.screen')!;
    return [...screen.querySelectorAll<HTMLElement>(selector)].flatMap((el) => {
      const clip = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
      for (let a: HTMLElement | null = el; a && a !== screen.parentElement; a = a.parentElement) {
        if (getComputedStyle(a).overflow === 'visible') continue;
        const r = a.getBoundingClientRect();
        Object.assign(clip, { left: Math.max(clip.left, r.left), top: Math.max(clip.top, r.top), right: Math.min(clip.right, r.right), bottom: Math.min(clip.bottom, r.bottom) });
      }
      const range = document.createRange();
      range.selectNodeContents(el);
      const lines = [...range.getClientRects()].filter((r) => r.width > 0);
      const out = lines.filter((r) => r.left < clip.left - 1 || r.right > clip.right + 1 || r.top < clip.top - 1 || r.bottom > clip.bottom + 1);
      const box = (r: { left: number; top: number; right: number; bottom: number }) => [r.left, r.top, r.right, r.bottom].map(Math.round).join(',');
      return lines.length === 0 || out.length > 0 ? [`«${el.textContent}»: ${lines.length} lines, ${out.map(box).join(' and ')} outside ${box(clip)}`] : [];
    });
  }, selector);

/** What the hall's content draws outside the screen: every visible element with no children, by its box. */
const offScreen = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.screen .content *')]
      .filter((el) => el.children.length === 0 && el.getClientRects().length > 0)
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.left < -1 || r.top < -1 || r.right > innerWidth + 1 || r.bottom > innerHeight + 1);
      })
      .map((el) => `${el.className.replace(/svelte-\w+/g, '').trim()} «${el.textContent?.slice(0, 40)}»`),
  );

describe('whole names on the hall', () => {
  it('shows a long name in the queue and a long presenter in the programme whole, on a 4:3 projector, upright and square, in both languages', { timeout: 180_000 }, async () => {
    const { run, close } = await seeder(morning.server.url);
    const { delegateIds, itemIds } = morning.seeded;
    // The morning's queue (seats 8, 12, 16 and 21 waiting while seat 4 speaks) and two more: six
    // waiting, the first three with long names.
    try {
      for (const [i, fullName] of LONG_NAMES.entries()) await run('delegate.update', { id: delegateIds[[7, 11, 15][i]], fullName, title: 'Đại biểu HĐND tỉnh', group: GROUP, seatNumber: [8, 12, 16][i] });
      for (const i of [16, 17]) await run('speaker.request', { agendaItemId: itemIds[2], delegateId: delegateIds[i] });
      // The report under way and the two after it presented by the province's standing vice-chair.
      for (const i of [2, 3, 4]) await run('agenda.update', { id: itemIds[i], title: ITEMS[i].title, kind: ITEMS[i].kind, presenter: PRESENTER, plannedMinutes: ITEMS[i].plannedMinutes });
    } catch (e) {
      close();
      throw e;
    }
    const pages = new Map<string, Page>();
    for (const [width, height] of SIZES) {
      const page = await (await morning.browser.newContext({ viewport: { width, height } })).newPage();
      failOnPageErrors(page);
      await page.goto(`${morning.server.url}hall`);
      pages.set(`${width}×${height}`, page);
    }
    const faults: string[] = [];
    try {
      for (const mode of ['speakers', 'agenda'] as const) {
        await run('hall.setMode', { mode });
        for (const lang of ['vi', 'en'] as const) {
          await run('session.update', { id: 1, number: 3, term: 1, kind: 'regular', title: 'Kỳ họp thường lệ cuối năm 2026', startDate: DAYS[0], endDate: DAYS[1], hallLang: lang });
          for (const [size, page] of pages) {
            const where = `${mode} ${lang} ${size}`;
            await expect.poll(() => page.evaluate(() => [document.querySelector('.screen')?.getAttribute('data-content'), document.documentElement.lang])).toEqual([mode, lang]);
            await page.evaluate(async () => {
              await document.fonts.ready;
              await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
            });
            if (mode === 'speakers') {
              // The long names are the first three waiting: each is listed, and whole.
              const names = await page.locator('[data-testid=hall-queue] .next-name').allTextContents();
              expect(names.slice(0, 3), where).toEqual(LONG_NAMES);
              for (const f of await notWhole(page, '[data-testid=hall-queue] .next-name')) faults.push(`${where}: the name ${f}`);
              for (const f of await notWhole(page, '[data-testid=hall-speaker]')) faults.push(`${where}: the speaker ${f}`);
            } else {
              // The report under way names its presenter, whole.
              await expect.poll(() => page.locator('.screen section.agenda li.current .presenter').textContent()).toContain(PRESENTER);
              for (const f of await notWhole(page, 'section.agenda li .presenter')) faults.push(`${where}: the presenter ${f}`);
              for (const f of await notWhole(page, 'section.agenda .more')) faults.push(`${where}: ${f}`);
            }
            for (const f of await offScreen(page)) faults.push(`${where}: off the screen: ${f}`);
          }
        }
      }
    } finally {
      close();
      for (const page of pages.values()) await page.context().close();
    }
    expect(faults).toEqual([]);
  });
});
