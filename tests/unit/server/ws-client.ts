/** A test's side of the server: a miniature built UI, and sockets that keep every message. */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import WebSocket from 'ws';
import type { ServerMessage } from '../../../electron/engine/protocol';
import { tempDir } from '../helpers';

/** A built UI in miniature: the console page, the hall page and one asset. */
export function staticDir(asset = 'hall.js'): string {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<title>console</title>');
  fs.writeFileSync(path.join(dir, 'hall.html'), '<title>hall</title>');
  fs.writeFileSync(path.join(dir, 'assets', asset), 'console.log(1)');
  return dir;
}

export type Client = WebSocket & { inbox: ServerMessage[]; closed: Promise<number> };

/** Opens a socket that keeps every message from the first (the snapshot comes at once). */
export function openSocket(url: string, headers: Record<string, string> = {}, origin = new URL(url).origin.replace('ws:', 'http:')): Promise<Client> {
  const ws = new WebSocket(url, { origin, headers }) as Client;
  ws.inbox = [];
  ws.closed = new Promise((resolve) => ws.once('close', (code) => resolve(code)));
  ws.on('message', (data) => ws.inbox.push(JSON.parse(data.toString()) as ServerMessage));
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

/** The next message of that kind not yet taken. */
export async function next(ws: Client, kind: ServerMessage['kind']): Promise<ServerMessage> {
  await expect.poll(() => ws.inbox.some((m) => m.kind === kind)).toBe(true);
  const i = ws.inbox.findIndex((m) => m.kind === kind);
  return ws.inbox.splice(i, 1)[0];
}
