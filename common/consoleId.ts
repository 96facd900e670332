/**
 * A console's own id: one per tab or window, made by the screen when its page loads and sent on
 * connect (`/ws?console=…`), so that two tabs of the chair's own laptop, which share one address
 * and one actor, are two senders to the engine's stale-view check (electron/engine/topics.ts): a
 * command sent from a tab that had not seen the other tab's change is refused, as one from another
 * laptop is. It names nothing and proves nothing (any page could send any id): it only tells a
 * sender's own tabs apart, never one operator from another.
 */

/** The query parameter of the WebSocket's URL that carries it. */
export const CONSOLE_ID_PARAM = 'console';

/** Letters, digits, '-' and '_', 8 to 64 of them: what a screen makes (32 hex digits) with room to spare, and nothing a log or a journal row could be hurt by. */
const CONSOLE_ID = /^[A-Za-z0-9_-]{8,64}$/;

/** Whether `value` is a console id as a screen makes it: a string of the form above, anything else is not. */
export function isConsoleId(value: unknown): value is string {
  return typeof value === 'string' && CONSOLE_ID.test(value);
}

/** The desktop app's console id for a window, by its webContents id: each window its own console, as each tab is in browser mode. */
export function windowConsoleId(webContentsId: number): string {
  return `window-${webContentsId}`;
}
