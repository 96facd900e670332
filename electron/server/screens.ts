/**
 * The screens that show the hall on the LAN by its display address (a projector's PC, a lobby TV,
 * a tablet): one address for all, so each browser that opens it is given a cookie of its own, and
 * the chair sees each screen (its browser, address, kind, when last seen) and can revoke one
 * without stopping sharing for the others. A revoked screen's socket closes at once and its cookie
 * is refused from then on (its page too, so a reload does not bring it back) until the chair allows
 * it again. Who is connected is bookkeeping of this listener's run, kept in memory; a revocation is
 * the chair's decision and must outlast a restart or a kill -9, so the revoked screens are kept
 * with the display token they were revoked from, in the sharing memory beside the database
 * (sharing-memory.ts): a restart that resumes sharing with that token still refuses them, and
 * the chair's *Stop sharing* (which forgets the token: sharing again gives a new address) forgets
 * them too. Not in the database: a restored backup must not let a revoked screen back in, and
 * the revocation belongs to this address, not to the session's record. Only a hash of each
 * screen's cookie is kept, as for paired consoles.
 *
 * Once her screens are set up, the chair can stop new ones joining ("Allow new screens" off):
 * a browser with the display address but no known screen's cookie (a new one, or a forged cookie)
 * is shown a page saying so, and its socket is refused; the known screens go on. That choice and
 * the screens known when it was made are kept in the sharing memory too, so after a restart the
 * known screens come back and new ones are still kept out.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';
import { CLOSE_REVOKED } from '../../common/closeCodes';
import type { ScreenInfo, ScreenRefusal, SharingRequest } from '../engine/protocol';
import { plainAddress } from './operators';

export const SCREEN_COOKIE = 'gavel_screen';
/** About 400 days, as a paired console's: a screen keeps its place in the list across browser restarts. */
const SCREEN_COOKIE_MAX_AGE_S = 400 * 24 * 3600;
/**
 * How many screens the list keeps. Every request without a cookie is a new screen, so a guest with
 * the display address could otherwise grow it (and the chair's list, sent on every change) without
 * end; past this the screen seen least recently is forgotten, never a connected or a revoked one.
 */
export const MAX_SCREENS = 200;

interface Screen extends Omit<ScreenInfo, 'connected'> {
  /** SHA-256 of its cookie (hex). */
  hash: string;
}

/** A known screen as remembered across restarts (its cookie's hash, what the chair's list shows of it). */
export type KnownScreen = Pick<ScreenInfo, 'name' | 'kind' | 'address' | 'firstSeenAt' | 'lastSeenAt'> & { hash: string };
/** A revoked screen as remembered across restarts. */
export type RevokedScreen = KnownScreen & { revokedAt: number };

/** What the sharing memory keeps of the screens: the revoked ones, whether new ones may join, and (when not) the ones that may. */
export interface ScreensMemory {
  revokedScreens: RevokedScreen[];
  /** False once the chair stopped new screens joining. */
  newScreens: boolean;
  /** The screens not revoked, kept so they still come in after a restart while new ones are kept out. */
  knownScreens: KnownScreen[];
}


const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex');
const newSecret = () => randomBytes(24).toString('base64url');

export function screenCookie(secret: string): string {
  return `${SCREEN_COOKIE}=${secret}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${SCREEN_COOKIE_MAX_AGE_S}`;
}

function cookieOf(req: Pick<IncomingMessage, 'headers'>): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === SCREEN_COOKIE) return value.join('=') || null;
  }
  return null;
}

/** "Chrome · Android", "Safari · iPad": enough to tell the lobby TV from the tablet at the rostrum. */
export function browserName(userAgent: string | undefined): string {
  const ua = userAgent ?? '';
  const browser = /Edg\//.test(ua) ? 'Edge' : /Firefox\//.test(ua) ? 'Firefox' : /(Chrome|Chromium|CriOS)\//.test(ua) ? 'Chrome' : /Safari\//.test(ua) ? 'Safari' : null;
  const system = /iPad/.test(ua)
    ? 'iPad'
    : /iPhone/.test(ua)
      ? 'iPhone'
      : /Android/.test(ua)
        ? 'Android'
        : /CrOS/.test(ua)
          ? 'ChromeOS'
          : /Windows/.test(ua)
            ? 'Windows'
            : /Mac OS X/.test(ua)
              ? 'macOS'
              : /Linux/.test(ua)
                ? 'Linux'
                : null;
  return [browser, system].filter(Boolean).join(' · ') || '?';
}

export class Screens {
  private readonly byHash = new Map<string, Screen>();
  private readonly open = new Map<WebSocket, Screen>();
  private nextId = 1;
  private newScreens: boolean;

  /**
   * `memory`: what was kept before a restart (revoked screens kept out from the start; whether new
   * ones may join, and the known ones); `remember` is called with all of it each time the chair
   * revokes a screen, allows one again, or opens or closes the list to new screens.
   */
  constructor(
    private readonly now: () => number,
    memory: Partial<ScreensMemory> = {},
    private readonly remember: (memory: ScreensMemory) => void = () => {},
  ) {
    for (const k of memory.knownScreens ?? []) this.byHash.set(k.hash, { ...k, revokedAt: null, id: this.nextId++ });
    for (const r of memory.revokedScreens ?? []) this.byHash.set(r.hash, { ...r, id: this.nextId++ });
    this.newScreens = memory.newScreens ?? true;
  }

