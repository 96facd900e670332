/**
 * Round 34's trial: the broadcast and the second operator walked together, as a new crew would, on
 * `npm run serve`: a commune council of 35 seats and the 25-item two-day programme (sitting.ts).
 * The chair at 1366×768 on the console, by keyboard; the secretary on a second console paired
 * from the Hall screen view, keeping the speaker queue, the question slips and the vote counts;
 * the overlay as OBS loads it at 1920×1080 (its user agent); the hall at 1920×1080 and 1024×768.
 * GAVEL_SHOTS=<folder> keeps a picture of every step, to look at.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { answerAsk, failOnPageErrors, freePort, handled, launch, openPage, pairSecretary, seeder, serve, showView, tempDataDir, view, type Served } from './harness';
import { DAYS, ITEMS } from './sitting';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh'];
const MIDDLE = ['Thị', 'Văn', 'Hữu', 'Ngọc', 'Quốc', 'Thị Thu', 'Đức', 'Minh'];
const GIVEN = ['Ánh', 'Bảo', 'Cường', 'Dũng', 'Đạt', 'Hạnh', 'Hưng', 'Khoa', 'Lộc', 'Mỹ', 'Nhung', 'Phượng', 'Quý', 'Sơn', 'Thảo', 'Trí', 'Uyên', 'Việt', 'Xuân', 'Yến', 'Hằng', 'Tuấn', 'Lành', 'Nghĩa', 'Oanh', 'Phúc', 'Giang', 'Ẩn', 'Ước', 'Khải', 'Tường', 'Thủy', 'Quỳnh', 'Ưng', 'Đoan'];
const SEATS = 35;
/** Seat i + 1's delegate: seat 4 is "Phạm Ngọc Dũng", seat 12 "Đỗ Ngọc Phượng". */
const delegateName = (i: number) => `${FAMILY[i % FAMILY.length]} ${MIDDLE[i % MIDDLE.length]} ${GIVEN[i]}`;
const OBS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36 OBS/30.2.3';

let browser: Browser;
let server: Served;
let lanPort: number;
const delegateIds: number[] = [];

