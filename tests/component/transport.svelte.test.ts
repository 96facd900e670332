import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRequire } from 'node:module';
import type { WebSocketServer as Wss } from 'ws';
import type { GavelBridge } from '../../electron/main/bridge';
import type { StateUpdate } from '../../electron/engine/state';
import { attachEngine } from '../../electron/server/sockets';
import { live } from '../../src/lib/live.svelte';
import { connect, webSocketTransport } from '../../src/lib/transport';
import { newEngine, ok, seedBasics } from '../unit/helpers';

// The component project resolves 'ws' to its browser stub; the server side of the test needs Node's.
const require_ = createRequire(import.meta.url);
const NodeWs = require_(require_.resolve('ws/package.json').replace(/package\.json$/, 'index.js')) as typeof globalThis.WebSocket & { WebSocketServer: typeof Wss };
const { WebSocketServer } = NodeWs;

afterEach(() => {
  delete window.gavel;
});

/**
 * The desktop transport subscribes to updates and asks for the snapshot; an update that
 * arrives before the snapshot's answer must neither be applied to nothing nor make the
 * snapshot look stale: the snapshot comes first, then only the updates after it.
 */
describe('IPC transport: snapshot first', () => {
  it('holds updates that arrive before the snapshot, and drops those it already contains', async () => {
    let push: (u: StateUpdate) => void = () => {};
    let answer: (u: StateUpdate) => void = () => {};
    window.gavel = {
      send: async () => ({ ok: true, revision: 0, value: null }),
      clock: async () => 0,
      snapshot: () => new Promise<StateUpdate>((resolve) => (answer = resolve)),
      onState: (l: (u: StateUpdate) => void) => void (push = l),
    } as unknown as GavelBridge;
    const seen: number[] = [];
    connect().onState((u) => seen.push(u.revision));
    push({ revision: 5, serverTime: 0, slices: {}, patches: {} }); // already in the snapshot
    push({ revision: 7, serverTime: 0, slices: {}, patches: {} }); // after it
    expect(seen).toEqual([]);
    answer({ revision: 6, serverTime: 0, slices: {}, full: true });
    await Promise.resolve();
    await Promise.resolve();
    expect(seen).toEqual([6, 7]);
    push({ revision: 8, serverTime: 0, slices: {}, patches: {} });
    expect(seen).toEqual([6, 7, 8]);
  });
});

/**
 * Browser mode: the server sends the whole state as the socket's first message, taken when it
 * is sent, and every update after it on the same socket, so no update can fall between the two.
 * Driven against the real engine and server module over a real socket, with commands committed
 * on every turn of the event loop while the screen connects and reconnects: the screen ends
 * with exactly the engine's state.
 */
describe('WebSocket transport: nothing falls between the snapshot and the updates', () => {
  it('a screen that connects and reconnects while commands are committed ends with the engine’s state', async () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await once(wss, 'listening');
    const sockets = attachEngine(wss, engine, 'console');
    let connections = 0;
    wss.on('connection', () => connections++);
    let committed = 0;
    let running = true;
    const burst = () => {
      if (!running) return;
      committed++;
      const { id } = ok(engine, 'agenda.add', { title: `Mục ${committed}`, kind: 'discussion' }) as { id: number };
      if (committed % 3 === 0) ok(engine, 'agenda.move', { id, index: 0 });
      setImmediate(burst);
    };
    try {
      burst();
      // The page's WebSocket API, from the ws package: jsdom's own cannot dispatch its events under Node 20.
      vi.stubGlobal('WebSocket', NodeWs);
      live.start(webSocketTransport(`ws://127.0.0.1:${(wss.address() as AddressInfo).port}/`));
      await vi.waitFor(() => expect(live.state).not.toBeNull(), { timeout: 10_000 });
      const firstAt = committed;
      await vi.waitFor(() => expect(committed).toBeGreaterThan(firstAt + 20), { timeout: 10_000 });
      // The server drops the socket mid-burst; the screen reconnects by itself and takes the state whole again.
      sockets.closeAll();
      await vi.waitFor(() => expect(connections).toBe(2), { timeout: 10_000 });
      const againAt = committed;
      await vi.waitFor(() => expect(committed).toBeGreaterThan(againAt + 20), { timeout: 10_000 });
    } finally {
      running = false;
    }
    const { revision, slices } = engine.snapshot();
    await vi.waitFor(() => expect(live.state?.revision).toBe(revision), { timeout: 10_000 });
    expect(JSON.parse(JSON.stringify(live.state))).toEqual(JSON.parse(JSON.stringify({ ...slices, revision })));
    expect(live.state!.agenda).toHaveLength(committed);
    expect(live.connected).toBe(true);
    sockets.closeAll();
    wss.close();
    vi.unstubAllGlobals();
  });
});

