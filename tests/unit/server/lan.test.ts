import { describe, expect, it } from 'vitest';
import { newDisplayToken, requestToken, tokenMatches } from '../../../electron/server/display-token';
import { lanAddresses } from '../../../electron/server/lan';
import { seededPerTest } from './wire';
import { next, openSocket } from './ws-client';
import { CLOSE_QUITTING, CLOSE_SHARING_STOPPED } from '../../../common/closeCodes';

describe('display token', () => {
  it('is long, random and compared exactly', () => {
    const a = newDisplayToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(newDisplayToken()).not.toBe(a);
    expect(tokenMatches(a, a)).toBe(true);
    expect(tokenMatches(a, a.slice(1))).toBe(false);
    expect(tokenMatches(a, a.slice(0, -1) + (a.endsWith('A') ? 'B' : 'A'))).toBe(false);
    expect(tokenMatches(a, '')).toBe(false);
    expect(tokenMatches(a, null)).toBe(false);
  });

  it('is read from the query first, else the cookie', () => {
    expect(requestToken({ url: '/hall?token=abc', headers: { cookie: 'gavel_display=zzz' } })).toBe('abc');
    expect(requestToken({ url: '/assets/x.js', headers: { cookie: 'a=1; gavel_display=zzz' } })).toBe('zzz');
    expect(requestToken({ url: '/assets/x.js', headers: {} })).toBeNull();
  });

  it('lists the chosen address, or every LAN IPv4 address when listening on all', () => {
    expect(lanAddresses('192.168.1.10')).toEqual(['192.168.1.10']);
    const ifaces = {
      lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }],
      eth0: [
        { address: '192.168.1.20', family: 'IPv4', internal: false },
        { address: 'fe80::1', family: 'IPv6', internal: false },
      ],
    } as unknown as ReturnType<typeof import('node:os').networkInterfaces>;
    expect(lanAddresses('0.0.0.0', ifaces)).toEqual(['192.168.1.20']);
  });
});

