import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, onTestFinished } from 'vitest';
import WebSocket from 'ws';
import type { Command, CommandPayload, CommandResult, CommandType } from '../../electron/engine/commands';
import type { Reply } from '../../electron/engine/protocol';
import { VIEWS } from '../../src/lib/views';

const ROOT = path.resolve(__dirname, '../..');
export const SERVE_JS = path.join(ROOT, 'out/main/serve.js');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-features=Translate',
];

/** A loopback port free right now, so a restarted server comes back at the same address. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'gavel-e2e-'));
}

export interface Served {
  url: string;
  process: ChildProcess;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts `node out/main/serve.js` on a free loopback port and waits for its URL line. */
export function serve(dataDir: string, extraArgs: string[] = []): Promise<Served> {
  if (!fs.existsSync(SERVE_JS)) throw new Error('out/main/serve.js is missing: run `npm run build` first (npm test does).');
  const child = spawn(process.execPath, [SERVE_JS, '--port', '0', '--data-dir', dataDir, ...extraArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 15_000);
    const onData = () => {
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (!match) return;
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      resolve({
        url: match[1],
        process: child,
        output: () => out,
        stop: async (signal = 'SIGTERM') => {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          return exited;
        },
      });
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
}

export async function launch(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
  const lag = Number(process.env.E2E_REPLY_LAG);
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    if (lag > 0) await lagReplies(context, lag);
    // After the lag's routing, whose stand-in WebSocket it then wraps (recordSockets takes either order).
    await context.addInitScript(recordSockets);
    return context;
  };
  return browser;
}

declare global {
  interface Window {
    /** tests/e2e only (recordSockets): resolves once the server has answered everything the page sent before it. */
    __e2eHandled?: () => Promise<void>;
  }
}

/**
 * Waits until the server has handled everything each page sent it so far (a key's command, a
 * click's), and the page has taken in what came back: the state, the reply, a refusal's sentence.
 * A check that "nothing changed" after a key or a click reads the page after this, not at once:
 * read at once it would pass whatever the app did, as a change comes only with the server's answer.
 *
 * How: a ping on the page's own socket, after whatever it sent (recordSockets). The server handles
 * a socket's messages in order and sends a command's state and reply before it answers the next
 * message, so the pong comes after them, also when E2E_REPLY_LAG holds replies back (it keeps the
 * order). A command the page sends once an earlier one is answered is waited for too (it pings
 * again while the page sent more). Pages in order: `handled(secretary, hall)` waits for what the
 * secretary sent, then for the hall to have received what that did (its pong comes after the state
 * the server sent it). Sharing requests and document previews are answered later (not in order): not covered.
 */
export async function handled(...pages: Page[]): Promise<void> {
  for (const page of pages) await page.evaluate(() => window.__e2eHandled!());
}

/**
 * An init script (addInitScript) of every page `launch`'s browser opens: keeps the WebSockets the
 * page's own code opens, and counts the commands sent on them, for `handled`. It wraps whatever
 * `window.WebSocket` is, and what replaces it later: Playwright's stand-in when a test routes the
 * socket (routeWebSocket, E2E_REPLY_LAG) is installed by an init script of its own, which may run
 * before or after this one; the socket the stand-in opens to the server is not the page's.
 */
function recordSockets(): void {
  // The page's WebSocket, typed here by hand: this file's `WebSocket` is the `ws` package's.
  interface PageSocket {
    readonly readyState: number;
    readonly url: string;
    send(data: unknown): void;
    addEventListener(type: 'message' | 'close', listener: (event: { data?: unknown }) => void): void;
    removeEventListener(type: 'message' | 'close', listener: (event: { data?: unknown }) => void): void;
  }
  type SocketClass = new (...args: unknown[]) => PageSocket;
  const page = window as unknown as { WebSocket: SocketClass };
  const sockets: PageSocket[] = [];
  let commands = 0;
  let pings = 0;
  const wrap = (Socket: SocketClass): SocketClass => {
    const wrapper: SocketClass = new Proxy(Socket, {
      construct(target, args, newTarget) {
        const socket = Reflect.construct(target, args, newTarget) as PageSocket;
        // Only what the page's code opens (through the WebSocket of now), not a stand-in's own socket.
        if (wrapper !== current) return socket;
        sockets.push(socket);
        const send = socket.send;
        socket.send = function (this: PageSocket, data: unknown) {
          if (typeof data === 'string' && data.includes('"kind":"command"')) commands++;
          return send.call(this, data);
        };
        return socket;
      },
    });
    return wrapper;
  };
  let current = wrap(page.WebSocket);
  Object.defineProperty(window, 'WebSocket', {
    configurable: true,
    get: () => current,
    set: (Socket: SocketClass) => void (current = wrap(Socket)),
  });
  /** One ping on the page's socket (its console's, `/ws?console=…`), answered by its pong. */
  const pingPong = () =>
    new Promise<void>((resolve, reject) => {
      const socket = sockets.filter((s) => s.readyState === 1 && new URL(s.url).searchParams.has('console')).at(-1);
      if (!socket) return reject(new Error('handled(): the page has no open socket to the server'));
      // Negative: never an id the page's transport waits on, so it lets the pong go.
      const id = -++pings;
      const finish = (error?: Error) => {
        socket.removeEventListener('message', onMessage);
        socket.removeEventListener('close', onClose);
        if (error) reject(error);
        else resolve();
      };
      const onMessage = (event: { data?: unknown }) => {
        try {
          const msg = JSON.parse(String(event.data)) as { kind?: unknown; id?: unknown };
          if (msg.kind === 'pong' && msg.id === id) finish();
        } catch {
          // Not JSON: not the pong.
        }
      };
      const onClose = () => finish(new Error('handled(): the socket closed before the server answered'));
      socket.addEventListener('message', onMessage);
      socket.addEventListener('close', onClose);
      socket.send(JSON.stringify({ kind: 'ping', id }));
    });
  window.__e2eHandled = async () => {
    for (let sent = -1; sent !== commands; ) {
      sent = commands;
      await pingPong();
    }
  };
}

/**
 * `E2E_REPLY_LAG=200 npx vitest run tests/e2e/…`: each page's socket holds a command's reply (and
 * whatever the server sends after it) for that many milliseconds, while the state that went before
 * it arrives at once. The engine sends a command's state, then its reply, on the same socket; a
 * loaded machine can put any time between the two. A test that waits for the state and then reads
 * once what only the reply brings (a focus, a toast, a line cleared, a form closed) fails here
 * every time instead of once in a few CI runs. A socket routed so is out of reach of
 * `context.setOffline` (the tests of a dropped network fail under it, as expected).
 */
async function lagReplies(context: BrowserContext, ms: number): Promise<void> {
  await context.routeWebSocket(
    (url) => url.pathname === '/ws',
    (page) => {
      const server = page.connectToServer();
      let released = Promise.resolve();
      server.onMessage((message) => {
        const at = Date.now() + (messageKind(message) === 'reply' ? ms : 0);
        released = released.then(() => new Promise<void>((done) => setTimeout(done, Math.max(0, at - Date.now())))).then(() => page.send(message));
      });
      page.onMessage((message) => server.send(message));
    },
  );
}

/** A protocol message's `kind` ('reply', 'patch', 'ping', 'pong'…), or undefined for anything else. */
function messageKind(payload: string | Buffer): unknown {
  try {
    return (JSON.parse(String(payload)) as { kind?: unknown }).kind;
  } catch {
    return undefined;
  }
}

/** The test file's Chromium (`chromium.browser`): launched before its tests, closed after them. */
export function onBrowser(): { browser: Browser } {
  const shared = {} as { browser: Browser };
  beforeAll(async () => {
    shared.browser = await launch();
  });
  afterAll(async () => {
    await shared.browser?.close();
  });
  return shared;
}

/** A page whose browser speaks `lang` (the console's first choice of language), failing the test on any page error. */
export async function openPage(browser: Browser, url: string, lang: 'vi' | 'en' = 'en'): Promise<Page> {
  const context = await browser.newContext({ locale: lang, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  failOnPageErrors(page);
  await page.goto(url);
  await page.getByText(lang === 'en' ? 'Connected' : 'Đã kết nối').waitFor();
  return page;
}



/**
 * Collects the page's uncaught errors and fails the running test at its end if there were any
 * (a listener that throws would only crash the event emitter, outside the test). Call it inside
 * a test, before the page loads. A browser dialog is one too: the console asks in the page
 * (src/lib/ask.ts; `answerAsk`), never with the browser's, which froze the page; it is dismissed.
 */
export function failOnPageErrors(page: Page): void {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.stack ?? e.message}`));
  page.on('dialog', (d) => {
    errors.push(`${page.url()}: a browser ${d.type()} asked “${d.message()}”`);
    // Another listener (the page's second failOnPageErrors) may have answered it already.
    d.dismiss().catch(() => {});
  });
  onTestFinished(() => {
    expect(errors, 'uncaught errors in the page').toEqual([]);
  });
}

/**
 * Answers the question the console asks in the page (src/lib/ask.ts) once it shows: its (first)
 * step's button, or Cancel (`yes` false); resolves with what it asked, once the question has gone.
 */
export async function answerAsk(page: Page, yes: boolean): Promise<string> {
  const question = page.locator('[data-ask] [role=alertdialog]');
  await question.waitFor();
  const text = await question.locator('p').innerText();
  // Cancel is the last button: a question may offer more than one step (Live's finish or pause).
  await question.getByRole('button').nth(yes ? 0 : -1).click();
  await question.waitFor({ state: 'detached' });
  return text;
}

/**
 * The console's own alerts. The drag library of the agenda and the speaker queue keeps an
 * empty live region of its own (role=alert) on the page once a reorderable list has been shown.
 */
export const alerts = (page: Page) => page.getByRole('alert').and(page.locator(':not(#dnd-action-aria-alert)'));

/** A console view by its id (the nav's list), for `showView`. */
export const view = (id: string) => VIEWS.find((v) => v.id === id)!;

/** Opens a console view by its keys and waits until it is the current one and has been painted. */
export async function showView(page: Page, view: { id: string; keys: string }): Promise<void> {
  await page.keyboard.press(view.keys);
  await page.waitForFunction((id) => location.hash === `#${id}` && document.querySelector('nav [aria-current=page]') !== null, view.id, {
    // Checked on a timer, not on animation frames, which a loaded headless Chromium can stop giving (see twoFrames).
    polling: 50,
  });
  // Two frames: the view's first layout is done before anyone measures or photographs it.
  await twoFrames(page);
}

