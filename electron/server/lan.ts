/**
 * LAN display sharing: a second listener, started only while the chair shares, that
 * serves the hall screen read-only to holders of the display token and refuses everything
 * else with a plain 403. The console itself is never served here.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { WebSocketServer } from 'ws';
import type { Engine } from '../engine/engine';
import { displayCookie, isDisplayAsset, isDisplayPage, newDisplayToken, requestToken, tokenMatches } from './display-token';
import { capPerAddress, consoleIdOf, CONNECTIONS_PER_ADDRESS, fromAnotherPage, CONSOLE_LIMITS, DISPLAY_LIMITS, HTTP_SERVER_OPTIONS, ownAddressHost, refuseUpgrade, requestUrl, sameOrigin } from './guards';
import { attachEngine } from './sockets';
import { deviceIdentity, DeviceSockets, requestDevice, serveOperators } from './operators';
import { pairLang, screenRefusedPage } from './pair-page';
import { inBroadcastMixer } from '../../common/broadcast';
import type { Pairing } from './pairing';
import { serveStatic } from './static';
import { CLOSE_QUITTING, CLOSE_SHARING_STOPPED } from '../../common/closeCodes';
import { Screens, type ScreensMemory } from './screens';
import type { ScreenInfo } from '../engine/protocol';

export interface DisplayServer {
  token: string;
  port: number;
  /** Display addresses to open on a tablet or a second screen (one per network address). */
  urls: string[];
  /** How many display screens are connected now (paired consoles are counted in `devices`). */
  displays(): number;
  /** Each screen that opened the display address (screens.ts). */
  screens(): ScreenInfo[];
  /** Revokes one screen, or lets a revoked one in again; false when there is no such screen in that state. */
  screen(id: number, action: 'revoke' | 'allow'): boolean;
  /** Whether new screens may join (screens.ts). */
  newScreens(): boolean;
  /** Lets new screens join, or keeps them out; the known ones go on. */
  setNewScreens(on: boolean): boolean;
  /** After a restore: follow the new engine; displays reconnect and take its state. */
  swap(engine: Engine): void;
  /** Where a second console opens Gavel on this listener, one per network address ("http://…/"). */
  consoleUrls: string[];
  devices(): ReturnType<DeviceSockets['status']>;
  /** Closes the listener, telling each screen why (the chair stopped sharing, or Gavel is quitting). */
  close(why: 'stopped' | 'quitting'): Promise<void>;
}

/** Addresses others on the LAN can reach: the chosen one, or every non-internal IPv4 when listening on all. */
export function lanAddresses(host: string, interfaces = os.networkInterfaces()): string[] {
  if (host !== '0.0.0.0') return [host];
  const found = Object.values(interfaces)
    .flat()
    .filter((i) => i && i.family === 'IPv4' && !i.internal)
    .map((i) => i!.address);
  return found.length ? found : ['127.0.0.1'];
}

const FORBIDDEN = 'Forbidden';