describe('LAN display sharing on loopback', () => {
  const start = seededPerTest();

  it('is off by default and serves the hall read-only to the token holder only', async () => {
    const { server: s } = await start();
    expect(await s.sharing()).toMatchObject({ on: false, urls: [], displays: 0, pairing: null });
    const on = await s.sharing(true);
    expect(on.on).toBe(true);
    const display = new URL(on.urls[0]);
    const token = display.searchParams.get('token')!;
    expect(display.hostname).toBe('127.0.0.1');
    expect(display.port).not.toBe(String(s.port));
    const base = `http://127.0.0.1:${display.port}`;

    // Without the token, or with a wrong one: a plain refusal for pages, assets and the socket.
    for (const p of ['/hall', '/assets/hall.js', '/hall?token=wrong', `/?token=${token}`]) {
      const res = await fetch(base + p);
      expect(res.status, p).toBe(403);
      expect(await res.text()).toBe('Forbidden');
    }
    await expect(openSocket(`ws://127.0.0.1:${display.port}/ws`)).rejects.toThrow('HTTP 403');

    // With it: the hall page, a cookie that opens the assets, and a socket.
    const page = await fetch(`${base}/hall?token=${token}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toBe('<title>hall</title>');
    const cookie = page.headers.get('set-cookie')!.split(';')[0];
    expect((await fetch(`${base}/assets/hall.js`, { headers: { cookie } })).status).toBe(200);
    const ws = await openSocket(`ws://127.0.0.1:${display.port}/ws`, { cookie });
    expect((await s.sharing()).displays).toBe(1);
    ws.close();
    await expect.poll(async () => (await s.sharing()).displays).toBe(0);

    // Turned off: the listener is gone; turned on again: a new token, the old one refused.
    expect(await s.sharing(false)).toMatchObject({ on: false, urls: [], displays: 0 });
    await expect(fetch(`${base}/hall?token=${token}`)).rejects.toThrow();
    const again = await s.sharing(true);
    const port2 = new URL(again.urls[0]).port;
    // The same port, so a paired secretary's console, still holding its device cookie, reconnects by itself.
    expect(port2).toBe(display.port);
    expect(new URL(again.urls[0]).searchParams.get('token')).not.toBe(token);
    expect((await fetch(`http://127.0.0.1:${port2}/hall?token=${token}`)).status).toBe(403);
  });

  it('refuses every command and sharing change from a display, with a clear error', async () => {
    const { engine, server: s } = await start();
    const { urls } = await s.sharing(true);
    const display = new URL(urls[0]);
    const ws = await openSocket(`ws://127.0.0.1:${display.port}/ws?token=${display.searchParams.get('token')}`);
    const snapshot = await next(ws, 'state');
    expect(snapshot.kind === 'state' && snapshot.update.slices.hall?.mode).toBe('auto');
    const revision = engine.current.revision;

    const replied = next(ws, 'reply');
    ws.send(JSON.stringify({ kind: 'command', id: 1, command: { type: 'hall.setMode', mode: 'blank' }, lang: 'en' }));
    expect(await replied).toMatchObject({
      kind: 'reply',
      id: 1,
      reply: { ok: false, error: { code: 'display-read-only', message: 'A display screen is read-only and cannot send commands.' } },
    });
    const sharing = next(ws, 'reply');
    ws.send(JSON.stringify({ kind: 'sharing', id: 2, enable: false }));
    expect(await sharing).toMatchObject({ id: 2, reply: { ok: false, error: { code: 'display-read-only' } } });
    expect(engine.current.revision).toBe(revision);
    expect(engine.current.hall.mode).toBe('auto');
    expect((await s.sharing()).on).toBe(true);

    // It still sees what the console does, and still has the clock.
    const update = next(ws, 'state');
    engine.run('hall.setMode', { mode: 'agenda' });
    expect(await update).toMatchObject({ update: { patches: { hall: expect.arrayContaining([{ op: 'set', path: ['mode'], value: 'agenda' }]) } } });
    const pong = next(ws, 'pong');
    ws.send(JSON.stringify({ kind: 'ping', id: 3 }));
    expect(await pong).toMatchObject({ id: 3, serverTime: engine.clock() });
    ws.close();
  });

  it('tells its screens why it closes: the chair stopped sharing, or Gavel is quitting', async () => {
    const { server: s } = await start();
    const display = new URL((await s.sharing(true)).urls[0]);
    const url = `ws://127.0.0.1:${display.port}/ws?token=${display.searchParams.get('token')}`;
    const stopped = await openSocket(url);
    await next(stopped, 'state');
    await s.sharing(false);
    expect(await stopped.closed).toBe(CLOSE_SHARING_STOPPED);

    const shared = new URL((await s.sharing(true)).urls[0]);
    const quitting = await openSocket(`ws://127.0.0.1:${shared.port}/ws?token=${shared.searchParams.get('token')}`);
    const console_ = await openSocket(`ws://127.0.0.1:${s.port}/ws`);
    await next(quitting, 'state');
    await next(console_, 'state');
    await s.close();
    expect(await quitting.closed).toBe(CLOSE_QUITTING);
    expect(await console_.closed).toBe(CLOSE_QUITTING);
  });

  it('lets the console turn sharing on and off over its own socket', async () => {
    const { server: s } = await start();
    const ws = await openSocket(`ws://127.0.0.1:${s.port}/ws`);
    const on = next(ws, 'sharing');
    ws.send(JSON.stringify({ kind: 'sharing', id: 1, enable: true }));
    expect(await on).toMatchObject({ id: 1, sharing: { on: true } });
    const off = next(ws, 'sharing');
    ws.send(JSON.stringify({ kind: 'sharing', id: 2, enable: false }));
    expect(await off).toMatchObject({ kind: 'sharing', id: 2, sharing: { on: false, urls: [], displays: 0 } });
    ws.close();
  });
});
