import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Browser } from 'playwright-core';
import { commandSocket, launch, serve, tempDataDir, type Served } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Turns LAN sharing on over the console's socket and returns the display address. */
async function share(url: string): Promise<string> {
  const ws = new WebSocket(url.replace('http', 'ws') + 'ws', { origin: url.replace(/\/$/, '') });
  await new Promise((r) => ws.once('open', r));
  const reply = new Promise<{ sharing: { urls: string[] } }>((resolve) =>
    ws.on('message', (d) => {
      const msg = JSON.parse(String(d));
      if (msg.kind === 'sharing') resolve(msg);
    }),
  );
  ws.send(JSON.stringify({ kind: 'sharing', id: 1, enable: true }));
  const { sharing } = await reply;
  ws.close();
  return sharing.urls[0];
}

describe('broadcast overlay in Chromium', () => {
  let server: Served | undefined;
  afterAll(async () => {
    await server?.stop();
  });

  it('is transparent, follows the item, the speaker, the vote and the questioning, hides, keys, and needs the token on the LAN', async () => {
    server = await serve(tempDataDir(), ['--lan-host', '127.0.0.1']);
    const chair = await commandSocket(server.url);
    const run = async (command: object) => {
      const reply = await chair.send(command);
      expect(reply, JSON.stringify(command)).toMatchObject({ ok: true });
      return reply.value as { id: number };
    };
    await run({ type: 'council.save', name: 'HĐND tỉnh Hòa Bình', level: 'province', term: 16, totalSeats: 58 });
    await run({ type: 'session.create', number: 11, term: 16, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09' });
    const nhung = await run({ type: 'delegate.add', fullName: 'Nguyễn Thị Hồng Nhung', seatNumber: 1, title: 'Phó Chủ tịch HĐND tỉnh' });
    const duc = await run({ type: 'delegate.add', fullName: 'Trần Văn Đức', voting: false, title: 'Giám đốc Sở Tài chính' });
    const item = await run({ type: 'agenda.add', title: 'Thảo luận tại hội trường', kind: 'discussion', plannedMinutes: 60 });

    const context = await browser.newContext({ locale: 'vi', viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    page.on('pageerror', (e) => {
      throw e;
    });
    await page.goto(server.url + 'overlay');
    const caption = () => page.locator('[data-testid=overlay-caption]');
    const shown = async () => ((await caption().count()) ? `${await caption().getAttribute('data-kind')}: ${await page.getByTestId('overlay-name').textContent()}` : 'nothing');
    // Transparent for the mixer, and nothing until the chair puts it on air.
    expect(await page.evaluate(() => [getComputedStyle(document.documentElement).backgroundColor, getComputedStyle(document.body).backgroundColor])).toEqual([
      'rgba(0, 0, 0, 0)',
      'rgba(0, 0, 0, 0)',
    ]);
    await run({ type: 'item.start', id: item.id });
    await run({ type: 'overlay.set', visible: true });
    await expect.poll(shown).toBe('item: Thảo luận tại hội trường');

    await run({ type: 'speaker.focus', agendaItemId: item.id });
    await run({ type: 'speaker.request', delegateId: nhung.id });
    await run({ type: 'speaker.next' });
    await expect.poll(shown).toBe('speaker: Nguyễn Thị Hồng Nhung');
    await run({ type: 'speaker.finish' });

    const vote = await run({ type: 'vote.create', resolutionTitle: 'Nghị quyết về đầu tư công năm 2027', method: 'hands' });
    await run({ type: 'vote.open', id: vote.id, present: 52 });
    await run({ type: 'vote.tally', id: vote.id, for: 49, against: 2, abstain: 1 });
    await run({ type: 'vote.close', id: vote.id });
    await run({ type: 'vote.announce', id: vote.id });
    await expect.poll(shown).toBe('vote: Nghị quyết về đầu tư công năm 2027');
    expect(await page.getByTestId('overlay-counts').textContent()).toContain('Tán thành 49 (84,48%)');

    const r = await run({ type: 'respondent.add', delegateId: duc.id });
    await run({ type: 'question.register', askerId: nhung.id, respondentId: r.id, text: 'Tiến độ giải ngân?' });
    await run({ type: 'question.next' });
    await expect.poll(shown).toBe('question: Nguyễn Thị Hồng Nhung → Trần Văn Đức');

    // Hidden by the chair: nothing on air; a key colour for mixers without alpha.
    await run({ type: 'overlay.set', visible: false });
    await expect.poll(shown).toBe('nothing');
    await run({ type: 'overlay.set', key: '#00b140' });
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(0, 177, 64)');

    // Off the loopback: only with the sharing token.
    const display = new URL(await share(server.url));
    const lan = `http://${display.host}`;
    expect((await fetch(`${lan}/overlay`)).status).toBe(403);
    expect((await fetch(`${lan}/overlay?token=wrong`)).status).toBe(403);
    expect((await fetch(`${lan}/overlay?token=${display.searchParams.get('token')}`)).status).toBe(200);
    chair.close();
    await context.close();
  });
});