export function startDisplayServer(opts: {
  engine: Engine;
  staticDir: string;
  host: string;
  port: number;
  pairing: Pairing;
  token?: string;
  /** What was kept of this token's screens before a restart (sharing-memory.ts). */
  screens?: ScreensMemory;
  /** Called with it each time the chair revokes a screen, allows one again, or opens or closes to new screens, to keep it across a restart. */
  rememberScreens?: (memory: ScreensMemory) => void;
}): Promise<DisplayServer> {
  // A new token each time the chair shares; the same one when sharing resumes after a restart.
  const token = opts.token ?? newDisplayToken();
  // Mutable: after a restore the listener follows the reopened engine (swap below).
  const ctx = { ...opts };
  const refuse = (res: http.ServerResponse) => res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end(FORBIDDEN);

  const ownPort = () => (httpServer.address() as AddressInfo).port;
  const httpServer = http.createServer(HTTP_SERVER_OPTIONS, (req, res) => {
    const url = requestUrl(req);
    if (!url || !ownAddressHost(req, ownPort()) || fromAnotherPage(req)) return refuse(res);
    // Second consoles (pairing page, paired devices) first; then the display-token rules.
    if (serveOperators(ctx, req, res)) return;
    const { pathname } = url;
    if (!tokenMatches(token, requestToken(req))) return refuse(res);
    if (isDisplayPage(pathname)) {
      // Each screen is given a cookie of its own, so the chair can revoke one; a revoked one is refused, a reload too.
      const kind = pathname.startsWith('/overlay') ? 'overlay' : 'hall';
      const screen = screens.admit(req, kind);
      if ('refused' in screen) return res.writeHead(403, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(screenRefusedPage(pairLang(req), kind, screen.refused, inBroadcastMixer(req.headers['user-agent'], url.search)));
      return serveStatic(opts.staticDir, req, res, { 'Set-Cookie': [displayCookie(token), screen.cookie] });
    }
    if (isDisplayAsset(pathname)) return serveStatic(opts.staticDir, req, res);
    refuse(res);
  });
  capPerAddress(httpServer, CONNECTIONS_PER_ADDRESS);
  // A paired secretary's console sends what the chair's does (a roster import of a few hundred
  // people is over 64 KiB), so the socket takes the console's size; a display's own smaller limit
  // is checked per message (sockets.ts).
  const wss = new WebSocketServer({ noServer: true, maxPayload: CONSOLE_LIMITS.maxMessageBytes });
  httpServer.on('upgrade', (req, socket, head) => {
    const url = requestUrl(req);
    if (!url) return refuseUpgrade(socket, 400);
    const paired = requestDevice(ctx.engine, req) !== null;
    const allowed =
      url.pathname === '/ws' &&
      ownAddressHost(req, ownPort()) &&
      (paired || (tokenMatches(token, requestToken(req)) && screens.allowed(req))) &&
      sameOrigin(req.headers.origin, req.headers.host);
    if (!allowed) return refuseUpgrade(socket, 403);
    // A console id that is not one (too long, control characters, sent twice) is hostile input: refused, nothing recorded.
    if (consoleIdOf(url) === undefined) return refuseUpgrade(socket, 400);
    // Displays and paired consoles are capped apart: whoever holds the display token (anyone who
    // saw a lobby screen's address) must not be able to take the secretary's place.
    const displaysOpen = sockets.count() - devices.openSockets();
    if (paired ? devices.openSockets() >= CONSOLE_LIMITS.maxSockets : displaysOpen >= DISPLAY_LIMITS.maxSockets) return refuseUpgrade(socket, 503);
    wss.handleUpgrade(req, socket, head, (ws) => {
      if (!paired) screens.attach(ws, req);
      wss.emit('connection', ws, req);
    });
  });
  const screens = new Screens(() => ctx.engine.clock(), opts.screens, opts.rememberScreens);
  const devices = new DeviceSockets(ctx.engine);
  // A paired device's socket has its role; any other socket here holds the display token.
  const identify = (req: http.IncomingMessage) => {
    const device = requestDevice(ctx.engine, req);
    return device ? { ...deviceIdentity(device), displayToken: token } : { role: 'display' as const, actor: `display@${req.socket.remoteAddress ?? 'unknown'}`, deviceId: null };
  };
  const sockets = attachEngine(wss, ctx.engine, identify, undefined, DISPLAY_LIMITS, undefined, devices);

  return new Promise((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(opts.port, opts.host, () => {
      const port = (httpServer.address() as AddressInfo).port;
      resolve({
        token,
        port,
        urls: lanAddresses(opts.host).map((a) => `http://${a}:${port}/hall?token=${token}`),
        displays: () => sockets.count() - devices.openSockets(),
        screens: () => screens.list(),
        screen: (id, action) => (action === 'revoke' ? screens.revoke(id) : screens.allow(id)),
        newScreens: () => screens.acceptsNew(),
        setNewScreens: (on) => screens.setNewScreens(on),
        consoleUrls: lanAddresses(opts.host).map((a) => `http://${a}:${port}/`),
        devices: () => devices.status(),
        swap(next) {
          ctx.engine = next;
          devices.swap(next);
          sockets.swap(next);
        },
        close: async (why) => {
          sockets.unsubscribe();
          devices.close();
          // Each screen is told why before the listener goes: else it said "Reconnecting…" for ever.
          await sockets.closeAll(why === 'stopped' ? CLOSE_SHARING_STOPPED : CLOSE_QUITTING);
          await new Promise<void>((done) => {
            wss.close();
            httpServer.close(() => done());
            httpServer.closeAllConnections();
          });
        },
      });
    });
  });
}
