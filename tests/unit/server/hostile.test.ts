/**
 * What a hostile web page on the chair's laptop, or a guest on the LAN, can throw at browser
 * mode below the command level: broken WebSocket frames, odd paths, foreign Host names,
 * encoded path tricks. None of it may stop the server or change the state.
 */
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { CONSOLE_LIMITS } from '../../../electron/server/guards';
import { dumpDb } from '../helpers';
import { alive, frame, rawExchange, seededPerTest, upgradeRequest } from './wire';

describe('hostile input below the command level', () => {
  const start = seededPerTest();

  it('survives every WebSocket protocol error on the console listener, with a close code', async () => {
    const { db, server: s } = await start();
    const before = dumpDb(db);
    const big = Buffer.alloc((1 << 20) + 10, 0x61);
    const cases: [string, Buffer][] = [
      ['message over 1 MiB', frame(1, big)],
      ['16 MiB binary message header', frame(2, Buffer.alloc(16 << 20))],
      ['invalid UTF-8 text', frame(1, Buffer.from([0xc3, 0x28, 0xff]))],
      ['reserved opcode', frame(3, Buffer.from('x'))],
      ['unmasked client frame', frame(1, Buffer.from('{}'), { mask: false })],
      ['200-byte ping', frame(9, Buffer.alloc(200))],
      ['reserved bits set', frame(1, Buffer.from('{}'), { rsv: 4 })],
      ['fragmented control frame', frame(9, Buffer.from('x'), { fin: false })],
    ];
    for (const [name, bytes] of cases) {
      const reply = await rawExchange(s.port, upgradeRequest(s.port), (sock) => sock.write(bytes));
      expect(reply, name).toMatch(/^HTTP\/1.1 101/);
      // The server answers a protocol error with a close frame (opcode 8) and stays up.
      expect(reply.slice(reply.indexOf('\r\n\r\n') + 4), name).toContain('\x88');
      expect(await alive(s.port), name).toBe(true);
    }
    expect(dumpDb(db)).toEqual(before);
  });

  it('survives a LAN display that sends a message over 64 KiB', async () => {
    const { server: s } = await start();
    const { urls } = await s.sharing(true);
    const display = new URL(urls[0]);
    const token = display.searchParams.get('token')!;
    const lanPort = Number(display.port);
    const ws = new WebSocket(`ws://127.0.0.1:${lanPort}/ws?token=${token}`, { origin: `http://127.0.0.1:${lanPort}` });
    await new Promise((r) => ws.once('open', r));
    const closed = new Promise<number>((r) => ws.once('close', (code) => r(code)));
    ws.send('x'.repeat(65 * 1024));
    expect(await closed).toBe(1009);
    expect(await alive(s.port)).toBe(true);
    expect(await alive(lanPort, '127.0.0.1', `?token=${token}`)).toBe(true);
  });

  it('survives a request for // (and other unparsable paths) on both listeners', async () => {
    const { server: s } = await start();
    for (const p of ['//', '//ws', '///', '//x:y@z']) {
      const reply = await rawExchange(s.port, upgradeRequest(s.port, p));
      expect(reply, p).toMatch(/^HTTP\/1.1 (400|403|404)/);
      const get = await rawExchange(s.port, `GET ${p} HTTP/1.1\r\nHost: 127.0.0.1:${s.port}\r\nConnection: close\r\n\r\n`);
      expect(get, p).toMatch(/^HTTP\/1.1 (400|403|404)/);
    }
    expect(await alive(s.port)).toBe(true);
    const { urls } = await s.sharing(true);
    const lanPort = Number(new URL(urls[0]).port);
    for (const p of ['//', '//ws']) {
      const get = await rawExchange(lanPort, `GET ${p} HTTP/1.1\r\nHost: 127.0.0.1:${lanPort}\r\nConnection: close\r\n\r\n`);
      expect(get, p).toMatch(/^HTTP\/1.1 (400|403|404)/);
      const up = await rawExchange(lanPort, upgradeRequest(lanPort, p));
      expect(up, p).toMatch(/^HTTP\/1.1 (400|403|404)/);
    }
    expect(await alive(s.port)).toBe(true);
  });

  it('refuses DNS rebinding: only loopback Host names on the console listener', async () => {
    const { server: s } = await start();
    const foreign = `rebind.example:${s.port}`;
    const up = await rawExchange(s.port, upgradeRequest(s.port, '/ws', foreign, `http://${foreign}`));
    expect(up).toMatch(/^HTTP\/1.1 403/);
    const page = await rawExchange(s.port, `GET / HTTP/1.1\r\nHost: ${foreign}\r\nConnection: close\r\n\r\n`);
    expect(page).toMatch(/^HTTP\/1.1 403/);
    expect(page).not.toContain('console');
    // A loopback name on another port is a different origin too.
    const otherPort = await rawExchange(s.port, `GET / HTTP/1.1\r\nHost: 127.0.0.1:1\r\nConnection: close\r\n\r\n`);
    expect(otherPort).toMatch(/^HTTP\/1.1 403/);
    for (const host of [`127.0.0.1:${s.port}`, `localhost:${s.port}`, `[::1]:${s.port}`]) {
      const ok = await rawExchange(s.port, `GET / HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
      expect(ok, host).toMatch(/^HTTP\/1.1 200/);
      const ws = await rawExchange(s.port, upgradeRequest(s.port, '/ws', host, `http://${host}`));
      expect(ws, host).toMatch(/^HTTP\/1.1 101/);
    }
  });

  it('refuses DNS rebinding on the LAN listener: only its own address', async () => {
    const { server: s } = await start();
    const { urls } = await s.sharing(true);
    const display = new URL(urls[0]);
    const token = display.searchParams.get('token')!;
    const lanPort = Number(display.port);
    const foreign = `rebind.example:${lanPort}`;
    const page = await rawExchange(lanPort, `GET /hall?token=${token} HTTP/1.1\r\nHost: ${foreign}\r\nConnection: close\r\n\r\n`);
    expect(page).toMatch(/^HTTP\/1.1 403/);
    const up = await rawExchange(lanPort, upgradeRequest(lanPort, `/ws?token=${token}`, foreign, `http://${foreign}`));
    expect(up).toMatch(/^HTTP\/1.1 403/);
    const own = await rawExchange(lanPort, `GET /hall?token=${token} HTTP/1.1\r\nHost: 127.0.0.1:${lanPort}\r\nConnection: close\r\n\r\n`);
    expect(own).toMatch(/^HTTP\/1.1 200/);
  });

  it('never serves the console page on the LAN listener, however the path is encoded', async () => {
    const { server: s } = await start();
    const { urls } = await s.sharing(true);
    const display = new URL(urls[0]);
    const token = display.searchParams.get('token')!;
    const base = `http://127.0.0.1:${display.port}`;
    for (const p of ['/assets/..%2findex.html', '/assets/%2e%2e/index.html', '/assets/..%5cindex.html', '/assets/%2e%2e%2findex.html', '/assets/..%2f..%2fetc%2fpasswd']) {
      const res = await rawExchange(Number(display.port), `GET ${p}?token=${token} HTTP/1.1\r\nHost: 127.0.0.1:${display.port}\r\nConnection: close\r\n\r\n`);
      expect(res, p).toMatch(/^HTTP\/1.1 (403|404)/);
      expect(res, p).not.toContain('<title>console</title>');
    }
    expect((await fetch(`${base}/assets/hall.js?token=${token}`)).status).toBe(200);
  });

  it('closes a LAN display that floods messages (1008), and caps open sockets (503)', async () => {
    const { server: s } = await start();
    const { urls } = await s.sharing(true);
    const display = new URL(urls[0]);
    const lanPort = Number(display.port);
    const query = `?token=${display.searchParams.get('token')}`;
    const ws = new WebSocket(`ws://127.0.0.1:${lanPort}/ws${query}`, { origin: `http://127.0.0.1:${lanPort}` });
    await new Promise((r) => ws.once('open', r));
    const closed = new Promise<number>((r) => ws.once('close', (code) => r(code)));
    for (let i = 0; i < 100; i++) ws.send(JSON.stringify({ kind: 'ping', id: i }));
    expect(await closed).toBe(1008);
    expect(await alive(lanPort, '127.0.0.1', query)).toBe(true);

    const open: WebSocket[] = [];
    for (let i = 0; i < CONSOLE_LIMITS.maxSockets; i++) {
      const c = new WebSocket(`ws://127.0.0.1:${s.port}/ws`, { origin: `http://127.0.0.1:${s.port}` });
      await new Promise((r) => c.once('open', r));
      open.push(c);
    }
    const refused = await rawExchange(s.port, upgradeRequest(s.port));
    expect(refused).toMatch(/^HTTP\/1.1 503/);
    open.pop()!.close();
    await expect.poll(() => alive(s.port)).toBe(true);
    for (const c of open) c.close();
  });
});
