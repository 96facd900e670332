/**
 * The messages between the engine and a screen, identical over Electron IPC and WebSocket.
 * Documented in docs/protocol.md.
 */
import type { Lang } from '../../common/strings';
import type { StateUpdate } from './state';
import type { DocModel } from '../documents/blocks';
import type { Role } from '../../common/roles';
import type { BackupFailure } from '../features/backups/store';

export type { ReplyError } from './errors';
import type { ReplyError } from './errors';

export type Reply<V = unknown> = { ok: true; revision: number; value: V } | { ok: false; error: ReplyError };

/** Who sends a command, and in which language the reply should speak. */
export interface CommandMeta {
  actor: string;
  lang: Lang;
  /** The sender's role (roles.ts); in-process callers that omit it are the chair. */
  role?: Role;
  /**
   * Sent by the server's own code (the keeper journaling a restore, the address book of paired
   * devices), not by a console: only then may a SERVER_ONLY command (common/roles.ts) run. No
   * transport sets it: the WebSocket server and the desktop app's IPC build their meta without it.
   */
  server?: true;
  /** The paired device that sent it, journaled with the command. */
  deviceId?: number | null;
  /**
   * The tab or window that sent it (common/consoleId.ts), journaled with the command: two tabs of
   * one actor on one device are two senders to the stale-view check. The WebSocket server sets it
   * from the id the screen sent on connect; absent, the sender's tabs count as one, as before.
   */
  consoleId?: string | null;
  /**
   * The command's own id (a screen over WebSocket sends one): a command sent again under the
   * same id by the same sender gets the reply it got the first time, and does not run again.
   */
  cid?: string;
}

/** Maintenance requests from the console, outside the command journal (electron/features/backups/keeper.ts). */
export type AdminRequest =
  | { op: 'backups.list' }
  | { op: 'backups.now' }
  | { op: 'backups.restore'; name: string }
  | { op: 'activity.read'; limit?: number };

/** Client → server over WebSocket. */
export type ClientMessage =
  /**
   * `cid`: the command's own id, kept when it is sent again on a new socket after the connection
   * dropped before its answer; the server answers a `cid` it has run already with the reply it gave.
   */
  | { kind: 'command'; id: number; command: unknown; lang?: Lang; cid?: string }
  | { kind: 'ping'; id: number }
  /** The chair's console only: read (no fields) or turn LAN sharing on/off, start or cancel a pairing code. */
  | ({ kind: 'sharing'; id: number; lang?: Lang } & SharingRequest)
  /** Console only (the chair's or a paired secretary's): a document of the record as blocks, for the preview; the file downloads by GET /report/<doc>. Never writes. */
  | { kind: 'report'; id: number; request: unknown; format: 'preview'; lang?: Lang }
  /** The chair's console only: backups and the Activity journal (electron/features/backups/keeper.ts AdminRequest), outside the journal. */
  | { kind: 'admin'; id: number; request: unknown; lang?: Lang };

/** What the chair asks of LAN sharing; `pair: 'start'` turns sharing on if it is off. */
export interface SharingRequest {
  enable?: boolean;
  pair?: 'start' | 'cancel';
  /** One screen showing the display address (server/screens.ts): revoke it, or let a revoked one in again. */
  screen?: { id: number; action: 'revoke' | 'allow' };
  /** Let new screens join the display address, or keep them out once the chair's screens are set up (server/screens.ts). */
  newScreens?: boolean;
}

/** What a screen on the display address shows: the hall screen (/hall) or the broadcast overlay (/overlay). */
export type ScreenKind = 'hall' | 'overlay';

/** Why a display page is refused (server/screens.ts): its screen was revoked, or it is new and new screens may not join. */
export type ScreenRefusal = 'revoked' | 'closed';