beforeAll(async () => {
  browser = await launch();
  lanPort = await freePort();
  server = await serve(tempDataDir(), ['--port', String(await freePort()), '--lan-host', '127.0.0.1', '--lan-port', String(lanPort)]);
  const { run, close } = await seeder(server.url);
  try {
    await run('council.save', { name: 'Hội đồng nhân dân xã Tân Phước', level: 'commune', term: 1, totalSeats: SEATS });
    await run('session.create', { number: 4, term: 1, kind: 'regular', title: 'Kỳ họp thường lệ cuối năm 2026', startDate: DAYS[0], endDate: DAYS[1], hallLang: 'vi' });
    for (let i = 0; i < SEATS; i++) delegateIds[i] = (await run('delegate.add', { fullName: delegateName(i), title: i === 0 ? 'Chủ tịch HĐND xã' : 'Đại biểu HĐND xã', group: `Tổ đại biểu số ${1 + (i % 3)} - thôn Phước Hòa`, seatNumber: i + 1 })).id;
    for (const [fullName, title, agency] of [['Cao Văn Thắng', 'Phó Chủ tịch UBND xã', 'UBND xã'], ['Mạc Thị Huệ', 'Trưởng Công an xã', 'Công an xã']]) {
      const { id } = await run('delegate.add', { fullName, title, agency, voting: false });
      await run('respondent.add', { delegateId: id, agency });
    }
    const sittings: number[] = [];
    for (const date of DAYS) for (const part of ['morning', 'afternoon'] as const) sittings.push((await run('sitting.add', { date, part, plannedStart: part === 'morning' ? '07:30' : '13:30', plannedEnd: part === 'morning' ? '11:30' : '17:00' })).id);
    for (const item of ITEMS) {
      const { id } = await run('agenda.add', { title: item.title, kind: item.kind, presenter: item.presenter ?? '', plannedMinutes: item.plannedMinutes });
      await run('agenda.assign', { id, sittingId: sittings[item.day * 2 + (item.part === 'morning' ? 0 : 1)] });
    }
  } finally {
    close();
  }
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const SHOTS = process.env.GAVEL_SHOTS;
let shotNumber = 0;
/** A picture of the step when GAVEL_SHOTS names a folder (looked at by hand, not compared). */
async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${String(++shotNumber).padStart(2, '0')}-${name}.png`) });
}

/** A text as read, its no-break spaces (a dash kept with its word: keepDash) as spaces. */
const plain = (text: string | null) => text?.replace(/\u00a0/g, ' ') ?? null;

/** What the overlay has on air: its kind and its name line, or "nothing". */
const onAir = (overlay: Page) => async () => {
  const caption = overlay.getByTestId('overlay-caption');
  return (await caption.count()) ? `${await caption.getAttribute('data-kind')}: ${plain(await overlay.getByTestId('overlay-name').textContent())}` : 'nothing';
};

describe('the chair, the secretary’s console, the broadcast and the hall, in Vietnamese', () => {
  it('pairs the secretary, keeps queue, slips and counts on her console while the chair runs items and a vote; the overlay follows, through a break and a lost connection', async () => {
    const contexts: BrowserContext[] = [];
    const context = async (options: Parameters<Browser['newContext']>[0]) => {
      const c = await browser.newContext(options);
      contexts.push(c);
      const page = await c.newPage();
      failOnPageErrors(page);
      return page;
    };
    try {
      // The chair adds an operator from the Hall screen view, by keyboard; sharing is asked first.
      const chair = await openPage(browser, server.url + '#hall', 'vi');
      contexts.push(chair.context());
      await chair.setViewportSize({ width: 1366, height: 768 });
      await chair.getByRole('button', { name: 'Thêm người điều hành' }).focus();
      await chair.keyboard.press('Enter');
      await answerAsk(chair, true);
      const code = (await chair.getByTestId('pairing-code').textContent())!.replace(/\s/g, '');
      await shot(chair, 'chair-pairing-code');

      const secretary = await context({ locale: 'vi', viewport: { width: 1366, height: 768 } });
      await secretary.goto(`http://127.0.0.1:${lanPort}/pair`);
      await secretary.getByLabel('Mã ghép nối (6 chữ số)').fill(code);
      await secretary.getByLabel('Tên máy này').fill('Thư ký - laptop 2');
      await secretary.getByLabel('Tên máy này').press('Enter');
      await secretary.getByText('Đã kết nối').waitFor();
      expect(await secretary.getByTestId('operator').textContent()).toBe('Thư ký - laptop 2 · Thư ký');
      await shot(secretary, 'secretary-paired');

      // The broadcaster adds the overlay's address in OBS: transparent, nothing until the chair puts it on air.
      const overlay = await context({ locale: 'en', viewport: { width: 1920, height: 1080 }, userAgent: OBS });
      await overlay.goto(/broadcast overlay: (http:\S+\/overlay)\)/.exec(server.output())![1]);
      await overlay.locator('main.page').waitFor();
      expect(await overlay.evaluate(() => [getComputedStyle(document.documentElement).backgroundColor, getComputedStyle(document.body).backgroundColor])).toEqual(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
      expect(await onAir(overlay)()).toBe('nothing');
      const hall = await context({ locale: 'vi', viewport: { width: 1920, height: 1080 } });
      const smallHall = await context({ locale: 'vi', viewport: { width: 1024, height: 768 } });
      for (const h of [hall, smallHall]) await h.goto(server.url + 'hall');

      // o in the Hall screen view puts it on air; the chair runs the programme to the first report.
      await chair.keyboard.press('o');
      await chair.getByText('Phụ đề đã lên sóng (phím o để tắt).').waitFor();
      await showView(chair, view('live'));
      for (let i = 0; i < 3; i++) {
        await chair.keyboard.press('n');
        await expect.poll(async () => plain(await chair.getByTestId('current-title').textContent())).toBe(ITEMS[i].title);
      }
      await expect.poll(onAir(overlay)).toBe(`item: ${ITEMS[2].title}`);
      await shot(overlay, 'overlay-report');
      await shot(smallHall, 'hall-1024-report');

      // The secretary registers two requests by seat number; the chair calls the first.
      await secretary.keyboard.press('Alt+6');
      const person = secretary.getByRole('combobox', { name: 'Người phát biểu' });
      for (const seat of ['4', '12']) {
        await person.fill(seat);
        await person.press('Enter');
        await expect.poll(() => person.inputValue()).toBe('');
      }
      await showView(chair, view('speakers'));
      await expect.poll(() => chair.locator('.queue li .name').allTextContents()).toEqual(['Phạm Ngọc Dũng', 'Đỗ Ngọc Phượng']);
      await chair.keyboard.press('n');
      await chair.keyboard.press('Space');
      await expect.poll(onAir(overlay)).toBe('speaker: Phạm Ngọc Dũng');
      await expect.poll(() => secretary.locator('.queue li .name').allTextContents()).toEqual(['Đỗ Ngọc Phượng']);
      await shot(overlay, 'overlay-speaker');
      await shot(hall, 'hall-speaker');
      await shot(smallHall, 'hall-1024-speaker');
      await shot(secretary, 'secretary-speaker-on-floor');
      await chair.keyboard.press('f');
      await expect.poll(onAir(overlay)).toBe(`item: ${ITEMS[2].title}`);

      // The programme's break item: the hall counts it down; the secretary types when the sitting
      // goes on, from her Hall screen view, and it goes on air over the break's own line (when the
      // sitting resumes, from the hall's clock).
      await showView(chair, view('live'));
      for (const i of [3, 4, 5]) {
        await chair.keyboard.press('n');
        await expect.poll(async () => plain(await chair.getByTestId('current-title').textContent())).toBe(ITEMS[i].title);
      }
      await expect.poll(onAir(overlay)).toMatch(/^break: Phiên họp tiếp tục lúc \d{1,2} giờ( \d\d)?$/);
      await secretary.keyboard.press('Alt+9');
      const caption = secretary.getByRole('textbox', { name: /^Dòng chữ/ });
      await caption.fill('Giải lao 15 phút, phiên họp tiếp tục lúc 9 giờ 45');
      await caption.press('Enter');
      await expect.poll(onAir(overlay)).toBe('caption: Giải lao 15 phút, phiên họp tiếp tục lúc 9 giờ 45');
      await shot(overlay, 'overlay-break-caption');
      await shot(hall, 'hall-break');
      await shot(secretary, 'secretary-hall-view');

      // Questions: a slip registered by keyboard, then corrected from the queue before it is called.
      await secretary.keyboard.press('Alt+7');
      await expect.poll(() => secretary.evaluate(() => document.activeElement?.id)).toBe('asker-person');
      await secretary.keyboard.type('Phạm Ngọc');
      await secretary.keyboard.press('Enter');
      const slip = secretary.getByRole('region', { name: 'Đăng ký câu hỏi' });
      await slip.getByRole('combobox', { name: 'Người trả lời' }).selectOption({ label: 'Cao Văn Thắng — Phó Chủ tịch UBND xã' });
      await slip.getByRole('textbox', { name: 'Nội dung câu hỏi' }).fill('Tiến độ giải phóng mặt bằng dự án đường liên xã Phước Hòa - Tân Lập?');
      await secretary.keyboard.press('Control+Enter');
      await secretary.getByText('Đã đăng ký câu hỏi.').waitFor();
      await secretary.getByRole('button', { name: 'Sửa phiếu 1' }).click();
      // The slip's asker is shown in the box; the keyboard is at the end of its text.
      expect(await secretary.locator('#asker-person').inputValue()).toBe('4 · Phạm Ngọc Dũng');
      await expect.poll(() => secretary.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
      await secretary.keyboard.type(' Nguyên nhân chậm và giải pháp năm 2027?');
      await shot(secretary, 'secretary-editing-slip');
      await secretary.keyboard.press('Control+Enter');
      await secretary.getByText('Đã lưu phiếu.').waitFor();
      await showView(chair, view('questions'));
      await chair.keyboard.press('n');
      await expect.poll(onAir(overlay)).toBe('question: Phạm Ngọc Dũng → Cao Văn Thắng');
      await expect.poll(() => hall.getByTestId('hall-question').textContent()).toContain('Đại biểu Phạm Ngọc Dũng chất vấn Cao Văn Thắng');
      expect(await chair.evaluate(() => window.__gavelState!()!.questions.list.map((q) => q.text))).toEqual(['Tiến độ giải phóng mặt bằng dự án đường liên xã Phước Hòa - Tân Lập? Nguyên nhân chậm và giải pháp năm 2027?']);
      await shot(overlay, 'overlay-question');
      await shot(hall, 'hall-question');
      await shot(smallHall, 'hall-1024-question');
      await chair.keyboard.press('f');

      // The vote: the chair takes the programme to it and creates it from the item's own title
      // (Enter), opens it (Alt+O); the secretary keys the counts; the chair closes and announces.
      await showView(chair, view('live'));
      for (const i of [6, 7]) {
        await chair.keyboard.press('n');
        await expect.poll(async () => plain(await chair.getByTestId('current-title').textContent())).toBe(ITEMS[i].title);
      }
      await showView(chair, view('votes'));
      await chair.locator('form.new input[name="resolutionTitle"]').press('Enter');
      await chair.getByText('Đã tạo cuộc biểu quyết.').waitFor();
      await chair.keyboard.press('Alt+O');
      await expect.poll(onAir(overlay)).toBe('vote: Nghị quyết về dự toán ngân sách năm 2027');
      await shot(overlay, 'overlay-vote-open');
      await secretary.keyboard.press('Alt+8');
      await secretary.getByLabel('Tán thành', { exact: true }).fill('30');
      await secretary.getByLabel('Không tán thành', { exact: true }).fill('2');
      await secretary.getByLabel('Không biểu quyết', { exact: true }).fill('1');
      await secretary.keyboard.press('Enter');
      await shot(secretary, 'secretary-counts');
      await expect.poll(() => chair.evaluate(() => window.__gavelState!()!.votes[0].tally)).toMatchObject({ for: 30, against: 2, abstain: 1 });
      const status = () => chair.evaluate(() => window.__gavelState!()!.votes[0].status);
      await chair.keyboard.press('Alt+C');
      await shot(chair, 'chair-vote-closing');
      await expect.poll(status).toBe('closed');
      await chair.keyboard.press('Alt+A');
      await shot(chair, 'chair-vote-announced');
      await expect.poll(() => overlay.getByTestId('overlay-counts').textContent()).toContain('Tán thành 30 (85,71%)');
      await shot(overlay, 'overlay-vote-result');
      await shot(hall, 'hall-vote-result');
      await shot(smallHall, 'hall-1024-vote-result');

      // The mixer's network drops (the socket stays open and silent): the result leaves the air
      // rather than stay on as news; back, it has what happened meanwhile: a speaker on a point of the vote.
      await overlay.context().setOffline(true);
      await expect.poll(onAir(overlay), { timeout: 15_000 }).toBe('nothing');
      await showView(chair, view('speakers'));
      await chair.keyboard.press('/');
      await chair.keyboard.type('12');
      await chair.keyboard.press('Enter');
      // n calls the first waiting: it waits for the request to be in the queue the chair sees.
      await expect.poll(() => chair.locator('.queue li .name').allTextContents()).toContain('Đỗ Ngọc Phượng');
      await chair.keyboard.press('Escape');
      await chair.keyboard.press('n');
      await expect.poll(() => chair.evaluate(() => window.__gavelState!()!.speakers.current?.delegateId ?? null)).not.toBeNull();
      await overlay.context().setOffline(false);
      await expect.poll(onAir(overlay), { timeout: 15_000 }).toBe('speaker: Đỗ Ngọc Phượng');
      await shot(overlay, 'overlay-back');
      await handled(chair);
    } finally {
      for (const c of contexts) await c.close();
    }
  });
});

