/**
 * The hall screen on every shape of screen: held upright (a portrait display, 1080×1920, or a
 * tablet, 768×1024), nearly square either way (1080×1200, 1024×1280, 1280×1024), exactly square
 * (an LED wall, 1024×1024, 1080×1080) and landscape (16:9, 4:3). One page per size, kept open
 * through the whole sitting (no reload): each state is checked on all of them at once, once the
 * page shows it and its fonts and layout have settled. At each size, every panel in both languages: nothing outside the screen or over the
 * header, no two pieces of text over each other, no line cut through; upright, the panel uses the
 * whole height (no big empty band above or below). HALL_LAYOUT=file writes every element's box at
 * the landscape sizes there, to compare before and after a change; HALL_SHOTS=dir keeps a
 * screenshot of each panel at each size, to look at.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { failOnPageErrors, seeder, twoFrames } from './harness';
import { DAYS, onSeededMorning } from './sitting';

const morning = onSeededMorning();

const UPRIGHT = [[1080, 1920], [768, 1024]] as const;
const LANDSCAPE = [[1920, 1080], [1366, 768], [1024, 768]] as const;
/** Nearly square: a 1080×1200 display, a 5:4 monitor (1280×1024) and the same turned upright (1024×1280). */
const SQUARISH = [[1080, 1200], [1024, 1280], [1280, 1024]] as const;
/**
 * Exactly square, as some LED walls are: the hall's `aspect-ratio < 1` is false there, so they get
 * the landscape layout (checked below), in a box as tall as it is wide.
 */
const SQUARE = [[1024, 1024], [1080, 1080]] as const;

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

type Run = Awaited<ReturnType<typeof seeder>>['run'];

/**
 * Each panel, reached in turn from the seeded morning; `content` is the hall's data-content then,
 * `panel` its outermost element, `session` the session it belongs to (its language is switched),
 * `spread: false` a few words that are not meant to fill an upright screen's height.
 */
