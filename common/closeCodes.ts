/**
 * Why the server closed a screen's socket for a reason the screen words (src/lib/transport.ts),
 * rather than the "Reconnecting…" of a dropped network. Private-use codes (RFC 6455 §7.4.2).
 */
/** The chair revoked this paired device: it never reconnects. */
export const CLOSE_REVOKED = 4403;
/** The chair stopped LAN sharing: the screen keeps trying, and is back once sharing is on again. */
export const CLOSE_SHARING_STOPPED = 4001;
/** Gavel is quitting on the chair's computer: back once it is started again (and shares again). */
export const CLOSE_QUITTING = 4002;

/**
 * A backup was restored on the chair's computer: the screen reconnects at once to the restored
 * records, and a console says so, since what was entered after the backup is no longer there.
 */
export const CLOSE_RESTORED = 4003;

/** What a screen tells its user of a close: why the chair's computer went away, or nothing particular. */
export type ClosedBy = 'sharing-stopped' | 'quitting' | 'restored';
export const closedBy = (code: number): ClosedBy | null =>
  code === CLOSE_SHARING_STOPPED ? 'sharing-stopped' : code === CLOSE_QUITTING ? 'quitting' : code === CLOSE_RESTORED ? 'restored' : null;