  private memory(): ScreensMemory {
    const all = [...this.byHash.values()].map(({ hash, name, kind, address, firstSeenAt, lastSeenAt, revokedAt }) => ({ hash, name, kind, address, firstSeenAt, lastSeenAt, revokedAt }));
    return {
      revokedScreens: all.filter((s) => s.revokedAt !== null).map((s) => ({ ...s, revokedAt: s.revokedAt! })),
      newScreens: this.newScreens,
      // Needed only while new ones are kept out (else any screen comes back as it came the first time).
      knownScreens: this.newScreens ? [] : all.filter((s) => s.revokedAt === null).map(({ revokedAt: _, ...known }) => known),
    };
  }

  /** A screen a request comes from, new if its cookie is unknown (or it has none) and new ones may join; else why it is refused. */
  private screenOf(req: Pick<IncomingMessage, 'headers' | 'socket'>, kind: ScreenInfo['kind'] | null, secret: string): Screen | ScreenRefusal {
    const hash = hashOf(secret);
    const known = this.byHash.get(hash);
    if (known?.revokedAt !== undefined && known.revokedAt !== null) return 'revoked';
    if (!known && !this.newScreens) return 'closed';
    const address = plainAddress(req.socket.remoteAddress ?? '');
    if (known) {
      known.address = address;
      known.lastSeenAt = this.now();
      if (kind) known.kind = kind;
      return known;
    }
    // Unknown: a new screen, or one from before a restart (its cookie is kept, so it stays one screen).
    const screen: Screen = { id: this.nextId++, hash, name: browserName(req.headers['user-agent']), kind: kind ?? 'hall', address, firstSeenAt: this.now(), lastSeenAt: this.now(), revokedAt: null };
    if (this.byHash.size >= MAX_SCREENS) this.forgetOldest();
    this.byHash.set(hash, screen);
    return screen;
  }

  /** Forgets the screen seen least recently that is neither connected nor revoked (a reload brings it back as new). */
  private forgetOldest(): void {
    const connected = new Set(this.open.values());
    let oldest: Screen | undefined;
    for (const s of this.byHash.values()) if (s.revokedAt === null && !connected.has(s) && (!oldest || s.lastSeenAt < oldest.lastSeenAt)) oldest = s;
    if (oldest) this.byHash.delete(oldest.hash);
  }

  /** A display page opened with the token: the cookie that names this screen, or why it is refused. */
  admit(req: Pick<IncomingMessage, 'headers' | 'socket'>, kind: ScreenInfo['kind']): { cookie: string } | { refused: ScreenRefusal } {
    const secret = cookieOf(req) ?? newSecret();
    const screen = this.screenOf(req, kind, secret);
    return typeof screen === 'string' ? { refused: screen } : { cookie: screenCookie(secret) };
  }

  /** Whether a display's socket may open: not from a revoked screen, nor from a new one while new ones may not join. */
  allowed(req: Pick<IncomingMessage, 'headers'>): boolean {
    const secret = cookieOf(req);
    const screen = secret ? this.byHash.get(hashOf(secret)) : undefined;
    return screen ? screen.revokedAt === null : this.newScreens;
  }

  /** Whether a browser that is not a known screen may join. */
  acceptsNew(): boolean {
    return this.newScreens;
  }

  /** Lets new screens join, or keeps them out (the known ones go on); false when it already was so. */
  setNewScreens(on: boolean): boolean {
    if (on === this.newScreens) return false;
    this.newScreens = on;
    this.remember(this.memory());
    return true;
  }

  /** A display's socket opened (upgrade already checked by `allowed`). */
  attach(ws: WebSocket, req: Pick<IncomingMessage, 'headers' | 'socket'>): void {
    const screen = this.screenOf(req, null, cookieOf(req) ?? newSecret());
    if (typeof screen === 'string') return void ws.close(CLOSE_REVOKED, 'revoked');
    this.open.set(ws, screen);
    ws.once('close', () => {
      this.open.delete(ws);
      screen.lastSeenAt = this.now();
    });
  }

  /** Revokes one screen: its sockets close at once with the revoked code, its cookie is refused from now on. */
  revoke(id: number): boolean {
    const screen = [...this.byHash.values()].find((s) => s.id === id);
    if (!screen || screen.revokedAt !== null) return false;
    screen.revokedAt = this.now();
    this.remember(this.memory());
    for (const [ws, s] of this.open) if (s === screen) ws.close(CLOSE_REVOKED, 'revoked');
    return true;
  }

  /** Lets a revoked screen in again (reloaded, it shows the hall). */
  allow(id: number): boolean {
    const screen = [...this.byHash.values()].find((s) => s.id === id);
    if (!screen || screen.revokedAt === null) return false;
    screen.revokedAt = null;
    this.remember(this.memory());
    return true;
  }

  /** Every screen seen by this listener: connected ones first, revoked ones last, each in the order they came. */
  list(): ScreenInfo[] {
    const connected = new Set(this.open.values());
    return [...this.byHash.values()]
      .map((screen) => ({ id: screen.id, name: screen.name, kind: screen.kind, address: screen.address, firstSeenAt: screen.firstSeenAt, lastSeenAt: screen.lastSeenAt, revokedAt: screen.revokedAt, connected: connected.has(screen) }))
      .sort((a, b) => Number(b.connected) - Number(a.connected) || Number(a.revokedAt !== null) - Number(b.revokedAt !== null) || a.id - b.id);
  }
}

/** `{ id, action }` for one screen, as sent over IPC or the socket; anything else is dropped. */
export function screenRequest(raw: unknown): Pick<SharingRequest, 'screen'> {
  if (typeof raw !== 'object' || raw === null) return {};
  const { id, action } = raw as Record<string, unknown>;
  return Number.isInteger(id) && (action === 'revoke' || action === 'allow') ? { screen: { id: id as number, action } } : {};
}
