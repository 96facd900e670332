/**
 * LAN sharing as one object, used alike by browser mode (server.ts) and the desktop app's
 * main process: the LAN listener (off until the chair turns it on), the pairing code for a
 * second console, and the status the chair's console shows.
 */
import type { Engine } from '../engine/engine';
import type { SharingNotice, SharingRequest, SharingStatus } from '../engine/protocol';
import { lanAddresses, startDisplayServer, type DisplayServer } from './lan';
import { Pairing } from './pairing';
import { screenRequest, type ScreensMemory } from './screens';
import { readDeviceActivity } from '../store/journal';
import { readSharingMemory, resumePort, writeSharingMemory, type RefusedWhy, type SharingMemory } from './sharing-memory';

export interface Sharing {
  request(request?: SharingRequest): Promise<SharingStatus>;
  /** At start: shares again if sharing was on when Gavel stopped (sharing-memory.ts). */
  resume(): Promise<SharingStatus>;
  /** After a restore: the LAN listener and its status follow the reopened engine. */
  swap(engine: Engine): void;
  /** Gavel is quitting: the listener closes, and sharing is still remembered for the next start. */
  close(): Promise<void>;
}

/** Why sharing did not resume, for the server's log (the chair's console says it in the UI's language). */
const REFUSED_LOG: Record<RefusedWhy, string> = {
  elsewhere: 'on another computer or in another folder (a copied data folder?)',
  unrecorded: 'by an older Gavel that did not record on which computer, so a copy cannot be told apart',
  unreadable: 'but the file is damaged or was edited',
};