describe('the two consoles in English', () => {
  it('the secretary correcting a slip is told, above her form, that the chair has just called it', async () => {
    const { run, close } = await seeder(server.url);
    const askerId = delegateIds[19];
    const respondentId = (await run('respondent.add', { delegateId: (await run('delegate.add', { fullName: 'Lâm Thị Ngọc Hân', title: 'Trưởng phòng Kinh tế', voting: false })).id })).id;
    await run('question.register', { askerId, respondentId, text: 'Giá nước sạch năm 2027?' });
    close();
    const chair = await openPage(browser, server.url + '#questions', 'en');
    const { context, secretary } = await pairSecretary(browser, server.url, lanPort, 'en');
    try {
      await chair.setViewportSize({ width: 1366, height: 768 });
      await secretary.keyboard.press('Alt+7');
      const slip = (page: typeof chair) => page.locator('tr[data-slip]', { hasText: 'Giá nước sạch năm 2027?' });
      await slip(secretary).getByRole('button', { name: /^Edit slip/ }).click();
      await expect.poll(() => secretary.locator('#asker-person').inputValue()).toBe('20 · Lê Ngọc Yến');
      await secretary.keyboard.type(' Lộ trình điều chỉnh?');
      await slip(chair).getByRole('button', { name: /^Call now/ }).click();
      await expect.poll(() => secretary.getByTestId('slip-left-queue').textContent()).toBe('The chair has called this slip: what you save now changes the question being asked.');
      await shot(secretary, 'secretary-en-slip-called');
      // What she typed is still there, and saved it corrects the question being asked.
      await secretary.keyboard.press('Control+Enter');
      await secretary.getByText('Slip saved.').waitFor();
      expect(await chair.evaluate(() => window.__gavelState!()!.questions.list.find((q) => q.text.startsWith('Giá nước'))?.text)).toBe('Giá nước sạch năm 2027? Lộ trình điều chỉnh?');
      await handled(secretary, chair);
    } finally {
      await context.close();
      await chair.context().close();
    }
  });
});
