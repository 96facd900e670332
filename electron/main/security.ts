/**
 * Decisions of the Electron shell, as pure functions so they are tested without Electron.
 * Electron's security checklist: context isolation, sandbox, strict CSP, no window.open,
 * no navigation away, IPC only from our own frames.
 */

import { REPORT_PREFIX } from '../features/review/routes';
import { resolveStatic } from '../server/static';

/** The custom scheme the UI is served from; never file:// and never a remote URL. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'gavel';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export type WindowKind = 'console' | 'hall';

export function pageUrl(kind: WindowKind): string {
  return `${APP_ORIGIN}/${kind === 'hall' ? 'hall' : ''}`;
}

/** True only for URLs of our own origin, compared exactly after parsing. */
export function isTrustedUrl(raw: string | undefined | null): boolean {
  if (!raw) return false;
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && !url.username && !url.password;
  } catch {
    return false;
  }
}

/**
 * What an app:// request asks for: a generated document (the review's files and the record's
 * DOCX, features/review/routes.ts), a file of the built UI inside `rendererDir` (static.ts
 * resolves it, refusing any path that leaves the folder), or nothing (another host, or a path
 * that escapes). Whether the file exists is the caller's question.
 */
export function appRequest(raw: string, rendererDir: string): { kind: 'report'; url: URL } | { kind: 'file'; file: string } | { kind: 'not-found' } {
  if (!isTrustedUrl(raw)) return { kind: 'not-found' };
  const url = new URL(raw);
  if (url.pathname.startsWith(REPORT_PREFIX)) return { kind: 'report', url };
  const file = resolveStatic(rendererDir, url.pathname);
  return file ? { kind: 'file', file } : { kind: 'not-found' };
}

/** A page may navigate only within our own origin (a reload, or console to hall). */
export function allowNavigation(target: string): boolean {
  return isTrustedUrl(target);
}

/** Only http(s) links may be handed to the system browser; everything else is dropped. */
export function isExternalLink(raw: string): boolean {
  try {
    const { protocol } = new URL(raw);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * The web permissions Gavel's own pages use, and nothing else (Electron grants every permission
 * unless told otherwise): keeping the screen on (the hall, and the console during a sitting:
 * src/lib/screenOn.svelte.ts) and copying a result's announcement to the clipboard. A camera, a
 * microphone, notifications, a location… are refused, whoever asks.
 */
export const GRANTED_PERMISSIONS: readonly string[] = ['screen-wake-lock', 'clipboard-sanitized-write'];

export function allowPermission(permission: string, requestingUrl: string | undefined | null): boolean {
  return GRANTED_PERMISSIONS.includes(permission) && isTrustedUrl(requestingUrl);
}

export interface SafeWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  webviewTag: false;
  spellcheck: false;
}

export function webPreferences(preload: string): SafeWebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  };
}

export interface DisplayInfo {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
}

/**
 * Where the hall screen goes: the display the user chose last time if it is still there,
 * else the first display that is not the chair's, else none (a normal window).
 */
export function chooseHallDisplay(displays: readonly DisplayInfo[], primaryId: number, rememberedId?: number | null): DisplayInfo | null {
  const remembered = displays.find((d) => d.id === rememberedId && d.id !== primaryId);
  return remembered ?? displays.find((d) => d.id !== primaryId) ?? null;
}