/** A screen that opened the display address on the LAN, as the chair's list shows it (server/screens.ts). */
export interface ScreenInfo {
  id: number;
  /** Its browser and system, "Chrome · Android". */
  name: string;
  kind: ScreenKind;
  address: string;
  firstSeenAt: number;
  lastSeenAt: number;
  connected: boolean;
  revokedAt: number | null;
}

/** LAN display sharing as the console sees it; `urls` carry the display token. */
export interface SharingStatus {
  on: boolean;
  urls: string[];
  /** Display screens connected right now. */
  displays: number;
  /** Each screen that opened the display address while sharing was on, for the chair to revoke one. */
  screens: ScreenInfo[];
  /** Whether a browser that is not one of `screens` may join with the display address. */
  newScreens: boolean;
  /** The pairing code being offered for a second console, with the addresses to open (the QR carries the code). */
  pairing: { code: string; expiresAt: number; urls: string[] } | null;
  /**
   * Where a second console opens Gavel on the LAN: while sharing, the console addresses; while not,
   * where they would be, for the chair to read before sharing ("http://…:port/" when the port is
   * known, the bare network address when it is chosen as sharing starts).
   */
  reach: string[];
  /**
   * Paired devices connected now, when each was last seen (engine clock, epoch ms) and the
   * address each last connected from since Gavel started (so two laptops of one name differ).
   */
  devices: { connected: number[]; lastSeen: Record<number, number> };
  /** The latest commands sent by paired devices, newest first (from the journal). */
  activity: DeviceActivity[];
  /** What happened to sharing at this start that the chair must know; cleared when the chair turns sharing on or off. */
  notice: SharingNotice | null;
}

/**
 * Sharing was on when Gavel stopped and was not resumed, its display token forgotten: `copy`, the
 * data folder was shared on another computer or in another folder (a copy); `unrecorded`, an
 * older Gavel wrote it without saying where, so a copy cannot be told from the original;
 * `unreadable`, the file is damaged or was edited. `moved`: it resumed, but the
 * port it had was taken, so every address changed: `consoles` are the addresses a paired
 * secretary's console must open (it stays paired: the cookie is the computer's, not the port's).
 */
export type SharingNotice = { reason: 'copy' | 'unrecorded' | 'unreadable' } | { reason: 'moved'; from: number; to: number; consoles: string[] };

export interface DeviceActivity {
  revision: number;
  at: number;
  /** The device's name. */
  actor: string;
  type: string;
  payload: unknown;
}

/** Server → client over WebSocket. */
export type ServerMessage =
  /** `id: null`: the refusal (`malformed-id`) of a message whose id was not a safe integer; its id is not echoed. */
  | { kind: 'reply'; id: number | null; reply: Reply }
  | { kind: 'state'; update: StateUpdate }
  | { kind: 'pong'; id: number; serverTime: number }
  | { kind: 'sharing'; id: number; sharing: SharingStatus }
  | { kind: 'report'; id: number; reply: ReportWireReply }
  | { kind: 'admin'; id: number; reply: Reply }
  /**
   * To the chair's console, after its hello and whenever it changes: the last backup that failed,
   * while none has been written since (null: backups are being written), for the warning every view shows.
   */
  | { kind: 'backups'; failed: BackupFailure | null }
  /** First message on a socket: the role it has, and the paired device's name (null for the chair's console or a display). */
  /** `displayToken`: to a paired console only, so it can show the overlay's read-only address. */
  | { kind: 'hello'; role: Role; device: string | null; displayToken?: string };

/**
 * A copy of a backup saved elsewhere: where it was saved (null: the save dialog was cancelled;
 * `downloaded`: handed to the browser as a download under that file name), or why not.
 */
export type CopyReply = { ok: true; saved: string | null; downloaded?: true } | { ok: false; error: ReplyError };

/** A document's preview over the wire (its blocks); the file itself downloads by GET /report/<doc>. */
export type ReportWireReply = { ok: true; model: DocModel } | { ok: false; error: ReplyError };
