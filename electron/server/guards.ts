/**
 * The checks that stand between the network and the engine in browser mode, kept apart from
 * the wiring in server.ts and lan.ts: which request paths parse, which Host names a listener
 * answers (DNS rebinding), socket error handling, per-connection rate limits and a socket cap.
 * Everything here refuses quietly and never throws: a hostile request must not stop the server.
 */
import type { IncomingMessage, Server, ServerOptions } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';
import { CONSOLE_ID_PARAM, isConsoleId } from '../../common/consoleId';

/** The path and query of a request, or null when the request target does not parse (e.g. `//`). */
export function requestUrl(req: Pick<IncomingMessage, 'url'>): URL | null {
  const target = req.url ?? '/';
  // Only origin-form targets ("/path?query"); "//host/..." would be read as a host by URL.
  if (!target.startsWith('/') || target.startsWith('//')) return null;
  try {
    return new URL(target, 'http://localhost');
  } catch {
    return null;
  }
}

/**
 * The console id a screen sent on connect (`/ws?console=…`, common/consoleId.ts): null when it
 * sent none (a display, a test's socket, a screen from before), undefined when what it sent is not
 * one (too long, characters outside the id's, the parameter twice): such a connection is refused.
 */
export function consoleIdOf(url: URL): string | null | undefined {
  const sent = url.searchParams.getAll(CONSOLE_ID_PARAM);
  if (sent.length === 0) return null;
  return sent.length === 1 && isConsoleId(sent[0]) ? sent[0] : undefined;
}

/**
 * The request's Host, or undefined when it has none or more than one: Node keeps the first of
 * two Host headers, which a proxy in front may read otherwise (RFC 9112 §3.2 wants a 400), so
 * such a request is answered as one from a foreign Host.
 */
export function hostOf(req: Pick<IncomingMessage, 'headers' | 'rawHeaders'>): string | undefined {
  let n = 0;
  for (let i = 0; i < req.rawHeaders.length; i += 2) if (req.rawHeaders[i].toLowerCase() === 'host') n++;
  return n === 1 ? req.headers.host : undefined;
}

/** Loopback names a page on the chair's own laptop can use to reach the console listener. */
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

/** Host header values naming `names` on `port` (the port may be left out only when it is 80). */
function hostMatches(host: string | undefined, names: readonly string[], port: number): boolean {
  if (!host) return false;
  const h = host.toLowerCase();
  return names.some((n) => h === `${n}:${port}` || (port === 80 && h === n));
}

/**
 * DNS rebinding: a foreign site whose name is made to resolve to 127.0.0.1 is still a foreign
 * Host. The console listener answers only loopback names on its own port.
 */
export function loopbackHost(host: string | undefined, port: number): boolean {
  return hostMatches(host, LOOPBACK_NAMES, port);
}

/** The LAN listener answers only the address the request actually came in on, with its port. */
export function ownAddressHost(req: Pick<IncomingMessage, 'headers' | 'rawHeaders' | 'socket'>, port: number): boolean {
  const local = req.socket.localAddress;
  if (!local) return false;
  const plain = local.startsWith('::ffff:') ? local.slice(7) : local;
  const name = plain.includes(':') ? `[${plain}]` : plain;
  return hostMatches(hostOf(req), [name], port);
}

/**
 * A request a page of another origin made the browser send (a link, an image, a form, a fetch in
 * no-cors mode): that page cannot read the answer, but the server would still do the work, e.g.
 * build a document for seconds while every command waits. Browsers say where a request comes
 * from (Sec-Fetch-Site): our own pages' requests are `same-origin`, an address typed, a bookmark or
 * a QR code `none`; `same-site` is another port on the same address, another program's page. A
 * client without the header (an old browser, curl) is judged by the other checks alone.
 */
export function fromAnotherPage(req: Pick<IncomingMessage, 'headers'>): boolean {
  const site = req.headers['sec-fetch-site'];
  return site !== undefined && site !== 'same-origin' && site !== 'none';
}