/**
 * A device revoked while it was away (asleep, off the Wi-Fi), or a display whose address is
 * no longer shared, is refused at the upgrade with a plain 403, which a browser's WebSocket
 * cannot see: without asking, it would say "Reconnecting…" forever over a stale state.
 */
describe('WebSocket transport: refused on reconnecting', () => {
  async function refusingServer(pageStatus: number) {
    const http = await import('node:http');
    const server = http.createServer((_req, res) => res.writeHead(pageStatus).end());
    let upgrades = 0;
    server.on('upgrade', (_req, socket) => {
      upgrades++;
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const port = (server.address() as AddressInfo).port;
    return { server, port, upgrades: () => upgrades };
  }

  it('asks its own page: a 403 there means this device or address is refused, and it stops retrying', async () => {
    vi.stubGlobal('WebSocket', NodeWs);
    const { server, port, upgrades } = await refusingServer(403);
    try {
      let revoked = false;
      webSocketTransport(`ws://127.0.0.1:${port}/ws`, `http://127.0.0.1:${port}/hall?token=old`).onRevoked!(() => (revoked = true));
      await vi.waitFor(() => expect(revoked).toBe(true), { timeout: 3000 });
      const tries = upgrades();
      await new Promise((r) => setTimeout(r, 1200));
      expect(upgrades()).toBe(tries);
    } finally {
      server.close();
      vi.unstubAllGlobals();
    }
  });

  it('keeps retrying while its page is served (the socket was refused for another reason)', async () => {
    vi.stubGlobal('WebSocket', NodeWs);
    const { server, port, upgrades } = await refusingServer(200);
    try {
      let revoked = false;
      webSocketTransport(`ws://127.0.0.1:${port}/ws`, `http://127.0.0.1:${port}/`).onRevoked!(() => (revoked = true));
      await vi.waitFor(() => expect(upgrades()).toBeGreaterThanOrEqual(3), { timeout: 3000 });
      expect(revoked).toBe(false);
    } finally {
      server.close();
      vi.unstubAllGlobals();
    }
  });
});

/**
 * The server sends a socket the snapshot first, then who it is. A secretary's console that
 * showed the state before knowing its role took itself for the chair's for a moment: the Hall
 * screen view asked for LAN sharing and showed the refusal ("Only the chair may do this") to a
 * secretary who had done nothing.
 */
describe('WebSocket transport: the role before the state', () => {
  it('holds the snapshot until the hello, so a screen never shows a state without knowing its role', async () => {
    vi.stubGlobal('WebSocket', NodeWs);
    const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await once(wss, 'listening');
    wss.on('connection', (ws) => {
      ws.send(JSON.stringify({ kind: 'state', update: { revision: 3, serverTime: 0, slices: {}, full: true } }));
      setTimeout(() => ws.send(JSON.stringify({ kind: 'hello', role: 'secretary', device: 'Thư ký - laptop 2' })), 30);
    });
    try {
      const seen: string[] = [];
      const transport = webSocketTransport(`ws://127.0.0.1:${(wss.address() as AddressInfo).port}/ws`);
      transport.onHello!((h) => seen.push(`hello ${h.role}`));
      transport.onState((u) => seen.push(`state ${u.revision}`));
      await vi.waitFor(() => expect(seen).toHaveLength(2), { timeout: 3000 });
      expect(seen).toEqual(['hello secretary', 'state 3']);
    } finally {
      for (const c of wss.clients) c.terminate();
      wss.close();
      vi.unstubAllGlobals();
    }
  });
});

/**
 * A Wi-Fi drop closes no socket: the screen pings after a quiet spell and counts the connection
 * lost when the ping goes unanswered. A tab in the background wakes its timers about once a
 * minute: its first tick after a quiet minute asks again rather than give up on a live connection.
 */
describe('WebSocket transport: the heartbeat', () => {
  /** A socket the test drives: it opens when told, records what the page sends, answers when told. */
  class FakeSocket {
    static OPEN = 1;
    static made: FakeSocket[] = [];
    readyState = 0;
    sent: { kind: string; id: number }[] = [];
    onopen: (() => void) | null = null;
    onmessage: ((e: { data: string }) => void) | null = null;
    onclose: ((e: { code: number }) => void) | null = null;
    onerror: (() => void) | null = null;
    constructor() {
      FakeSocket.made.push(this);
    }
    send(text: string) {
      this.sent.push(JSON.parse(text));
    }
    close() {
      this.readyState = 3;
    }
    open() {
      this.readyState = 1;
      this.onopen?.();
    }
    answer(msg: object) {
      this.onmessage?.({ data: JSON.stringify(msg) });
    }
  }

  it('counts a connection lost when its ping goes unanswered, and not when a sleeping tab wakes after a quiet minute', () => {
    vi.useFakeTimers();
    vi.stubGlobal('WebSocket', FakeSocket);
    FakeSocket.made = [];
    try {
      const changes: boolean[] = [];
      // The page's own address answers nothing either (the chair's computer froze): asking it must not hold the retries up.
      let asked = 0;
      vi.stubGlobal('fetch', () => (asked++, new Promise(() => {})));
      webSocketTransport('ws://127.0.0.1:1/ws', 'http://127.0.0.1:1/').onConnection((c) => changes.push(c));
      const first = FakeSocket.made[0];
      first.open();
      expect(changes).toEqual([true]);
      // A background tab: a minute passes with no timer run, then one tick. It asks…
      vi.setSystemTime(Date.now() + 60_000);
      vi.advanceTimersByTime(1_000);
      expect(changes).toEqual([true]);
      const ping = first.sent.find((m) => m.kind === 'ping')!;
      expect(ping).toBeDefined();
      // …the engine answers at once (events are not held back), and all is well a minute later too.
      first.answer({ kind: 'pong', id: ping.id, serverTime: Date.now() });
      vi.setSystemTime(Date.now() + 60_000);
      vi.advanceTimersByTime(1_000);
      expect(changes).toEqual([true]);
      expect(FakeSocket.made).toHaveLength(1);
      // The Wi-Fi drops: the next ping goes unanswered; within seven seconds the screen says so and connects afresh.
      const pings = first.sent.filter((m) => m.kind === 'ping').length;
      first.answer({ kind: 'pong', id: 0, serverTime: Date.now() });
      vi.advanceTimersByTime(7_000);
      expect(first.sent.filter((m) => m.kind === 'ping').length).toBe(pings + 1);
      expect(changes).toEqual([true, false]);
      vi.advanceTimersByTime(1_000);
      expect(FakeSocket.made).toHaveLength(2);
      // The next attempt never opens (no answer at all): within seven seconds it is tried again, without waiting on the page.
      vi.advanceTimersByTime(7_000);
      vi.advanceTimersByTime(1_000);
      expect(FakeSocket.made).toHaveLength(3);
      expect(asked).toBe(0);
    } finally {
      vi.useRealTimers();
      vi.unstubAllGlobals();
    }
  });
});
