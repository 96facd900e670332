/**
 * How a screen talks to the engine: Electron IPC through the preload when it is there,
 * else a WebSocket to the browser-mode server. Screens never know which one they have.
 */
import type { GavelBridge } from '../../electron/main/bridge';
import type { Lang } from '../../common/strings';
import type { CopyReply, Reply, ReportWireReply, ServerMessage, SharingRequest, SharingStatus } from '../../electron/engine/protocol';
import type { BackupFailure } from '../../electron/features/backups/store';
import type { Role } from '../../common/roles';
import type { ReportRequest } from '../../electron/documents/index';
import { download } from './download';
import { CLOSE_REVOKED, closedBy, type ClosedBy } from '../../common/closeCodes';
import { CONSOLE_ID_PARAM } from '../../common/consoleId';
import { REFUSAL_HEADER, refusalFromHeader } from '../../common/reportRefusal';
import type { Sentence } from './said.svelte';

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
  /**
   * Refused for good: `byChair` when the chair revoked this device or screen (the server closed its
   * socket saying so), else its page was refused on reconnecting (revoked while away, or an address no longer shared).
   */
  onRevoked?(listener: (byChair: boolean) => void): void;
  /** The server closed the socket saying why (the chair stopped sharing, Gavel quit); it keeps reconnecting. */
  onClosedBy?(listener: (why: ClosedBy) => void): void;
  /**
   * A command this console sent before it was reloaded (or its page reopened in the same tab), with
   * no answer yet, was sent again under its own id once connected: its reply, as the server gave it.
   */
  onResent?(listener: (reply: Reply) => void): void;
  /** LAN sharing and pairing (the chair's console; null where the transport has none). */
  sharing: ((request?: SharingRequest, lang?: Lang) => Promise<SharingStatus>) | null;
  /** A document of the record as blocks, for the Minutes view's preview. */
  reportPreview?(request: unknown, lang: Lang): Promise<ReportWireReply>;
  /** Backups and the Activity journal: maintenance requests outside the command journal. */
  admin(request: unknown, lang: Lang): Promise<Reply>;
  /** The chair's console: the last backup that failed (null: backups are written), on connecting and whenever it changes. */
  onBackups?(listener: (failed: BackupFailure | null) => void): void;
  /** A copy of a listed backup, by name, saved elsewhere: the browser's download, the desktop's save dialog. */
  saveBackupCopy?(name: string, lang: Lang): Promise<CopyReply>;
}

/**
 * Why a command got no answer; the UI words it. `offline`: not connected, nothing was sent.
 * `timeout`: connected, but no answer in time. `lost`: sent, then the connection dropped and did
 * not come back in time to ask again, so whether it was recorded is not known.
 */
export class TransportError extends Error {
  constructor(readonly reason: 'offline' | 'timeout' | 'lost') {
    super(reason);
  }
}

const REPLY_TIMEOUT_MS = 10_000;
/**
 * A Wi-Fi drop closes nothing: the socket stays "open" and silent for minutes. Each screen pings
 * when it has heard nothing for HEARTBEAT_MS and counts the connection lost when the ping is not
 * answered within DEAD_MS - HEARTBEAT_MS (a command runs in milliseconds, so even a busy engine
 * answers well within it): about DEAD_MS of silence in all.
 */
export const HEARTBEAT_MS = 2_000;
export const DEAD_MS = 7_000;
/** A connection attempt that has not opened by then (no network, a frozen server) is tried again. */
const CONNECT_TIMEOUT_MS = 7_000;
/**
 * A command sent just before the connection dropped waits this long for it to come back, then is
 * sent again with its own id (the server answers it without running it twice if it had arrived).
 */
export const RESEND_WITHIN_MS = 60_000;

/**
 * Commands sent and not yet answered, kept in the tab's sessionStorage so that a console reloaded
 * (or a LAN that dropped as it reloaded) sends them again once, under their own id: the server
 * answers one it has run already with the reply it gave, so nothing runs twice.
 */