/** Ends an upgrade request that will not become a WebSocket. */
export function refuseUpgrade(socket: Duplex, status: 400 | 403 | 503 = 403): void {
  const text = status === 400 ? 'Bad Request' : status === 403 ? 'Forbidden' : 'Service Unavailable';
  socket.on('error', () => {});
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** Close codes we send (RFC 6455 §7.4.1); ws itself sends 1002/1007/1009 on protocol errors. */
export const CLOSE_POLICY = 1008;

/**
 * A protocol error on one socket (oversized message, bad UTF-8, unmasked frame, bad opcode…)
 * closes that socket with ws's close code and writes one line to the console; without this
 * listener ws re-throws it and the whole process falls.
 */
export function guardSocket(ws: WebSocket, who: string, log: (line: string) => void = console.warn): void {
  ws.on('error', (err: Error & { code?: string }) => {
    log(`gavel: closed the socket of ${who}: ${err.code ?? 'error'} (${err.message})`);
    ws.terminate();
  });
}

/**
 * A token bucket per connection: `burst` messages at once, refilled at `perSecond`. A LAN
 * display only pings for the clock (a few a minute), so a flood is a misbehaving guest.
 */
export function rateLimiter(perSecond: number, burst: number, now: () => number = () => performance.now()): () => boolean {
  let tokens = burst;
  let last = now();
  return () => {
    const t = now();
    tokens = Math.min(burst, tokens + ((t - last) / 1000) * perSecond);
    last = t;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}

/**
 * Slow-loris: a client that opens connections and sends its request a byte at a time (or nothing)
 * holds each for as long as the server waits. Node waits 60 s for the headers and 300 s for the
 * request, checked every 30 s; a page of ours sends a whole request in milliseconds, even over
 * a poor hall Wi-Fi, so both listeners give 10 s for the headers and 30 s for the request (the
 * largest is a pairing form), checked every second. Upgrades count too: a WebSocket's handshake
 * is a request.
 */
export const HTTP_SERVER_OPTIONS: ServerOptions = { headersTimeout: 10_000, requestTimeout: 30_000, connectionsCheckingInterval: 1_000 };

/**
 * Open connections one address may hold on the LAN listener (pages, downloads and sockets
 * together): a guest opening thousands would use up the process's file handles, which the
 * database and the chair's own listener share. It is above the listener's own socket caps (64
 * displays and 32 consoles, below), so a hall whose screens all reach Gavel through one router
 * is limited by those, not by this. One more is cut at once; the next is taken when one closes.
 */
export const CONNECTIONS_PER_ADDRESS = 128;

/** Cuts connections from one address beyond `max` open at once (CONNECTIONS_PER_ADDRESS). */
export function capPerAddress(server: Server, max: number, log: (line: string) => void = console.warn): void {
  const open = new Map<string, number>();
  const warned = new Set<string>();
  server.on('connection', (socket) => {
    const address = socket.remoteAddress ?? 'unknown';
    const n = (open.get(address) ?? 0) + 1;
    if (n > max) {
      if (!warned.has(address)) log(`gavel: cut connections from ${address}: more than ${max} open at once`);
      warned.add(address);
      socket.destroy();
      return;
    }
    open.set(address, n);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else {
        open.delete(address);
        warned.delete(address);
      }
    });
  });
}

/** Limits of one listener. */
export interface SocketLimits {
  /** Largest message in bytes; bigger closes the socket with 1009. */
  maxMessageBytes: number;
  /** Open sockets at most; more are refused with 503 at the upgrade. */
  maxSockets: number;
  /** Messages per second per socket, and the burst allowed; null for no limit (the chair's own console). */
  rate: { perSecond: number; burst: number } | null;
  /** How often each socket is pinged (WebSocket ping frames); one not answering by the next is closed. */
  pingMs?: number;
}

/** The console on loopback: large enough for a roster import, no rate limit on the chair. */
export const CONSOLE_LIMITS: SocketLimits = { maxMessageBytes: 1 << 20, maxSockets: 32, rate: null };

/** LAN displays: small messages, a handful a second, a few dozen screens at most. */
export const DISPLAY_LIMITS: SocketLimits = { maxMessageBytes: 64 * 1024, maxSockets: 64, rate: { perSecond: 5, burst: 20 } };

export function sameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
