import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Engine } from '../engine/engine';
import { LANGS, type Lang } from '../engine/messages';
import type { ClientMessage, ServerMessage } from '../engine/protocol';
import { serveStatic } from './static';

export interface GavelServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface ServerOptions {
  engine: Engine;
  /** Folder of the built UI (out/renderer). */
  staticDir: string;
  host: string;
  port: number;
}

/** Largest message a client may send; a command is a few hundred bytes. */
const MAX_MESSAGE_BYTES = 1 << 20;

/**
 * Browser mode: serves the built UI and carries the command/state protocol over a
 * WebSocket at /ws, exactly as Electron's IPC does.
 */
export function startServer({ engine, staticDir, host, port }: ServerOptions): Promise<GavelServer> {
  const httpServer = http.createServer((req, res) => serveStatic(staticDir, req, res));
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });

  httpServer.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // Only pages served by this server may connect: a foreign web page open in the same
    // browser must not be able to drive the console.
    if (url.pathname !== '/ws' || !sameOrigin(req.headers.origin, req.headers.host)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  const clients = new Set<WebSocket>();
  const send = (ws: WebSocket, msg: ServerMessage) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(msg));
  };
  const unsubscribe = engine.subscribe((update) => {
    const text = JSON.stringify({ kind: 'state', update } satisfies ServerMessage);
    for (const ws of clients) if (ws.readyState === ws.OPEN) ws.send(text);
  });

  wss.on('connection', (ws, req) => {
    clients.add(ws);
    const actor = `browser@${req.socket.remoteAddress ?? 'unknown'}`;
    send(ws, { kind: 'state', update: engine.snapshot() });
    ws.on('message', (data) => {
      const msg = parseClientMessage(data.toString());
      if (!msg) return;
      if (msg.kind === 'ping') send(ws, { kind: 'pong', id: msg.id, serverTime: engine.clock() });
      else send(ws, { kind: 'reply', id: msg.id, reply: engine.dispatch(msg.command, { actor, lang: msg.lang ?? 'vi' }) });
    });
    ws.on('close', () => clients.delete(ws));
  });

  return new Promise((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => {
      const actual = (httpServer.address() as AddressInfo).port;
      resolve({
        url: `http://${host}:${actual}/`,
        port: actual,
        close: () =>
          new Promise<void>((done) => {
            unsubscribe();
            for (const ws of clients) ws.terminate();
            wss.close();
            httpServer.close(() => done());
            httpServer.closeAllConnections();
          }),
      });
    });
  });
}

function sameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Accepts only well-formed client messages; anything else is dropped. */
export function parseClientMessage(text: string): ClientMessage | null {
  let msg: unknown;
  try {
    msg = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof msg !== 'object' || msg === null) return null;
  const m = msg as Record<string, unknown>;
  if (typeof m.id !== 'number') return null;
  if (m.kind === 'ping') return { kind: 'ping', id: m.id };
  if (m.kind === 'command') {
    const lang = LANGS.includes(m.lang as Lang) ? (m.lang as Lang) : undefined;
    return { kind: 'command', id: m.id, command: m.command, lang };
  }
  return null;
}
