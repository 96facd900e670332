/**
 * The messages between the engine and a screen, identical over Electron IPC and WebSocket.
 * Documented in docs/protocol.md.
 */
import type { ErrorCode, Lang } from './messages';
import type { StateUpdate } from './state';
import type { DocModel } from '../reports/blocks';

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
  | { kind: 'ping'; id: number }
  /** Browser mode only, console only: read (no `enable`) or turn LAN display sharing on/off. */
  | { kind: 'sharing'; id: number; enable?: boolean }
  /** Console only: a document of the record, as blocks (preview) or as a DOCX (base64). Never writes. */
  | { kind: 'report'; id: number; request: unknown; format: 'preview' | 'docx'; lang?: Lang };

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
  | { kind: 'sharing'; id: number; sharing: SharingStatus }
  | { kind: 'report'; id: number; reply: ReportWireReply };

/** A document over the wire: the preview's blocks, or the DOCX in base64 (JSON carries no bytes). */
export type ReportWireReply =
  | { ok: true; model: DocModel }
  | { ok: true; file: { fileName: string; base64: string } }
  | { ok: false; error: ReplyError };
