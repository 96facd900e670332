import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Page } from 'playwright-core';
import { alerts, onBrowser, openPage, serve, tempDataDir, type Served } from './harness';

const chromium = onBrowser();

async function setUpSession(page: Page) {
  await page.getByLabel('Name of the council').fill('HĐND tỉnh Hòa Bình');
  await page.getByLabel('Term', { exact: true }).first().fill('16');
  await page.getByLabel('Total council seats').fill('58');
  await page.getByRole('button', { name: 'Save council' }).click();
  await expect.poll(() => page.locator('.top .council').textContent()).toBe('HĐND tỉnh Hòa Bình');
  await page.getByLabel('Session number').fill('11');
  await page.locator('input[name=sessionTerm]').fill('16');
  await page.getByLabel('Title (optional)').fill('Kỳ họp thường lệ cuối năm 2026');
  await page.getByLabel('Opens on').fill('2026-12-08');
  await page.getByLabel('Closes on').fill('2026-12-09');
  await page.getByRole('button', { name: 'Create session' }).click();
  await page.getByText('Session 11, term XVI').first().waitFor();
}

async function addDelegate(page: Page, name: string, seat: string, group: string) {
  await page.getByLabel('Full name').fill(name);
  await page.getByLabel('Delegate group').fill(group);
  await page.getByLabel('Seat', { exact: true }).fill(seat);
  await page.getByRole('button', { name: 'Add to roster' }).click();
}

