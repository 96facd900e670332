/**
 * The messages between the engine and a screen, identical over Electron IPC and WebSocket.
 * Documented in docs/protocol.md.
 */
import type { ErrorCode, Lang } from './messages';
import type { StateUpdate } from './state';
import type { Role } from './roles';

export interface ReplyError {
  code: ErrorCode;
  /** One sentence, in the language the command was sent with. */
  message: string;
}

export type Reply<V = unknown> = { ok: true; revision: number; value: V } | { ok: false; error: ReplyError };

/** Who sends a command, and in which language the reply should speak. */
export interface CommandMeta {
  actor: string;
  lang: Lang;
  /** The sender's role (roles.ts); in-process callers that omit it are the chair. */
  role?: Role;
  /** The paired device that sent it, journaled with the command. */
  deviceId?: number | null;
}

/** Client → server over WebSocket. */
export type ClientMessage =
  | { kind: 'command'; id: number; command: unknown; lang?: Lang }
  | { kind: 'ping'; id: number }
  /** Browser mode only, console only: read (no `enable`) or turn LAN display sharing on/off. */
  | { kind: 'sharing'; id: number; enable?: boolean };

/** LAN display sharing as the console sees it; `urls` carry the display token. */
export interface SharingStatus {
  on: boolean;
  urls: string[];
  /** Display screens connected right now. */
  displays: number;
}

/** Server → client over WebSocket. */
export type ServerMessage =
  | { kind: 'reply'; id: number; reply: Reply }
  | { kind: 'state'; update: StateUpdate }
  | { kind: 'pong'; id: number; serverTime: number }
  | { kind: 'sharing'; id: number; sharing: SharingStatus };
