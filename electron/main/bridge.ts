import type { Lang } from '../../common/strings';
import type { CopyReply, Reply, ReportWireReply, SharingRequest, SharingStatus } from '../engine/protocol';
import type { BackupFailure } from '../features/backups/store';
import type { StateUpdate } from '../engine/state';

/** What the preload puts on `window.gavel` in the desktop app. */
export interface GavelBridge {
  send(command: unknown, lang: Lang): Promise<Reply>;
  snapshot(): Promise<StateUpdate>;
  /** The engine's clock, epoch ms, for measuring this screen's offset. */
  clock(): Promise<number>;
  onState(listener: (update: StateUpdate) => void): () => void;
  /** A document's preview (blocks); the request is checked in the main process. */
  reportPreview(request: unknown, lang: Lang): Promise<ReportWireReply>;
  /** Backups and the Activity journal (electron/features/backups/keeper.ts AdminRequest). */
  admin(request: unknown, lang: Lang): Promise<Reply>;
  /** Saves a copy of a listed backup (by name) where the chair chooses, through the system's save dialog. */
  saveBackupCopy(name: string, lang: Lang): Promise<CopyReply>;
  /** The last backup that failed (null once one is written again), each time that changes. */
  onBackups(listener: (failed: BackupFailure | null) => void): () => void;
  /** LAN sharing and pairing, run by the same server module in the main process. */
  sharing?(request: SharingRequest): Promise<SharingStatus>;
}
