import type { Lang } from './engine/messages';
import type { Reply } from './engine/protocol';
import type { StateUpdate } from './engine/state';

/** What the preload puts on `window.gavel` in the desktop app. */
export interface GavelBridge {
  send(command: unknown, lang: Lang): Promise<Reply>;
  snapshot(): Promise<StateUpdate>;
  /** The engine's clock, epoch ms, for measuring this screen's offset. */
  clock(): Promise<number>;
  onState(listener: (update: StateUpdate) => void): () => void;
  /** Backups and the Activity journal (electron/keeper.ts AdminRequest). */
  admin(request: unknown, lang: Lang): Promise<Reply>;
}