const UNANSWERED_KEY = 'gavel.unanswered';
interface Unanswered {
  cid: string;
  /** The command's message as sent, without its per-socket id. */
  message: Record<string, unknown>;
  sentAt: number;
}
const unansweredStore = {
  read(): Unanswered[] {
    try {
      const list = JSON.parse(sessionStorage.getItem(UNANSWERED_KEY) ?? '[]') as Unanswered[];
      return Array.isArray(list) ? list : [];
    } catch {
      return [];
    }
  },
  write(list: Unanswered[]): void {
    try {
      if (list.length) sessionStorage.setItem(UNANSWERED_KEY, JSON.stringify(list));
      else sessionStorage.removeItem(UNANSWERED_KEY);
    } catch {
      // No storage (a private window that refuses it): a reload then loses the command, as before.
    }
  },
  add(entry: Unanswered): void {
    this.write([...this.read(), entry]);
  },
  remove(cid: string): void {
    const list = this.read();
    if (list.some((e) => e.cid === cid)) this.write(list.filter((e) => e.cid !== cid));
  },
};

/** 128 random bits in hex: `crypto.randomUUID` needs a secure context, which plain http on the LAN is not. */
function commandId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * This page's console id (common/consoleId.ts): made once per page load, so a duplicated tab (whose
 * sessionStorage is a copy) is another console, and a reconnect of this one is the same.
 */
const CONSOLE_ID = commandId();

declare global {
  interface Window {
    gavel?: GavelBridge;
  }
}

