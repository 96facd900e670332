/**
 * How a screen talks to the engine: Electron IPC through the preload when it is there,
 * else a WebSocket to the browser-mode server. Screens never know which one they have.
 */
import type { GavelBridge } from '../../electron/main/bridge';
import type { Lang } from '../../common/strings';
import type { Reply, ReportWireReply, ServerMessage, SharingRequest, SharingStatus } from '../../electron/engine/protocol';
import type { Role } from '../../common/roles';
import type { ReportRequest } from '../../electron/documents/index';
import { download } from './download';

/** What the server says a socket is: its role and, for a paired console, the device's name. */
export interface Hello {
  role: Role;
  device: string | null;
  /** A paired console's display token: the overlay's read-only address needs it. */
  displayToken?: string;
}
import type { StateUpdate } from '../../electron/engine/state';

export interface Transport {
  send(command: unknown, lang: Lang): Promise<Reply>;
  /** Engine clock (epoch ms) as of now, with the round trip it took. */
  clock(): Promise<{ serverTime: number; roundTrip: number }>;
  onState(listener: (update: StateUpdate) => void): void;
  onConnection(listener: (connected: boolean) => void): void;
  /** This screen's role, told on every (re)connection. */
  onHello?(listener: (hello: Hello) => void): void;
  /** The chair revoked this device: the server closed its socket for good. */
  onRevoked?(listener: () => void): void;
  /** LAN sharing and pairing (the chair's console; null where the transport has none). */
  sharing: ((request?: SharingRequest, lang?: Lang) => Promise<SharingStatus>) | null;
  /** A document of the record as blocks, for the Minutes view's preview. */
  reportPreview?(request: unknown, lang: Lang): Promise<ReportWireReply>;
  /** Backups and the Activity journal: maintenance requests outside the command journal. */
  admin(request: unknown, lang: Lang): Promise<Reply>;
}

/** Why a command never reached the engine; the UI words it. */
export class TransportError extends Error {
  constructor(readonly reason: 'offline' | 'timeout') {
    super(reason);
  }
}

const REPLY_TIMEOUT_MS = 10_000;

declare global {
  interface Window {
    gavel?: GavelBridge;
  }
}

