/**
 * The secretary's console on a second laptop, as she works through a sitting: what it offers her
 * (only her part, the chair's greyed and not typed into), and what it does when the hall's Wi-Fi
 * drops or the chair's computer freezes while she registers a speaker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Command } from '../../electron/engine/commands';
import { answerAsk, failOnPageErrors, freePort, handled, launch, openPage, pairingCode, pairSecretary, seed, serve, sharing, tempDataDir, type Served } from './harness';

let browser: Browser;
let server: Served | undefined;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  if (server) process.kill(server.process.pid!, 'SIGCONT');
  await server?.stop();
  await browser?.close();
});

/** A commune council's session with `more` seeded, served with LAN sharing on loopback. */
async function serveShared(more: Command[] = []): Promise<{ served: Served; lanPort: number }> {
  const [port, lanPort] = [await freePort(), await freePort()];
  const served = await serve(tempDataDir(), ['--port', String(port), '--lan-host', '127.0.0.1', '--lan-port', String(lanPort)]);
  await seed(served.url, [
    { type: 'council.save', name: 'HĐND xã Tân Lạc', level: 'commune', term: 3, totalSeats: 35 },
    { type: 'session.create', number: 4, term: 3, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-08' },
    ...more,
  ]);
  return { served, lanPort };
}

const queue = (page: Page) => page.locator('.queue li .name').allTextContents();
const speeches = (page: Page) => page.evaluate(() => JSON.stringify(window.__gavelState!()!.speakers));

describe('the secretary’s console through a dropped connection', () => {
  it('says it is offline within seconds, and a request to speak made meanwhile is recorded once when it is back', async () => {
    const { served, lanPort } = await serveShared([
      ...['Nguyễn Thị Hằng', 'Đặng Quốc Việt', 'Lê Văn Tám', 'Phạm Thị Lan'].map((fullName, i) => ({ type: 'delegate.add' as const, fullName, seatNumber: i + 1 })),
      { type: 'agenda.add', title: 'Thảo luận tại hội trường về dự toán ngân sách năm 2027', kind: 'discussion', plannedMinutes: 60 },
      { type: 'item.start', id: 1 },
    ]);
    server = served;
    const chair = await openPage(browser, server.url + '#speakers', 'en');

    const context = await browser.newContext({ locale: 'vi', viewport: { width: 1366, height: 768 } });
    const secretary = await context.newPage();
    failOnPageErrors(secretary);
    const code = await pairingCode(server.url);
    // The chair's computer's address, typed bare (without /pair): the pairing form, not "Forbidden".
    const landed = await secretary.goto(`http://127.0.0.1:${lanPort}/`);
    expect(landed!.status()).toBe(200);
    await secretary.getByRole('heading', { name: 'Ghép nối máy thư ký' }).waitFor();
    await secretary.getByLabel('Mã ghép nối (6 chữ số)').fill(code);
    await secretary.getByLabel('Tên máy này').fill('Thư ký - laptop 2');
    await secretary.getByLabel('Tên máy này').press('Enter');
    await secretary.getByText('Đã kết nối').waitFor();
    const conn = secretary.locator('.conn');
    const banner = secretary.getByRole('alert').filter({ hasText: 'Mất kết nối tới máy chủ tọa.' });

    const register = async (typed: string) => {
      const box = secretary.getByRole('combobox', { name: 'Người phát biểu' });
      await box.fill(typed);
      await box.press('Enter');
    };

    // The Wi-Fi drops: the socket stays "open", nothing gets through either way.
    await context.setOffline(true);
    await register('Hằng');
    // Within seconds, not "Đã kết nối" for minutes over a dead socket.
    await expect.poll(() => conn.textContent(), { timeout: 12_000 }).toBe('Đang kết nối lại…');
    await banner.waitFor();
    // Nothing typed vanished while it waits: the box is free for the next name, and a line under
    // it says whose request waits for its answer; the chair has not seen the request yet.
    expect(await secretary.getByRole('combobox', { name: 'Người phát biểu' }).inputValue()).toBe('');
    expect(await secretary.getByTestId('sending').textContent()).toBe('Đang gửi, chờ trả lời: Nguyễn Thị Hằng…');
    expect(await queue(chair)).toEqual([]);

    // Back on the Wi-Fi: it says so, and the request is in the queue once, on both consoles.
    await context.setOffline(false);
    await expect.poll(() => conn.textContent(), { timeout: 10_000 }).toBe('Đã kết nối');
    // Where the warning was, a line says it is back (then goes).
    await secretary.getByRole('status').filter({ hasText: 'Kết nối đã được khôi phục: màn hình đang hiển thị trạng thái mới nhất.' }).waitFor();
    await expect.poll(() => queue(secretary), { timeout: 10_000 }).toEqual(['Nguyễn Thị Hằng']);
    await expect.poll(() => queue(chair)).toEqual(['Nguyễn Thị Hằng']);
    // The queue is the state, sent before the command's reply: the line under the box goes with the reply.
    await expect.poll(() => secretary.getByTestId('sending').count()).toBe(0);
    expect(await banner.count()).toBe(0);
    expect(await secretary.locator('p.error[role=alert]').allTextContents()).toEqual([]);
    expect(await secretary.getByRole('combobox', { name: 'Người phát biểu' }).inputValue()).toBe('');

    // The chair's computer freezes after the request reached it but before it answered: the
    // console counts the connection lost, and asks again when it is back; the engine had run it
    // already, so it answers with the reply it gave, rather than queue Đặng Quốc Việt twice
    // (or refuse him as already waiting, in front of the secretary who just registered him).
    process.kill(server.process.pid!, 'SIGSTOP');
    await register('Việt');
    await expect.poll(() => conn.textContent(), { timeout: 12_000 }).toBe('Đang kết nối lại…');
    process.kill(server.process.pid!, 'SIGCONT');
    await expect.poll(() => conn.textContent(), { timeout: 15_000 }).toBe('Đã kết nối');
    await expect.poll(() => queue(secretary), { timeout: 10_000 }).toEqual(['Nguyễn Thị Hằng', 'Đặng Quốc Việt']);
    await expect.poll(() => queue(chair)).toEqual(['Nguyễn Thị Hằng', 'Đặng Quốc Việt']);
    // Its reply (the one the engine kept), not a sleep, is what a refusal would come with.
    await expect.poll(() => secretary.getByTestId('sending').count()).toBe(0);
    expect(await secretary.locator('p.error[role=alert]').allTextContents()).toEqual([]);
    // The two consoles hold the same queue, row for row, and the same state whole.
    expect(await speeches(secretary)).toEqual(await speeches(chair));
    const held = (page: Page) => page.evaluate(() => JSON.stringify(window.__gavelState!()));
    await expect.poll(async () => (await held(secretary)) === (await held(chair))).toBe(true);
    await context.close();
    await chair.context().close();
    await server.stop();
    server = undefined;
  });

  it('says the chair stopped sharing, or closed Gavel, rather than "Reconnecting…" for ever, and comes back by itself', async () => {
    const { served, lanPort } = await serveShared();
    server = served;
    const { context, secretary } = await pairSecretary(browser, server.url, lanPort, 'vi');
    // A display on the hall's TV: its token address only, no pairing.
    const tv = await browser.newContext({ locale: 'vi' });
    const hall = await tv.newPage();
    failOnPageErrors(hall);
    await hall.goto((await sharing(server.url, {})).urls[0]);
    await hall.locator('main.page').waitFor();
    // Her own laptop's hall screen (the console's "Open hall screen" link: her pairing, no token).
    const ownHall = await context.newPage();
    failOnPageErrors(ownHall);
    await ownHall.goto(`http://127.0.0.1:${lanPort}/hall`);
    await ownHall.locator('main.page').waitFor();

    await sharing(server.url, { enable: false });
    await secretary
      .getByRole('alert')
      .filter({ hasText: 'Máy chủ tọa đã dừng chia sẻ qua mạng LAN. Màn hình này sẽ tự kết nối lại khi chủ tọa bật lại chia sẻ; trong lúc chờ, màn hình giữ trạng thái nhận được gần nhất và chưa gửi được lệnh.' })
      .waitFor();
    expect(await secretary.locator('.conn').textContent()).toBe('Đã dừng chia sẻ');
    // The display's address dies with the sharing (a new token when it is on again): it says what to do.
    await hall.getByText('Máy chủ tọa đã dừng chia sẻ qua mạng LAN. Khi chủ tọa bật lại chia sẻ, hãy mở địa chỉ mới hiển thị trong mục Màn hình hội trường trên máy của chủ tọa.').waitFor();
    // Hers comes back by itself, as her console does: no new address to go and find.
    await ownHall.getByRole('status').filter({ hasText: 'Máy chủ tọa đã dừng chia sẻ qua mạng LAN. Màn hình này sẽ tự kết nối lại khi chủ tọa bật lại chia sẻ.' }).waitFor();
    // Still trying behind the sentence: sharing again brings the secretary back by herself.
    await secretary.waitForTimeout(2500);
    await sharing(server.url, { enable: true });
    await secretary.getByText('Đã kết nối').waitFor({ timeout: 10_000 });
    expect(await secretary.getByText('Máy chủ tọa đã dừng chia sẻ').count()).toBe(0);
    await expect.poll(() => ownHall.getByText('Máy chủ tọa đã dừng chia sẻ').count(), { timeout: 10_000 }).toBe(0);

    // Gavel closed on the chair's computer: said apart from sharing stopped.
    await server.stop();
    server = undefined;
    await secretary.getByRole('alert').filter({ hasText: 'Gavel đã tắt trên máy chủ tọa. Màn hình này sẽ tự kết nối lại khi Gavel được mở lại trên máy đó' }).waitFor();
    expect(await secretary.locator('.conn').textContent()).toBe('Gavel đã tắt');
    await context.close();
    await tv.close();
  });

  it('registers a speaker for the item she was typing on, when the chair moves the Speakers view to another meanwhile', async () => {
    const { served, lanPort } = await serveShared([
      ...['Nguyễn Thị Hằng', 'Đặng Quốc Việt'].map((fullName, i) => ({ type: 'delegate.add' as const, fullName, seatNumber: i + 1 })),
      { type: 'agenda.add', title: 'Thảo luận về dự toán ngân sách năm 2027', kind: 'discussion', plannedMinutes: 60 },
      { type: 'agenda.add', title: 'Thảo luận về bảng giá đất', kind: 'discussion', plannedMinutes: 45 },
      { type: 'item.start', id: 1 },
    ]);
    server = served;
    const chair = await openPage(browser, server.url + '#speakers', 'en');
    const { context, secretary } = await pairSecretary(browser, server.url, lanPort, 'vi');

    // She begins typing a name on the budget debate's queue…
    const box = secretary.getByRole('combobox', { name: 'Người phát biểu' });
    await box.fill('Hằng');
    // …and the chair looks at the land prices' queue before she has finished.
    await chair.locator('.head select').selectOption('2');
    const notice = secretary.getByRole('status').filter({ hasText: 'Hàng chờ đang hiển thị đã chuyển sang mục khác' });
    await expect.poll(() => notice.textContent()).toContain('mục 1. Thảo luận về dự toán ngân sách năm 2027');
    await box.press('Enter');
    await secretary.getByText('Đã thêm Nguyễn Thị Hằng vào hàng chờ của mục 1. Thảo luận về dự toán ngân sách năm 2027.').waitFor();
    // Not in the land prices' queue shown on both screens; in the budget debate's.
    await handled(secretary, chair);
    expect(await queue(secretary)).toEqual([]);
    expect(await queue(chair)).toEqual([]);
    await chair.locator('.head select').selectOption('1');
    await expect.poll(() => queue(chair)).toEqual(['Nguyễn Thị Hằng']);
    await handled(chair, secretary);
    expect(await notice.count()).toBe(0);
    expect(await secretary.locator('p.error[role=alert]').allTextContents()).toEqual([]);
    await context.close();
    await chair.context().close();
    await server.stop();
    server = undefined;
  });

  it('lets the secretary take back her own withdrawal with Ctrl+Z, over the LAN, and not the chair’s call', async () => {
    const { served, lanPort } = await serveShared([
      ...['Nguyễn Thị Hằng', 'Đặng Quốc Việt'].map((fullName, i) => ({ type: 'delegate.add' as const, fullName, seatNumber: i + 1 })),
      { type: 'agenda.add', title: 'Thảo luận về dự toán ngân sách năm 2027', kind: 'discussion', plannedMinutes: 60 },
      { type: 'item.start', id: 1 },
    ]);
    server = served;
    const chair = await openPage(browser, server.url + '#speakers', 'en');
    const { context, secretary } = await pairSecretary(browser, server.url, lanPort, 'vi');
    const box = secretary.getByRole('combobox', { name: 'Người phát biểu' });
    for (const name of ['Hằng', 'Việt']) {
      await box.fill(name);
      await box.press('Enter');
    }
    await expect.poll(() => queue(secretary)).toEqual(['Nguyễn Thị Hằng', 'Đặng Quốc Việt']);

    // w on the wrong row, then Ctrl+Z from her own keyboard: Việt is back in his place.
    await secretary.locator('.queue li').nth(1).focus();
    await secretary.keyboard.press('w');
    await expect.poll(() => queue(secretary)).toEqual(['Nguyễn Thị Hằng']);
    await secretary.keyboard.press('Control+z');
    await expect.poll(() => queue(chair)).toEqual(['Nguyễn Thị Hằng', 'Đặng Quốc Việt']);

    // The chair calls the next speaker: that step is the chair's, on her screen and to her keys.
    await chair.keyboard.press('n');
    await expect.poll(() => secretary.getByTestId('floor-name').textContent()).toBe('Nguyễn Thị Hằng');
    const undo = secretary.getByRole('button', { name: /^Hoàn tác/ });
    await expect.poll(() => undo.isDisabled()).toBe(true);
    expect(await undo.getAttribute('title')).toBe('Thao tác cuối cùng ở đây được thực hiện trên máy khác; máy này chỉ hoàn tác thao tác của chính mình.');
    await secretary.locator('body').click({ position: { x: 5, y: 300 } });
    await secretary.keyboard.press('Control+z');
    await expect.poll(() => secretary.locator('p.error[role=alert]').textContent()).toContain('được thực hiện trên máy của chủ tọa, nên chỉ máy đó được hoàn tác');
    expect(await chair.getByTestId('floor-name').textContent()).toBe('Nguyễn Thị Hằng');
    await context.close();
    await chair.context().close();
    await server.stop();
    server = undefined;
  });

  it.each([
    ['vi', 'Người phát biểu', '«đăng ký (Đặng Quốc Việt)» không hoàn tác được nữa; máy của chủ tọa có thể bỏ qua thao tác này để hoàn tác được các thao tác trước đó.', '«đăng ký (Đặng Quốc Việt)» không hoàn tác được nữa: máy của chủ tọa có thể bỏ qua thao tác này.', /^Hoàn tác/],
    ['en', 'Person', '“registration (Đặng Quốc Việt)” can no longer be undone; the chair’s console can set it aside, so the steps before it can be undone.', '“registration (Đặng Quốc Việt)” can no longer be undone: the chair’s console can set it aside.', /^Undo/],
  ] as const)('(%s) tells the secretary whose own request can no longer be undone that the chair’s console can set it aside, offering her no button for it', async (lang, boxName, sentence, reason, undoName) => {
    const { served, lanPort } = await serveShared([
      ...['Nguyễn Thị Hằng', 'Đặng Quốc Việt'].map((fullName, i) => ({ type: 'delegate.add' as const, fullName, seatNumber: i + 1 })),
      { type: 'agenda.add', title: 'Thảo luận về dự toán ngân sách năm 2027', kind: 'discussion', plannedMinutes: 60 },
      { type: 'item.start', id: 1 },
    ]);
    server = served;
    const chair = await openPage(browser, server.url + '#roster', 'en');
    const { context, secretary } = await pairSecretary(browser, server.url, lanPort, lang);
    const box = secretary.getByRole('combobox', { name: boxName });
    await box.fill('Việt');
    await box.press('Enter');
    await expect.poll(() => queue(secretary)).toEqual(['Đặng Quốc Việt']);
    // The chair removes the delegate she registered: her request is gone with him.
    await chair.getByRole('button', { name: 'Remove Đặng Quốc Việt' }).click();
    await answerAsk(chair, true);
    await expect.poll(() => queue(secretary)).toEqual([]);
    const second = await context.newPage();
    await second.goto(secretary.url());
    await expect.poll(() => second.getByRole('button', { name: undoName }).count()).toBe(1);
    await secretary.locator('body').click({ position: { x: 5, y: 300 } });
    await secretary.keyboard.press('Control+z');
    const toast = secretary.getByRole('status').filter({ hasText: sentence });
    await toast.waitFor();
    expect(await toast.getByRole('button').count()).toBe(0);
    // Her Undo button gives way to the reason, until the chair sets the step aside.
    await secretary.getByTestId('undo-there').filter({ hasText: reason }).waitFor();
    expect(await secretary.getByRole('button', { name: undoName }).count()).toBe(0);
    // Her second console (another window of the same laptop, open all along) knows it too, without
    // pressing anything; and after a reload.
    await second.getByTestId('undo-there').filter({ hasText: reason }).waitFor();
    expect(await second.getByRole('button', { name: undoName }).count()).toBe(0);
    await second.reload();
    await second.getByTestId('undo-there').filter({ hasText: reason }).waitFor();
    await context.close();
    await chair.context().close();
    await server.stop();
    server = undefined;
  });

  it('tells both consoles where someone called from another item’s queue went back to when the chair presses n before they spoke', async () => {
    const { served, lanPort } = await serveShared([
      ...['Nguyễn Thị Hằng', 'Đặng Quốc Việt'].map((fullName, i) => ({ type: 'delegate.add' as const, fullName, seatNumber: i + 1 })),
      { type: 'agenda.add', title: 'Thảo luận về dự toán ngân sách năm 2027', kind: 'discussion', plannedMinutes: 60 },
      { type: 'agenda.add', title: 'Thảo luận về bảng giá đất', kind: 'discussion', plannedMinutes: 45 },
      // Hằng called from the budget debate's queue, not yet speaking; the Speakers view then on the land prices, Việt waiting there.
      { type: 'speaker.focus', agendaItemId: 1 },
      { type: 'speaker.request', delegateId: 1 },
      { type: 'speaker.next' },
      { type: 'speaker.focus', agendaItemId: 2 },
      { type: 'speaker.request', delegateId: 2 },
    ]);
    server = served;
    const chair = await openPage(browser, server.url + '#speakers', 'en');
    const { context, secretary } = await pairSecretary(browser, server.url, lanPort, 'vi');
    await expect.poll(() => secretary.getByTestId('floor-name').textContent()).toBe('Nguyễn Thị Hằng');
    expect(await secretary.getByTestId('went-back').count()).toBe(0);

    await chair.locator('body').click({ position: { x: 5, y: 300 } });
    await chair.keyboard.press('n');
    await expect.poll(() => secretary.getByTestId('floor-name').textContent()).toBe('Đặng Quốc Việt');
    // The secretary's console, which pressed nothing, says it as the chair's does, each in its language.
    await expect.poll(() => secretary.getByTestId('went-back').textContent()).toBe('Nguyễn Thị Hằng chưa phát biểu, đã trở lại danh sách chờ phát biểu của mục 1. Thảo luận về dự toán ngân sách năm 2027.');
    expect(await chair.getByTestId('went-back').textContent()).toBe('Nguyễn Thị Hằng had not spoken and is back in the speaker queue of item 1. Thảo luận về dự toán ngân sách năm 2027.');
    // A console opened afterwards (a reload) reads it from the state too.
    await secretary.reload();
    await expect.poll(() => secretary.getByTestId('went-back').textContent()).toContain('Nguyễn Thị Hằng chưa phát biểu');
    // The next step at the rostrum replaces it on both.
    await chair.keyboard.press(' ');
    await expect.poll(() => secretary.getByTestId('went-back').count()).toBe(0);
    await expect.poll(() => chair.getByTestId('went-back').count()).toBe(0);
    await context.close();
    await chair.context().close();
    await server.stop();
    server = undefined;
  });

  it('offers the secretary her part only: the chair’s forms are read, not typed into, and the new-vote form is not shown', async () => {
    const { served, lanPort } = await serveShared([
      { type: 'delegate.add', fullName: 'Nguyễn Thị Hằng', seatNumber: 1 },
      { type: 'delegate.add', fullName: 'Bùi Quang Huy', title: 'Chủ tịch UBND xã', voting: false },
      { type: 'respondent.add', delegateId: 2, agency: 'UBND xã' },
      { type: 'vote.create', resolutionTitle: 'Nghị quyết về dự toán ngân sách năm 2027', method: 'hands' },
    ]);
    server = served;
    const { context, secretary } = await pairSecretary(browser, server.url, lanPort, 'en');
    const chair = await openPage(browser, server.url + '#votes', 'en');

    // Votes: the vote in hand, not a form for a new one; the draft's details are read, not edited.
    await secretary.keyboard.press('Alt+8');
    await secretary.getByRole('heading', { name: 'Nghị quyết về dự toán ngân sách năm 2027' }).waitFor();
    expect(await secretary.getByRole('heading', { name: 'New vote' }).count()).toBe(0);
    expect(await secretary.getByLabel('Resolution title').isDisabled()).toBe(true);
    expect(await secretary.getByLabel('Number present').isDisabled()).toBe(true);
    expect(await secretary.getByRole('button', { name: 'Change the council’s rules' }).getAttribute('aria-disabled')).toBe('true');
    // The chair's console has all of it.
    await chair.getByRole('heading', { name: 'New vote' }).waitFor();
    expect(await chair.getByLabel('Resolution title').first().isDisabled()).toBe(false);
    expect(await chair.getByLabel('Number present').isDisabled()).toBe(false);

    // Questions: who answers and the topics are hers, as the slips are (common/roles.ts): their boxes take her changes.
    await secretary.keyboard.press('Alt+7');
    await secretary.getByRole('button', { name: 'Respondents and topics' }).click();
    const agency = secretary.getByLabel('Agency of Bùi Quang Huy');
    expect(await agency.inputValue()).toBe('UBND xã');
    expect(await agency.isDisabled()).toBe(false);
    expect(await secretary.getByRole('combobox', { name: 'Person from the roster' }).isDisabled()).toBe(false);

    // Council & session: a new session is the chair's; Tab no longer stops in its boxes.
    await secretary.keyboard.press('Alt+1');
    expect(await secretary.getByLabel('Session number').isDisabled()).toBe(true);
    expect(await secretary.getByLabel('Name of the council').isDisabled()).toBe(true);
    await handled(secretary);
    expect(await secretary.locator('[role=alert]').allTextContents()).toEqual([]);
    await context.close();
  });
});