/**
 * Two animation frames of the page, or half a second if it draws none. Headless Chromium on a
 * loaded machine can stop giving a page frames for minutes (seen in CI: a requestAnimationFrame
 * never called after a resize and a view change), and a bare wait for them hung the test to its
 * timeout. What the wait is for (a layout, a refit measured in one frame and drawn in the next)
 * is then done by the time the timer fires or, if not, is read by the assertions that follow.
 */
export async function twoFrames(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const timer = setTimeout(done, 500);
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            clearTimeout(timer);
            done();
          }),
        );
      }),
  );
}

/**
 * Waits until an import or a template has put the keyboard on its first added row of the agenda.
 * The rows show before the command's reply, the landing comes after it: a test that moves the focus
 * before the landing has its focus taken back (a flake seen on CI's loaded machine).
 */
export async function landedOnAddedRow(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('tr')?.hasAttribute('data-item') ?? false)).toBe(true);
}

/**
 * A page's installed clock (`page.clock.install()`), moved on a second at a time, each second only
 * once the server has answered every heartbeat the page sent. Run at full speed, a fake clock reaches
 * the transport's "no answer to the ping: connection lost" deadline (DEAD_MS) in a few real
 * milliseconds, before a loaded machine's server has answered; the page then drops what it shows
 * (the caption went back to its first group, a flake seen on CI). Call before the page opens its socket.
 */
