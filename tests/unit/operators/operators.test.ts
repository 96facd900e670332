import { afterEach, describe, expect, it, vi } from 'vitest';
import { LOCK_MS, MAX_WRONG_TRIES, Pairing, PAIRING_TTL_MS } from '../../../electron/server/pairing';
import { parseSharingRequest } from '../../../electron/server/sharing';
import { CONSOLE_LIMITS, DISPLAY_LIMITS } from '../../../electron/server/guards';
import { sharingMemoryPath } from '../../../electron/server/sharing-memory';
import { theseCards } from '../../../electron/server/machine';
import { startServer, type GavelServer } from '../../../electron/server/server';
import { readJournal } from '../../../electron/store/journal';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import NodeWebSocket, { WebSocketServer, type WebSocket } from 'ws';
import { attachEngine } from '../../../electron/server/sockets';
import type { Engine } from '../../../electron/engine/engine';
import { DeviceSockets } from '../../../electron/server/operators';
import { dumpDb, manualClock, newEngine, ok, refused, seedBasics, tempDir } from '../helpers';
import { next, openSocket, staticDir, type Client } from '../server/ws-client';

describe('pairing code', () => {
  it('is six digits, works once, and a new one replaces the old', () => {
    const clock = manualClock();
    const p = new Pairing(clock);
    const first = p.start();
    expect(first.code).toMatch(/^\d{6}$/);
    expect(first.expiresAt).toBe(clock() + PAIRING_TTL_MS);
    const second = p.start();
    if (second.code !== first.code) expect(p.check(first.code)).toBe('wrong');
    expect(p.check(` ${second.code.slice(0, 3)} ${second.code.slice(3)} `)).toBe('ok');
    expect(p.check(second.code)).toBe('none');
    expect(p.current()).toBeNull();
  });

  it('expires', () => {
    const clock = manualClock();
    const p = new Pairing(clock);
    const { code } = p.start();
    clock.advance(PAIRING_TTL_MS - 1);
    expect(p.current()?.code).toBe(code);
    clock.advance(1);
    expect(p.check(code)).toBe('expired');
    expect(p.current()).toBeNull();
  });

  it('still says expired once the chair’s open panel has seen the code lapse, and a try without any code is not a wrong guess', () => {
    const clock = manualClock();
    const p = new Pairing(clock);
    const { code } = p.start();
    clock.advance(PAIRING_TTL_MS);
    // The chair's Hall screen view asks for the sharing status every 2 s, which reads current().
    expect(p.current()).toBeNull();
    expect(p.check(code)).toBe('expired');
    // No code at all: nothing to guess, so such tries never lock out the secretary.
    for (let i = 0; i < MAX_WRONG_TRIES + 1; i++) expect(p.check('123456')).toBe('none');
    const fresh = p.start();
    expect(p.check(fresh.code)).toBe('ok');
  });

  it('locks for a minute after five wrong tries, even for the right code', () => {
    const clock = manualClock();
    const p = new Pairing(clock);
    const { code } = p.start();
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < MAX_WRONG_TRIES - 1; i++) expect(p.check(wrong)).toBe('wrong');
    expect(p.check(wrong)).toBe('wrong');
    expect(p.check(code)).toBe('locked');
    clock.advance(LOCK_MS - 1);
    expect(p.check(code)).toBe('locked');
    clock.advance(1);
    expect(p.check(code)).toBe('ok');
  });

  it('tells a code with a digit missed or one too many from a wrong code, and such typos never lock pairing', () => {
    const clock = manualClock();
    const p = new Pairing(clock);
    const { code } = p.start();
    // More typos than the lock allows wrong codes: none of them could have been the code.
    for (const typo of [code.slice(0, 5), code + '1', code.slice(0, 5) + 'o', '', ...Array(MAX_WRONG_TRIES).fill('12345')]) expect(p.check(typo)).toBe('length');
    expect(p.lockedFor()).toBe(0);
    expect(p.check(code)).toBe('ok');
  });

  it('reads only known fields of a sharing request from IPC', () => {
    expect(parseSharingRequest({ enable: true, pair: 'start', evil: 1 })).toEqual({ enable: true, pair: 'start' });
    expect(parseSharingRequest({ enable: 'yes', pair: 'explode' })).toEqual({});
    expect(parseSharingRequest(null)).toEqual({});
  });
});

async function command(ws: Client, id: number, cmd: object, lang = 'en') {
  const reply = next(ws, 'reply');
  ws.send(JSON.stringify({ kind: 'command', id, command: cmd, lang }));
  const msg = await reply;
  return msg.kind === 'reply' ? msg.reply : null;
}

