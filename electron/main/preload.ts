/**
 * The renderer's only door to the main process: a few named functions. No ipcRenderer,
 * no generic channel; the IPC event is unwrapped before the callback sees anything.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Lang } from '../../common/strings';
import type { GavelBridge } from './bridge';
import type { StateUpdate } from '../engine/state';
import type { SharingRequest } from '../engine/protocol';
import type { BackupFailure } from '../features/backups/store';

const bridge = {
  send: (command: unknown, lang: Lang) => ipcRenderer.invoke('gavel:command', command, lang),
  snapshot: () => ipcRenderer.invoke('gavel:snapshot'),
  clock: () => ipcRenderer.invoke('gavel:clock'),
  reportPreview: (request: unknown, lang: Lang) => ipcRenderer.invoke('gavel:reportPreview', request, lang),
  admin: (request: unknown, lang: Lang) => ipcRenderer.invoke('gavel:admin', request, lang),
  sharing: (request: SharingRequest) => ipcRenderer.invoke('gavel:sharing', request),
  saveBackupCopy: (name: string, lang: Lang) => ipcRenderer.invoke('gavel:saveBackupCopy', name, lang),
  onBackups: (listener: (failed: BackupFailure | null) => void) => {
    const wrapped = (_event: IpcRendererEvent, failed: BackupFailure | null) => listener(failed);
    ipcRenderer.on('gavel:backups', wrapped);
    return () => {
      ipcRenderer.removeListener('gavel:backups', wrapped);
    };
  },
  onState: (listener: (update: StateUpdate) => void) => {
    const wrapped = (_event: IpcRendererEvent, update: StateUpdate) => listener(update);
    ipcRenderer.on('gavel:state', wrapped);
    return () => {
      ipcRenderer.removeListener('gavel:state', wrapped);
    };
  },
} satisfies GavelBridge;

contextBridge.exposeInMainWorld('gavel', bridge);