export function heartbeatClock(page: Page): { runFor(ms: number): Promise<void> } {
  let unanswered = 0;
  page.on('websocket', (socket) => {
    socket.on('framesent', ({ payload }) => void (messageKind(payload) === 'ping' && unanswered++));
    socket.on('framereceived', ({ payload }) => void (messageKind(payload) === 'pong' && unanswered--));
    socket.on('close', () => void (unanswered = 0));
  });
  return {
    async runFor(ms) {
      for (let left = ms; left > 0; left -= 1000) {
        await expect.poll(() => unanswered, { message: 'a heartbeat left unanswered', timeout: 15_000 }).toBe(0);
        await page.clock.runFor(Math.min(1000, left));
      }
    },
  };
}

/**
 * Commands sent over the console's real WebSocket, as the chair's console sends them (a second
 * operator, a refusal to see); `now()` reads the engine's clock (the protocol's ping).
 */
export async function commandSocket(url: string): Promise<{ send(command: object): Promise<Reply>; now(): Promise<number>; close(): void }> {
  const ws = new WebSocket(url.replace('http', 'ws') + 'ws', { origin: url.replace(/\/$/, '') });
  const replies = new Map<number, (r: Reply) => void>();
  const pongs = new Map<number, (serverTime: number) => void>();
  ws.on('message', (d) => {
    const msg = JSON.parse(String(d));
    if (msg.kind === 'reply') replies.get(msg.id)?.(msg.reply);
    if (msg.kind === 'pong') pongs.get(msg.id)?.(msg.serverTime);
  });
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  let id = 0;
  return {
    send: (command) =>
      new Promise((resolve) => {
        replies.set(++id, resolve);
        ws.send(JSON.stringify({ kind: 'command', id, command, lang: 'en' }));
      }),
    now: () =>
      new Promise((resolve) => {
        pongs.set(++id, resolve);
        ws.send(JSON.stringify({ kind: 'ping', id }));
      }),
    close: () => ws.close(),
  };
}

