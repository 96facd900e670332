/**
 * Where the hall window goes, as pure decisions the Electron shell applies: fullscreen on
 * the remembered display, else on the first that is not the chair's, else a normal window;
 * and what to do when a projector is plugged in or pulled out. Tested without Electron.
 */
import { chooseHallDisplay, isTrustedUrl, type DisplayInfo } from './security';

export type HallAction = { kind: 'fullscreen'; display: DisplayInfo } | { kind: 'window' } | { kind: 'stay' };

export interface HallWindowNow {
  /** The display the hall window is on now, or null when it is not open. */
  displayId: number | null;
  fullscreen: boolean;
}

/** Where to open the hall window. */
export function placeHall(displays: readonly DisplayInfo[], primaryId: number, rememberedId: number | null): HallAction {
  const target = chooseHallDisplay(displays, primaryId, rememberedId);
  return target ? { kind: 'fullscreen', display: target } : { kind: 'window' };
}

/**
 * After a display was added or removed: go fullscreen on the hall display if there is one
 * and the window is not already there; fall back to a normal window on the chair's screen
 * when the hall display is gone; otherwise leave the window alone.
 */
export function afterDisplaysChanged(
  displays: readonly DisplayInfo[],
  primaryId: number,
  rememberedId: number | null,
  now: HallWindowNow,
): HallAction {
  const target = chooseHallDisplay(displays, primaryId, rememberedId);
  if (target) return now.displayId === target.id && now.fullscreen ? { kind: 'stay' } : { kind: 'fullscreen', display: target };
  const stillThere = displays.some((d) => d.id === now.displayId);
  return now.fullscreen || !stillThere ? { kind: 'window' } : { kind: 'stay' };
}

/** The next display for the hall ("move the hall screen"), cycling through all of them. */
export function nextDisplay(displays: readonly DisplayInfo[], currentId: number | null): DisplayInfo | null {
  if (displays.length === 0) return null;
  const i = displays.findIndex((d) => d.id === currentId);
  return displays[(i + 1) % displays.length];
}

/**
 * "Move the hall screen to the next display" (Ctrl+Shift+D): fullscreen on the next display in
 * turn (remembered as the hall's), or a normal window when the turn comes to the chair's own
 * screen, so the chair never loses the console behind a fullscreen hall. One display: a window.
 */
export function moveToNextDisplay(displays: readonly DisplayInfo[], primaryId: number, currentId: number | null): HallAction {
  const next = nextDisplay(displays, currentId);
  if (!next) return { kind: 'stay' };
  return next.id === primaryId ? { kind: 'window' } : { kind: 'fullscreen', display: next };
}

/** A normal hall window on the chair's screen (`workArea`: without the taskbar), 40 px in, at most 1280×720. */
export function windowedHallBounds(workArea: DisplayInfo['bounds']): DisplayInfo['bounds'] {
  const inset = 40;
  return {
    x: workArea.x + inset,
    y: workArea.y + inset,
    width: Math.max(1, Math.min(1280, workArea.width - 2 * inset)),
    height: Math.max(1, Math.min(720, workArea.height - 2 * inset)),
  };
}

/** The display to remember after the window moved: a hall display, never the chair's own. */
export function displayToRemember(windowDisplayId: number, primaryId: number): number | null {
  return windowDisplayId === primaryId ? null : windowDisplayId;
}

/** Reads hallDisplayId from window-state.json's text; anything unreadable means none. */
export function readHallDisplayId(text: string | null): number | null {
  if (!text) return null;
  try {
    const value = (JSON.parse(text) as { hallDisplayId?: unknown }).hallDisplayId;
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
  } catch {
    return null;
  }
}

/** window-state.json's new text with hallDisplayId set, keeping whatever else it holds. */
export function withHallDisplayId(text: string | null, id: number): string {
  let base: Record<string, unknown> = {};
  try {
    const parsed: unknown = text ? JSON.parse(text) : {};
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) base = parsed as Record<string, unknown>;
  } catch {
    // A damaged file is replaced rather than blocking the hall screen.
  }
  return JSON.stringify({ ...base, hallDisplayId: id }, null, 2);
}

/**
 * window-state.json's new text after the hall window landed on `windowDisplayId`, or null when
 * there is nothing to write (the chair's own display, or the display already remembered).
 */
export function rememberedStateText(text: string | null, windowDisplayId: number, primaryId: number): string | null {
  const id = displayToRemember(windowDisplayId, primaryId);
  return id === null || id === readHallDisplayId(text) ? null : withHallDisplayId(text, id);
}

/** The console's "open the hall screen" link: our own hall page, opened as the hall window. */
export function isHallPageLink(raw: string): boolean {
  if (!isTrustedUrl(raw)) return false;
  const { pathname } = new URL(raw);
  return pathname === '/hall' || pathname === '/hall/';
}
