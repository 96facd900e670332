/**
 * Second consoles on the LAN listener: the pairing page, the device credential (an
 * HttpOnly SameSite=Strict cookie, never in a URL), who a socket is, and closing the
 * sockets of a device the chair revokes. lan.ts and server.ts only call in here.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { WebSocket } from 'ws';
import { hashSecret } from '../features/operators/commands';
import type { Engine } from '../engine/engine';
import type { Role } from '../../common/roles';
import { deviceBySecretHash, ownDeviceBySecretHash, touchDevice, type Device } from '../features/operators/store';
import { sameOrigin } from './guards';
import { CLOSE_REVOKED } from '../../common/closeCodes';
import { pairPage, pairLang } from './pair-page';
import type { Pairing } from './pairing';
import { serveStatic } from './static';
import { REPORT_PREFIX, sendReport } from '../features/review/routes';

export const DEVICE_COOKIE = 'gavel_device';
/** About 400 days, the longest browsers keep a cookie: a paired laptop stays paired until revoked. */
const DEVICE_COOKIE_MAX_AGE_S = 400 * 24 * 3600;
/** A device name and a six-digit code fit in far less. */
const MAX_FORM_BYTES = 2048;

/** Who is at the other end of a socket, for the role check and the journal. */
export interface SocketIdentity {
  role: Role;
  actor: string;
  deviceId: number | null;
  /** The LAN listener's display token, told to a paired console (the overlay's address needs it). */
  displayToken?: string;
}

export function deviceCookie(secret: string): string {
  return `${DEVICE_COOKIE}=${secret}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${DEVICE_COOKIE_MAX_AGE_S}`;
}

function cookie(req: Pick<IncomingMessage, 'headers'>, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}

/** The paired, unrevoked device a request comes from, by its cookie. */
export function requestDevice(engine: Engine, req: Pick<IncomingMessage, 'headers'>): Device | null {
  const secret = cookie(req, DEVICE_COOKIE);
  return secret ? deviceBySecretHash(engine.db, hashSecret(secret)) : null;
}

/**
 * The name this laptop had, from its own credential (even revoked), so pairing it again asks only
 * for the new code; '' for no credential or one that matches no device.
 */
function ownDeviceName(engine: Engine, req: Pick<IncomingMessage, 'headers'>): string {
  return ownDevice(engine, req)?.name ?? '';
}

/** The device this laptop's own credential names, revoked or not (an unknown credential or none: null). */
function ownDevice(engine: Engine, req: Pick<IncomingMessage, 'headers'>): Device | null {
  const secret = cookie(req, DEVICE_COOKIE);
  return secret ? ownDeviceBySecretHash(engine.db, hashSecret(secret)) : null;
}

export function hasDeviceCookie(req: Pick<IncomingMessage, 'headers'>): boolean {
  return cookie(req, DEVICE_COOKIE) !== null;
}

export function deviceIdentity(device: Device): SocketIdentity {
  return { role: device.role, actor: device.name, deviceId: device.id };
}

/** Pages a paired console may load from the LAN listener: the console, the hall screen, their assets. */
function isConsoleRoute(pathname: string): boolean {
  return ['/', '/index.html', '/hall', '/hall/', '/overlay', '/overlay/', '/icon.png'].includes(pathname) || pathname.startsWith('/assets/');
}

/**
 * Handles what belongs to second consoles on the LAN listener; returns false to leave the
 * request to the display-token rules.
 */
export function serveOperators(ctx: { engine: Engine; pairing: Pairing; staticDir: string }, req: IncomingMessage, res: ServerResponse): boolean {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  if (pathname === '/pair') {
    // A client that drops the connection mid-form only loses its own request.
    if (req.method === 'POST') submitPairing(ctx, req, res).catch(() => res.destroy());
    else sendPairPage(res, 200, pairLang(req), { code: new URL(req.url ?? '/', 'http://localhost').searchParams.get('code') ?? '', name: ownDeviceName(ctx.engine, req) });
    return true;
  }
  const device = requestDevice(ctx.engine, req);
  if (device && isConsoleRoute(pathname)) {
    serveStatic(ctx.staticDir, req, res);
    return true;
  }
  // The documents and the review, as the chair's console downloads them: the secretary keeps
  // the record and sees all of it in the console already (the Minutes preview), but her Review
  // view and every download said only "Forbidden". Displays still get nothing here.
  if (device && pathname.startsWith(REPORT_PREFIX)) {
    sendReport(ctx.engine.db, ctx.engine.clock(), req, res);
    return true;
  }
  // An unknown or revoked credential is refused (403) with a way to pair again; a request
  // with no credential at all falls to the display-token rules (a plain 403).
  if (!device && hasDeviceCookie(req) && (pathname === '/' || pathname === '/index.html')) {
    sendPairPage(res, 403, pairLang(req), { problem: 'revoked', name: ownDeviceName(ctx.engine, req) });
    return true;
  }
  // The bare address of the chair's computer, typed without "/pair" on a laptop not yet paired,
  // said only "Forbidden": it leads to the pairing page, which anyone on the LAN may open anyway.
  if (!device && (pathname === '/' || pathname === '/index.html') && req.method === 'GET' && !new URL(req.url ?? '/', 'http://localhost').search) {
    res.writeHead(303, { Location: '/pair', 'Cache-Control': 'no-store' }).end();
    return true;
  }
  return false;
}

