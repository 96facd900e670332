/** Raw HTTP and WebSocket bytes for the hostile-input tests and the socket fuzz. */
import crypto from 'node:crypto';
import net from 'node:net';
import { afterEach } from 'vitest';
import WebSocket from 'ws';
import { startServer, type GavelServer } from '../../../electron/server/server';
import { newEngine, seedBasics } from '../helpers';
import { staticDir } from './ws-client';

/** Browser mode on loopback (LAN sharing on loopback too) over a seeded in-memory engine. */
export async function startSeeded() {
  const { engine, db } = newEngine();
  seedBasics(engine);
  const server = await startServer({ engine, staticDir: staticDir(), host: '127.0.0.1', port: 0, lanHost: '127.0.0.1', lanPort: 0 });
  return { engine, db, server };
}

/** `startSeeded` for the tests of one describe block, each server closed after its test. */
export function seededPerTest(): typeof startSeeded {
  let server: GavelServer | null = null;
  afterEach(async () => {
    await server?.close();
    server = null;
  });
  return async () => {
    const started = await startSeeded();
    server = started.server;
    return started;
  };
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

