/**
 * Reordering the programme with the mouse in the Agenda view, as the office clerk does: a row
 * dragged by its handle sends the same move as ↑/↓, so a report takes its verification with it
 * and joins the sitting it lands in; a verification dropped away from its report is refused in
 * words and snaps back.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { answerAsk, alerts, handled, launch, openPage, seed, serve, tempDataDir, type Served } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const morning = { date: '2026-12-08', part: 'morning' } as const;
const afternoon = { date: '2026-12-08', part: 'afternoon' } as const;
const ROWS = [
  { title: 'Khai mạc kỳ họp', kind: 'opening', sub: false, sitting: morning },
  { title: 'Báo cáo kinh tế - xã hội', kind: 'report', sub: false, sitting: morning },
  { title: 'Thẩm tra kinh tế - xã hội', kind: 'verification', sub: true, sitting: morning },
  { title: 'Giải lao', kind: 'break', sub: false, sitting: morning },
  { title: 'Tờ trình dự toán', kind: 'submission', sub: false, sitting: afternoon },
  { title: 'Thẩm tra dự toán', kind: 'verification', sub: true, sitting: afternoon },
  { title: 'Bế mạc', kind: 'closing', sub: false, sitting: afternoon },
] as const;

/** The agenda as the engine keeps it: titles in order, with each item's sitting part. */
function persisted(dataDir: string): { title: string; part: string }[] {
  const db = new Database(path.join(dataDir, 'gavel.sqlite'), { readonly: true });
  try {
    return db
      .prepare('SELECT a.title, s.part FROM agenda_item a LEFT JOIN sitting s ON s.id = a.sitting_id ORDER BY a.position')
      .all() as { title: string; part: string }[];
  } finally {
    db.close();
  }
}

const onScreen = (page: Page) => page.locator('tbody tr[data-item] .item-title').allTextContents();
/** Each sitting's caption, on the first row of its items: [row title, caption]. */
const captions = (page: Page) =>
  page.locator('tbody tr[data-item]').evaluateAll((rows) =>
    rows.flatMap((r) => {
      const caption = r.querySelector('[data-testid=sitting-caption]')?.textContent;
      return caption ? [[r.querySelector('.item-title')!.textContent, caption]] : [];
    }),
  );

/**
 * Presses the mouse on a row's handle and moves it, in small steps, to the middle of `onto`, where
 * the list's placeholder goes to `side` of it (after, moving down; before, moving up); `held` runs
 * before the drop.
 */
async function drag(page: Page, title: string, onto: string, side: 'before' | 'after', held?: () => Promise<void>) {
  const handle = page.getByRole('button', { name: `Drag to move ${title}` });
  // The drag library starts no drag while the last drop is still settling (its 150 ms animation,
  // slower on a loaded machine): the copy it drags back to its place is gone first.
  await page.locator('#dnd-action-dragged-el').waitFor({ state: 'detached' });
  const from = (await handle.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 + 4, { steps: 2 });
  // Measured once the drag has begun (its placeholder is in the list) and the list has settled (a
  // report's sub-items leave it while it moves): the target's place, read the same twice in a row.
  await page.locator('tbody tr[data-is-dnd-shadow-item-internal]').waitFor({ state: 'attached' });
  const row = page.locator('tbody tr[data-item]', { hasText: onto });
  let target = (await row.boundingBox())!;
  await expect
    .poll(async () => {
      const [before, now] = [target, (await row.boundingBox())!];
      target = now;
      return now.y === before.y && now.height === before.height;
    })
    .toBe(true);
  await page.mouse.move(from.x + from.width / 2, target.y + target.height / 2, { steps: 12 });
  // Dropped once the list has moved its placeholder to that side of the target row, not after a
  // guessed 200 ms (the drag library looks at the pointer on its own timer; on its way the pointer
  // passed rows where the placeholder went first). The library decides again only once the pointer
  // has moved 10 px from where it last decided: if that was on the way, on a loaded machine, the
  // pointer is taken 16 px off and back to the target row where it is now.
  for (let attempt = 0; ; attempt++) {
    try {
      await placeholder(page, side, onto, attempt < 4 ? 3_000 : 30_000);
      break;
    } catch (e) {
      if (attempt >= 4) throw e;
      const now = (await row.boundingBox())!;
      await page.mouse.move(from.x + from.width / 2, now.y + now.height / 2 + (side === 'after' ? 16 : -16), { steps: 2 });
      await page.mouse.move(from.x + from.width / 2, now.y + now.height / 2, { steps: 2 });
    }
  }
  await held?.();
  await page.mouse.up();
}