function sendPairPage(res: ServerResponse, status: number, lang: 'vi' | 'en', opts: Parameters<typeof pairPage>[1], headers: Record<string, string> = {}): void {
  res
    .writeHead(status, {
      'Content-Type': 'text/html; charset=utf-8',
      // The page has no script at all; its one form posts back here.
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
      ...headers,
    })
    .end(pairPage(lang, opts));
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams | null> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_FORM_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

async function submitPairing(ctx: { engine: Engine; pairing: Pairing }, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const lang = pairLang(req);
  // A form posted from another site must not pair anything (browsers send Origin on POST).
  if (!sameOrigin(req.headers.origin, req.headers.host)) return sendPairPage(res, 403, lang, { problem: 'origin' });
  const form = await readForm(req);
  if (!form) return sendPairPage(res, 413, lang, { problem: 'wrong' });
  const code = form.get('code') ?? '';
  const name = (form.get('name') ?? '').trim();
  if (!name) return sendPairPage(res, 400, lang, { problem: 'name', code });
  const check = ctx.pairing.check(code);
  // A code of the wrong shape is quoted in the sentence; the box is empty again, for the code as the chair's screen shows it.
  if (check !== 'ok') return sendPairPage(res, 403, lang, { problem: check, name, typed: code.trim().slice(0, 12) });
  const from = req.socket.remoteAddress;
  // A laptop that was paired before (revoked, or pairing once more) keeps its device: the chair's
  // list shows it once, the journal keeps its revoke, and its old credential matches nothing now.
  const own = ownDevice(ctx.engine, req);
  const reply = ctx.engine.run('device.pair', { name, ...(from && { address: plainAddress(from) }), ...(own && { again: own.id }) }, { actor: name, lang, role: 'chair' });
  if (!reply.ok) return sendPairPage(res, 400, lang, { problem: 'name', message: reply.error.message });
  // The secretary's console opens where the secretary works, the speaker queue, not on the
  // chair's Council & session view, whose controls are the chair's and greyed here.
  res.writeHead(303, { Location: '/#speakers', 'Set-Cookie': deviceCookie(reply.value.secret), 'Cache-Control': 'no-store' }).end();
}

/** "192.168.1.23" rather than the IPv4-mapped "::ffff:192.168.1.23" a dual-stack listener reports. */
export function plainAddress(address: string): string {
  return address.replace(/^::ffff:/i, '');
}

/**
 * Sockets of paired devices: when each was last seen, which are connected, and closing a
 * device's sockets the moment the chair revokes it (the devices slice is republished).
 */
export class DeviceSockets {
  private readonly open = new Map<WebSocket, number>();
  private readonly lastSeen = new Map<number, number>();
  private unsubscribe: () => void;

  constructor(private engine: Engine) {
    this.unsubscribe = this.follow(engine);
  }

  /** After a restore: follow the reopened engine. */
  swap(next: Engine): void {
    this.unsubscribe();
    this.engine = next;
    this.unsubscribe = this.follow(next);
  }

  private follow(engine: Engine): () => void {
    return engine.subscribe((update) => {
      // The slice comes whole on a rebuild or as a patch after a command: read the engine's copy.
      if (!update.slices.devices && !update.patches?.devices) return;
      const revoked = new Set(engine.current.devices.filter((d) => d.revokedAt !== null).map((d) => d.id));
      for (const [ws, id] of this.open) if (revoked.has(id)) ws.close(CLOSE_REVOKED, 'revoked');
    });
  }

  add(ws: WebSocket, deviceId: number, address?: string): void {
    this.open.set(ws, deviceId);
    if (address) this.keepAddress(deviceId, plainAddress(address));
    this.seen(deviceId);
  }

  /**
   * The address a device connects from is kept with it (two laptops may carry the same name), by
   * a command only when it changed: reconnecting from the same address journals nothing.
   */
  private keepAddress(deviceId: number, address: string): void {
    const device = this.engine.current.devices.find((d) => d.id === deviceId);
    if (!device || device.lastAddress === address || !this.engine.db.open) return;
    this.engine.run('device.address', { id: deviceId, address }, { actor: device.name, lang: 'vi', role: 'chair', server: true });
  }

  remove(ws: WebSocket): void {
    const id = this.open.get(ws);
    if (id === undefined) return;
    this.open.delete(ws);
    this.seen(id);
  }

  private seen(id: number): void {
    // Sockets may close after the database did (the desktop app quitting): nothing to record then.
    if (!this.engine.db.open) return;
    const now = this.engine.clock();
    this.lastSeen.set(id, now);
    touchDevice(this.engine.db, id, now);
  }

  /** Sockets of paired devices open now (a device may have its console and its hall page open). */
  openSockets(): number {
    return this.open.size;
  }

  /** Devices connected now and when each was last seen (the address each came from is in the devices slice). */
  status(): { connected: number[]; lastSeen: Record<number, number> } {
    return { connected: [...new Set(this.open.values())], lastSeen: Object.fromEntries(this.lastSeen) };
  }

  close(): void {
    this.unsubscribe();
  }
}