const PANELS: { name: string; content: string; panel: string; session?: number; spread?: boolean; to: (run: Run, m: typeof morning) => Promise<void> }[] = [
  {
    name: 'speaker',
    content: 'speakers',
    panel: '[data-testid=speaker-panel]',
    to: async (run, m) => {
      // Long Vietnamese names and positions, as a hall meets them, on the floor, first in the
      // queue and answering questions: they stay through the whole sitting below.
      const [onFloor, firstNext] = [m.seeded.delegateIds[3], m.seeded.delegateIds[7]];
      await run('delegate.update', { id: onFloor, fullName: 'Nguyễn Thị Phương Thảo', title: 'Phó Giám đốc Sở Tài nguyên và Môi trường', group: 'Tổ đại biểu số 1 - khu phố Lương Sơn', seatNumber: 4 });
      await run('delegate.update', { id: firstNext, fullName: 'Tôn Nữ Hoàng Phương Thảo Nguyên', title: 'Đại biểu HĐND xã', group: 'Tổ đại biểu số 2 - thôn Hòa Sơn', seatNumber: 8 });
      await run('delegate.update', { id: m.seeded.officialIds[3], fullName: 'Nguyễn Thị Phương Thảo', title: 'Phó Giám đốc Sở Tài nguyên và Môi trường', agency: 'Sở Tài nguyên và Môi trường', voting: false });
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
  {
    name: 'attendance',
    content: 'auto:attendance',
    panel: '[data-testid=hall-attendance]',
    to: async (run, m) => {
      // The hall is in day two's morning by now: its own roll call, carried from day one's, is what is reported.
      await run('attendance.open', { sittingId: m.seeded.sittingIds[2], carry: true });
      await run('hall.attendance', { show: true });
    },
  },
  {
    name: 'closed',
    content: 'auto:closed',
    panel: 'section.closed',
    to: async (run, m) => {
      await run('item.start', { id: m.seeded.itemIds[21], current: 'finish' });
      await run('item.finish', { id: m.seeded.itemIds[21] });
      for (const id of m.seeded.sittingIds) {
        await run('sitting.open', { id }).catch(() => undefined);
        await run('sitting.close', { id }).catch(() => undefined);
      }
    },
  },
  {
    name: 'closed-plain',
    content: 'auto:closed',
    panel: 'section.closed',
    spread: false,
    to: async (run) => {
      await run('hall.clearEmblem', {});
    },
  },
  {
    name: 'not-started-plain',
    content: 'auto:idle',
    panel: 'section.idle',
    session: 2,
    spread: false,
    to: async (run) => {
      await run('session.create', { number: 4, term: 1, kind: 'thematic', title: 'Kỳ họp chuyên đề đầu năm 2027', startDate: '2027-01-12', endDate: '2027-01-12' });
    },
  },
  {
    name: 'not-started',
    content: 'auto:idle',
    panel: 'section.idle',
    session: 2,
    to: async (run) => {
      await run('hall.setEmblem', { dataUrl: `data:image/png;base64,${PNG}` });
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

/**
 * What the panel draws that would not read from the back of the hall: a box outside the screen or
 * over the header, two pieces of text over each other, a line cut through (text wider or taller
 * than its box without the clamp's "…").
 */
const faultsOf = (page: Page, panel: string) =>
  page.evaluate((panel) => {
    const faults: string[] = [];
    const name = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].filter((c) => !c.startsWith('svelte-')).join('.')}`;
    const root = document.querySelector<HTMLElement>(`.screen ${panel}`)!;
    const header = document.querySelector('.screen header')?.getBoundingClientRect().bottom ?? 0;
    const leaves = [...root.querySelectorAll<HTMLElement>('*')].filter((el) => el.children.length === 0 && el.getBoundingClientRect().width > 0);
    for (const el of leaves) {
      const r = el.getBoundingClientRect();
      if (r.left < -1 || r.right > innerWidth + 1 || r.top < header - 1 || r.bottom > innerHeight + 1) faults.push(`${name(el)} outside ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`);
      const style = getComputedStyle(el);
      const clamped = style.webkitLineClamp !== 'none' || style.textOverflow === 'ellipsis';
      if (!clamped && style.overflow !== 'visible' && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) faults.push(`${name(el)} cut`);
    }
    // What the eye sees of a line of text: its letters, a band of 0.8 em about the middle of each
    // line (a box's own height includes the font's leading, which may run into the next line's).
    // Cut to what a box that hides its overflow lets show (a name ending in "…" in its cell).
    const clipOf = (el: HTMLElement) => {
      const clip = { left: -Infinity, right: Infinity, top: -Infinity, bottom: Infinity };
      for (let a = el.parentElement; a && a !== root.parentElement; a = a.parentElement) {
        if (getComputedStyle(a).overflow === 'visible') continue;
        const r = a.getBoundingClientRect();
        Object.assign(clip, { left: Math.max(clip.left, r.left), right: Math.min(clip.right, r.right), top: Math.max(clip.top, r.top), bottom: Math.min(clip.bottom, r.bottom) });
      }
      return clip;
    };
    const ink = leaves.flatMap((el) => {
      const em = parseFloat(getComputedStyle(el).fontSize);
      const clip = clipOf(el);
      return [...el.getClientRects()].map((r) => {
        const [top, bottom] = el.tagName === 'IMG' ? [r.top, r.bottom] : [(r.top + r.bottom) / 2 - 0.4 * em, (r.top + r.bottom) / 2 + 0.4 * em];
        return { el, left: Math.max(r.left, clip.left), right: Math.min(r.right, clip.right), top: Math.max(top, clip.top), bottom: Math.min(bottom, clip.bottom) };
      });
    });
    for (let i = 0; i < ink.length; i++)
      for (let j = i + 1; j < ink.length; j++) {
        const a = ink[i];
        const b = ink[j];
        // Pieces of one line cut with "…" (a name and a position in a cell) are the browser's one line of text.
        if (a.el === b.el || (a.el.parentElement === b.el.parentElement && getComputedStyle(a.el.parentElement!).textOverflow === 'ellipsis')) continue;
        if (Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1) faults.push(`${name(a.el)} «${a.el.textContent}» over ${name(b.el)} «${b.el.textContent}»`);
      }
    return faults;
  }, panel);

describe('the hall on every shape of screen', () => {
  it('lays every panel out inside the screen at every shape, in both languages, and upright over the whole height', { timeout: 300_000 }, async () => {
    const { run, close } = await seeder(morning.server.url);
    const shots = process.env.HALL_SHOTS;
    const layouts: Record<string, string[]> = {};
    const pages = new Map<string, Page>();
    for (const [width, height] of [...UPRIGHT, ...SQUARISH, ...SQUARE, ...LANDSCAPE]) {
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
          if (panel.session === 2) await run('session.update', { id: 2, number: 4, term: 1, kind: 'thematic', title: 'Kỳ họp chuyên đề đầu năm 2027', startDate: '2027-01-12', endDate: '2027-01-12', hallLang: lang });
          else await run('session.update', { id: 1, number: 3, term: 1, kind: 'regular', title: 'Kỳ họp thường lệ cuối năm 2026', startDate: DAYS[0], endDate: DAYS[1], hallLang: lang });
          // Every size at once: each page is its own browser context, told by the same engine.
          const found = await Promise.all(
            [...pages].map(async ([size, page]) => {
              const [width, height] = size.split('x').map(Number);
              const where = `${panel.name} ${lang} ${size}`;
              const faults: string[] = [];
              await expect.poll(() => page.evaluate(() => [document.querySelector('.screen')?.getAttribute('data-content'), document.documentElement.lang])).toEqual([panel.content, lang]);
              await page.locator(`.screen ${panel.panel}`).waitFor();
              // Settled: the fonts loaded, then two frames (a fitted table measures itself in one, is drawn in the next).
              await page.evaluate(() => document.fonts.ready);
              await twoFrames(page);
              if (shots) await page.screenshot({ path: `${shots}/${panel.name}-${lang}-${size}.png` });
              for (const fault of await faultsOf(page, panel.panel)) faults.push(`${where}: ${fault}`);
              // A person's name on a ballot is shown whole (a title after it may end in "…"): "Tôn Nữ Hoàng Phươ…" is no longer that person.
              // Measured on the letters (a range over the name), as the eye sees them, against the cell that clips them.
              const cut = () =>
                [...document.querySelectorAll<HTMLElement>('.screen tr[data-person] td.who strong')]
                  .filter((s) => {
                    const range = document.createRange();
                    range.selectNodeContents(s);
                    return Math.max(...[...range.getClientRects()].map((r) => r.right)) > s.closest('td')!.getBoundingClientRect().right + 1;
                  })
                  .map((s) => s.textContent);
              for (const name of await page.evaluate(cut))
                faults.push(`${where}: the name «${name}» cut`);
              // The programme's titles whole where the screen has the room: upright, the sitting's four items were
              // cut at two lines ("Báo cáo giải trình của UBND xã về các ý kiế…") above half a screen left empty.
              if (panel.name === 'agenda' && height > width)
                for (const title of await page.locator('.screen section.agenda li .title').evaluateAll((els) => els.filter((e) => e.scrollHeight > e.clientHeight + 1).map((e) => e.textContent)))
                  faults.push(`${where}: the title «${title}» cut with room left`);
              // The layout the hall took (Hall.svelte: upright, its content is a box of its own): the
              // upright one only on a screen taller than wide; a square one takes the landscape layout.
              const upright = await page.evaluate(() => getComputedStyle(document.querySelector('.screen .content')!).containerType === 'size');
              if (upright !== height > width) faults.push(`${where}: the ${upright ? 'upright' : 'landscape'} layout on a ${width}×${height} screen`);
              if (width >= height) {
                if (width > height) layouts[where] = await layoutOf(page);
                else {
                  const e = await extentOf(page, panel.panel);
                  if (e.left < 0 || e.right > width || e.top < e.headerBottom - 1 || e.bottom > height) faults.push(`${where}: outside the screen ${JSON.stringify(e)}`);
                }
                return faults;
              }
              const e = await extentOf(page, panel.panel);
              if (e.left < 0 || e.right > width || e.top < 0 || e.bottom > height) faults.push(`${where}: outside the screen ${JSON.stringify(e)}`);
              // What the panel shows spans at least 80 % of the height under the header: no big empty band.
              const room = height - e.headerBottom;
              if (panel.spread !== false && (e.bottom - e.top) / room < 0.8) faults.push(`${where}: spans ${Math.round(((e.bottom - e.top) * 100) / room)} % of the height below the header`);
              return faults;
            }),
          );
          problems.push(...found.flat());
        }
      }
    } finally {
      close();
      for (const page of pages.values()) await page.context().close();
    }
    if (process.env.HALL_LAYOUT) fs.writeFileSync(process.env.HALL_LAYOUT, JSON.stringify(layouts, null, 1));
    expect([...new Set(problems)]).toEqual([]);
  });
});
