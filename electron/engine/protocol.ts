/**
 * The messages between the engine and a screen, identical over Electron IPC and WebSocket.
 * Documented in docs/protocol.md.
 */
import type { ErrorCode, Lang } from './messages';
import type { StateUpdate } from './state';

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
}

/** Client → server over WebSocket. */
export type ClientMessage =
  | { kind: 'command'; id: number; command: unknown; lang?: Lang }
  | { kind: 'ping'; id: number };

/** Server → client over WebSocket. */
export type ServerMessage =
  | { kind: 'reply'; id: number; reply: Reply }
  | { kind: 'state'; update: StateUpdate }
  | { kind: 'pong'; id: number; serverTime: number };