export function connect(): Transport {
  // A LAN display passes its token on (its cookie carries it too, where cookies are kept).
  const token = new URLSearchParams(location.search).get('token');
  const query = token ? `?token=${encodeURIComponent(token)}` : '';
  return window.gavel ? ipcTransport(window.gavel) : webSocketTransport(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws${query}`, location.pathname + location.search);
}

function ipcTransport(bridge: GavelBridge): Transport {
  return {
    send: (command, lang) => bridge.send(command, lang),
    async clock() {
      const start = performance.now();
      const serverTime = await bridge.clock();
      return { serverTime, roundTrip: performance.now() - start };
    },
    onState(listener) {
      // Updates that arrive while the snapshot is on its way are held, then the snapshot is
      // delivered first and only the updates after it follow: a patch never meets a state
      // it was not made for, and the snapshot is never dropped as older than a patch.
      let held: StateUpdate[] | null = [];
      bridge.onState((update) => (held ? held.push(update) : listener(update)));
      void bridge.snapshot().then((snapshot) => {
        listener(snapshot);
        for (const update of held ?? []) if (update.revision > snapshot.revision) listener(update);
        held = null;
      });
    },
    onConnection(listener) {
      listener(true);
    },
    // The desktop app's own windows are the chair's console.
    onHello(listener) {
      listener({ role: 'chair', device: null });
    },
    sharing: bridge.sharing ? (request) => bridge.sharing!(request ?? {}) : null,
    reportPreview: (request, lang) => bridge.reportPreview(request, lang),
    admin: (request, lang) => bridge.admin(request, lang),
  };
}

/**
 * The path of a generated document: one path in both modes, as the review's files
 * (electron/features/review/routes.ts; the desktop app answers it in its app:// handler).
 */
export function reportUrl(request: ReportRequest, lang: Lang): string {
  const q = new URLSearchParams({ session: String(request.sessionId), lang: request.lang ?? lang });
  if (request.sittingId !== undefined) q.set('sitting', String(request.sittingId));
  return `/report/${request.doc}?${q}`;
}

/**
 * Downloads a generated document (the browser's download, the desktop's save dialog). Resolves
 * with the file's name, or the refusal's sentence (the server words it in `lang`).
 */
export async function downloadReport(request: ReportRequest, lang: Lang): Promise<{ ok: true; name: string } | { ok: false; message: string }> {
  const res = await fetch(reportUrl(request, lang));
  if (!res.ok) return { ok: false, message: await res.text() };
  const disposition = res.headers.get('Content-Disposition') ?? '';
  const name = decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1] ?? `${request.doc}.docx`);
  download(name, await res.blob());
  return { ok: true, name };
}

/**
 * Browser mode's transport over one WebSocket URL (exported for the transport tests).
 * `page` is this page's own address: when a reconnection is refused, asking it tells a server
 * that is down (no answer) from one that refuses this device or display address (403).
 */
export function webSocketTransport(url: string, page?: string): Transport {
  let ws: WebSocket | null = null;
  let nextId = 1;
  let retry = 250;
  const pending = new Map<number, { resolve: (msg: ServerMessage) => void; reject: (e: Error) => void; timer: ReturnType<typeof setTimeout> }>();
  const stateListeners: ((u: StateUpdate) => void)[] = [];
  const connectionListeners: ((c: boolean) => void)[] = [];
  const helloListeners: ((h: Hello) => void)[] = [];
  const revokedListeners: (() => void)[] = [];

  let opened = false;
  // The server sends the snapshot, then who this socket is (its role). A screen shown before it
  // knows its role took a secretary's console for the chair's for a moment (chair-only panels,
  // a sharing request refused with an error on the Hall screen view): states wait for the hello.
  let told = false;
  let held: StateUpdate[] = [];
  const open = () => {
    ws = new WebSocket(url);
    opened = false;
    told = false;
    held = [];
    ws.onopen = () => {
      opened = true;
      retry = 250;
      connectionListeners.forEach((l) => l(true));
    };
    // A close always follows an error; it is handled there.
    ws.onerror = () => {};
    ws.onmessage = (event) => {
      const msg = JSON.parse(String(event.data)) as ServerMessage;
      if (msg.kind === 'state') {
        if (told) stateListeners.forEach((l) => l(msg.update));
        else held.push(msg.update);
      } else if (msg.kind === 'hello') {
        told = true;
        helloListeners.forEach((l) => l({ role: msg.role, device: msg.device, displayToken: msg.displayToken }));
        for (const update of held.splice(0)) stateListeners.forEach((l) => l(update));
      }
      else {
        const waiting = pending.get(msg.id);
        if (!waiting) return;
        pending.delete(msg.id);
        clearTimeout(waiting.timer);
        waiting.resolve(msg);
      }
    };
    ws.onclose = (event) => {
      connectionListeners.forEach((l) => l(false));
      // Revoked by the chair (server.ts closes with 4403): retrying would only be refused.
      const revoked = event.code === 4403;
      if (revoked) revokedListeners.forEach((l) => l());
      for (const [id, waiting] of pending) {
        clearTimeout(waiting.timer);
        waiting.reject(new TransportError('offline'));
        pending.delete(id);
      }
      // Back off up to 2 s: a restarted server is picked up again within that.
      if (revoked) return;
      const again = () => {
        setTimeout(open, retry);
        retry = Math.min(retry * 2, 2000);
      };
      // Refused before it opened: a device revoked while it was away, or a display whose address
      // is no longer shared, gets a plain 403 the WebSocket cannot see, and would say
      // "Reconnecting…" for ever. Its own page answers 403 then: it stops and says so.
      if (opened || !page) return again();
      void fetch(page, { cache: 'no-store' }).then(
        (res) => (res.status === 403 ? revokedListeners.forEach((l) => l()) : again()),
        again,
      );
    };
  };
  open();

  const request_ = (body: Record<string, unknown>): Promise<ServerMessage> =>
    new Promise((resolve, reject) => {
      if (!ws || ws.readyState !== WebSocket.OPEN) return reject(new TransportError('offline'));
      const id = nextId++;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new TransportError('timeout'));
      }, REPLY_TIMEOUT_MS);
      pending.set(id, { resolve, reject, timer });
      ws.send(JSON.stringify({ ...body, id }));
    });

  return {
    async send(command, lang) {
      const msg = await request_({ kind: 'command', command, lang });
      if (msg.kind !== 'reply') throw new Error('unexpected message');
      return msg.reply;
    },
    async clock() {
      const start = performance.now();
      const msg = await request_({ kind: 'ping' });
      if (msg.kind !== 'pong') throw new Error('unexpected message');
      return { serverTime: msg.serverTime, roundTrip: performance.now() - start };
    },
    async sharing(req, lang) {
      const msg = await request_({ kind: 'sharing', ...req, lang });
      if (msg.kind === 'sharing') return msg.sharing;
      throw new Error(msg.kind === 'reply' && !msg.reply.ok ? msg.reply.error.message : 'unexpected message');
    },
    async reportPreview(request, lang) {
      const msg = await request_({ kind: 'report', request, format: 'preview', lang });
      if (msg.kind !== 'report') throw new Error('unexpected message');
      return msg.reply;
    },
    async admin(request, lang) {
      const msg = await request_({ kind: 'admin', request, lang });
      if (msg.kind === 'admin' || msg.kind === 'reply') return msg.reply;
      throw new Error('unexpected message');
    },
    onState: (l) => void stateListeners.push(l),
    onConnection: (l) => void connectionListeners.push(l),
    onHello: (l) => void helloListeners.push(l),
    onRevoked: (l) => void revokedListeners.push(l),
  };
}
