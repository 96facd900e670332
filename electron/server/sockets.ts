/**
 * The engine over WebSocket: one attach for the loopback console, the LAN displays and paired
 * operators alike (roles, limits, the report message), and the parsing of what a client sends.
 */
import { WebSocketServer, type WebSocket } from 'ws';
import type { Engine } from '../engine/engine';
import { EngineError } from '../engine/errors';
import { roleForbidden } from '../engine/roles';
import { LANGS, type Lang } from '../../common/strings';
import type { ClientMessage, Reply, ServerMessage, SharingRequest, SharingStatus } from '../engine/protocol';
import type { BackupFailure } from '../features/backups/store';
import type { IncomingMessage } from 'node:http';
import { CONSOLE_LIMITS, consoleIdOf, guardSocket, requestUrl, rateLimiter, CLOSE_POLICY, type SocketLimits } from './guards';
import type { DeviceSockets, SocketIdentity } from './operators';
import { screenRequest } from './screens';
import { previewReport } from '../documents/serve';
import { CLOSE_QUITTING, CLOSE_RESTORED, CLOSE_SHARING_STOPPED } from '../../common/closeCodes';

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
  limits: SocketLimits = CONSOLE_LIMITS,
  onAdmin?: AdminHandler,
  devices?: DeviceSockets,
  backupHealth?: BackupHealth,
): AttachedSockets {
  const clients = new Set<WebSocket>();
  /** The chair's sockets: told whether the last backup failed, on connecting and whenever it changes. */
  const chairs = new Set<WebSocket>();
  const send = (ws: WebSocket, msg: ServerMessage) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(msg));
  };
  const follow = (e: Engine) =>
    e.subscribe((update) => {
      const text = JSON.stringify({ kind: 'state', update } satisfies ServerMessage);
      for (const ws of clients) if (ws.readyState === ws.OPEN) ws.send(text);
    });
  let unsubscribe = follow(engine);
  const unhealth = backupHealth?.onHealth((failed) => {
    for (const ws of chairs) send(ws, { kind: 'backups', failed });
  });
  // A laptop gone from the Wi-Fi closes nothing, and the chair's list said "Connected now" of it
  // for as long as the system kept the dead connection. Ping frames (answered by the browser
  // itself, even in a tab in the background) find it: one not answered by the next ping is closed.
  const answered = new WeakSet<WebSocket>();
  const actors = new WeakMap<WebSocket, string>();
  const beat = setInterval(() => {
    for (const ws of clients) {
      if (!answered.has(ws)) {
        console.warn(`gavel: closed the socket of ${actors.get(ws) ?? 'a screen'}: it stopped answering`);
        ws.terminate();
        continue;
      }
      answered.delete(ws);
      ws.ping();
    }
  }, limits.pingMs ?? SERVER_PING_MS);
  beat.unref();
  wss.on('close', () => {
    clearInterval(beat);
    unhealth?.();
  });
  const refuse = (ws: WebSocket, id: number, lang: Lang, error = new EngineError('display-read-only')) => {
    send(ws, { kind: 'reply', id, reply: { ok: false, error: error.toReply(lang) } });
  };

  wss.on('connection', (ws, req) => {
    clients.add(ws);
    answered.add(ws);
    ws.on('pong', () => answered.add(ws));
    const address = req.socket.remoteAddress ?? 'unknown';
    const me: SocketIdentity =
      typeof who === 'function' ? who(req) : who === 'display' ? { role: 'display', actor: `display@${address}`, deviceId: null } : { role: 'chair', actor: `browser@${address}`, deviceId: null };
    const actor = me.actor;
    // Which tab or window this is (checked at the upgrade, server.ts and lan.ts): two tabs of the chair's own laptop are two senders.
    const url = requestUrl(req);
    const consoleId = (url && consoleIdOf(url)) ?? null;
    actors.set(ws, actor);
    guardSocket(ws, actor);
    // Displays are rate-limited (they only watch); a paired operator's console types at the speed of a person.
    const allowed = limits.rate && me.role === 'display' ? rateLimiter(limits.rate.perSecond, limits.rate.burst) : () => true;
    if (me.deviceId !== null) devices?.add(ws, me.deviceId, address);
    // The snapshot stays the first message (screens and tests rely on it); then who this socket is.
    send(ws, { kind: 'state', update: engine.snapshot() });
    send(ws, { kind: 'hello', role: me.role, device: me.deviceId !== null ? me.actor : null, ...(me.displayToken ? { displayToken: me.displayToken } : {}) });
    if (backupHealth && me.role === 'chair') {
      chairs.add(ws);
      send(ws, { kind: 'backups', failed: backupHealth.failed() });
    }
    ws.on('message', (data: Buffer | ArrayBuffer | Buffer[]) => {
      if (!allowed()) {
        console.warn(`gavel: closed the socket of ${actor}: too many messages`);
        return ws.close(CLOSE_POLICY, 'rate limit');
      }
      // A display only pings: anything over its listener's size closes it, as ws does for the rest.
      if (me.role === 'display' && messageBytes(data) > limits.maxMessageBytes) {
        console.warn(`gavel: closed the socket of ${actor}: message too big`);
        return ws.close(CLOSE_TOO_BIG, 'message too big');
      }
      const msg = parseClientMessage(data.toString());
      if (!msg) return;
      if (msg.kind === 'bad-id') return send(ws, { kind: 'reply', id: null, reply: { ok: false, error: new EngineError('malformed-id', { max: Number.MAX_SAFE_INTEGER }).toReply(msg.lang ?? 'vi') } });
      if (msg.kind === 'ping') return send(ws, { kind: 'pong', id: msg.id, serverTime: engine.clock() });
      const lang = 'lang' in msg ? (msg.lang ?? 'vi') : 'vi';
      // A display is read-only whatever it sends: nothing reaches the engine.
      if (me.role === 'display') return refuse(ws, msg.id, lang);
      if (msg.kind === 'report') {
        // A document's preview; files download by GET /report/<doc> (features/review/routes.ts).
        void previewReport(engine.db, msg.request, msg.lang ?? 'vi').then((reply) => send(ws, { kind: 'report', id: msg.id, reply }));
        return;
      }
      if (msg.kind === 'sharing') {
        // LAN sharing and pairing are the chair's, on the loopback listener only.
        if (!onSharing || me.role !== 'chair') return refuse(ws, msg.id, lang, roleForbidden('chair', me.role, 'sharing'));
        void onSharing({ enable: msg.enable, pair: msg.pair, screen: msg.screen, newScreens: msg.newScreens }).then((sharing) => send(ws, { kind: 'sharing', id: msg.id, sharing }));
        return;
      }
      if (msg.kind === 'admin') {
        // Backups and the journal are the chair's: a paired operator's console is refused.
        if (!onAdmin || me.role !== 'chair') return refuse(ws, msg.id, lang, roleForbidden('chair', me.role, 'maintenance'));
        return send(ws, { kind: 'admin', id: msg.id, reply: onAdmin(msg.request, msg.lang ?? 'vi', me.actor) });
      }
      // A command sent again under its `cid` gets the reply it got the first time (the engine keeps them, store/replies.ts).
      const meta = { actor: me.actor, lang: msg.lang ?? 'vi', role: me.role, deviceId: me.deviceId, consoleId, cid: msg.cid } as const;
      send(ws, { kind: 'reply', id: msg.id, reply: engine.dispatch(msg.command, meta) });
    });
    ws.on('close', () => {
      clients.delete(ws);
      chairs.delete(ws);
      devices?.remove(ws);
    });
  });
  return {
    closeAll: (code) => {
      if (code === undefined) {
        for (const ws of clients) ws.terminate();
        return Promise.resolve();
      }
      // Told why (a close frame with the code), so a screen can say it; a socket that does not
      // answer its close in time is cut.
      const open = [...clients];
      return new Promise<void>((done) => {
        let left = open.length;
        const timer = setTimeout(() => {
          open.forEach((ws) => ws.terminate());
          done();
        }, CLOSE_GRACE_MS);
        const one = () => {
          if (--left > 0) return;
          clearTimeout(timer);
          done();
        };
        if (left === 0) return one();
        for (const ws of open) {
          ws.once('close', one);
          ws.close(code, code === CLOSE_SHARING_STOPPED ? 'sharing stopped' : 'quitting');
        }
      });
    },
    unsubscribe: () => unsubscribe(),
    count: () => clients.size,
    swap(next) {
      unsubscribe();
      engine = next;
      unsubscribe = follow(next);
      // Every screen reconnects and takes the new engine's snapshot whole; after this turn, so the
      // reply to the request that caused it goes out first. The close code tells a console why
      // (what was entered after the backup is gone), rather than a plain restart.
      const before = [...clients];
      setImmediate(() => before.forEach((ws) => ws.close(CLOSE_RESTORED, 'restored')));
    },
  };
}

