/**
 * The kill -9 harness: browser mode is killed with SIGKILL in the middle of command bursts,
 * again and again, and after every restart each command it had acknowledged must be there.
 * Used by the e2e test (20 kills) and by `npm run soak` (200 kills).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';

export const SERVE_JS = fileURLToPath(new URL('../out/main/serve.js', import.meta.url));

export interface KillLoopResult {
  kills: number;
  acknowledged: number;
  lost: string[];
  restartMs: number[];
  dataDir: string;
}

interface Running {
  child: ChildProcess;
  port: number;
}

function start(dataDir: string): Promise<Running> {
  const child = spawn(process.execPath, [SERVE_JS, '--port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 20_000);
    const onData = (d: Buffer) => {
      out += d;
      const m = /running at http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, port: Number(m[1]) });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d) => (out += d));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
}

type Message = { kind: string; id?: number; reply?: { ok: boolean }; update?: { slices: { delegates?: { fullName: string }[] } } };

function connect(port: number): Promise<{ ws: WebSocket; names: string[]; onReply: Map<number, (ok: boolean) => void> }> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`, { origin: `http://127.0.0.1:${port}` });
  const onReply = new Map<number, (ok: boolean) => void>();
  return new Promise((resolve, reject) => {
    // The kill resets the connection; that is the point, not a failure.
    ws.on('error', reject);
    ws.on('message', (data) => {
      const msg = JSON.parse(data.toString()) as Message;
      if (msg.kind === 'state' && msg.update?.slices.delegates && !('done' in ws)) {
        Object.assign(ws, { done: true });
        resolve({ ws, names: msg.update.slices.delegates.map((d) => d.fullName), onReply });
      }
      if (msg.kind === 'reply' && msg.id !== undefined) onReply.get(msg.id)?.(msg.reply?.ok === true);
    });
  });
}

/** A seeded generator, so a failing run can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export async function killLoop(opts: { kills: number; seed?: number; dataDir?: string; log?: (line: string) => void }): Promise<KillLoopResult> {
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'gavel-kill-'));
  const rnd = random(opts.seed ?? 18);
  const acknowledged: string[] = [];
  const restartMs: number[] = [];
  let lost: string[] = [];
  let id = 1;

  let run = await start(dataDir);
  let client = await connect(run.port);
  // A council to add people to (acknowledged before the first kill).
  await new Promise<void>((resolve) => {
    client.onReply.set(0, () => resolve());
    client.ws.send(JSON.stringify({ kind: 'command', id: 0, command: { type: 'council.save', name: 'HĐND xã Thử', level: 'commune', term: 3, totalSeats: 1000 }, lang: 'en' }));
  });

  for (let k = 0; k < opts.kills; k++) {
    // A burst of commands; the kill lands somewhere in it, after a random number of replies.
    const burst = 5 + Math.floor(rnd() * 20);
    const killAfter = Math.floor(rnd() * burst);
    let replies = 0;
    // This burst's server: the timer below must never reach the next one.
    const child = run.child;
    const killed = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    for (let i = 0; i < burst; i++) {
      const name = `Đại biểu ${k}-${i}`;
      const n = id++;
      client.onReply.set(n, (ok) => {
        if (ok) acknowledged.push(name);
        if (++replies === killAfter) child.kill('SIGKILL');
      });
      client.ws.send(JSON.stringify({ kind: 'command', id: n, command: { type: 'delegate.add', fullName: name }, lang: 'en' }));
    }
    if (killAfter === 0) child.kill('SIGKILL');
    // If every reply came before the kill count was reached, kill now.
    const late = setTimeout(() => child.exitCode === null && child.signalCode === null && child.kill('SIGKILL'), 2000);
    await killed;
    clearTimeout(late);
    client.ws.terminate();

    const t0 = performance.now();
    run = await start(dataDir);
    client = await connect(run.port);
    restartMs.push(performance.now() - t0);
    const present = new Set(client.names);
    lost = acknowledged.filter((n) => !present.has(n));
    opts.log?.(`kill ${k + 1}/${opts.kills}: ${acknowledged.length} acknowledged, ${lost.length} lost, restart ${restartMs.at(-1)!.toFixed(0)} ms`);
    if (lost.length) break;
  }
  client.ws.close();
  run.child.kill('SIGTERM');
  await new Promise((r) => run.child.once('exit', r));
  return { kills: restartMs.length, acknowledged: acknowledged.length, lost, restartMs, dataDir };
}
