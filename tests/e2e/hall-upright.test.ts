/**
 * The hall screen held upright (a portrait display, 1080×1920, or a tablet, 768×1024) uses its
 * whole height, panel by panel: nothing outside the screen, no big empty band above or below.
 * The landscape sizes are checked to be left alone by the same walk (HALL_LAYOUT=file writes
 * every element's box there, to compare before and after a change; HALL_SHOTS=dir keeps a
 * screenshot of each panel at each size, to look at).
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { failOnPageErrors, seeder } from './harness';
import { DAYS, onSeededMorning } from './sitting';

const morning = onSeededMorning();

const UPRIGHT = [[1080, 1920], [768, 1024]] as const;
const LANDSCAPE = [[1920, 1080], [1366, 768], [1024, 768]] as const;

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

type Run = Awaited<ReturnType<typeof seeder>>['run'];

/** Each panel, reached in turn from the seeded morning; `content` is the hall's data-content then, `panel` its outermost element. */
const PANELS: { name: string; content: string; panel: string; to: (run: Run, m: typeof morning) => Promise<void> }[] = [
  {
    name: 'speaker',
    content: 'speakers',
    panel: '[data-testid=speaker-panel]',
    to: async (run, m) => {
      // A long queue: the four of the morning and nine more.
      for (const i of [1, 2, 4, 6, 8, 10, 12, 14, 16]) await run('speaker.request', { agendaItemId: m.seeded.itemIds[2], delegateId: m.seeded.delegateIds[i] });
      await run('hall.setMode', { mode: 'speakers' });
    },
  },
  {
    name: 'result',
    content: 'vote',
    panel: 'section.vote',
    to: async (run, m) => {
      await run('hall.setVote', { voteId: m.seeded.voteIds[0] });
      await run('hall.setMode', { mode: 'vote' });
    },
  },
  {
    name: 'vote-open',
    content: 'auto:vote',
    panel: 'section.vote',
    to: async (run, m) => {
      await run('hall.setMode', { mode: 'auto' });
      const { id } = await run('vote.create', { agendaItemId: m.seeded.itemIds[19], resolutionNumber: '48/NQ-HĐND', resolutionTitle: 'Nghị quyết về chương trình giám sát của Hội đồng nhân dân xã năm 2027', method: 'hands' });
      m.seeded.voteIds.push(id);
      await run('vote.open', { id });
    },
  },
  {
    name: 'question',
    content: 'auto:question',
    panel: 'section.qpanel',
    to: async (run, m) => {
      const id = m.seeded.voteIds.at(-1)!;
      await run('vote.tally', { id, for: 20, against: 2, abstain: 3 });
      await run('vote.close', { id });
      await run('vote.announce', { id });
      await run('speaker.finish', {});
      await run('item.start', { id: m.seeded.itemIds[14], current: 'finish' });
      await run('hall.showQuestionText', { show: true });
      await run('question.next', {});
      await run('question.toggle', {});
    },
  },
  {
    name: 'item',
    content: 'auto:item',
    panel: 'section.item',
    to: async (run, m) => {
      await run('question.stop', {});
      await run('item.start', { id: m.seeded.itemIds[16], current: 'finish' });
    },
  },
  {
    name: 'confidence',
    content: 'auto:personnelResult',
    panel: '[data-hall-personnel]',
    to: async (run, m) => {
      const rated = m.seeded.delegateIds.slice(0, 24);
      await run('personnel.prepare', { kind: 'confidence', title: 'Lấy phiếu tín nhiệm đối với người giữ chức vụ do HĐND xã bầu năm 2026', people: rated.map((delegateId) => ({ delegateId })) });
      await run('personnel.committee', { id: 1, head: m.seeded.delegateIds[25], members: [m.seeded.delegateIds[26]] });
      await run('personnel.open', { id: 1, present: 27 });
      await run('personnel.ballots', { id: 1, issued: 27, returned: 27, valid: 26, invalid: 1 });
      await run('personnel.count', { id: 1, lines: rated.map((_, i) => ({ personId: i + 1, counts: i % 4 === 0 ? { high: 8, medium: 3, low: 15, invalid: 0 } : { high: 22 - (i % 5), medium: 3 + (i % 5), low: 1, invalid: 0 } })) });
      await run('personnel.close', { id: 1 });
      await run('personnel.announce', { id: 1 });
    },
  },
  {
    name: 'agenda',
    content: 'agenda',
    panel: 'section.agenda',
    to: async (run) => {
      await run('hall.setMode', { mode: 'agenda' });
    },
  },
  {
    name: 'break',
    content: 'message',
    panel: 'section.message',
    to: async (run) => {
      await run('hall.setMessage', { message: 'Giải lao 15 phút. Mời các vị đại biểu về chỗ ngồi đúng giờ.', countdownMinutes: 15 });
    },
  },
  {
    name: 'emblem',
    content: 'emblem',
    panel: 'section.emblem',
    to: async (run) => {
      // A council's emblem, as one shows it between sittings (a 1×1 PNG drawn large).
      await run('hall.setEmblem', { dataUrl: `data:image/png;base64,${PNG}` });
      await run('hall.setMode', { mode: 'emblem' });
    },
  },
];

