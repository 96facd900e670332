/**
 * A sitting walked from the secretary's second console, the chair's and the hall screens (round
 * 29): what two consoles, or a console and a screen, got wrong on the way, in Chromium against
 * `npm run serve` with the LAN listener.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freePort, onBrowser, openPage, pairSecretary, seed, serve, showView, tempDataDir, view, type Served } from './harness';

const chromium = onBrowser();
let server: Served;
let lanPort: number;
/** Each test on a data folder of its own, the LAN listener on (the secretary pairs over it). */
beforeEach(async () => {
  lanPort = await freePort();
  server = await serve(tempDataDir(), ['--port', String(await freePort()), '--lan-host', '127.0.0.1', '--lan-port', String(lanPort)]);
});
afterEach(async () => {
  await server?.stop();
});

const COUNCIL = [
  { type: 'council.save', name: 'HĐND thành phố Đà Nẵng', level: 'province', term: 10, totalSeats: 35 },
  { type: 'session.create', number: 7, term: 10, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09' },
] as const;

/**
 * The secretary's console, its socket held behind a gate: while `hold()` is on, what the engine
 * sends her waits (her screen still shows the queue as it was), while what she sends goes at once.
 * The chair's step and hers cross on the way, deterministically.
 */
async function heldSecretary(lang: 'vi' | 'en'): Promise<{ secretary: Page; hold(): void; release(): void }> {
  const { secretary } = await pairSecretary(chromium.browser, server.url, lanPort, lang);
  let held: (() => void)[] | null = null;
  await secretary.routeWebSocket(
    (url) => url.pathname === '/ws',
    (page) => {
      const engine = page.connectToServer();
      engine.onMessage((message) => (held ? held.push(() => page.send(message)) : page.send(message)));
      page.onMessage((message) => engine.send(message));
    },
  );
  await secretary.reload();
  await secretary.getByText(lang === 'vi' ? 'Đã kết nối' : 'Connected').waitFor();
  return {
    secretary,
    hold: () => void (held = []),
    release: () => {
      const waiting = held ?? [];
      held = null;
      for (const send of waiting) send();
    },
  };
}

const queue = (page: Page) => page.locator('.queue li .name').allTextContents();

describe('the secretary’s row in the speaker queue, pressed as the chair calls that person', () => {
  it('is refused, naming the chair, and the person called stays at the rostrum (✕ and “to the end” alike)', async () => {
    const [, , ...people] = await seed(server.url, [
      ...COUNCIL,
      { type: 'delegate.add', fullName: 'Nguyễn Thị Thanh Hằng', seatNumber: 1 },
      { type: 'delegate.add', fullName: 'Hồ Thị Ngọc Tường', seatNumber: 2 },
      { type: 'delegate.add', fullName: 'Bùi Thị Thanh Phượng Nhàn', seatNumber: 3 },
      { type: 'delegate.add', fullName: 'Hoàng Thị Ngọc Việt Hiếu', seatNumber: 4 },
    ] as const);
    const [discussion] = await seed(server.url, [{ type: 'agenda.add', title: 'Thảo luận tại hội trường về tình hình kinh tế - xã hội', kind: 'discussion', plannedMinutes: 90 }] as const);
    await seed(server.url, [
      { type: 'item.start', id: discussion.id },
      ...people.map((p) => ({ type: 'speaker.request' as const, agendaItemId: discussion.id, delegateId: p.id })),
    ]);
    const chair = await openPage(chromium.browser, server.url, 'en');
    await chair.setViewportSize({ width: 1366, height: 768 });
    await showView(chair, view('speakers'));
    const { secretary, hold, release } = await heldSecretary('vi');
    await showView(secretary, view('speakers'));
    await expect.poll(() => queue(secretary)).toEqual(['Nguyễn Thị Thanh Hằng', 'Hồ Thị Ngọc Tường', 'Bùi Thị Thanh Phượng Nhàn', 'Hoàng Thị Ngọc Việt Hiếu']);
    const refusal = 'Thứ tự danh sách phát biểu vừa được chủ tọa thay đổi sau khi anh/chị xem. Hãy xem lại rồi thực hiện lại.';

    // The chair calls Hằng (n) as the secretary, her screen not yet showing it, withdraws Hằng's waiting request.
    hold();
    await chair.locator('#spk-heading').focus();
    await chair.keyboard.press('n');
    await chair.getByTestId('floor-name').getByText('Nguyễn Thị Thanh Hằng').waitFor();
    await secretary.getByRole('button', { name: 'Rút đăng ký của Nguyễn Thị Thanh Hằng' }).click();
    release();
    await secretary.getByRole('alert').filter({ hasText: refusal }).waitFor();
    // Not "nobody at the rostrum" on every screen: the chair's call stands.
    await secretary.getByTestId('floor-name').getByText('Nguyễn Thị Thanh Hằng').waitFor();
    expect(await chair.getByTestId('floor-name').textContent()).toBe('Nguyễn Thị Thanh Hằng');
    expect(await queue(chair)).toEqual(['Hồ Thị Ngọc Tường', 'Bùi Thị Thanh Phượng Nhàn', 'Hoàng Thị Ngọc Việt Hiếu']);

    // The chair calls the next (n: Hằng back to the queue, Tường called) as the secretary sends Tường to the end.
    hold();
    await chair.keyboard.press('n');
    await chair.getByTestId('floor-name').getByText('Hồ Thị Ngọc Tường').waitFor();
    await secretary.getByRole('button', { name: 'Xuống cuối: Hồ Thị Ngọc Tường' }).click();
    release();
    await secretary.getByRole('alert').filter({ hasText: refusal }).waitFor();
    await secretary.getByTestId('floor-name').getByText('Hồ Thị Ngọc Tường').waitFor();
    expect(await chair.getByTestId('floor-name').textContent()).toBe('Hồ Thị Ngọc Tường');
    await expect.poll(() => queue(secretary)).toEqual(await queue(chair));

    // On a view that is up to date, the same row actions work.
    await secretary.getByRole('button', { name: 'Xuống cuối: Bùi Thị Thanh Phượng Nhàn' }).click();
    await expect.poll(async () => (await queue(chair)).at(-1)).toBe('Bùi Thị Thanh Phượng Nhàn');
    expect(await secretary.getByRole('alert').filter({ hasText: refusal }).count()).toBe(0);
    await secretary.context().close();
    await chair.context().close();
  });
});

describe('the secretary’s move of a question slip, pressed as the chair calls the first', () => {
  it('is refused, naming the chair, rather than landing a place off in the queue that moved under it', async () => {
    const [, , hang, tuong, nhan, triet] = await seed(server.url, [
      ...COUNCIL,
      { type: 'delegate.add', fullName: 'Nguyễn Thị Thanh Hằng', seatNumber: 1 },
      { type: 'delegate.add', fullName: 'Hồ Thị Ngọc Tường', seatNumber: 2 },
      { type: 'delegate.add', fullName: 'Bùi Thị Thanh Phượng Nhàn', seatNumber: 3 },
      { type: 'delegate.add', fullName: 'Lương Nguyễn Minh Triết', title: 'Chủ tịch UBND thành phố', voting: false },
    ] as const);
    const [respondent] = await seed(server.url, [{ type: 'respondent.add', delegateId: triet.id, agency: 'UBND thành phố' }] as const);
    await seed(server.url, [
      { type: 'question.register', askerId: hang.id, respondentId: respondent.id, text: 'Tiến độ cấp giấy chứng nhận quyền sử dụng đất lần đầu?' },
      { type: 'question.register', askerId: tuong.id, respondentId: respondent.id, text: 'Giải pháp xử lý lấn chiếm đất công?' },
      { type: 'question.register', askerId: nhan.id, respondentId: respondent.id, text: 'Thiếu giáo viên ở vùng ven, giải pháp năm 2027?' },
    ]);
    const chair = await openPage(chromium.browser, server.url, 'en');
    await chair.setViewportSize({ width: 1366, height: 768 });
    await showView(chair, view('questions'));
    const { secretary, hold, release } = await heldSecretary('vi');
    await showView(secretary, view('questions'));
    const askers = (page: Page) => page.locator('table.queue tr strong').allTextContents();
    await expect.poll(() => askers(secretary)).toEqual(['Nguyễn Thị Thanh Hằng', 'Hồ Thị Ngọc Tường', 'Bùi Thị Thanh Phượng Nhàn']);

    // The chair calls Hằng's slip (n) as the secretary, her screen not yet showing it, moves Nhàn's slip up one, ahead of Tường.
    hold();
    await chair.locator('#live-heading').focus();
    await chair.keyboard.press('n');
    await expect.poll(() => askers(chair)).toEqual(['Hồ Thị Ngọc Tường', 'Bùi Thị Thanh Phượng Nhàn']);
    await secretary.getByRole('button', { name: 'Đưa phiếu 3 lên' }).click();
    release();
    // Not Nhàn left behind Tường with no word (place 2 of a queue that had lost its first): refused, saying who.
    await secretary.getByRole('alert').filter({ hasText: 'Thứ tự phiếu chất vấn vừa được chủ tọa thay đổi sau khi anh/chị xem. Hãy xem lại rồi thực hiện lại.' }).waitFor();
    await expect.poll(() => askers(secretary)).toEqual(['Hồ Thị Ngọc Tường', 'Bùi Thị Thanh Phượng Nhàn']);
    expect(await askers(chair)).toEqual(['Hồ Thị Ngọc Tường', 'Bùi Thị Thanh Phượng Nhàn']);

    // Seen as it is now, the move is made.
    await secretary.getByRole('button', { name: 'Đưa phiếu 2 lên' }).click();
    await expect.poll(() => askers(chair)).toEqual(['Bùi Thị Thanh Phượng Nhàn', 'Hồ Thị Ngọc Tường']);

    // The chair calls Nhàn's slip as the secretary, not yet seeing it, removes that slip (✕): not
    // "Câu hỏi số 3 không còn trong hàng chờ" (a number no screen shows), but who changed the slips.
    hold();
    await chair.locator('#live-heading').focus();
    await chair.keyboard.press('n');
    // (Hằng's slip, called and not begun, goes back to the queue as Nhàn's is called.)
    await expect.poll(() => askers(chair)).toEqual(['Nguyễn Thị Thanh Hằng', 'Hồ Thị Ngọc Tường']);
    await secretary.getByRole('button', { name: 'Xóa phiếu 1' }).click();
    release();
    await secretary.getByRole('alert').filter({ hasText: 'Thứ tự phiếu chất vấn vừa được chủ tọa thay đổi sau khi anh/chị xem. Hãy xem lại rồi thực hiện lại.' }).waitFor();
    await expect.poll(() => askers(secretary)).toEqual(['Nguyễn Thị Thanh Hằng', 'Hồ Thị Ngọc Tường']);
    await secretary.context().close();
    await chair.context().close();
  });
});

describe('a question slip of a delegate the roll call marks away', () => {
  it('says so on the slip and in the asker list, as the speaker queue does, before the chair calls it up on the hall', async () => {
    const [, , hang, khoi, triet, sitting] = await seed(server.url, [
      ...COUNCIL,
      { type: 'delegate.add', fullName: 'Nguyễn Thị Thanh Hằng', seatNumber: 1 },
      { type: 'delegate.add', fullName: 'Bùi Văn Khôi', seatNumber: 9 },
      { type: 'delegate.add', fullName: 'Lương Nguyễn Minh Triết', title: 'Chủ tịch UBND thành phố', voting: false },
      { type: 'sitting.add', date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' },
    ] as const);
    const [respondent] = await seed(server.url, [
      { type: 'respondent.add', delegateId: triet.id, agency: 'UBND thành phố' },
      { type: 'attendance.open', sittingId: sitting.id },
      { type: 'attendance.mark', delegateId: khoi.id, status: 'excused' },
    ] as const);
    await seed(server.url, [
      { type: 'question.register', askerId: khoi.id, respondentId: respondent.id, text: 'Tiến độ cấp giấy chứng nhận quyền sử dụng đất lần đầu?' },
      { type: 'question.register', askerId: hang.id, respondentId: respondent.id, text: 'Giải pháp xử lý lấn chiếm đất công?' },
    ]);
    for (const lang of ['vi', 'en'] as const) {
      const page = await openPage(chromium.browser, server.url, lang);
      await page.setViewportSize({ width: 1366, height: 768 });
      await showView(page, view('questions'));
      const excused = lang === 'vi' ? 'Vắng có lý do' : 'Absent with leave';
      // Khôi's slip is marked, Hằng's is not.
      await expect.poll(() => page.getByTestId('slip-away').allTextContents()).toEqual([`(${excused})`]);
      expect(await page.locator('tr[data-slip]').first().getAttribute('aria-label')).toContain(`Bùi Văn Khôi`);
      expect(await page.locator('tr[data-slip]').first().getAttribute('aria-label')).toContain(`(${excused})`);
      expect(await page.locator('tr[data-slip]').nth(1).getAttribute('aria-label')).not.toContain('(');
      // The asker list says it too, as the speakers' does: he stays pickable (a slip handed in before he left).
      const box = page.getByRole('combobox', { name: lang === 'vi' ? 'Đại biểu chất vấn' : 'Asking delegate' });
      await box.fill('khoi');
      await page.getByRole('option', { name: /Bùi Văn Khôi/ }).getByText(lang === 'vi' ? 'vắng' : 'absent').waitFor();
      await page.context().close();
    }
  });
});