export interface AttachedSockets {
  /** Closes every socket: cut at once, or with `code` (common/closeCodes.ts), waiting a moment for each to be told. */
  closeAll(code?: typeof CLOSE_SHARING_STOPPED | typeof CLOSE_QUITTING): Promise<void>;
  unsubscribe(): void;
  count(): number;
  /** After a restore: follow the new engine and send every screen its state. */
  swap(engine: Engine): void;
}

/** Whether the last backup failed (Keeper.failed, Keeper.onHealth), for the chair's consoles. */
export interface BackupHealth {
  failed(): BackupFailure | null;
  onHealth(listener: (failed: BackupFailure | null) => void): () => void;
}

/** Answers a console's maintenance request (backups, Activity); see electron/features/backups/keeper.ts. */
/** `actor`: the socket's, as its commands are journaled (a restore is journaled under it). */
export type AdminHandler = (request: unknown, lang: Lang, actor: string) => Reply;

/** How long a closing listener waits for its screens to take their close frame before cutting them. */
const CLOSE_GRACE_MS = 500;

/** Sockets are pinged this often: a dead one is closed within twice this. */
const SERVER_PING_MS = 10_000;
/** A command's own id (transport.ts makes 32 hex digits). */
const MAX_CID_LENGTH = 64;
/** RFC 6455 §7.4.1: the message is too big to process. */
const CLOSE_TOO_BIG = 1009;