describe('second console over the LAN', () => {
  let server: GavelServer | null = null;
  afterEach(async () => {
    await server?.close();
    server = null;
  });

  async function start() {
    const ctx = newEngine();
    seedBasics(ctx.engine);
    server = await startServer({ engine: ctx.engine, staticDir: staticDir('app.js'), host: '127.0.0.1', port: 0, lanHost: '127.0.0.1', lanPort: 0 });
    const status = await server.sharing({ pair: 'start' });
    const base = new URL(status.pairing!.urls[0]).origin;
    return { ...ctx, server, status, base, code: status.pairing!.code };
  }

  const post = (base: string, body: Record<string, string>, origin: string | null = base) =>
    fetch(`${base}/pair?lang=en`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...(origin ? { origin } : {}) },
      body: new URLSearchParams(body).toString(),
    });

  it('pairs with the right code: an HttpOnly SameSite=Strict cookie, a console, the secretary’s role', async () => {
    const { engine, db, server: s, status, base, code } = await start();
    expect(status.on).toBe(true);
    expect(status.pairing!.urls[0]).toBe(`${base}/pair?code=${code}`);
    const page = await fetch(`${base}/pair?code=${code}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`value="${code}"`);

    const res = await post(base, { code, name: 'Thư ký - laptop 2' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/#speakers'); // where the secretary works
    const setCookie = res.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^gavel_device=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=\//);
    const cookie = setCookie.split(';')[0];
    expect((await s.sharing()).pairing).toBeNull();

    // The cookie opens the console and its assets; the socket says who it is.
    const consolePage = await fetch(`${base}/`, { headers: { cookie } });
    expect(await consolePage.text()).toBe('<title>console</title>');
    expect((await fetch(`${base}/assets/app.js`, { headers: { cookie } })).status).toBe(200);
    const ws = await openSocket(`ws://${new URL(base).host}/ws`, { cookie });
    // The display token too: the overlay panel shows the address a mixer without the cookie can open.
    const token = new URL(status.urls[0]).searchParams.get('token')!;
    expect(await next(ws, 'hello')).toEqual({ kind: 'hello', role: 'secretary', device: 'Thư ký - laptop 2', displayToken: token });
    expect((await fetch(`${base}/overlay`)).status).toBe(403);
    // Past the token check (the miniature UI has no overlay page of its own, so 404, not 403).
    expect((await fetch(`${base}/overlay?token=${token}`)).status).toBe(404);
    expect((await s.sharing()).devices.connected).toEqual([engine.current.devices[0].id]);
    // And where from, plainly (not "::ffff:127.0.0.1"): two laptops of one name are told apart by it.
    expect(engine.current.devices[0].lastAddress).toBe('127.0.0.1');
    // The documents and the review, as the chair's console has them (the secretary's Review view
    // and downloads said "Forbidden"); never to a display's token nor without the cookie.
    const review = await fetch(`${base}/report/review-json?lang=en`, { headers: { cookie } });
    expect(review.status).toBe(200);
    expect(review.headers.get('content-type')).toMatch(/json/);
    expect((await fetch(`${base}/report/minutes?lang=en`, { headers: { cookie } })).status).toBe(200);
    expect((await fetch(`${base}/report/review-json?lang=en`)).status).toBe(403);
    expect((await fetch(`${base}/report/review-json?lang=en&token=${token}`)).status).toBe(403);
    expect((await fetch(`${base}/report/review-json?lang=en`, { method: 'POST', headers: { cookie } })).status).toBe(405);

    // The secretary's part goes through and is journaled with the device and role…
    expect(await command(ws, 1, { type: 'delegate.add', fullName: 'Nguyễn Văn A', seatNumber: 1 })).toMatchObject({ ok: true });
    const [entry] = readJournal(db, 1);
    expect(entry).toMatchObject({ type: 'delegate.add', actor: 'Thư ký - laptop 2', role: 'secretary', deviceId: engine.current.devices[0].id });
    // …the chair's part is refused with who may do it, and LAN sharing cannot be touched.
    const before = engine.current.revision;
    expect(await command(ws, 2, { type: 'agenda.add', title: 'Khai mạc', kind: 'opening' })).toMatchObject({
      ok: false,
      error: { code: 'role-forbidden', message: 'Only the chair’s console may add an agenda item; this is the secretary’s console.' },
    });
    const sharingReply = next(ws, 'reply');
    ws.send(JSON.stringify({ kind: 'sharing', id: 3, pair: 'start' }));
    expect(await sharingReply).toMatchObject({ id: 3, reply: { ok: false } });
    expect(engine.current.revision).toBe(before);
    ws.close();
  });

  it('takes a roster import as large as the chair’s console takes from the secretary’s console (a display stays at 64 KiB)', async () => {
    const { engine, base, code } = await start();
    const cookie = (await post(base, { code, name: 'Thư ký - laptop 2' })).headers.get('set-cookie')!.split(';')[0];
    const ws = await openSocket(`ws://${new URL(base).host}/ws`, { cookie });
    // 300 people with the long titles and units of a provincial roster: about 100 KB of JSON.
    const rows = Array.from({ length: 300 }, (_, i) => ({
      line: i + 2,
      fullName: `Nguyễn Thị Thanh Hương ${i + 1}`,
      title: 'Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn',
      group: 'Tổ đại biểu số 2 - huyện Lương Sơn và huyện Kim Bôi',
      agency: 'Ủy ban nhân dân tỉnh Hòa Bình - Văn phòng Đoàn đại biểu Quốc hội',
      voting: false,
    }));
    expect(Buffer.byteLength(JSON.stringify(rows))).toBeGreaterThan(64 * 1024);
    const before = engine.current.delegates.length;
    expect(await command(ws, 1, { type: 'roster.import', rows })).toMatchObject({ ok: true });
    expect(engine.current.delegates.length).toBe(before + 300);
    ws.close();
  });

  it('keeps room for the secretary’s console when the displays’ sockets are all taken', async () => {
    const { base, code, status } = await start();
    const cookie = (await post(base, { code, name: 'Thư ký - laptop 2' })).headers.get('set-cookie')!.split(';')[0];
    const token = new URL(status.urls[0]).searchParams.get('token')!;
    const host = new URL(base).host;
    // Whoever saw the lobby screen's address holds the token and can open every display socket…
    const displays = await Promise.all(Array.from({ length: DISPLAY_LIMITS.maxSockets }, () => openSocket(`ws://${host}/ws?token=${token}`)));
    await expect(openSocket(`ws://${host}/ws?token=${token}`)).rejects.toThrow('HTTP 503');
    // …but not the secretary's: the paired console still connects.
    const ws = await openSocket(`ws://${host}/ws`, { cookie });
    expect(await next(ws, 'hello')).toMatchObject({ role: 'secretary' });
    for (const d of [...displays, ws]) d.close();
  });

  it('refuses a wrong, reused and expired code, and locks after five wrong tries', async () => {
    const { base, code, clock, server: s, engine } = await start();
    const wrong = code === '000000' ? '111111' : '000000';
    const bad = await post(base, { code: wrong, name: 'Máy lạ' });
    expect(bad.status).toBe(403);
    expect(bad.headers.get('set-cookie')).toBeNull();
    expect(await bad.text()).toContain('That pairing code is not right.');

    expect((await post(base, { code, name: 'Thư ký' })).status).toBe(303);
    const reused = await post(base, { code, name: 'Máy khác' });
    expect(reused.status).toBe(403);
    expect(reused.headers.get('set-cookie')).toBeNull();

    const fresh = (await s.sharing({ pair: 'start' })).pairing!.code;
    clock.advance(5 * 60_000);
    // The chair's open panel polls the status meanwhile.
    expect((await s.sharing()).pairing).toBeNull();
    const expired = await post(base, { code: fresh, name: 'Máy muộn' });
    expect(expired.status).toBe(403);
    expect(await expired.text()).toContain('That pairing code has expired.');
    const none = await post(base, { code: '123456', name: 'Máy muộn' });
    expect(await none.text()).toContain('No pairing code is valid now.');

    const last = (await s.sharing({ pair: 'start' })).pairing!.code;
    const other = last === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) expect((await post(base, { code: other, name: 'Đoán mò' })).status).toBe(403);
    const locked = await post(base, { code: last, name: 'Thư ký 2' });
    expect(locked.status).toBe(403);
    expect(await locked.text()).toContain('pairing is locked for a minute');
    expect(engine.current.devices.map((d) => d.name)).toEqual(['Thư ký']);
  });

  it('refuses a pairing form posted from another origin, and a socket from another origin', async () => {
    const { base, code, engine } = await start();
    expect((await post(base, { code, name: 'CSRF' }, 'http://evil.example')).status).toBe(403);
    expect((await post(base, { code, name: 'No origin' }, null)).status).toBe(403);
    const paired = await post(base, { code, name: 'Thư ký' });
    const cookie = paired.headers.get('set-cookie')!.split(';')[0];
    await expect(openSocket(`ws://${new URL(base).host}/ws`, { cookie }, 'http://evil.example')).rejects.toThrow('HTTP 403');
    expect(engine.current.devices.map((d) => d.name)).toEqual(['Thư ký']);
  });

  it('leads a laptop not yet paired from the bare address to the pairing page; a display token or a revoked device is not led there', async () => {
    const { base, status } = await start();
    const bare = await fetch(`${base}/`, { redirect: 'manual' });
    expect(bare.status).toBe(303);
    expect(bare.headers.get('location')).toBe('/pair');
    expect(await (await fetch(`${base}/`)).text()).toContain('Ghép nối máy thư ký');
    // The console itself still opens only with a device's cookie.
    const token = new URL(status.urls[0]).searchParams.get('token')!;
    expect((await fetch(`${base}/?token=${token}`, { redirect: 'manual' })).status).toBe(403);
    expect((await fetch(`${base}/`, { redirect: 'manual', headers: { cookie: 'gavel_device=' + 'A'.repeat(43) } })).status).toBe(403);
    expect((await fetch(`${base}/`, { method: 'POST', redirect: 'manual' })).status).toBe(403);
  });

  it('tells the chair at once a laptop that left the Wi-Fi: a socket that stops answering pings is closed and the device no longer shown connected', async () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const id = (ok(engine, 'device.pair', { name: 'Thư ký - laptop 2' }) as { id: number }).id;
    const devices = new DeviceSockets(engine);
    const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await once(wss, 'listening');
    attachEngine(wss, engine, () => ({ role: 'secretary', actor: 'Thư ký - laptop 2', deviceId: id }), undefined, { ...CONSOLE_LIMITS, pingMs: 100 }, undefined, devices);
    const url = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/`;
    try {
      // A laptop whose browser answers (as every browser does, even for a tab in the background) stays.
      const present = await openSocket(url);
      // Three pings answered, counted rather than guessed from 450 ms, which a loaded machine can fill with fewer.
      let pings = 0;
      present.on('ping', () => pings++);
      await vi.waitFor(() => expect(pings).toBeGreaterThanOrEqual(3), { timeout: 5_000 });
      expect(devices.status().connected).toEqual([id]);
      // One gone from the network answers nothing (its TCP connection is not closed either).
      const gone = new NodeWebSocket(url, { autoPong: false, origin: 'http://127.0.0.1' });
      await once(gone, 'open');
      present.close();
      await expect.poll(() => devices.status().connected, { timeout: 2000 }).toEqual([]);
      expect(gone.readyState).toBe(NodeWebSocket.CLOSED);
      expect(engine.current.devices[0].lastSeenAt).not.toBeNull();
    } finally {
      wss.close();
      devices.close();
    }
  });

  it('a command sent again after a lost connection, under the id it was sent with, runs once and gets the reply it missed', async () => {
    const { base, code, engine, db } = await start();
    const cookie = (await post(base, { code, name: 'Thư ký - laptop 2' })).headers.get('set-cookie')!.split(';')[0];
    const url = `ws://${new URL(base).host}/ws`;
    const first = await openSocket(url, { cookie });
    await next(first, 'hello');
    const add = { type: 'delegate.add', fullName: 'Đặng Quốc Việt' };
    const sendWithId = (ws: Client, id: number, cid: string) => {
      const reply = next(ws, 'reply');
      ws.send(JSON.stringify({ kind: 'command', id, command: add, lang: 'vi', cid }));
      return reply;
    };
    // The first went through, but its answer never reached the laptop (the Wi-Fi dropped)…
    const missed = await sendWithId(first, 1, 'a'.repeat(32));
    first.terminate();
    const revision = engine.current.revision;
    // …which asks again on its next connection: the same reply, and Đặng Quốc Việt listed once.
    const again = await openSocket(url, { cookie });
    await next(again, 'hello');
    expect(await sendWithId(again, 7, 'a'.repeat(32))).toEqual({ ...missed, id: 7 });
    expect(engine.current.revision).toBe(revision);
    expect(engine.current.delegates.filter((d) => d.fullName === 'Đặng Quốc Việt')).toHaveLength(1);
    expect(readJournal(db, 5).filter((e) => e.type === 'delegate.add')).toHaveLength(1);
    // A new command (another id) is a new command, even with the same words.
    expect(await sendWithId(again, 8, 'b'.repeat(32))).toMatchObject({ reply: { ok: true } });
    expect(engine.current.delegates.filter((d) => d.fullName === 'Đặng Quốc Việt')).toHaveLength(2);
    // The chair's console cannot be answered with the secretary's reply: ids are kept per sender.
    const chair = await openSocket(`ws://127.0.0.1:${server!.port}/ws`);
    await next(chair, 'hello');
    expect(await sendWithId(chair, 1, 'a'.repeat(32))).toMatchObject({ reply: { ok: true } });
    expect(engine.current.delegates.filter((d) => d.fullName === 'Đặng Quốc Việt')).toHaveLength(3);
    again.close();
    chair.close();
  });

  it('revoking a device closes its socket at once; its credential then gets 403', async () => {
    const { base, code, engine, server: s } = await start();
    const cookie = (await post(base, { code, name: 'Thư ký - laptop 2' })).headers.get('set-cookie')!.split(';')[0];
    const ws = await openSocket(`ws://${new URL(base).host}/ws`, { cookie });
    await next(ws, 'hello');
    ok(engine, 'device.revoke', { id: engine.current.devices[0].id });
    expect(await ws.closed).toBe(4403);
    await expect.poll(async () => (await s.sharing()).devices.connected).toEqual([]);

    const page = await fetch(`${base}/`, { headers: { cookie } });
    expect(page.status).toBe(403);
    expect(await page.text()).toContain('Hãy ghép nối lại bằng mã mới.');
    expect((await fetch(`${base}/assets/app.js`, { headers: { cookie } })).status).toBe(403);
    await expect(openSocket(`ws://${new URL(base).host}/ws`, { cookie })).rejects.toThrow('HTTP 403');
    const unknown = 'gavel_device=' + 'A'.repeat(43);
    expect((await fetch(`${base}/`, { headers: { cookie: unknown } })).status).toBe(403);
  });

  it('offers a revoked laptop its own name when it pairs again, and no one else’s', async () => {
    const { base, code, engine, server: s } = await start();
    const cookie = (await post(base, { code, name: 'Máy chị Lan' })).headers.get('set-cookie')!.split(';')[0];
    const other = (await s.sharing({ pair: 'start' })).pairing!.code;
    expect((await post(base, { code: other, name: 'Máy phòng họp <b>' })).status).toBe(303);
    ok(engine, 'device.revoke', { id: engine.current.devices[0].id });
    const nameBox = (html: string) => /<input id="name"[^>]*value="([^"]*)"/.exec(html)![1];

    // The pairing page (the revoked console's "pair this laptop again" link) and the refusal at the bare address.
    const page = await fetch(`${base}/pair?lang=en`, { headers: { cookie } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(nameBox(html)).toBe('Máy chị Lan');
    // The cursor is in the code box, which stays empty: only the new code is typed.
    expect(html).toMatch(/<input id="code"[^>]*autofocus value=""/);
    expect(html).not.toContain('Máy phòng họp');
    expect(nameBox(await (await fetch(`${base}/`, { headers: { cookie } })).text())).toBe('Máy chị Lan');

    // A credential that matches nothing, or none at all: an empty box.
    const unknown = 'gavel_device=' + 'A'.repeat(43);
    for (const headers of [{ cookie: unknown }, {}] as Record<string, string>[]) {
      const blank = await (await fetch(`${base}/pair`, { headers })).text();
      expect(nameBox(blank)).toBe('');
      expect(blank).not.toContain('Lan');
    }
    // The other device's name is escaped in its own page.
    const second = (await s.sharing({ pair: 'start' })).pairing!.code;
    const third = await post(base, { code: second, name: 'A "quoted" <name>' });
    const thirdCookie = third.headers.get('set-cookie')!.split(';')[0];
    expect(nameBox(await (await fetch(`${base}/pair`, { headers: { cookie: thirdCookie } })).text())).toBe('A &#34;quoted&#34; &#60;name&#62;');
  });

  it('a revoked laptop pairing again takes its device over: one row for the chair, a new credential, the old one refused for good', async () => {
    const { base, code, engine, db, server: s } = await start();
    const cookieOf = (res: Response) => res.headers.get('set-cookie')!.split(';')[0];
    const old = cookieOf(await post(base, { code, name: 'Máy chị Lan' }));
    const { id } = engine.current.devices[0];
    ok(engine, 'device.revoke', { id });
    const rePair = (cookie: string, pairing: string, name: string) =>
      fetch(`${base}/pair?lang=vi`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base, cookie },
        body: new URLSearchParams({ code: pairing, name }).toString(),
      });

    const again = await rePair(old, (await s.sharing({ pair: 'start' })).pairing!.code, 'Máy chị Lan');
    expect(again.status).toBe(303);
    const fresh = cookieOf(again);
    expect(fresh).not.toBe(old);
    // One laptop in the chair's list: the same device, no longer revoked, paired now.
    expect(engine.current.devices).toEqual([expect.objectContaining({ id, name: 'Máy chị Lan', revokedAt: null })]);
    expect((await fetch(`${base}/`, { headers: { cookie: fresh } })).status).toBe(200);
    // What the chair revoked stays revoked: the old credential opens nothing, on the page or the socket.
    expect((await fetch(`${base}/`, { headers: { cookie: old } })).status).toBe(403);
    expect((await fetch(`${base}/pair`, { headers: { cookie: old } })).status).toBe(200);
    expect(/<input id="name"[^>]*value="([^"]*)"/.exec(await (await fetch(`${base}/pair`, { headers: { cookie: old } })).text())![1]).toBe('');
    await expect(openSocket(`ws://${new URL(base).host}/ws`, { cookie: old })).rejects.toThrow();
    // The journal keeps the revoke between the two pairings of one device.
    expect(
      readJournal(db, 3)
        .reverse()
        .map((e) => [e.type, e.payload]),
    ).toEqual([
      ['device.pair', expect.objectContaining({ name: 'Máy chị Lan' })],
      ['device.revoke', { id }],
      ['device.pair', expect.objectContaining({ name: 'Máy chị Lan', again: id })],
    ]);

    // Another laptop, with no credential of its own, is another device.
    const other = await post(base, { code: (await s.sharing({ pair: 'start' })).pairing!.code, name: 'Máy chị Lan' });
    expect(other.status).toBe(303);
    expect(engine.current.devices.map((d) => d.id)).toEqual([id, id + 1]);
  });

  it('shares again after a restart if sharing was on: the paired console and the displays reconnect by themselves', async () => {
    const memory = sharingMemoryPath(tempDir());
    const { engine } = newEngine();
    seedBasics(engine);
    const boot = () => startServer({ engine, staticDir: staticDir('app.js'), host: '127.0.0.1', port: 0, lanHost: '127.0.0.1', lanPort: 0, sharingMemory: memory });
    server = await boot();
    const before = await server.sharing({ pair: 'start' });
    const base = new URL(before.pairing!.urls[0]).origin;
    const cookie = (await post(base, { code: before.pairing!.code, name: 'Thư ký - laptop 2' })).headers.get('set-cookie')!.split(';')[0];
    await server.close(); // a restart (a crash leaves the same memory behind)
    server = null;
    await expect(fetch(`${base}/`, { headers: { cookie } })).rejects.toThrow();

    server = await boot();
    const after = await server.sharing();
    expect(after.on).toBe(true);
    expect(after.urls).toEqual(before.urls); // same port, same display token
    const ws = await openSocket(`ws://${new URL(base).host}/ws`, { cookie });
    expect(await next(ws, 'hello')).toMatchObject({ kind: 'hello', role: 'secretary', device: 'Thư ký - laptop 2' });
    ws.close();

    // Only the chair's Stop sharing forgets it.
    expect((await server.sharing(false)).on).toBe(false);
    expect(fs.existsSync(memory)).toBe(false);
    await server.close();
    server = await boot();
    expect((await server.sharing()).on).toBe(false);
  });

  it('does not share a copied data folder again: sharing stays off, the chair is told why, the old token opens nothing', async () => {
    const home = tempDir();
    const memory = sharingMemoryPath(home);
    const { engine } = newEngine();
    seedBasics(engine);
    const boot = (file: string) => startServer({ engine, staticDir: staticDir('app.js'), host: '127.0.0.1', port: 0, lanHost: '127.0.0.1', lanPort: 0, sharingMemory: file });
    server = await boot(memory);
    const before = await server.sharing({ enable: true });
    const hall = before.urls[0];
    await server.close();
    server = null;

    // The folder copied to a USB stick (or another laptop) and opened from there.
    const copy = sharingMemoryPath(tempDir());
    fs.copyFileSync(memory, copy);
    server = await boot(copy);
    const there = await server.sharing();
    expect(there).toMatchObject({ on: false, urls: [], notice: { reason: 'copy' } });
    expect(fs.existsSync(copy)).toBe(false); // its token is forgotten
    await expect(fetch(hall)).rejects.toThrow(); // nothing listens on the old address
    // Sharing there on purpose gives a new token, and the notice is done with.
    const fresh = await server.sharing({ enable: true });
    expect(fresh.notice).toBeNull();
    expect(new URL(fresh.urls[0]).searchParams.get('token')).not.toBe(new URL(hall).searchParams.get('token'));
    await server.close();
    server = null;

    // Written on another computer, in the same folder (and whatever the computer is called): refused as well.
    const file = JSON.parse(fs.readFileSync(memory, 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(memory, JSON.stringify({ ...file, machine: `${String(file.machine)}-other` }));
    server = await boot(memory);
    expect(await server.sharing()).toMatchObject({ on: false, notice: { reason: 'copy' } });
    await server.close();
    server = null;

    // The same system identifier but none of the same network cards: a laptop installed from the same disk image.
    fs.writeFileSync(memory, JSON.stringify({ ...file, cards: ['0123456789abcdef'] }));
    server = await boot(memory);
    // (A machine that lists no card of its own, as a container may, cannot tell: it resumes.)
    const seesCards = theseCards().length > 0;
    expect(await server.sharing()).toMatchObject(seesCards ? { on: false, notice: { reason: 'copy' } } : { on: true, notice: null });
  });

  it('does not share again from a file an older Gavel wrote (it cannot say on which computer): the chair is told why; the previous record still resumes', async () => {
    const memory = sharingMemoryPath(tempDir());
    const { engine } = newEngine();
    seedBasics(engine);
    const boot = () => startServer({ engine, staticDir: staticDir('app.js'), host: '127.0.0.1', port: 0, lanHost: '127.0.0.1', lanPort: 0, sharingMemory: memory });
    server = await boot();
    const before = await server.sharing({ enable: true });
    await server.close();
    server = null;
    const written = JSON.parse(fs.readFileSync(memory, 'utf8')) as { port: number; token: string; machine: string; dir: string; cards: string[] };
    expect(Object.keys(written).sort()).toEqual(['cards', 'dir', 'knownScreens', 'machine', 'newScreens', 'port', 'revokedScreens', 'token']);

    // The same sharing as the Gavel two versions back wrote it (the computer's name and the folder), then as the one before that (no record).
    for (const older of [{ port: written.port, token: written.token, host: os.hostname(), dir: written.dir }, { port: written.port, token: written.token }]) {
      fs.writeFileSync(memory, JSON.stringify(older));
      server = await boot();
      expect(await server.sharing()).toMatchObject({ on: false, urls: [], notice: { reason: 'unrecorded' } });
      expect(fs.existsSync(memory)).toBe(false); // its token is forgotten
      await expect(fetch(before.urls[0])).rejects.toThrow();
      await server.close();
      server = null;
    }

    // The Gavel just before this one recorded the computer and the folder, not yet the cards: that is enough, and the file is written anew.
    fs.writeFileSync(memory, JSON.stringify({ port: written.port, token: written.token, machine: written.machine, dir: written.dir }));
    server = await boot();
    expect(await server.sharing()).toMatchObject({ on: true, urls: before.urls, notice: null });
    expect(JSON.parse(fs.readFileSync(memory, 'utf8'))).toEqual(written);
    await server.close();
    server = null;

    // A damaged file: not shared either, and said so.
    fs.writeFileSync(memory, '{"port": 5513, "tok');
    server = await boot();
    expect(await server.sharing()).toMatchObject({ on: false, notice: { reason: 'unreadable' } });
  });

  it('tells the chair when sharing resumed on another port because its own was taken, with the address for the secretary', async () => {
    const memory = sharingMemoryPath(tempDir());
    const { engine } = newEngine();
    seedBasics(engine);
    const boot = () => startServer({ engine, staticDir: staticDir('app.js'), host: '127.0.0.1', port: 0, lanHost: '127.0.0.1', lanPort: 0, sharingMemory: memory });
    server = await boot();
    const before = await server.sharing({ enable: true });
    const oldPort = Number(new URL(before.urls[0]).port);
    expect(before.notice).toBeNull();
    await server.close();
    server = null;

    // Another program takes the port while Gavel is down.
    const squatter = net.createServer();
    await new Promise<void>((resolve) => squatter.listen(oldPort, '127.0.0.1', resolve));
    try {
      server = await boot();
      const after = await server.sharing();
      expect(after.on).toBe(true);
      const newPort = Number(new URL(after.urls[0]).port);
      expect(newPort).not.toBe(oldPort);
      expect(after.notice).toEqual({ reason: 'moved', from: oldPort, to: newPort, consoles: [`http://127.0.0.1:${newPort}/`] });
      // Stopping or sharing again is the chair acting: the notice has been read.
      expect((await server.sharing({ enable: true })).notice).toBeNull();
    } finally {
      squatter.close();
    }
  });

  it('keeps the address a paired laptop came from in the database: after a restart the chair still sees it, before the laptop reconnects', async () => {
    const file = path.join(tempDir(), 'gavel.sqlite');
    let ctx = newEngine(file);
    seedBasics(ctx.engine);
    const boot = (engine: Engine) => startServer({ engine, staticDir: staticDir('app.js'), host: '127.0.0.1', port: 0, lanHost: '127.0.0.1', lanPort: 0 });
    server = await boot(ctx.engine);
    const status = await server.sharing({ pair: 'start' });
    const base = new URL(status.pairing!.urls[0]).origin;
    expect((await post(base, { code: status.pairing!.code, name: 'Thư ký - laptop 2' })).status).toBe(303);
    // Paired from this address: known before its console even connects.
    expect(ctx.engine.current.devices[0]).toMatchObject({ name: 'Thư ký - laptop 2', lastAddress: '127.0.0.1' });
    await server.close();
    server = null;
    ctx.db.close();

    // Gavel restarts: the address is read back with the device, nothing is connected yet.
    ctx = newEngine(file);
    server = await boot(ctx.engine);
    expect((await server.sharing()).devices.connected).toEqual([]);
    expect(ctx.engine.current.devices[0]).toMatchObject({ name: 'Thư ký - laptop 2', lastAddress: '127.0.0.1', revokedAt: null });
  });

  it('refuses a restore’s journal line or a device’s address sent by hand from any console, the chair’s included, in its language, changing nothing', async () => {
    const { engine, db, base, code } = await start();
    const cookie = (await post(base, { code, name: 'Thư ký - laptop 2' })).headers.get('set-cookie')!.split(';')[0];
    const secretary = await openSocket(`ws://${new URL(base).host}/ws`, { cookie });
    const chair = await openSocket(`ws://127.0.0.1:${server!.port}/ws`);
    const deviceId = engine.current.devices[0].id;
    const before = dumpDb(db);
    const forged = [
      { type: 'backup.restored', name: 'gavel-2026-12-08T07-30-00.sqlite', takenAt: Date.UTC(2026, 11, 8), reason: 'manual', beforeRestore: null },
      { type: 'device.address', id: deviceId, address: '10.0.0.66' },
    ];
    let id = 0;
    for (const ws of [chair, secretary]) {
      for (const cmd of forged) {
        expect(await command(ws, ++id, cmd, 'en'), cmd.type).toMatchObject({ ok: false, error: { code: 'server-only' } });
      }
    }
    const said = async (ws: Client, lang: string) => {
      const reply = await command(ws, ++id, forged[0], lang);
      return reply && !reply.ok ? reply.error.message : '';
    };
    expect(await said(chair, 'en')).toBe('Only Gavel itself may record a restore; no console may send this, the chair’s included.');
    expect(await said(secretary, 'vi')).toBe('Chỉ Gavel mới tự ghi nhận việc khôi phục bản sao lưu; không máy nào được gửi lệnh này, kể cả máy của chủ tọa.');
    const address = await command(chair, ++id, forged[1], 'vi');
    expect(address && !address.ok ? address.error.message : '').toBe('Chỉ Gavel mới tự ghi địa chỉ của thiết bị; không máy nào được gửi lệnh này, kể cả máy của chủ tọa.');
    // Nothing written: no journal line, no address (the secretary's own connection kept hers as it was).
    expect(dumpDb(db)).toEqual(before);
    // The desktop app's own console (IPC: no role, no server mark) is refused the same way.
    expect(engine.dispatch(forged[0], { actor: 'desktop', lang: 'en' })).toMatchObject({ ok: false, error: { code: 'server-only' } });
    expect(dumpDb(db)).toEqual(before);
    chair.close();
    secretary.close();
  });

  it('records a device’s new address once, as a journaled command; the same address again changes nothing', () => {
    const { engine, db } = newEngine();
    const { id } = ok(engine, 'device.pair', { name: 'Thư ký - laptop 2', address: '192.168.1.23' });
    const sockets = new DeviceSockets(engine);
    const ws = (() => ({ close() {} })) as unknown as () => WebSocket;
    sockets.add(ws(), id, '::ffff:192.168.1.41');
    expect(engine.current.devices[0].lastAddress).toBe('192.168.1.41');
    expect(readJournal(db, 1)[0]).toMatchObject({ type: 'device.address', actor: 'Thư ký - laptop 2', payload: { id, address: '192.168.1.41' } });
    const revision = engine.current.revision;
    sockets.add(ws(), id, '192.168.1.41');
    expect(engine.current.revision).toBe(revision);
    // Not an address: refused, nothing changed; a revoked device's address is not updated.
    const byServer = { server: true } as const;
    expect(refused(engine, 'device.address', { id, address: '<script>' }, 'invalid', byServer).code).toBe('invalid');
    ok(engine, 'device.revoke', { id });
    expect(refused(engine, 'device.address', { id, address: '10.0.0.9' }, undefined, byServer).en).toBe('The device “Thư ký - laptop 2” has already been revoked.');
    expect(engine.current.devices[0].lastAddress).toBe('192.168.1.41');
    sockets.close();
  });

  it('refuses backups, Activity and sharing to the secretary as the chair’s, in the console’s language', async () => {
    const { base, code, engine } = await start();
    const cookie = (await post(base, { code, name: 'Thư ký - laptop 2' })).headers.get('set-cookie')!.split(';')[0];
    const ws = await openSocket(`ws://${new URL(base).host}/ws`, { cookie });
    await next(ws, 'hello');
    const ask = async (msg: object) => {
      const reply = next(ws, 'reply');
      ws.send(JSON.stringify(msg));
      const m = await reply;
      return m.kind === 'reply' ? m.reply : null;
    };
    const maintenance = { en: 'Only the chair’s console may open the backups or the activity journal; this is the secretary’s console.', vi: 'Chỉ máy của chủ tọa mới được xem bản sao lưu hoặc nhật ký hoạt động; máy này là máy của thư ký.' };
    expect(await ask({ kind: 'admin', id: 1, request: { op: 'activity.read' }, lang: 'vi' })).toMatchObject({ ok: false, error: { code: 'role-forbidden', message: maintenance.vi } });
    expect(await ask({ kind: 'admin', id: 2, request: { op: 'backups.now' }, lang: 'en' })).toMatchObject({ ok: false, error: { code: 'role-forbidden', message: maintenance.en } });
    expect(await ask({ kind: 'sharing', id: 3, enable: false, lang: 'en' })).toMatchObject({
      ok: false,
      error: { code: 'role-forbidden', message: 'Only the chair’s console may share with the LAN or pair a device; this is the secretary’s console.' },
    });
    expect(engine.current.revision).toBe(3);
    ws.close();
  });

  it('never gives the chair’s role over the LAN: a display token socket is a display', async () => {
    const { server: s, engine } = await start();
    const display = new URL((await s.sharing()).urls[0]);
    const ws = await openSocket(`ws://${display.host}/ws?token=${display.searchParams.get('token')}`);
    expect(await next(ws, 'hello')).toEqual({ kind: 'hello', role: 'display', device: null });
    expect(await command(ws, 1, { type: 'attendance.open' })).toMatchObject({ ok: false, error: { code: 'display-read-only' } });
    expect(engine.current.revision).toBe(2);
    ws.close();
  });
});
