/**
 * LAN sharing as one object, used alike by browser mode (server.ts) and the desktop app's
 * main process: the LAN listener (off until the chair turns it on), the pairing code for a
 * second console, and the status the chair's console shows.
 */
import type { Engine } from '../engine/engine';
import type { SharingRequest, SharingStatus } from '../engine/protocol';
import { startDisplayServer, type DisplayServer } from './lan';
import { Pairing } from './pairing';
import { readDeviceActivity } from '../store/journal';

export interface Sharing {
  request(request?: SharingRequest): Promise<SharingStatus>;
  /** After a restore: the LAN listener and its status follow the reopened engine. */
  swap(engine: Engine): void;
}

export function createSharing(opts: { engine: Engine; staticDir: string; lanHost: string; lanPort: number; pairing?: Pairing }): Sharing {
  let engine = opts.engine;
  const pairing = opts.pairing ?? new Pairing(() => engine.clock());
  let display: DisplayServer | null = null;
  const status = (): SharingStatus => {
    const activity = readDeviceActivity(engine.db);
    if (!display) return { on: false, urls: [], displays: 0, pairing: null, devices: { connected: [], lastSeen: {} }, activity };
    const code = pairing.current();
    return {
      on: true,
      urls: display.urls,
      displays: display.displays(),
      pairing: code && { ...code, urls: display.consoleUrls.map((base) => `${base}pair?code=${code.code}`) },
      devices: display.devices(),
      activity,
    };
  };
  // Turning sharing on and off is serialised, so two quick clicks cannot leave a listener behind.
  let queue: Promise<SharingStatus> = Promise.resolve(status());
  const request = ({ enable, pair }: SharingRequest = {}): Promise<SharingStatus> =>
    (queue = queue.then(async () => {
      if ((enable === true || pair === 'start') && !display) {
        display = await startDisplayServer({ engine, staticDir: opts.staticDir, host: opts.lanHost, port: opts.lanPort, pairing });
      }
      if (enable === false && display) {
        pairing.cancel();
        await display.close();
        display = null;
      }
      if (pair === 'start') pairing.start();
      if (pair === 'cancel') pairing.cancel();
      return status();
    }));
  const swap = (next: Engine) => {
    engine = next;
    display?.swap(next);
  };
  return { request, swap };
}

/** A sharing request as it arrives over IPC (untyped): unknown fields and values are dropped. */
export function parseSharingRequest(raw: unknown): SharingRequest {
  if (typeof raw !== 'object' || raw === null) return {};
  const r = raw as Record<string, unknown>;
  return {
    ...(typeof r.enable === 'boolean' ? { enable: r.enable } : {}),
    ...(r.pair === 'start' || r.pair === 'cancel' ? { pair: r.pair } : {}),
  };
}