/**
 * Seeding over the console's own WebSocket, as a second console would: `run` sends one command,
 * which must succeed, and gives back its value typed by the command (the new row's id…).
 */
export async function seeder(url: string) {
  const socket = await commandSocket(url);
  const run = async <K extends CommandType>(type: K, payload: CommandPayload<K>): Promise<CommandResult<K>> => {
    const reply = await socket.send({ ...payload, type });
    if (!reply.ok) throw new Error(`${type} refused while seeding: ${reply.error.message}`);
    return reply.value as CommandResult<K>;
  };
  return { run, close: socket.close };
}

/** The values of a list of commands, each typed by its command. */
type ResultsOf<C extends readonly Command[]> = { -readonly [I in keyof C]: C[I] extends { type: infer K extends CommandType } ? CommandResult<K> : never };

/** Seeds a list of commands in order over one console socket (see `seeder`); resolves with their values. */
export async function seed<const C extends readonly Command[]>(url: string, commands: C): Promise<ResultsOf<C>> {
  const { run, close } = await seeder(url);
  try {
    const values: unknown[] = [];
    for (const { type, ...payload } of commands) values.push(await run(type, payload as CommandPayload<typeof type>));
    return values as ResultsOf<C>;
  } finally {
    close();
  }
}

/** The chair's console asks for a sharing change (as its Hall screen view's buttons do), and gets the status. */
export async function sharing(url: string, request: object): Promise<{ urls: string[]; pairing: { code: string } | null }> {
  const ws = new WebSocket(url.replace('http', 'ws') + 'ws', { origin: url.replace(/\/$/, '') });
  await new Promise((resolve) => ws.once('open', resolve));
  const answer = new Promise<{ urls: string[]; pairing: { code: string } | null }>((resolve) =>
    ws.on('message', (d) => {
      const msg = JSON.parse(String(d));
      if (msg.kind === 'sharing') resolve(msg.sharing);
    }),
  );
  ws.send(JSON.stringify({ kind: 'sharing', id: 1, ...request }));
  const status = await answer;
  ws.close();
  return status;
}

/** The chair's console asks for a pairing code (as its “Add an operator” button does). */
export const pairingCode = async (url: string): Promise<string> => (await sharing(url, { pair: 'start' })).pairing!.code;

/** The secretary's laptop, paired by the code the chair's console shows, in its browser's language; connected. */
export async function pairSecretary(browser: Browser, url: string, lanPort: number, lang: 'vi' | 'en'): Promise<{ context: BrowserContext; secretary: Page }> {
  const words = lang === 'vi' ? { code: 'Mã ghép nối (6 chữ số)', name: 'Tên máy này', device: 'Thư ký - laptop 2', connected: 'Đã kết nối' } : { code: 'Pairing code (6 digits)', name: 'Name of this device', device: 'Secretary - laptop 2', connected: 'Connected' };
  const code = await pairingCode(url);
  const context = await browser.newContext({ locale: lang, viewport: { width: 1366, height: 768 } });
  const secretary = await context.newPage();
  failOnPageErrors(secretary);
  await secretary.goto(`http://127.0.0.1:${lanPort}/pair`);
  await secretary.getByLabel(words.code).fill(code);
  await secretary.getByLabel(words.name).fill(words.device);
  await secretary.getByLabel(words.name).press('Enter');
  await secretary.getByText(words.connected).waitFor();
  return { context, secretary };
}

/**
 * The texts under `selector` in which one of `words` ("tín nhiệm", "dự kiến": a word's syllables)
 * starts on one line and ends on the next, as Chromium laid them out (a Range over each text node).
 */
export function partedWords(page: Page, selector: string, words: readonly string[]): Promise<string[]> {
  return page.locator(selector).evaluateAll((els, words) => {
    const word = new RegExp(words.map((w) => w.replace(' ', '[\\s\\u00a0]')).join('|'), 'giu');
    const found: string[] = [];
    for (const el of els) {
      const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let text = walk.nextNode(); text; text = walk.nextNode()) {
        for (const m of (text.textContent ?? '').matchAll(word)) {
          const range = document.createRange();
          range.setStart(text, m.index!);
          range.setEnd(text, m.index! + m[0].length);
          if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) found.push(`${m[0]} in “${el.textContent}”`);
        }
      }
    }
    return found;
  }, words);
}
