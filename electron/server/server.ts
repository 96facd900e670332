import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Engine } from '../engine/engine';
import { EngineError } from '../engine/errors';
import { LANGS, type Lang } from '../engine/messages';
import type { ClientMessage, ServerMessage, SharingRequest, SharingStatus } from '../engine/protocol';
import type { IncomingMessage } from 'node:http';
import type { DeviceSockets, SocketIdentity } from './operators';
import { createSharing } from './sharing';
import { serveStatic } from './static';

export interface GavelServer {
  url: string;
  port: number;
  /** LAN display sharing: off until the chair turns it on. */
  /** `true`/`false` as before, or a request that also starts or cancels a pairing code. */
  sharing(request?: boolean | SharingRequest): Promise<SharingStatus>;
  close(): Promise<void>;
}

export interface ServerOptions {
  engine: Engine;
  /** Folder of the built UI (out/renderer). */
  staticDir: string;
  host: string;
  port: number;
  /** Where LAN displays connect when sharing is on: 0.0.0.0 (all interfaces) or one address. */
  lanHost?: string;
  lanPort?: number;
}

/** Largest message a client may send; a command is a few hundred bytes. */
const MAX_MESSAGE_BYTES = 1 << 20;

/** Who is at the other end of a socket: the chair's console, a display that only watches. */
export type SocketRole = 'console' | 'display';

/**
 * Connects sockets of one listener to the engine: the full snapshot on connect (so a screen
 * that reconnects catches up at once), every update after, pings for the clock, and
 * commands with the socket's role (the engine checks it; a display is refused here already).
 * `who` names the socket: a fixed role, or per request (a paired device on the LAN, operators.ts).
 */
export function attachEngine(
  wss: WebSocketServer,
  engine: Engine,
  who: SocketRole | ((req: IncomingMessage) => SocketIdentity),
  onSharing?: (request: SharingRequest) => Promise<SharingStatus>,
  devices?: DeviceSockets,
): { closeAll(): void; unsubscribe(): void; count(): number } {
  const clients = new Set<WebSocket>();
  const send = (ws: WebSocket, msg: ServerMessage) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(msg));
  };
  const unsubscribe = engine.subscribe((update) => {
    const text = JSON.stringify({ kind: 'state', update } satisfies ServerMessage);
    for (const ws of clients) if (ws.readyState === ws.OPEN) ws.send(text);
  });
  const refuse = (ws: WebSocket, id: number, lang: Lang) => {
    const error = new EngineError('display-read-only');
    send(ws, { kind: 'reply', id, reply: { ok: false, error: { code: error.code, message: error.messageIn(lang) } } });
  };

  wss.on('connection', (ws, req) => {
    clients.add(ws);
    const address = req.socket.remoteAddress ?? 'unknown';
    const me: SocketIdentity =
      typeof who === 'function' ? who(req) : who === 'display' ? { role: 'display', actor: `display@${address}`, deviceId: null } : { role: 'chair', actor: `browser@${address}`, deviceId: null };
    if (me.deviceId !== null) devices?.add(ws, me.deviceId);
    // The snapshot stays the first message (screens and tests rely on it); then who this socket is.
    send(ws, { kind: 'state', update: engine.snapshot() });
    send(ws, { kind: 'hello', role: me.role, device: me.deviceId !== null ? me.actor : null });
    ws.on('message', (data) => {
      const msg = parseClientMessage(data.toString());
      if (!msg) return;
      if (msg.kind === 'ping') return send(ws, { kind: 'pong', id: msg.id, serverTime: engine.clock() });
      // A display is read-only whatever it sends: nothing reaches the engine.
      if (me.role === 'display') return refuse(ws, msg.id, msg.kind === 'command' ? (msg.lang ?? 'vi') : 'vi');
      if (msg.kind === 'sharing') {
        // LAN sharing and pairing are the chair's, on the loopback listener only.
        if (!onSharing || me.role !== 'chair') return refuse(ws, msg.id, 'vi');
        void onSharing({ enable: msg.enable, pair: msg.pair }).then((sharing) => send(ws, { kind: 'sharing', id: msg.id, sharing }));
        return;
      }
      const meta = { actor: me.actor, lang: msg.lang ?? 'vi', role: me.role, deviceId: me.deviceId } as const;
      send(ws, { kind: 'reply', id: msg.id, reply: engine.dispatch(msg.command, meta) });
    });
    ws.on('close', () => {
      clients.delete(ws);
      devices?.remove(ws);
    });
  });
  return {
    closeAll: () => {
      for (const ws of clients) ws.terminate();
    },
    unsubscribe,
    count: () => clients.size,
  };
}

/**
 * Browser mode: serves the built UI and carries the command/state protocol over a
 * WebSocket at /ws, exactly as Electron's IPC does. Listens on loopback; LAN displays get
 * a second, read-only listener only while sharing is on (lan.ts).
 */
export function startServer({ engine, staticDir, host, port, lanHost = '0.0.0.0', lanPort = 0 }: ServerOptions): Promise<GavelServer> {
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

  const lan = createSharing({ engine, staticDir, lanHost, lanPort });
  const sharing = lan.request;
  const sockets = attachEngine(wss, engine, 'console', sharing);

  return new Promise((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => {
      const actual = (httpServer.address() as AddressInfo).port;
      resolve({
        url: `http://${host}:${actual}/`,
        port: actual,
        sharing: (request) => sharing(typeof request === 'boolean' ? { enable: request } : request),
        close: async () => {
          await sharing({ enable: false });
          await new Promise<void>((done) => {
            sockets.unsubscribe();
            sockets.closeAll();
            wss.close();
            httpServer.close(() => done());
            httpServer.closeAllConnections();
          });
        },
      });
    });
  });
}

export function sameOrigin(origin: string | undefined, host: string | undefined): boolean {
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
  if (m.kind === 'sharing') {
    const pair = m.pair === 'start' || m.pair === 'cancel' ? m.pair : undefined;
    return { kind: 'sharing', id: m.id, enable: typeof m.enable === 'boolean' ? m.enable : undefined, pair };
  }
  if (m.kind === 'command') {
    const lang = LANGS.includes(m.lang as Lang) ? (m.lang as Lang) : undefined;
    return { kind: 'command', id: m.id, command: m.command, lang };
  }
  return null;
}