/** Waits until the drag's placeholder row is right before or right after the row titled `title`. */
function placeholder(page: Page, side: 'before' | 'after', title: string, timeout = 30_000) {
  return page.waitForFunction(
    ([side, title]) => {
      const rows = [...document.querySelectorAll('tbody tr[data-item]')];
      const shadow = rows.findIndex((r) => r.hasAttribute('data-is-dnd-shadow-item-internal'));
      const target = rows.findIndex((r) => !r.hasAttribute('data-is-dnd-shadow-item-internal') && r.querySelector('.item-title')?.textContent === title);
      return shadow >= 0 && target >= 0 && shadow === target + (side === 'after' ? 1 : -1);
    },
    [side, title] as const,
    { timeout, polling: 50 },
  );
}

describe('dragging agenda rows in Chromium', () => {
  const dataDir = tempDataDir();
  let server: Served;
  afterAll(async () => {
    await server?.stop();
  });

  it('moves a report with its verification into the next sitting, and snaps back a refused drop with the sentence', async () => {
    server = await serve(dataDir);
    await seed(server.url, [
      { type: 'council.save', name: 'HĐND xã Lương Sơn', level: 'commune', term: 1, totalSeats: 30 },
      { type: 'session.create', number: 3, term: 1, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-08' },
      { type: 'agenda.import', rows: ROWS.map((r, i) => ({ line: i + 1, presenter: '', ...r })) },
    ]);
    const page = await openPage(browser, server.url + '#agenda', 'en');
    await page.getByRole('button', { name: 'Drag to move Bế mạc' }).waitFor();
    // Each sitting is named on its first row, so where a row lands is seen.
    expect(await captions(page)).toEqual([
      ['Khai mạc kỳ họp', 'Morning, 8 Dec 2026 · 07:30–11:30'],
      ['Tờ trình dự toán', 'Afternoon, 8 Dec 2026 · 13:30–17:00'],
    ]);

    // While the report is dragged, its verification is off the list and the row says it goes too.
    const handle = page.getByRole('button', { name: 'Drag to move Báo cáo kinh tế - xã hội' });
    const box = (await handle.boundingBox())!;
    await page.mouse.move(box.x + 4, box.y + 4);
    await page.mouse.down();
    await page.mouse.move(box.x + 4, box.y + 30, { steps: 4 });
    await expect.poll(() => page.locator('#dnd-action-dragged-el').textContent()).toContain('with sub-items: 1');
    expect(await onScreen(page)).not.toContain('Thẩm tra kinh tế - xã hội');
    // Put back where it was: nothing moves, and the verification is back under its report.
    await page.mouse.move(box.x + 4, box.y + 4, { steps: 4 });
    await placeholder(page, 'after', 'Khai mạc kỳ họp');
    await page.mouse.up();
    await expect.poll(() => onScreen(page)).toEqual(ROWS.map((r) => r.title));

    // Dropped on the afternoon's verification: it lands after it, with its own, in the afternoon.
    await drag(page, 'Báo cáo kinh tế - xã hội', 'Thẩm tra dự toán', 'after');
    const moved = ['Khai mạc kỳ họp', 'Giải lao', 'Tờ trình dự toán', 'Thẩm tra dự toán', 'Báo cáo kinh tế - xã hội', 'Thẩm tra kinh tế - xã hội', 'Bế mạc'];
    await expect.poll(() => persisted(dataDir).map((r) => r.title)).toEqual(moved);
    expect(persisted(dataDir).map((r) => r.part)).toEqual(['morning', 'morning', 'afternoon', 'afternoon', 'afternoon', 'afternoon', 'afternoon']);
    await expect.poll(() => onScreen(page)).toEqual(moved);
    // Said by the programme's numbers, as the rows show them: main item 2 is now main item 4.
    await expect.poll(() => page.getByTestId('move-news').textContent()).toMatch(/^Moved item 2 “Báo cáo kinh tế - xã hội” down to position 4\. /);
    expect(await captions(page)).toEqual([
      ['Khai mạc kỳ họp', 'Morning, 8 Dec 2026 · 07:30–11:30'],
      ['Tờ trình dự toán', 'Afternoon, 8 Dec 2026 · 13:30–17:00'],
    ]);
    // Numbered as the programme is read (and as Live and the votes name items): sub-items 3.1, 4.1.
    const numbers = async () => (await page.locator('tbody tr[data-item] .order .n').allTextContents()).map((n) => n.trim());
    await expect.poll(numbers).toEqual(['1', '2', '3', '3.1', '4', '4.1', '5']);
    expect(await page.getByRole('row', { name: '4.1. Thẩm tra kinh tế - xã hội' }).count()).toBe(1);

    // A verification dropped at the top, away from its submission: refused in words, and back.
    // Held over the morning, the gap it leaves does not split the morning in two.
    await drag(page, 'Thẩm tra dự toán', 'Khai mạc kỳ họp', 'before', async () => {
      expect(await captions(page)).toEqual([
        ['Khai mạc kỳ họp', 'Morning, 8 Dec 2026 · 07:30–11:30'],
        ['Tờ trình dự toán', 'Afternoon, 8 Dec 2026 · 13:30–17:00'],
      ]);
    });
    await expect
      .poll(() => alerts(page).textContent())
      .toBe('“Thẩm tra dự toán” is a sub-item of “Tờ trình dự toán”, so it moves only among that item’s sub-items. To move it elsewhere, move the main item: its sub-items go with it.');
    await handled(page);
    expect(persisted(dataDir).map((r) => r.title)).toEqual(moved);
    await expect.poll(() => onScreen(page)).toEqual(moved);

    // The keyboard still moves the focused row, and a move that works clears the sentence.
    await page.getByRole('button', { name: 'Drag to move Giải lao' }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => persisted(dataDir)[0].title).toBe('Giải lao');
    await expect.poll(() => alerts(page).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('1. Giải lao');

  });
  it('tells a screen reader each keyboard move where the item went, in the console\'s language', async () => {
    const page = await openPage(browser, server.url + '#agenda', 'en');
    const news = page.getByTestId('move-news');
    expect(await news.getAttribute('aria-live')).toBe('polite');
    // Alt+↑ on a focused row.
    await page.getByRole('row', { name: '2. Khai mạc kỳ họp' }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => news.textContent()).toBe('Moved item 2 “Khai mạc kỳ họp” up to position 1.');
    // The handle's keyboard mode: picked up, each step, put down; the handle keeps the focus.
    await page.getByRole('button', { name: 'Drag to move Giải lao' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => news.textContent()).toBe('Item 2 “Giải lao” picked up: the arrow keys move it, Enter or Escape puts it down.');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => news.textContent()).toBe('Moved item 2 “Giải lao” up to position 1.');
    await expect.poll(() => persisted(dataDir)[0].title).toBe('Giải lao');
    await page.keyboard.press('Enter');
    await expect.poll(() => news.textContent()).toBe('Item 1 “Giải lao” put down.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Drag to move Giải lao');
    // In Vietnamese.
    await page.getByRole('button', { name: 'Tiếng Việt', exact: true }).click();
    await page.getByRole('row', { name: '1. Giải lao' }).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => news.textContent()).toBe('Đã chuyển mục 1 «Giải lao» xuống vị trí 2.');
    // Ctrl+Z takes the last move back, and says which.
    await page.getByRole('button', { name: /^Hoàn tác: chuyển mục «Giải lao»/ }).waitFor();
    await page.keyboard.press('Control+z');
    await expect.poll(() => persisted(dataDir)[0].title).toBe('Giải lao');
    // A row moved up and taken back down keeps the focus it had (moved in the page, it lost it).
    await page.getByRole('row', { name: '2. Khai mạc kỳ họp' }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => persisted(dataDir)[0].title).toBe('Khai mạc kỳ họp');
    await page.keyboard.press('Control+z');
    await expect.poll(() => persisted(dataDir)[0].title).toBe('Giải lao');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('2. Khai mạc kỳ họp');
    // A row removed by its ✕, asked in the page by keyboard (the keyboard on Hủy, one Shift+Tab
    // from Xóa): the keyboard goes on from the row that took its place.
    await page.getByRole('button', { name: 'Xóa Khai mạc kỳ họp' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[role=alertdialog]') && document.activeElement.textContent)).toBe('HủyEsc');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => persisted(dataDir).map((r) => r.title)).not.toContain('Khai mạc kỳ họp');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^2\. /);
    // Moved into another sitting: the sentence says which it is in now.
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => news.textContent()).toBe('Đã chuyển mục 2 «Tờ trình dự toán» lên vị trí 1. Mục này nay thuộc phiên buổi sáng 08/12/2026.');
    expect(persisted(dataDir).slice(0, 3)).toEqual([
      { title: 'Tờ trình dự toán', part: 'morning' },
      { title: 'Thẩm tra dự toán', part: 'morning' },
      { title: 'Giải lao', part: 'morning' },
    ]);
    // A view switched by its key from a row of this one: the keyboard goes on from its heading,
    // not from the top of the page.
    await page.getByRole('row', { name: '2. Giải lao' }).focus();
    await page.keyboard.press('Alt+2');
    await expect.poll(() => page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent}`)).toBe('H2 Danh sách đại biểu');
  });

  it('takes back an edit and a removal with Ctrl+Z, the last first, naming each', async () => {
    const page = await openPage(browser, server.url + '#agenda', 'vi');
    const titles = () => persisted(dataDir).map((r) => r.title);
    const before = titles();
    // An item renamed by mistake, from its row's Edit button, by keyboard.
    await page.getByRole('button', { name: 'Sửa Giải lao' }).focus();
    await page.keyboard.press('Enter');
    const title = page.locator('form.edit').getByRole('textbox', { name: 'Nội dung' });
    await title.fill('Giải lao 15 phút');
    // Inside the field, Ctrl+Z is the field's own: the text goes back, nothing is sent.
    await page.keyboard.press('Control+z');
    await expect.poll(() => title.inputValue()).toBe('Giải lao');
    await title.fill('Giải lao 15 phút');
    await page.keyboard.press('Enter');
    await expect.poll(titles).toContain('Giải lao 15 phút');
    // Then an item removed by its ✕ (the question says Undo brings it back).
    await page.getByRole('button', { name: 'Xóa Bế mạc' }).focus();
    await page.keyboard.press('Enter');
    expect(await answerAsk(page, true)).toBe('Xóa «Bế mạc» khỏi chương trình? Có thể khôi phục bằng Hoàn tác (Ctrl+Z).');
    await expect.poll(titles).not.toContain('Bế mạc');
    // Ctrl+Z from a row: the removal first, in its place, then the edit.
    await page.getByRole('button', { name: 'Hoàn tác: xóa mục «Bế mạc»' }).waitFor();
    await page.getByRole('row', { name: /^1\. / }).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(titles).toEqual(before.map((t) => (t === 'Giải lao' ? 'Giải lao 15 phút' : t)));
    await page.getByRole('button', { name: 'Hoàn tác: sửa mục «Giải lao»' }).waitFor();
    await page.keyboard.press('Control+z');
    await expect.poll(titles).toEqual(before);
    // One undo too many: the toast's Redo does the edit again, then Ctrl+Y the removal. The toast
    // is the undo's once its reply is in (the database changes before): the removal's Redo was clicked.
    await page.getByRole('status').getByText('Đã hoàn tác: sửa mục «Giải lao»').waitFor();
    await page.getByRole('status').getByRole('button', { name: 'Làm lại' }).click();
    await expect.poll(titles).toEqual(before.map((t) => (t === 'Giải lao' ? 'Giải lao 15 phút' : t)));
    await page.getByRole('status').getByText('Đã làm lại: sửa mục «Giải lao»').waitFor();
    await page.getByRole('row', { name: /^1\. / }).focus();
    await page.keyboard.press('Control+y');
    await expect.poll(titles).not.toContain('Bế mạc');
    // Nothing left to redo: the toast says why, and nothing changes.
    await page.keyboard.press('Control+Shift+Z');
    await page.getByRole('status').getByText('Không có thao tác nào để làm lại', { exact: false }).waitFor();
    expect(titles()).not.toContain('Bế mạc');
    // The programme as the next test expects it.
    await page.keyboard.press('Control+z');
    await expect.poll(titles).toContain('Bế mạc');
    await page.keyboard.press('Control+z');
    await expect.poll(titles).toEqual(before);
  });

  it('sends with every move, by key or by mouse, the revision its rows were drawn from', async () => {
    // So a move made on an order another console has changed since is refused in words (topics.test.ts).
    const page = await openPage(browser, server.url + '#agenda', 'en');
    const sent: { type: string; seen?: unknown }[] = [];
    page.on('websocket', (ws) =>
      ws.on('framesent', (frame) => {
        const message = JSON.parse(String(frame.payload));
        if (message.command?.type === 'agenda.move') sent.push(message.command);
      }),
    );
    await page.reload();
    await page.getByText('Connected').waitFor();
    const before = persisted(dataDir).map((r) => r.title);
    await page.getByRole('button', { name: 'Drag to move Giải lao' }).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => persisted(dataDir).map((r) => r.title)).not.toEqual(before);
    await drag(page, 'Bế mạc', 'Tờ trình dự toán', 'before');
    await expect.poll(() => sent.length).toBe(2);
    expect(sent.map((c) => typeof c.seen)).toEqual(['number', 'number']);
  });

  it('numbers sub-items 1.1, 1.2 and says a sub-item\'s move by them, by Alt+↑ and by the handle\'s keyboard drag', async () => {
    await seed(server.url, [
      { type: 'agenda.import', rows: [
        { line: 1, title: 'Tờ trình quy hoạch', kind: 'submission', presenter: '', sub: false },
        { line: 2, title: 'Thẩm tra của Ban kinh tế', kind: 'verification', presenter: '', sub: true },
        { line: 3, title: 'Thẩm tra của Ban pháp chế', kind: 'verification', presenter: '', sub: true },
      ] },
    ]);
    const page = await openPage(browser, server.url + '#agenda', 'en');
    const news = page.getByTestId('move-news');
    const start = persisted(dataDir).length - 3;
    const last3 = () => persisted(dataDir).slice(start).map((r) => r.title);
    const main = page.getByRole('row', { name: /\. Tờ trình quy hoạch$/ });
    const n = (await main.getAttribute('aria-label'))!.split('.')[0];
    await page.getByRole('row', { name: `${n}.2. Thẩm tra của Ban pháp chế` }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => news.textContent()).toBe(`Moved item ${n}.2 “Thẩm tra của Ban pháp chế” up to position ${n}.1.`);
    expect(last3()).toEqual(['Tờ trình quy hoạch', 'Thẩm tra của Ban pháp chế', 'Thẩm tra của Ban kinh tế']);
    await page.getByRole('button', { name: 'Drag to move Thẩm tra của Ban pháp chế' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => news.textContent()).toBe(`Item ${n}.1 “Thẩm tra của Ban pháp chế” picked up: the arrow keys move it, Enter or Escape puts it down.`);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => news.textContent()).toBe(`Moved item ${n}.1 “Thẩm tra của Ban pháp chế” down to position ${n}.2.`);
    await page.keyboard.press('Enter');
    await expect.poll(() => news.textContent()).toBe(`Item ${n}.2 “Thẩm tra của Ban pháp chế” put down.`);
    expect(last3()).toEqual(['Tờ trình quy hoạch', 'Thẩm tra của Ban kinh tế', 'Thẩm tra của Ban pháp chế']);
    // In Vietnamese too.
    await page.getByRole('button', { name: 'Tiếng Việt', exact: true }).click();
    await page.getByRole('row', { name: `${n}.2. Thẩm tra của Ban pháp chế` }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => news.textContent()).toBe(`Đã chuyển mục ${n}.2 «Thẩm tra của Ban pháp chế» lên vị trí ${n}.1.`);
  });
});