/** Every element's box and type size inside the hall's content, to compare a layout before and after. */
const layoutOf = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.screen *')].map((el) => {
      const r = el.getBoundingClientRect();
      return `${el.tagName.toLowerCase()}.${[...el.classList].filter((c) => !c.startsWith('svelte-')).join('.')} ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)} ${getComputedStyle(el).fontSize}`;
    }),
  );

/** The top and bottom of what the panel shows (its visible descendants), and whether any of it is outside the screen. */
const extentOf = (page: Page, panel: string) =>
  page.evaluate((panel) => {
    const root = document.querySelector<HTMLElement>(`.screen ${panel}`)!;
    const boxes = [root, ...root.querySelectorAll<HTMLElement>('*')]
      .filter((el) => el.children.length === 0 || el === root)
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0);
    const leaves = boxes.slice(1).length ? boxes.slice(1) : boxes;
    return {
      top: Math.min(...leaves.map((r) => r.top)),
      bottom: Math.max(...leaves.map((r) => r.bottom)),
      left: Math.min(...boxes.map((r) => r.left)),
      right: Math.max(...boxes.map((r) => r.right)),
      headerBottom: document.querySelector('.screen header')?.getBoundingClientRect().bottom ?? 0,
    };
  }, panel);

describe('the hall held upright', () => {
  it('gives every panel the whole height of a portrait screen, inside it, in both languages; the landscape sizes keep their layout', { timeout: 300_000 }, async () => {
    const { run, close } = await seeder(morning.server.url);
    const shots = process.env.HALL_SHOTS;
    const layouts: Record<string, string[]> = {};
    const pages = new Map<string, Page>();
    for (const [width, height] of [...UPRIGHT, ...LANDSCAPE]) {
      const context = await morning.browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      failOnPageErrors(page);
      await page.goto(`${morning.server.url}hall`);
      pages.set(`${width}x${height}`, page);
    }
    const problems: string[] = [];
    try {
      for (const panel of PANELS) {
        await panel.to(run, morning);
        for (const lang of ['vi', 'en'] as const) {
          await run('session.update', { id: 1, number: 3, term: 1, kind: 'regular', title: 'Kỳ họp thường lệ cuối năm 2026', startDate: DAYS[0], endDate: DAYS[1], hallLang: lang });
          for (const [size, page] of pages) {
            const [width, height] = size.split('x').map(Number);
            await expect.poll(() => page.locator('.screen').getAttribute('data-content')).toBe(panel.content);
            await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
            await page.locator(`.screen ${panel.panel}`).waitFor();
            // Fonts and a fitted table settle within a frame or two.
            await page.waitForTimeout(150);
            const where = `${panel.name} ${lang} ${size}`;
            if (shots) await page.screenshot({ path: `${shots}/${panel.name}-${lang}-${size}.png` });
            if (width > height) {
              layouts[where] = await layoutOf(page);
              continue;
            }
            const e = await extentOf(page, panel.panel);
            if (e.left < 0 || e.right > width || e.top < 0 || e.bottom > height) problems.push(`${where}: outside the screen ${JSON.stringify(e)}`);
            // What the panel shows spans at least 80 % of the height under the header: no big empty band.
            const room = height - e.headerBottom;
            if ((e.bottom - e.top) / room < 0.8) problems.push(`${where}: spans ${Math.round(((e.bottom - e.top) * 100) / room)} % of the height below the header`);
          }
        }
      }
    } finally {
      close();
      for (const page of pages.values()) await page.context().close();
    }
    if (process.env.HALL_LAYOUT) fs.writeFileSync(process.env.HALL_LAYOUT, JSON.stringify(layouts, null, 1));
    expect(problems).toEqual([]);
  });
});
