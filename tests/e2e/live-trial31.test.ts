/**
 * Round 31's trial: a commune council of 35 delegates with full diacritics and the 25-item
 * programme over two days (sitting.ts), run by keyboard in Chromium against `npm run serve` by the
 * chair (1366×768) and a secretary on a second laptop paired over the LAN (1024×768), with the hall
 * screen and the broadcast caption open, the server restarted in the middle and a backup at the end.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { freePort, handled, launch, openPage, pairSecretary, seeder, serve, showView, tempDataDir, view, type Served } from './harness';
import { DAYS, ITEMS } from './sitting';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh'];
const MIDDLE = ['Thị', 'Văn', 'Hữu', 'Ngọc', 'Quốc', 'Thị Thu', 'Đức', 'Minh'];
const GIVEN = ['Ánh', 'Bảo', 'Cường', 'Dũng', 'Đạt', 'Hạnh', 'Hưng', 'Khoa', 'Lộc', 'Mỹ', 'Nhung', 'Phượng', 'Quý', 'Sơn', 'Thảo', 'Trí', 'Uyên', 'Việt', 'Xuân', 'Yến', 'Hằng', 'Tuấn', 'Lành', 'Nghĩa', 'Oanh', 'Phúc', 'Giang', 'Ẩn', 'Ước', 'Khải', 'Tường', 'Thủy', 'Quỳnh', 'Ưng', 'Đoan'];
const SEATS = 35;
/** Seat i + 1's delegate: seat 4 is "Phạm Ngọc Dũng". */
const delegateName = (i: number) => `${FAMILY[i % FAMILY.length]} ${MIDDLE[i % MIDDLE.length]} ${GIVEN[i]}`;

let browser: Browser;
let server: Served;
let lanPort: number;
let dataDir: string;
const ids = { items: [] as number[], sittings: [] as number[], officials: [] as number[] };