const messageBytes = (data: Buffer | ArrayBuffer | Buffer[]): number =>
  Array.isArray(data) ? data.reduce((n, b) => n + b.length, 0) : data.byteLength;

const MESSAGE_KINDS: readonly ClientMessage['kind'][] = ['command', 'ping', 'sharing', 'report', 'admin'];

/**
 * Accepts only well-formed client messages; anything that is not one of ours is dropped (null).
 * One of ours whose `id` is not a safe integer is `bad-id`: answered with a refusal under `id: null`.
 */
export function parseClientMessage(text: string): ClientMessage | { kind: 'bad-id'; lang?: Lang } | null {
  let msg: unknown;
  try {
    msg = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof msg !== 'object' || msg === null) return null;
  const m = msg as Record<string, unknown>;
  if (!MESSAGE_KINDS.includes(m.kind as ClientMessage['kind'])) return null;
  // One of ours with an id its answer cannot carry back (1e400 parses to Infinity, which JSON
  // writes as null; a string, a fraction or 2^60 is not what a screen sends): refused, never run.
  if (!Number.isSafeInteger(m.id)) return { kind: 'bad-id', lang: LANGS.includes(m.lang as Lang) ? (m.lang as Lang) : undefined };
  if (m.kind === 'ping') return { kind: 'ping', id: m.id as number };
  if (m.kind === 'sharing') {
    const pair = m.pair === 'start' || m.pair === 'cancel' ? m.pair : undefined;
    const lang = LANGS.includes(m.lang as Lang) ? (m.lang as Lang) : undefined;
    return { kind: 'sharing', id: m.id as number, enable: typeof m.enable === 'boolean' ? m.enable : undefined, pair, ...screenRequest(m.screen), ...(typeof m.newScreens === 'boolean' ? { newScreens: m.newScreens } : {}), lang };
  }
  if (m.kind === 'report') {
    const lang = LANGS.includes(m.lang as Lang) ? (m.lang as Lang) : undefined;
    return { kind: 'report', id: m.id as number, request: m.request, format: 'preview', lang };
  }
  if (m.kind === 'admin') return { kind: 'admin', id: m.id as number, request: m.request, lang: LANGS.includes(m.lang as Lang) ? (m.lang as Lang) : undefined };
  if (m.kind === 'command') {
    const lang = LANGS.includes(m.lang as Lang) ? (m.lang as Lang) : undefined;
    const cid = typeof m.cid === 'string' && m.cid.length > 0 && m.cid.length <= MAX_CID_LENGTH ? m.cid : undefined;
    return { kind: 'command', id: m.id as number, command: m.command, lang, ...(cid && { cid }) };
  }
  return null;
}