export function createSharing(opts: {
  engine: Engine;
  staticDir: string;
  lanHost: string;
  lanPort: number;
  pairing?: Pairing;
  /** Where sharing is remembered across restarts; without it, every start is unshared. */
  memoryFile?: string;
  log?: (line: string) => void;
}): Sharing {
  let engine = opts.engine;
  const pairing = opts.pairing ?? new Pairing(() => engine.clock());
  let display: DisplayServer | null = null;
  let notice: SharingNotice | null = null;
  const status = (): SharingStatus => {
    const activity = readDeviceActivity(engine.db);
    if (!display) {
      const port = opts.lanPort || lastPort;
      const reach = lanAddresses(opts.lanHost).map((a) => (port ? `http://${a}:${port}/` : a));
      return { on: false, urls: [], displays: 0, screens: [], newScreens: true, pairing: null, reach, devices: { connected: [], lastSeen: {} }, activity, notice };
    }
    const code = pairing.current();
    return {
      on: true,
      urls: display.urls,
      displays: display.displays(),
      screens: display.screens(),
      newScreens: display.newScreens(),
      pairing: code && { ...code, urls: display.consoleUrls.map((base) => `${base}pair?code=${code.code}`) },
      reach: display.consoleUrls,
      devices: display.devices(),
      activity,
      notice,
    };
  };
  const log = opts.log ?? ((line: string) => console.warn(line));
  const remember = (memory: SharingMemory | null) => {
    if (!opts.memoryFile) return;
    try {
      writeSharingMemory(opts.memoryFile, memory);
    } catch (e) {
      log(`gavel: could not remember LAN sharing in ${opts.memoryFile}: ${(e as Error).message}`);
    }
  };
  // The port of the last listener in this run: sharing again after a stop takes it back, so a
  // paired secretary's console (its address and cookie unchanged) reconnects by itself.
  let lastPort = 0;
  const open = async (port: number, token?: string, screens: ScreensMemory = { revokedScreens: [], newScreens: true, knownScreens: [] }) => {
    // Each revocation (and closing to new screens) is written as the chair makes it, so a kill -9 right after does not let a screen in.
    const rememberScreens = (memory: ScreensMemory) => display && remember({ port: display.port, token: display.token, ...memory });
    display = await startDisplayServer({ engine, staticDir: opts.staticDir, host: opts.lanHost, port, pairing, token, screens, rememberScreens });
    lastPort = display.port;
    remember({ port: display.port, token: display.token, ...screens });
  };
  const shut = async (why: 'stopped' | 'quitting') => {
    pairing.cancel();
    await display?.close(why);
    display = null;
  };
  // Turning sharing on and off is serialised, so two quick clicks cannot leave a listener behind.
  let queue: Promise<SharingStatus> = Promise.resolve(status());
  const serial = (step: () => Promise<void>): Promise<SharingStatus> =>
    // A step that failed (a port in use) must not block the ones after it.
    (queue = queue.catch(() => undefined).then(async () => {
      await step();
      return status();
    }));
  const request = ({ enable, pair, screen, newScreens }: SharingRequest = {}): Promise<SharingStatus> =>
    serial(async () => {
      // The chair has acted on sharing: what happened at the start is no longer news.
      if (enable !== undefined) notice = null;
      if ((enable === true || pair === 'start') && !display) {
        // An explicit --lan-port wins; else the last port, or any free one if it was taken meanwhile.
        const port = opts.lanPort || lastPort;
        await open(port).catch((e: Error) => (port !== opts.lanPort ? open(opts.lanPort) : Promise.reject(e)));
      }
      if (enable === false) {
        // The chair stopped sharing: the next start is unshared too.
        await shut('stopped');
        remember(null);
      }
      if (pair === 'start') pairing.start();
      if (pair === 'cancel') pairing.cancel();
      if (screen) display?.screen(screen.id, screen.action);
      if (newScreens !== undefined) display?.setNewScreens(newScreens);
    });
  const resume = (): Promise<SharingStatus> =>
    serial(async () => {
      const remembered = opts.memoryFile ? readSharingMemory(opts.memoryFile) : ({ kind: 'none' } as const);
      if (remembered.kind === 'refused') {
        // A copy of the data folder, or a file that cannot say it is not one: never share its token.
        remember(null);
        notice = { reason: remembered.why === 'elsewhere' ? 'copy' : remembered.why };
        log(`gavel: LAN sharing was on when ${opts.memoryFile} was written, ${REFUSED_LOG[remembered.why]}; it stays off and its address is forgotten`);
        return;
      }
      if (remembered.kind === 'none' || display) return;
      const { memory } = remembered;
      const port = resumePort(memory, opts.lanPort);
      try {
        await open(port, memory.token, memory).catch((e: Error) => {
          // The port is taken now: share on a free one rather than not at all; the chair is told the new address.
          log(`gavel: LAN sharing could not resume on port ${port} (${e.message}); trying another port`);
          return open(0, memory.token, memory);
        });
        if (display!.port !== port) notice = { reason: 'moved', from: port, to: display!.port, consoles: display!.consoleUrls };
        log(`gavel: LAN sharing was on when Gavel stopped; sharing again on port ${display!.port}`);
      } catch (e) {
        // The address itself is gone (another network): stay unshared until the chair shares again.
        log(`gavel: LAN sharing could not resume (${(e as Error).message}); it is off until the chair turns it on`);
      }
    });
  const swap = (next: Engine) => {
    engine = next;
    display?.swap(next);
  };
  const close = async () => {
    await serial(() => shut('quitting'));
  };
  return { request, resume, swap, close };
}

/** A sharing request as it arrives over IPC (untyped): unknown fields and values are dropped. */
export function parseSharingRequest(raw: unknown): SharingRequest {
  if (typeof raw !== 'object' || raw === null) return {};
  const r = raw as Record<string, unknown>;
  return {
    ...(typeof r.enable === 'boolean' ? { enable: r.enable } : {}),
    ...(r.pair === 'start' || r.pair === 'cancel' ? { pair: r.pair } : {}),
    ...screenRequest(r.screen),
    ...(typeof r.newScreens === 'boolean' ? { newScreens: r.newScreens } : {}),
  };
}