beforeAll(async () => {
  browser = await launch();
  lanPort = await freePort();
  dataDir = tempDataDir();
  server = await serve(dataDir, ['--port', String(await freePort()), '--lan-host', '127.0.0.1', '--lan-port', String(lanPort)]);
  const { run, close } = await seeder(server.url);
  try {
    await run('council.save', { name: 'HĐND xã Tân Phước', level: 'commune', term: 1, totalSeats: SEATS });
    await run('session.create', { number: 4, term: 1, kind: 'regular', title: 'Kỳ họp thường lệ cuối năm 2026', startDate: DAYS[0], endDate: DAYS[1] });
    for (let i = 0; i < SEATS; i++) {
      await run('delegate.add', { fullName: delegateName(i), title: i === 0 ? 'Chủ tịch HĐND xã' : 'Đại biểu HĐND xã', group: `Tổ đại biểu số ${1 + (i % 4)}`, seatNumber: i + 1 });
    }
    for (const [fullName, title, agency] of [['Cao Văn Thắng', 'Chủ tịch UBND xã', 'UBND xã'], ['Mạc Thị Huệ', 'Phó Chủ tịch UBND xã', 'UBND xã']]) {
      ids.officials.push((await run('delegate.add', { fullName, title, agency, voting: false })).id);
    }
    for (const date of DAYS) {
      ids.sittings.push((await run('sitting.add', { date, part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' })).id);
      ids.sittings.push((await run('sitting.add', { date, part: 'afternoon', plannedStart: '13:30', plannedEnd: '17:00' })).id);
    }
    for (const item of ITEMS) {
      const { id } = await run('agenda.add', { title: item.title, kind: item.kind, presenter: item.presenter ?? '', plannedMinutes: item.plannedMinutes });
      ids.items.push(id);
      await run('agenda.assign', { id, sittingId: ids.sittings[item.day * 2 + (item.part === 'morning' ? 0 : 1)] });
    }
  } finally {
    close();
  }
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || null);
const queue = (page: Page) => page.locator('.queue li .name').allTextContents();

describe('the secretary’s laptop', () => {
  it('Alt+6 and Alt+7 put her keyboard in the name box of a new request or slip, so a name typed at once is registered; the chair’s stays on the heading', async () => {
    const { context, secretary } = await pairSecretary(browser, server.url, lanPort, 'vi');
    await secretary.setViewportSize({ width: 1024, height: 768 });
    // She starts in the roll call, then goes to the speaker queue to register requests.
    await showView(secretary, view('attendance'));
    await showView(secretary, view('speakers'));
    await expect.poll(() => focusedId(secretary)).toBe('speaker-person');
    await secretary.keyboard.type('Phạm Ngọc');
    await secretary.keyboard.press('Enter');
    await expect.poll(() => queue(secretary)).toEqual(['Phạm Ngọc Dũng']);
    // Alt+7: the asking delegate of a new slip.
    await showView(secretary, view('questions'));
    await expect.poll(() => focusedId(secretary)).toBe('asker-person');
    // The chair's console keeps his one-letter keys: the heading has the keyboard.
    const chair = await openPage(browser, server.url, 'vi');
    await chair.setViewportSize({ width: 1366, height: 768 });
    await showView(chair, view('speakers'));
    expect(await focusedId(chair)).toBe('spk-heading');
    await handled(secretary);
    expect(await secretary.locator('[role=alert]').allTextContents()).toEqual([]);
    await chair.context().close();
    await context.close();
  });
});

describe('a new question slip', () => {
  it('choosing a topic one official answers fills in that official as the respondent, still changeable', async () => {
    const { run, close } = await seeder(server.url);
    const respondents: number[] = [];
    for (const delegateId of ids.officials) respondents.push((await run('respondent.add', { delegateId, agency: 'UBND xã' })).id);
    await run('topic.add', { title: 'Quản lý đất đai', respondentIds: [respondents[0]] });
    await run('topic.add', { title: 'Giải ngân vốn đầu tư công', respondentIds: respondents });
    close();
    const { context, secretary } = await pairSecretary(browser, server.url, lanPort, 'vi');
    await secretary.setViewportSize({ width: 1024, height: 768 });
    await showView(secretary, view('questions'));
    const respondent = secretary.locator('form.slip select[aria-label="Người trả lời"]');
    const shown = () => respondent.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.text ?? '');
    // By keyboard, as she works: the asker, then the topic (↓ to the first), the slip sent with Ctrl+Enter.
    await expect.poll(() => focusedId(secretary)).toBe('asker-person');
    await secretary.keyboard.type('Phạm Ngọc');
    await secretary.keyboard.press('Enter');
    await secretary.locator('form.slip select[aria-label="Nhóm vấn đề"]').focus();
    await secretary.keyboard.press('ArrowDown');
    await expect.poll(shown).toBe('Cao Văn Thắng — Chủ tịch UBND xã');
    await secretary.locator('form.slip textarea').fill('Tiến độ cấp giấy chứng nhận quyền sử dụng đất?');
    await secretary.keyboard.press('Control+Enter');
    await expect.poll(() => secretary.evaluate(() => window.__gavelState!()!.questions.list.at(-1)?.respondentId ?? null)).toBe(respondents[0]);
    await secretary.locator('form.slip select[aria-label="Nhóm vấn đề"]').selectOption({ label: 'Quản lý đất đai' });
    await expect.poll(shown).toBe('Cao Văn Thắng — Chủ tịch UBND xã');
    // Two answer the other topic: the secretary chooses, and may change the one filled in.
    await secretary.locator('form.slip select[aria-label="Nhóm vấn đề"]').selectOption({ label: 'Giải ngân vốn đầu tư công' });
    await respondent.selectOption({ label: 'Mạc Thị Huệ — Phó Chủ tịch UBND xã' });
    expect(await shown()).toBe('Mạc Thị Huệ — Phó Chủ tịch UBND xã');
    await context.close();
  });
});

describe('a vote counted on the secretary’s laptop', () => {
  it('when the chair closes it, her keyboard goes to the view’s heading, not to the top of the page', async () => {
    const { run, close } = await seeder(server.url);
    const vote = await run('vote.create', { agendaItemId: ids.items[7], resolutionNumber: '12/NQ-HĐND', resolutionTitle: 'Nghị quyết về dự toán ngân sách năm 2027', method: 'hands' });
    await run('vote.open', { id: vote.id });
    close();
    const { context, secretary } = await pairSecretary(browser, server.url, lanPort, 'vi');
    await secretary.setViewportSize({ width: 1024, height: 768 });
    await showView(secretary, view('votes'));
    await expect.poll(() => secretary.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    await secretary.keyboard.type('30');
    await secretary.keyboard.press('Tab');
    await secretary.keyboard.type('1');
    await secretary.keyboard.press('Tab');
    await secretary.keyboard.type('1');
    await secretary.keyboard.press('Enter');
    await handled(secretary);
    const chair = await openPage(browser, server.url, 'vi');
    await chair.setViewportSize({ width: 1366, height: 768 });
    await showView(chair, view('votes'));
    await chair.keyboard.press('Alt+C');
    await handled(chair, secretary);
    await expect.poll(() => secretary.locator('.badge').first().textContent()).not.toContain('Đang biểu quyết');
    expect(await focusedId(secretary)).toBe('votes-heading');
    await chair.context().close();
    await context.close();
  });
});

describe('the chair’s new-vote form', () => {
  it('shows each choice of method and majority rule whole at 1366×768 and 1024×768, in both languages', async () => {
    for (const lang of ['vi', 'en'] as const) {
      const chair = await openPage(browser, server.url, lang);
      for (const width of [1366, 1024]) {
        await chair.setViewportSize({ width, height: 768 });
        await showView(chair, view('votes'));
        for (const name of ['method', 'ruleKind']) {
          const select = chair.locator(`form.new select[name="${name}"]`);
          for (const value of await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))) {
            await select.selectOption(value);
            const room = await select.evaluate((el: HTMLSelectElement) => {
              const style = getComputedStyle(el);
              const ctx = document.createElement('canvas').getContext('2d')!;
              ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
              const text = el.selectedOptions[0].text;
              // The box less its padding and the arrow drawn in the right padding's place.
              return { text, needs: ctx.measureText(text).width, inner: el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16 };
            });
            expect(room.needs, `${lang} ${width}: “${room.text}” needs ${Math.ceil(room.needs)}px, the box has ${room.inner}px`).toBeLessThanOrEqual(room.inner);
          }
        }
      }
      await chair.context().close();
    }
  });
});

describe('the chair’s morning through a restart', () => {
  it('the forecast ranks the items holding the most time 1, 2, 3 after the list reorders (Chromium had numbered them 2, 3, 4)', async () => {
    const { run, close } = await seeder(server.url);
    // The opening, then the discussion taken up early: its speakers are on the secretary's queue.
    await run('item.start', { id: ids.items[0] });
    await run('item.start', { id: ids.items[6], current: 'finish' });
    close();
    const chair = await openPage(browser, server.url, 'vi');
    await chair.setViewportSize({ width: 1366, height: 768 });
    await showView(chair, view('live'));
    const ranks = () => chair.locator('ol.heavy > li').evaluateAll((lis) => lis.map((li) => (li as HTMLLIElement).value));
    await expect.poll(ranks).toEqual([1, 2, 3]);
    // The discussion ends: the remaining items' forecast changes, and so does the order of the list.
    const before = await chair.locator('ol.heavy > li').allTextContents();
    await chair.locator('#live-heading').focus();
    await chair.keyboard.press('f');
    await expect.poll(() => chair.locator('ol.heavy > li').allTextContents()).not.toEqual(before);
    expect(await ranks()).toEqual([1, 2, 3]);
    await chair.context().close();
  });

  it('keeps the roll call, the queue and the vote through a restart of the server; both consoles come back, and a backup is listed', async () => {
    const { context, secretary } = await pairSecretary(browser, server.url, lanPort, 'en');
    await secretary.setViewportSize({ width: 1024, height: 768 });
    const chair = await openPage(browser, server.url, 'en');
    await chair.setViewportSize({ width: 1366, height: 768 });
    // The secretary marks the roll call by seat and letter.
    await showView(secretary, view('attendance'));
    const start = secretary.getByRole('button', { name: 'Start roll call' });
    if (await start.count()) await start.press('Enter');
    for (const [seat, mark] of [['6', 'a'], ['10', 'e'], ['3', 'p']]) {
      await secretary.keyboard.type(seat);
      await secretary.keyboard.press(mark);
    }
    await handled(secretary);
    const marks = () => secretary.evaluate(() => JSON.stringify(window.__gavelState!()!.attendance));
    const attendance = await marks();
    const speakers = await chair.evaluate(() => JSON.stringify(window.__gavelState!()!.speakers.queue));
    const votes = await chair.evaluate(() => JSON.stringify(window.__gavelState!()!.votes));


    await server.stop();
    // Each console says what happened and that it will come back by itself.
    await chair.getByText('Gavel has been closed on this computer. This page reconnects by itself when Gavel is started again.').waitFor();
    await secretary.getByText('Gavel has been closed on the chair’s computer.', { exact: false }).waitFor();
    server = await serve(dataDir, ['--port', new URL(server.url).port, '--lan-host', '127.0.0.1', '--lan-port', String(lanPort)]);
    await chair.getByText('Back online: the screen shows the latest state.').waitFor({ timeout: 30_000 });
    await secretary.getByText('Back online: the screen shows the latest state.').waitFor({ timeout: 30_000 });
    // Her keyboard is where it was, in the roll call's seat box, not on the top of the page.
    expect(await secretary.evaluate(() => document.activeElement?.classList.contains('seat-box'))).toBe(true);
    expect(await marks()).toBe(attendance);
    expect(await chair.evaluate(() => JSON.stringify(window.__gavelState!()!.speakers.queue))).toBe(speakers);
    expect(await chair.evaluate(() => JSON.stringify(window.__gavelState!()!.votes))).toBe(votes);

    await showView(chair, view('activity'));
    const rows = chair.locator('[aria-labelledby="backups-heading"] tbody tr');
    const listed = await rows.count();
    await chair.getByRole('button', { name: 'Back up now' }).press('Enter');
    await chair.getByText('Backup written.').waitFor();
    await expect.poll(() => rows.count()).toBe(listed + 1);
    await chair.context().close();
    await context.close();
  });
});

describe('the toast after a vote is created', () => {
  it('covers no control the chair is about to press: the Open of the in-page question another item’s live vote brings up, at 1366×768 in Vietnamese', async () => {
    // Item 9 is under way; the vote is item 10's, so opening it asks first.
    const { run, close } = await seeder(server.url);
    await run('item.start', { id: ids.items[8], current: 'finish' });
    close();
    const chair = await openPage(browser, server.url, 'vi');
    await chair.setViewportSize({ width: 1366, height: 768 });
    await showView(chair, view('votes'));
    const form = chair.locator('form.new');
    await form.locator('select[name="agendaItem"]').selectOption(String(ids.items[9]));
    await form.locator('input[name="resolutionTitle"]').fill('Nghị quyết về kế hoạch đầu tư công năm 2027');
    await form.locator('input[name="resolutionTitle"]').press('Enter');
    await chair.getByText('Đã tạo cuộc biểu quyết.').waitFor();
    await chair.keyboard.press('Alt+O');
    await chair.locator('[data-ask] [role=alertdialog]').waitFor();
    await chair.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    // Every control in sight that the toast's box overlaps, by its text.
    const covered = await chair.evaluate(() => {
      const box = document.querySelector('.toast span')!.getBoundingClientRect();
      return [...document.querySelectorAll<HTMLElement>('main button, main input, main select, main textarea, main a[href], [data-ask] button')]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.left < box.right && r.right > box.left && r.top < box.bottom && r.bottom > box.top;
        })
        .map((el) => el.textContent?.trim() || el.getAttribute('name') || el.tagName);
    });
    expect(await chair.locator('.toast span').textContent()).toBe('Đã tạo cuộc biểu quyết.');
    expect(covered).toEqual([]);
    await chair.locator('[data-ask] [role=alertdialog]').press('Escape');
    await chair.context().close();
  });
});

describe('the result on the hall and on air', () => {
  it('the secretary puts the caption on air with `o`; the chair announces the vote she counted, and the hall and the caption give its share of the 35 seats', async () => {
    const { context, secretary } = await pairSecretary(browser, server.url, lanPort, 'vi');
    await secretary.setViewportSize({ width: 1024, height: 768 });
    const hall = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'vi' });
    await hall.goto(server.url + 'hall');
    const overlay = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'vi' });
    await overlay.goto(server.url + 'overlay');
    await showView(secretary, view('hall'));
    await secretary.keyboard.press('o');
    await expect.poll(() => secretary.evaluate(() => window.__gavelState!()!.overlay.visible)).toBe(true);

    // The vote she counted (30 for, 1 against, 1 abstaining) was closed by the chair: he announces it.
    const chair = await openPage(browser, server.url, 'vi');
    await chair.setViewportSize({ width: 1366, height: 768 });
    await showView(chair, view('votes'));
    await chair.locator('[data-vote-card]').filter({ hasText: 'Nghị quyết về dự toán ngân sách năm 2027' }).click();
    await chair.keyboard.press('Alt+A');
    await expect.poll(() => hall.locator('body').innerText()).toContain('ĐÃ THÔNG QUA');
    const board = await hall.locator('body').innerText();
    expect(board).toMatch(/Tán thành\s+30\s+85,71%/);
    expect(board).toMatch(/Không tán thành\s+1\s+2,86%/);
    await expect.poll(() => overlay.getByTestId('overlay-counts').textContent()).toContain('Tán thành 30 (85,71%)');
    await hall.close();
    await overlay.close();
    await chair.context().close();
    await context.close();
  });
});
