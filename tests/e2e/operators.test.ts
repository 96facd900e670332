import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { answerAsk, commandSocket, failOnPageErrors, freePort, handled, onBrowser, openPage, serve, sharing, tempDataDir, type Served } from './harness';

const chromium = onBrowser();

const SEED = [
  { type: 'council.save', name: 'HĐND xã Tân Lạc', level: 'commune', term: 3, totalSeats: 6 },
  { type: 'session.create', number: 4, term: 3, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-08' },
  ...['Nguyễn Văn Dũng', 'Trần Thị Hoa', 'Lê Văn Tám', 'Phạm Thị Lan', 'Võ Văn Kiệt', 'Đặng Thị Mai'].map((fullName, i) => ({ type: 'delegate.add', fullName, seatNumber: i + 1 })),
  { type: 'agenda.add', title: 'Khai mạc kỳ họp', kind: 'opening', plannedMinutes: 10 },
  { type: 'agenda.add', title: 'Thảo luận tại hội trường', kind: 'discussion', plannedMinutes: 60 },
];

/** A fresh data folder served with the LAN listener on a port of its own, and the session seeded over the chair's socket. */
async function serveSeeded(): Promise<{ dataDir: string; lanPort: number; args: string[]; served: Served }> {
  const dataDir = tempDataDir();
  const [port, lanPort] = [await freePort(), await freePort()];
  const args = ['--port', String(port), '--lan-host', '127.0.0.1', '--lan-port', String(lanPort)];
  const served = await serve(dataDir, args);
  const seeding = await commandSocket(served.url);
  for (const c of SEED) expect(await seeding.send(c)).toMatchObject({ ok: true });
  seeding.close();
  return { dataDir, lanPort, args, served };
}

describe('two operators, one session, in Chromium', () => {
  let server: Served | undefined;
  afterAll(async () => {
    await server?.stop();
  });

  it('pairs the secretary, who keeps the roll and the queue while the chair runs the items; stale counts, roles, lost connection', async () => {
    const { dataDir, lanPort, args, served } = await serveSeeded();
    server = served;
    const chairWs = await commandSocket(server.url);

    // The chair adds an operator. LAN sharing is off: she is asked first, told where this console
    // will be reachable; no leaves it off and makes no code.
    const chair = await openPage(chromium.browser, server.url + '#hall', 'en');
    await chair.getByRole('button', { name: 'Add an operator' }).focus();
    await chair.keyboard.press('Enter');
    const shareAsked = await answerAsk(chair, false);
    expect(shareAsked).toContain('turns LAN sharing on');
    expect(shareAsked).toContain(`http://127.0.0.1:${lanPort}/`);
    expect(await sharing(served.url, {})).toMatchObject({ on: false, pairing: null });
    await expect.poll(() => chair.evaluate(() => document.activeElement?.textContent)).toBe('Add an operator');
    expect(await chair.getByTestId('pairing-code').count()).toBe(0);
    // Yes shares and makes the code, and the address to open on the second laptop.
    await chair.keyboard.press('Enter');
    expect(await answerAsk(chair, true)).toContain(`http://127.0.0.1:${lanPort}/`);
    const code = (await chair.getByTestId('pairing-code').textContent())!.replace(/\s/g, '');
    expect(code).toMatch(/^\d{6}$/);
    // The keyboard (and a screen reader) go on from the code, read as its digits.
    await expect.poll(() => chair.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('pairing-code');
    expect(await chair.getByTestId('pairing-code').getAttribute('aria-label')).toBeNull();
    await chair.getByText(`http://127.0.0.1:${lanPort}/pair`).first().waitFor();

    // The secretary's laptop: its own browser, the pairing page, a wrong code then the right one.
    const secretaryContext = await chromium.browser.newContext({ locale: 'vi', viewport: { width: 1366, height: 768 } });
    const secretary = await secretaryContext.newPage();
    failOnPageErrors(secretary);
    await secretary.goto(`http://127.0.0.1:${lanPort}/pair`);
    await secretary.getByLabel('Mã ghép nối (6 chữ số)').fill(code === '000000' ? '111111' : '000000');
    await secretary.getByLabel('Tên máy này').fill('Thư ký - laptop 2');
    await secretary.getByRole('button', { name: 'Ghép nối' }).click();
    await secretary.getByRole('alert').getByText('Mã ghép nối không đúng.').waitFor();
    await secretary.getByLabel('Mã ghép nối (6 chữ số)').fill(code);
    await secretary.getByRole('button', { name: 'Ghép nối' }).click();
    await secretary.getByText('Đã kết nối').waitFor();
    expect(await secretary.getByTestId('operator').textContent()).toBe('Thư ký - laptop 2 · Thư ký');
    // The credential is a cookie the page's script cannot read, and never in the address.
    expect(await secretary.evaluate(() => document.cookie)).toBe('');
    const [cookie] = await secretaryContext.cookies();
    expect(cookie).toMatchObject({ name: 'gavel_device', httpOnly: true, sameSite: 'Strict' });
    expect(secretary.url()).toBe(`http://127.0.0.1:${lanPort}/#speakers`);
    await secretary.getByRole('button', { name: /^Phát biểu/, exact: false }).and(secretary.locator('[aria-current="page"]')).waitFor(); // opens on the queue
    expect(secretary.url()).not.toContain(cookie.value);
    // The name box's key (`/`) sits on the label's line, not on a line of its own above the box.
    const [label, key] = await Promise.all([secretary.locator('label[for=speaker-person]').boundingBox(), secretary.locator('label[for=speaker-person] .shortcut').boundingBox()]);
    expect(label!.height).toBeLessThan(24);
    expect(key!.y).toBeLessThan(label!.y + label!.height);

    // The secretary's laptop can open the hall screen too (to project it).
    const secretaryHall = await secretaryContext.newPage();
    await secretaryHall.goto(`http://127.0.0.1:${lanPort}/hall`);
    await secretaryHall.locator('.screen header .council').getByText('HĐND xã Tân Lạc').waitFor();
    await secretaryHall.close();

    // The secretary's overlay panel shows an address a mixer's browser (no cookie) can open.
    await secretary.keyboard.press('Alt+9');
    const overlayUrl = (await secretary.getByTestId('overlay-url').textContent())!;
    expect(overlayUrl).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${lanPort}/overlay\\?token=`));
    expect((await fetch(overlayUrl)).status).toBe(200);
    // Opened straight on the Hall screen view (a reload there), it knows it is the secretary's
    // before it shows anything: no LAN sharing asked for and refused in front of her.
    await secretary.reload();
    await secretary.getByText('Chỉ máy của chủ tọa mới chia sẻ trong mạng nội bộ và ghép nối thiết bị.').waitFor();
    await handled(secretary);
    expect(await secretary.locator('p.error[role=alert]').allTextContents()).toEqual([]);

    // The chair sees the device, connected, and the code is used up.
    await expect.poll(() => chair.getByTestId('device-row').first().textContent()).toContain('Thư ký - laptop 2');
    // (the panel refreshes who is connected every 2 s)
    await expect.poll(() => chair.getByTestId('device-row').first().textContent(), { timeout: 10_000 }).toContain('Connected now');
    await chair.getByRole('button', { name: 'Add an operator' }).waitFor();

    // The hall follows both.
    const hallContext = await chromium.browser.newContext({ locale: 'vi', viewport: { width: 1920, height: 1080 } });
    const hall = await hallContext.newPage();
    await hall.goto(server.url + 'hall');

    // Secretary: the roll call.
    await secretary.keyboard.press('Alt+4');
    await secretary.getByRole('button', { name: 'Bắt đầu điểm danh' }).click();
    const seat = secretary.getByLabel('Số ghế, rồi một phím');
    await seat.fill('3');
    await seat.press('l');
    await expect.poll(() => secretary.getByLabel('Điểm danh Lê Văn Tám').inputValue()).toBe('late');

    // Chair: runs the items meanwhile.
    await chair.keyboard.press('Alt+5');
    await chair.keyboard.press('n');
    await expect.poll(() => chair.getByTestId('current-title').textContent()).toBe('Khai mạc kỳ họp');
    await chair.keyboard.press('n');
    await expect.poll(() => chair.getByTestId('current-title').textContent()).toBe('Thảo luận tại hội trường');

    // Secretary: speaker requests on the running item; the chair gives the floor.
    await secretary.keyboard.press('Alt+6');
    for (const typed of ['1', '2']) {
      const box = secretary.getByRole('combobox', { name: 'Người phát biểu' });
      await box.fill(typed);
      await box.press('Enter');
      await expect.poll(() => box.inputValue()).toBe('');
    }
    await chair.keyboard.press('Alt+6');
    await expect.poll(() => chair.locator('.queue li .name').allTextContents()).toEqual(['Nguyễn Văn Dũng', 'Trần Thị Hoa']);
    await chair.keyboard.press('n');
    await expect.poll(() => hall.getByTestId('hall-speaker').textContent()).toContain('Nguyễn Văn Dũng');

    // The chair's part is not the secretary's: her console says whose key it is and sends nothing.
    await secretary.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const hallBefore = await hall.getByTestId('hall-speaker').textContent();
    await secretary.keyboard.press('n');
    await expect
      .poll(() => secretary.getByRole('status').filter({ hasText: 'Phím n' }).textContent())
      .toBe('Phím n (Người tiếp theo) là của chủ tọa: máy này là máy của thư ký nên không gửi thao tác này.');
    await handled(secretary, hall);
    expect(await hall.getByTestId('hall-speaker').textContent()).toBe(hallBefore);
    // …and the secretary's console greys the chair's controls out, says why, and a click sends nothing.
    const nextSpeaker = secretary.getByRole('button', { name: 'Người tiếp theo', exact: true });
    expect(await nextSpeaker.getAttribute('aria-disabled')).toBe('true');
    expect(await nextSpeaker.getAttribute('title')).toBe('Thao tác của chủ tọa: máy này là máy của thư ký.');
    expect(await secretary.getByRole('button', { name: 'Thêm vào hàng chờ' }).getAttribute('aria-disabled')).toBeNull();
    expect(await chair.getByRole('button', { name: 'Next speaker', exact: true }).getAttribute('aria-disabled')).toBeNull();
    await nextSpeaker.click({ force: true });
    await handled(secretary, hall, chair);
    expect(await hall.getByTestId('hall-speaker').textContent()).toContain('Nguyễn Văn Dũng');
    expect(await chair.locator('.queue li .name').allTextContents()).toEqual(['Trần Thị Hoa']);
    await secretary.keyboard.press('Alt+1');
    expect(await secretary.locator('button[aria-disabled=true]').count()).toBeGreaterThan(0);
    await secretary.keyboard.press('Alt+6');

    // A count typed against an older tally is refused, never a silent overwrite.
    const vote = (await chairWs.send({ type: 'vote.create', resolutionTitle: 'Nghị quyết về kế hoạch đầu tư công năm 2027', method: 'hands' })) as { value: { id: number } };
    expect(await chairWs.send({ type: 'vote.open', id: vote.value.id, present: 6 })).toMatchObject({ ok: true });
    await secretary.keyboard.press('Alt+8');
    await secretary.getByLabel('Tán thành', { exact: true }).fill('5');
    expect(await chairWs.send({ type: 'vote.tally', id: vote.value.id, for: 4, against: 1, abstain: 0, seen: 0 })).toMatchObject({ ok: true });
    await secretary.getByLabel('Không tán thành', { exact: true }).fill('1');
    await secretary.getByLabel('Không tán thành', { exact: true }).press('Enter');
    await expect.poll(() => secretary.getByRole('alert').first().textContent()).toBe(
      'Kết quả kiểm phiếu vừa được chủ tọa thay đổi sau khi anh/chị xem. Hãy xem lại rồi thực hiện lại.',
    );
    // The form now shows the chair's count; entered again, it goes through.
    await expect.poll(() => secretary.getByLabel('Tán thành', { exact: true }).inputValue()).toBe('4');
    await secretary.getByLabel('Tán thành', { exact: true }).fill('5');
    await secretary.getByLabel('Không tán thành', { exact: true }).press('Enter');
    await expect.poll(() => secretary.getByRole('alert').count()).toBe(0);

    // Lost connection: both say so at once, keep the last state, refuse commands visibly…
    chairWs.close();
    await server.stop('SIGKILL');
    // The chair's own console lost Gavel on its own computer; the secretary's lost the chair's computer.
    await chair.getByText('Lost the connection to the Gavel program running on this computer.', { exact: false }).waitFor();
    await secretary.getByText('Mất kết nối tới máy chủ tọa.', { exact: false }).waitFor();
    expect(await secretary.getByRole('heading', { name: 'Nghị quyết về kế hoạch đầu tư công năm 2027' }).count()).toBeGreaterThan(0);
    await secretary.getByLabel('Tán thành', { exact: true }).fill('6');
    await secretary.getByLabel('Không tán thành', { exact: true }).fill('0');
    await secretary.getByLabel('Không tán thành', { exact: true }).press('Enter');
    await expect.poll(() => secretary.locator('[role=alert]').allTextContents()).toContain('Chưa kết nối được nên lệnh chưa được gửi. Máy sẽ tự kết nối lại; khi đó hãy thử lại.');

    // …and catch up by themselves when the server is back: sharing was on, so it is on again,
    // on the same port, and the chair's screen says so.
    server = await serve(dataDir, args);
    await chair.getByText('Connected').waitFor();
    await chair.keyboard.press('Alt+9');
    await chair.getByRole('button', { name: 'Stop sharing' }).waitFor();
    await secretary.getByText('Đã kết nối').waitFor();
    // The count typed while offline was never sent: the engine still has the 5 recorded before.
    expect(await secretary.getByLabel('Tán thành', { exact: true }).inputValue()).toBe('6');
    await chair.keyboard.press('Alt+8');
    await expect.poll(() => chair.locator('.margin').textContent()).toBe('Needs 4, has 5');
    await chair.keyboard.press('Alt+9');

    // Revoked, after a question in the page: the secretary's socket closes at once and the credential no longer opens Gavel.
    await chair.getByRole('button', { name: 'Revoke Thư ký - laptop 2' }).click();
    const asked = await answerAsk(chair, true);
    await secretary.getByText('Chủ tọa đã thu hồi quyền truy cập của máy này', { exact: false }).waitFor();
    // The question tells this laptop from another of the same name: when it was paired, from where, whether it is on.
    expect(asked).toMatch(
      /^Revoke Thư ký - laptop 2\?\nPaired at \d\d:\d\d on \d{1,2} \w{3} \d{4} · address 127\.0\.0\.1 · Connected now\n\nIt is disconnected at once and can only be used again after pairing with a new code\.$/,
    );
    // It says it is revoked, not that it is reconnecting.
    expect(await secretary.locator('.conn').textContent()).toBe('Đã bị thu hồi quyền');
    await secretary.waitForTimeout(2500);
    expect(await secretary.locator('.conn').textContent()).toBe('Đã bị thu hồi quyền');
    // Its controls are plainly off (they did nothing, yet looked usable): every box and button of
    // the view is disabled, and one banner says why and links to pair again.
    expect(await secretary.getByLabel('Tán thành', { exact: true }).isDisabled()).toBe(true);
    expect(await secretary.locator('main :is(button, input, select, textarea):enabled').count()).toBe(0);
    expect(await secretary.locator('main [role=alert]:visible').allTextContents()).toEqual([expect.stringMatching(/^Chủ tọa đã thu hồi quyền truy cập/)]);
    expect(await secretary.getByRole('link', { name: 'ghép nối lại máy này' }).getAttribute('href')).toBe('/pair');
    const again = await secretary.goto(`http://127.0.0.1:${lanPort}/`);
    expect(again!.status()).toBe(403);

    // Afterwards the journal says who did what, in the chair's console.
    const activity = () => chair.getByTestId('operator-activity').textContent();
    // The journal's own sentences (lib/activity.ts), with the device and the time.
    await expect.poll(activity).toMatch(/\d\d:\d\d · Thư ký - laptop 2: Marked Lê Văn Tám late/);
    await expect.poll(activity).toContain('Thư ký - laptop 2: Nguyễn Văn Dũng asked to speak');
    await expect.poll(activity).toMatch(/Thư ký - laptop 2: Entered the count of “[^”]+”: 5 in favour, 1 against, 0 abstaining/);
    await secretaryContext.close();
    await hallContext.close();
  });
});

describe('LAN sharing after a restart, in Chromium', () => {
  let server: Served | undefined;
  afterAll(async () => {
    await server?.stop();
  });

  it('tells the chair on any view that sharing moved to another port, and that a copied data folder does not share', async () => {
    const { dataDir, lanPort, args, served } = await serveSeeded();
    server = served;
    let chair = await openPage(chromium.browser, server.url + '#hall', 'en');
    await chair.getByRole('button', { name: 'Share with screens on the LAN' }).click();
    await chair.getByTestId('display-url').first().waitFor();
    await chair.close();
    await server.stop('SIGKILL'); // killed while sharing: the next start shares again

    // Another program took the LAN port meanwhile.
    const squatter = net.createServer();
    await new Promise<void>((resolve) => squatter.listen(lanPort, '127.0.0.1', resolve));
    try {
      server = await serve(dataDir, args);
      chair = await openPage(chromium.browser, server.url + '#live', 'en');
      failOnPageErrors(chair);
      const banner = chair.getByTestId('sharing-notice');
      await expect.poll(() => banner.textContent()).toMatch(/LAN sharing is on again at a new address \(port \d+\): the hall screens and the secretary’s laptop must open it\./);
      const newPort = /port (\d+)/.exec((await banner.textContent())!)![1];
      expect(Number(newPort)).not.toBe(lanPort);
      await banner.getByRole('button', { name: 'Show the address' }).click();
      const notice = chair.getByTestId('lan-notice');
      await expect.poll(() => notice.textContent()).toContain(`port ${lanPort} is used by another program, so Gavel shares on port ${newPort}.`);
      expect(await notice.textContent()).toContain(`open http://127.0.0.1:${newPort}/ (it stays paired)`);
      expect(await notice.isVisible()).toBe(true);
      await chair.close();
      await server.stop();
    } finally {
      squatter.close();
    }

    // The folder copied elsewhere and opened there: not shared, and the chair is told why.
    const copy = tempDataDir();
    fs.cpSync(dataDir, copy, { recursive: true });
    server = await serve(copy, ['--lan-host', '127.0.0.1']);
    chair = await openPage(chromium.browser, server.url + '#live', 'vi');
    await expect.poll(() => chair.getByTestId('sharing-notice').textContent()).toContain('Chưa bật lại chia sẻ trong mạng nội bộ: thư mục dữ liệu này là bản sao của một thư mục đã được chia sẻ ở nơi khác.');
    expect(server.output()).not.toContain('LAN sharing is on');
    // Read: "Got it" puts the banner away; the Hall screen view's panel still says it.
    await chair.getByTestId('sharing-notice').getByRole('button', { name: 'Đã hiểu' }).click();
    await expect.poll(() => chair.getByTestId('sharing-notice').count()).toBe(0);
    expect(fs.existsSync(path.join(copy, 'lan-sharing.json'))).toBe(false);
    await chair.close();
  });
});
