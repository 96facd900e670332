/**
 * The read-only display address of LAN sharing: an unguessable token in the URL, then a
 * cookie so the page's assets and WebSocket carry it. Pure functions, tested on loopback.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';

export const DISPLAY_COOKIE = 'gavel_display';

/** 192 random bits, URL-safe. A new one each time sharing is turned on. */
export function newDisplayToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Constant-time comparison; a missing or differently sized token never matches. */
export function tokenMatches(expected: string, given: string | null | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The token a request carries: `?token=` first, else the display cookie. */
export function requestToken(req: Pick<IncomingMessage, 'url' | 'headers'>): string | null {
  let fromQuery: string | null = null;
  try {
    fromQuery = new URL(req.url ?? '/', 'http://localhost').searchParams.get('token');
  } catch {
    return null;
  }
  if (fromQuery) return fromQuery;
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === DISPLAY_COOKIE) return value.join('=');
  }
  return null;
}

export function displayCookie(token: string): string {
  return `${DISPLAY_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

/**
 * What a display may fetch besides its page: the built assets and the icon, never the console.
 * Judged on the path as the file server will read it (decoded, then `..` resolved), so
 * `/assets/..%2findex.html` is the console page it is and is refused.
 */
export function isDisplayAsset(pathname: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  if (decoded.includes('\\') || decoded.includes('\0')) return false;
  const normal = path.posix.normalize(decoded);
  return (normal.startsWith('/assets/') && !normal.endsWith('.html')) || normal === '/icon.png';
}

/** Read-only pages a display token opens: the hall screen and the broadcast overlay. */
export function isDisplayPage(pathname: string): boolean {
  return ['/hall', '/hall/', '/overlay', '/overlay/'].includes(pathname);
}
