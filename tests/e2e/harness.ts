import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import WebSocket from 'ws';

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

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
}

/** A page whose browser speaks `lang` (the console's first choice of language), failing the test on any page error. */
export async function openPage(browser: Browser, url: string, lang: 'vi' | 'en' = 'en'): Promise<Page> {
  const context = await browser.newContext({ locale: lang, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => {
    throw e;
  });
  page.on('dialog', (d) => void d.accept());
  await page.goto(url);
  await page.getByText(lang === 'en' ? 'Connected' : 'Đã kết nối').waitFor();
  return page;
}

/** Commands sent over the console's real WebSocket, as the chair's console sends them (seeding, a second operator). */
export async function commandSocket(url: string): Promise<{ send(command: object): Promise<{ ok: boolean; value?: unknown }>; close(): void }> {
  const ws = new WebSocket(url.replace('http', 'ws') + 'ws', { origin: url.replace(/\/$/, '') });
  const replies = new Map<number, (r: { ok: boolean; value?: unknown }) => void>();
  ws.on('message', (d) => {
    const msg = JSON.parse(String(d));
    if (msg.kind === 'reply') replies.get(msg.id)?.(msg.reply);
  });
  await new Promise((r) => ws.once('open', r));
  let id = 0;
  return {
    send: (command) =>
      new Promise((resolve) => {
        replies.set(++id, resolve);
        ws.send(JSON.stringify({ kind: 'command', id, command, lang: 'en' }));
      }),
    close: () => ws.close(),
  };
}

/** Sends commands in order over one console socket and resolves with their replies; for seeding. */
export async function sendCommands(url: string, commands: object[]): Promise<{ ok: boolean }[]> {
  const ws = await commandSocket(url);
  const results: { ok: boolean }[] = [];
  for (const command of commands) results.push(await ws.send(command));
  ws.close();
  return results;
}

/** Sends commands over the real WebSocket, each of which must succeed; used to set up a council before the UI is driven. */
export async function sendAll(server: Served, commands: object[]): Promise<void> {
  const replies = await sendCommands(server.url, commands);
  replies.forEach((reply, i) => expect(reply, JSON.stringify(commands[i])).toMatchObject({ ok: true }));
}
