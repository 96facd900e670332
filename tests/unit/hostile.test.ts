/**
 * What a hostile web page on the chair's laptop, or a guest on the LAN, can throw at browser
 * mode below the command level: broken WebSocket frames, odd paths, foreign Host names,
 * encoded path tricks. None of it may stop the server or change the state.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startServer, type GavelServer } from '../../electron/server/server';
import { dumpDb, newEngine, seedBasics, tempDir } from './helpers';

function staticDir(): string {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<title>console</title>');
  fs.writeFileSync(path.join(dir, 'hall.html'), '<title>hall</title>');
  fs.writeFileSync(path.join(dir, 'assets', 'hall.js'), 'console.log(1)');
  return dir;
}

/** Sends raw bytes and collects whatever comes back until the peer closes (or 2 s of quiet). */
export function rawExchange(port: number, bytes: Buffer | string, after?: (sock: net.Socket, head: string) => void): Promise<string> {
  return new Promise((resolve) => {
    const sock = net.connect(port, '127.0.0.1');
    let got = Buffer.alloc(0);
    let sent = false;
    const done = () => {
      sock.destroy();
      resolve(got.toString('latin1'));
    };
    sock.on('data', (d) => {
      got = Buffer.concat([got, d]);
      // An accepted upgrade with nothing more to send: the head is the answer.
      if (!after && got.toString('latin1').startsWith('HTTP/1.1 101') && got.includes('\r\n\r\n')) return done();
      if (after && !sent && got.includes('\r\n\r\n')) {
        sent = true;
        after(sock, got.toString('latin1'));
      }
    });
    sock.on('error', done);
    sock.on('close', done);
    sock.setTimeout(2000, done);
    sock.write(bytes);
  });
}

/** A client frame: FIN + opcode, masked unless told otherwise. */
export function frame(opcode: number, payload: Buffer, { mask = true, fin = true, rsv = 0 } = {}): Buffer {
  const len = payload.length;
  const head = [((fin ? 0x80 : 0) | (rsv << 4) | opcode) & 0xff];
  const maskBit = mask ? 0x80 : 0;
  if (len < 126) head.push(maskBit | len);
  else if (len < 65536) head.push(maskBit | 126, len >> 8, len & 0xff);
  else {
    head.push(maskBit | 127, 0, 0, 0, 0);
    head.push((len >>> 24) & 0xff, (len >>> 16) & 0xff, (len >>> 8) & 0xff, len & 0xff);
  }
  if (!mask) return Buffer.concat([Buffer.from(head), payload]);
  const key = crypto.randomBytes(4);
  const body = Buffer.from(payload.map((b, i) => b ^ key[i % 4]));
  return Buffer.concat([Buffer.from(head), key, body]);
}

export function upgradeRequest(port: number, pathname = '/ws', host = `127.0.0.1:${port}`, origin = `http://${host}`, extra = ''): string {
  return (
    `GET ${pathname} HTTP/1.1\r\nHost: ${host}\r\nOrigin: ${origin}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
    `Sec-WebSocket-Key: ${crypto.randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n${extra}\r\n`
  );
}

/** Opens a real socket, sends a ping and waits for the pong: the server is alive and serving. */
export async function alive(port: number, hostName = '127.0.0.1', query = ''): Promise<boolean> {
  const ws = new WebSocket(`ws://${hostName}:${port}/ws${query}`, { origin: `http://${hostName}:${port}` });
  return new Promise((resolve) => {
    ws.once('error', () => resolve(false));
    ws.once('open', () => ws.send(JSON.stringify({ kind: 'ping', id: 1 })));
    ws.on('message', (d) => {
      if ((JSON.parse(d.toString()) as { kind: string }).kind === 'pong') {
        ws.close();
        resolve(true);
      }
    });
  });
}

describe('hostile input below the command level', () => {
  let server: GavelServer | null = null;
  afterEach(async () => {
    await server?.close();
    server = null;
  });

  async function start() {
    const { engine, db } = newEngine();
    seedBasics(engine);
    server = await startServer({ engine, staticDir: staticDir(), host: '127.0.0.1', port: 0, lanHost: '127.0.0.1', lanPort: 0 });
    return { engine, db, server };
  }

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
});