export function connect(): Transport {
  // A LAN display passes its token on (its cookie carries it too, where cookies are kept).
  const token = new URLSearchParams(location.search).get('token');
  // This tab's own id, sent on every connect: two tabs of the chair's laptop (one address, one actor) are two senders to the stale-view check.
  const query = new URLSearchParams({ ...(token ? { token } : {}), [CONSOLE_ID_PARAM]: CONSOLE_ID });
  return window.gavel ? ipcTransport(window.gavel) : webSocketTransport(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws?${query}`, location.pathname + location.search);
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
    onBackups(listener) {
      bridge.onBackups(listener);
      // What is true now; the main process tells every change after it.
      void bridge.admin({ op: 'backups.list' }, 'vi').then((reply) => reply.ok && listener((reply.value as { failed: BackupFailure | null }).failed));
    },
    saveBackupCopy: (name, lang) => bridge.saveBackupCopy(name, lang),
  };
}

/**
 * Browser mode's "Save a copy…": the backup as a download (GET /backup/<name>, the loopback
 * listener's route), under the name the server gives it (council, session, day, time).
 */
async function downloadBackup(name: string, lang: Lang): Promise<CopyReply> {
  const res = await fetch(`/backup/${encodeURIComponent(name)}?lang=${lang}`, { cache: 'no-store' });
  if (!res.ok) {
    const message = await res.text();
    return { ok: false, error: { code: 'backup-missing', message } };
  }
  const saved = /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') ?? '')?.[1] ?? name;
  download(saved, await res.blob());
  return { ok: true, saved, downloaded: true };
}

/**
 * The path of a generated document: one path in both modes, as the review's files
 * (electron/features/review/routes.ts; the desktop app answers it in its app:// handler).
 */
export function reportUrl(request: ReportRequest, lang: Lang): string {
  const q = new URLSearchParams({ session: String(request.sessionId), lang: request.lang ?? lang });
  if (request.sittingId !== undefined) q.set('sitting', String(request.sittingId));
  if (request.personnelId !== undefined) q.set('personnel', String(request.personnelId));
  return `/report/${request.doc}?${q}`;
}

/**
 * Downloads a generated document (the browser's download, the desktop's save dialog). Resolves
 * with the file's name, or the refusal's sentence: in every language where the server sends them
 * (common/reportRefusal.ts), so it re-words on a language switch; else as worded in `lang`.
 */
export async function downloadReport(request: ReportRequest, lang: Lang): Promise<{ ok: true; name: string } | { ok: false; message: Sentence }> {
  const res = await fetch(reportUrl(request, lang));
  if (!res.ok) return { ok: false, message: refusalFromHeader(res.headers.get(REFUSAL_HEADER)) ?? (await res.text()) };
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
  interface Pending {
    resolve: (msg: ServerMessage) => void;
    reject: (e: Error) => void;
    timer: ReturnType<typeof setTimeout>;
    /** A command's message, kept to be sent again if the connection drops before its answer. */
    command?: Record<string, unknown>;
  }
  const pending = new Map<number, Pending>();
  const stateListeners: ((u: StateUpdate) => void)[] = [];
  const connectionListeners: ((c: boolean) => void)[] = [];
  const helloListeners: ((h: Hello) => void)[] = [];
  const revokedListeners: ((byChair: boolean) => void)[] = [];
  const closedByListeners: ((why: ClosedBy) => void)[] = [];
  const backupsListeners: ((failed: BackupFailure | null) => void)[] = [];
  const resentListeners: ((reply: Reply) => void)[] = [];
  // What the page before this one (a reload) sent and never heard back about, recent enough to ask again.
  const since = Date.now() - RESEND_WITHIN_MS;
  let fromLastPage = unansweredStore.read().filter((e) => e.sentAt >= since);
  unansweredStore.write(fromLastPage);

  const replyTimer = (id: number) =>
    setTimeout(() => {
      pending.get(id)?.reject(new TransportError('timeout'));
      pending.delete(id);
    }, REPLY_TIMEOUT_MS);

  let opened = false;
  // The server sends the snapshot, then who this socket is (its role). A screen shown before it
  // knows its role took a secretary's console for the chair's for a moment (chair-only panels,
  // a sharing request refused with an error on the Hall screen view): states wait for the hello.
  let told = false;
  let held: StateUpdate[] = [];
  /** When this socket last heard anything from the server (a state, a reply, a pong). */
  let heardAt = 0;
  /** When the ping not yet answered was sent (0: none out). */
  let pingedAt = 0;
  let watch: ReturnType<typeof setInterval> | undefined;
  const open = () => {
    const socket = new WebSocket(url);
    ws = socket;
    opened = false;
    told = false;
    held = [];
    heardAt = Date.now();
    pingedAt = 0;
    clearInterval(watch);
    // One watch per socket: a ping after a quiet spell, and a ping unanswered (or a socket never
    // opened) counts as lost, so the screen says so and connects afresh. Counted from the ping,
    // not from the last message: a tab in the background wakes its timers once a minute, and
    // its first tick after a quiet minute must ask, not give up.
    watch = setInterval(() => {
      const now = Date.now();
      if (!opened) return void (now - heardAt >= CONNECT_TIMEOUT_MS && lost(socket));
      const waiting = pingedAt > 0 && heardAt < pingedAt;
      if (waiting && now - pingedAt >= DEAD_MS - HEARTBEAT_MS) return lost(socket);
      if (!waiting && now - heardAt >= HEARTBEAT_MS && socket.readyState === WebSocket.OPEN) {
        socket.send(JSON.stringify({ kind: 'ping', id: nextId++ }));
        pingedAt = now;
      }
    }, HEARTBEAT_MS / 2);
    socket.onopen = () => {
      opened = true;
      retry = 250;
      heardAt = Date.now();
      connectionListeners.forEach((l) => l(true));
      // Commands whose answer the last connection lost: asked again, under their own id.
      for (const [id, waiting] of pending) {
        if (!waiting.command) continue;
        clearTimeout(waiting.timer);
        waiting.timer = replyTimer(id);
        socket.send(JSON.stringify({ ...waiting.command, id }));
      }
      // Those the page before a reload lost: asked again once, on this page's first connection.
      for (const entry of fromLastPage.splice(0)) {
        const id = nextId++;
        const done = () => unansweredStore.remove(entry.cid);
        const resolve = (msg: ServerMessage) => {
          done();
          if (msg.kind === 'reply') resentListeners.forEach((l) => l(msg.reply));
        };
        pending.set(id, { resolve, reject: done, timer: replyTimer(id), command: entry.message });
        socket.send(JSON.stringify({ ...entry.message, id }));
      }
    };
    // A close always follows an error; it is handled there.
    socket.onerror = () => {};
    socket.onmessage = (event) => {
      heardAt = Date.now();
      const msg = JSON.parse(String(event.data)) as ServerMessage;
      if (msg.kind === 'state') {
        if (told) stateListeners.forEach((l) => l(msg.update));
        else held.push(msg.update);
      } else if (msg.kind === 'backups') {
        backupsListeners.forEach((l) => l(msg.failed));
      } else if (msg.kind === 'hello') {
        told = true;
        helloListeners.forEach((l) => l({ role: msg.role, device: msg.device, displayToken: msg.displayToken }));
        for (const update of held.splice(0)) stateListeners.forEach((l) => l(update));
      }
      else {
        // A reply under id null refuses a message whose id was unusable: never one this transport sent.
        if (msg.id === null) return;
        const waiting = pending.get(msg.id);
        if (!waiting) return;
        pending.delete(msg.id);
        clearTimeout(waiting.timer);
        waiting.resolve(msg);
      }
    };
    socket.onclose = (event) => closed(socket, event.code);
  };

  /** A socket that went silent: dropped here (whatever it may still deliver), then handled as closed. */
  const lost = (socket: WebSocket) => {
    socket.onopen = socket.onmessage = socket.onclose = null;
    try {
      socket.close();
    } catch {
      // Closing a socket that never opened may throw in some browsers: it is dropped all the same.
    }
    closed(socket, 1006, true);
  };

  /** `silent`: nothing came back at all (no answer in time), so it cannot have been a refusal. */
  const closed = (socket: WebSocket, code: number, silent = false) => {
    if (socket !== ws) return;
    clearInterval(watch);
    ws = null;
    // Told why before "not connected", so a screen never says "Reconnecting…" of a chair who stopped sharing.
    const why = closedBy(code);
    if (why) closedByListeners.forEach((l) => l(why));
    connectionListeners.forEach((l) => l(false));
    // Revoked by the chair (operators.ts closes with CLOSE_REVOKED): retrying would only be refused.
    const revoked = code === CLOSE_REVOKED;
    if (revoked) revokedListeners.forEach((l) => l(true));
    for (const [id, waiting] of pending) {
      clearTimeout(waiting.timer);
      // A command may have arrived before the connection dropped: it waits to be asked again on
      // the next connection, rather than be told as "not sent" (and typed in a second time).
      if (waiting.command && !revoked) {
        waiting.timer = setTimeout(() => {
          pending.delete(id);
          waiting.reject(new TransportError('lost'));
        }, RESEND_WITHIN_MS);
        continue;
      }
      waiting.reject(new TransportError(waiting.command ? 'lost' : 'offline'));
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
    if (opened || silent || !page) return again();
    // Asked with a limit: a server that no longer answers at all must not hold the retries up.
    void fetch(page, { cache: 'no-store', signal: AbortSignal.timeout(CONNECT_TIMEOUT_MS) }).then(
      (res) => (res.status === 403 ? revokedListeners.forEach((l) => l(false)) : again()),
      again,
    );
  };
  open();

  const request_ = (body: Record<string, unknown>): Promise<ServerMessage> =>
    new Promise((resolve, reject) => {
      if (!ws || ws.readyState !== WebSocket.OPEN) return reject(new TransportError('offline'));
      const id = nextId++;
      const command = body.kind === 'command' ? { ...body, cid: commandId() } : undefined;
      if (!command) pending.set(id, { resolve, reject, timer: replyTimer(id) });
      else {
        const cid = command.cid;
        unansweredStore.add({ cid, message: command, sentAt: Date.now() });
        const answered = <T,>(then: (value: T) => void) => (value: T) => {
          unansweredStore.remove(cid);
          then(value);
        };
        pending.set(id, { resolve: answered(resolve), reject: answered(reject), timer: replyTimer(id), command });
      }
      ws.send(JSON.stringify({ ...(command ?? body), id }));
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
    onClosedBy: (l) => void closedByListeners.push(l),
    onBackups: (l) => void backupsListeners.push(l),
    saveBackupCopy: downloadBackup,
    onResent: (l) => void resentListeners.push(l),
  };
}