describe('foundation in Chromium', () => {
  let server: Served;
  const dataDir = tempDataDir();

  afterAll(async () => {
    await server?.stop();
  });

  it('sets up a session, roster and agenda that survive reload, restart and kill -9', async () => {
    server = await serve(dataDir);
    const page = await openPage(chromium.browser, server.url, 'en');
    await setUpSession(page);

    await page.keyboard.press('Alt+2');
    await addDelegate(page, 'Nguyễn Văn Dũng', '1', 'Tổ 1');
    await page.getByRole('cell', { name: 'Nguyễn Văn Dũng', exact: true }).waitFor();
    await addDelegate(page, 'Trần Thị Hoa', '2', 'Tổ 1');
    await page.getByRole('cell', { name: 'Trần Thị Hoa', exact: true }).waitFor();
    await addDelegate(page, 'Lê Văn Tám', '3', 'Tổ 2');
    await page.getByRole('cell', { name: 'Lê Văn Tám', exact: true }).waitFor();

    // An invalid entry: a taken seat. The message is readable and nothing is added.
    await addDelegate(page, 'Phạm Văn Đồng', '2', 'Tổ 2');
    await expect.poll(() => alerts(page).textContent()).toBe('Seat 2 is already taken by Trần Thị Hoa.');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(3);

    // Search without diacritics, and by seat.
    await page.getByLabel('Search by name or seat').fill('tran thi hoa');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    await page.getByLabel('Search by name or seat').fill('3');
    await expect.poll(() => page.locator('tbody td.name').allTextContents()).toEqual(['Lê Văn Tám']);
    await page.getByLabel('Search by name or seat').fill('');

    await page.keyboard.press('Alt+3');
    for (const [title, kind, minutes] of [
      ['Khai mạc kỳ họp', 'opening', '15'],
      ['Báo cáo tình hình kinh tế - xã hội năm 2026', 'report', '20'],
      ['Bế mạc', 'closing', '10'],
    ]) {
      await page.getByLabel('Title', { exact: true }).fill(title);
      await page.getByLabel('Kind', { exact: true }).selectOption(kind);
      await page.getByLabel('Minutes', { exact: true }).fill(minutes);
      await page.getByRole('button', { name: 'Add item' }).click();
      await page.getByRole('cell', { name: title, exact: true }).waitFor();
    }
    // Bad duration: readable error, nothing added.
    await page.getByLabel('Title', { exact: true }).fill('Giải lao');
    await page.getByLabel('Minutes', { exact: true }).fill('-5');
    await page.getByRole('button', { name: 'Add item' }).click();
    await expect.poll(() => alerts(page).textContent()).toBe('Planned minutes must be at least 0.');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(3);

    // Reorder by keyboard: the closing item moves up one place.
    await page.getByRole('row', { name: '3. Bế mạc' }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    const titles = () => page.locator('tbody td.title').allTextContents();
    await expect.poll(titles).toEqual(['Khai mạc kỳ họp', 'Bế mạc', 'Báo cáo tình hình kinh tế - xã hội năm 2026']);
    // …and back by mouse.
    await page.getByRole('button', { name: 'Move Bế mạc down' }).click();
    const expected = ['Khai mạc kỳ họp', 'Báo cáo tình hình kinh tế - xã hội năm 2026', 'Bế mạc'];
    await expect.poll(titles).toEqual(expected);

    await page.reload();
    await page.getByText('Connected').waitFor();
    await expect.poll(titles).toEqual(expected);

    // A clean restart, then a kill -9: everything acknowledged is still there.
    for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
      await server.stop(signal);
      server = await serve(dataDir);
      await page.goto(server.url + '#agenda');
      await page.getByText('Connected').waitFor();
      await expect.poll(titles).toEqual(expected);
      await page.keyboard.press('Alt+2');
      await expect.poll(() => page.locator('tbody td.name').allTextContents()).toEqual(['Nguyễn Văn Dũng', 'Trần Thị Hoa', 'Lê Văn Tám']);
      await page.keyboard.press('Alt+3');
    }
    await page.context().close();
  });

  it('speaks Vietnamese, remembers the choice, and refuses in Vietnamese', async () => {
    server ??= await serve(dataDir);
    const page = await openPage(chromium.browser, server.url + '#roster', 'en');
    await page.getByRole('button', { name: 'Tiếng Việt', exact: true }).click();
    await page.getByRole('heading', { name: 'Danh sách đại biểu' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Danh sách đại biểu' }).waitFor();
    await page.getByRole('button', { name: 'Thêm vào danh sách' }).click();
    await expect.poll(() => alerts(page).textContent()).toBe('Họ và tên không được để trống.');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    await page.context().close();
  });

  it('edits the rules of procedure, refusing bad values in words', async () => {
    server ??= await serve(dataDir);
    const page = await openPage(chromium.browser, server.url + '#setup', 'en');
    const speech = page.getByLabel('Speech', { exact: true });
    await speech.fill('abc');
    await page.getByRole('button', { name: 'Save the rules' }).click();
    await expect.poll(() => alerts(page).textContent()).toBe('Speech: enter minutes, e.g. 7 or 2.5; nothing was changed.');
    await speech.fill('5.5');
    await page.getByLabel('Quorum numerator').fill('4');
    await page.getByLabel('Quorum denominator').fill('3');
    await page.getByRole('button', { name: 'Save the rules' }).click();
    await expect.poll(() => alerts(page).textContent()).toBe(
      'A quorum of 4/3 is more than all the seats: the first number cannot be larger than the second. Nothing was changed.',
    );
    await page.getByLabel('Quorum numerator').fill('1');
    await page.getByLabel('Quorum denominator').fill('2');
    await page.getByRole('button', { name: 'Save the rules' }).click();
    await page.getByText('Rules saved.').waitFor();
    await page.reload();
    await page.getByText('Connected').waitFor();
    await expect.poll(() => page.getByLabel('Speech', { exact: true }).inputValue()).toBe('5.5');
    expect(await page.getByLabel('Quorum numerator').inputValue()).toBe('1');
    await page.context().close();
  });

  it('carries the protocol over a real WebSocket and refuses foreign origins', async () => {
    server ??= await serve(dataDir);
    const wsUrl = server.url.replace('http', 'ws') + 'ws';
    const origin = server.url.replace(/\/$/, '');
    const ws = new WebSocket(wsUrl, { origin });
    const messages: { kind: string; [k: string]: unknown }[] = [];
    ws.on('message', (d) => messages.push(JSON.parse(String(d))));
    await new Promise((r) => ws.once('open', r));
    await expect.poll(() => messages.length).toBeGreaterThan(0);
    expect(messages[0].kind).toBe('state');
    ws.send(JSON.stringify({ kind: 'command', id: 7, command: { type: 'delegate.add', fullName: '' }, lang: 'en' }));
    await expect.poll(() => messages.find((m) => m.kind === 'reply')).toEqual({
      kind: 'reply',
      id: 7,
      // The sentence in the language asked for, and in every language (a console switched after it shows it anew).
      reply: { ok: false, error: { code: 'invalid', message: 'Full name must not be empty.', text: { en: 'Full name must not be empty.', vi: 'Họ và tên không được để trống.' } } },
    });
    ws.close();

    const foreign = new WebSocket(wsUrl, { origin: 'http://evil.example' });
    const refused = await new Promise<string>((resolve) => {
      foreign.once('unexpected-response', (_req, res) => resolve(String(res.statusCode)));
      foreign.once('error', (e) => resolve(e.message));
      foreign.once('open', () => resolve('opened'));
    });
    expect(refused).toMatch(/403/);
  });
});
