import type { Lang } from './engine/messages';
import type { Reply, ReportWireReply } from './engine/protocol';
import type { StateUpdate } from './engine/state';

/** What the preload puts on `window.gavel` in the desktop app. */
export interface GavelBridge {
  send(command: unknown, lang: Lang): Promise<Reply>;
  snapshot(): Promise<StateUpdate>;
  /** The engine's clock, epoch ms, for measuring this screen's offset. */
  clock(): Promise<number>;
  onState(listener: (update: StateUpdate) => void): () => void;
  /** A document's preview (blocks); the request is checked in the main process. */
  reportPreview(request: unknown, lang: Lang): Promise<ReportWireReply>;
  /** Writes a document where the user chooses in a save dialog; null when they cancel. */
  saveReport(request: unknown, lang: Lang): Promise<{ ok: true; path: string } | { ok: false; error: { code: string; message: string } } | null>;
}
