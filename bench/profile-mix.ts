/**
 * Not part of `npm run bench`: the live mix per command type, to find where the time goes.
 * `npx tsx bench/profile-mix.ts [--stress]` prints, per type, the whole command's p50, the
 * publication's p50 (Engine.lastPublishMs) and the largest update; then commands per second
 * and per CPU-second. With `--no-publish`, nothing is published (the command path alone). For a
 * CPU profile: `node --import tsx --cpu-prof bench/profile-mix.ts`.
 * N (environment) sets the number of timed commands (default 3,000). QUESTIONS (environment) seeds
 * the realistic session with that many questions, each asked and answered (a long questioning
 * day: the questions slice's cost must not grow with it). With `--cid`, every command carries its
 * own id as a WebSocket console sends it (src/lib/transport.ts), so its reply is kept for a resend
 * (store/replies.ts). With `--statements`, every SQL statement run by the timed commands is counted
 * and timed, and listed by time per command (the timers slow the run: read the counts, and the times
 * only against each other).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Engine } from '../electron/engine/engine';
import { closeStore, openStore } from '../electron/store/db';
import { generateSession, liveActions, REALISTIC, STRESS, type Seeded } from './generate';
import { percentile } from './stats';

const stress = process.argv.includes('--stress');
const noPublish = process.argv.includes('--no-publish');
const withCid = process.argv.includes('--cid');
const countStatements = process.argv.includes('--statements');
const n = Number(process.env.N ?? 3000);
const questions = process.env.QUESTIONS === undefined ? undefined : Number(process.env.QUESTIONS);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gavel-profile-'));
const db = openStore(path.join(dir, 'mix.sqlite'));
let engine: Engine;
let seeded: Seeded;
if (stress) {
  engine = new Engine(db);
  const seeding = engine;
  seeded = db.transaction(() => seeding.quietly(() => generateSession(seeding, STRESS)))();
} else if (questions !== undefined) {
  // Seeded as the stress session is (one transaction, published once): thousands of questions
  // asked one by one with every publication would take minutes.
  engine = new Engine(db);
  const seeding = engine;
  seeded = db.transaction(() => seeding.quietly(() => generateSession(seeding, { ...REALISTIC, questions })))();
} else {
  engine = new Engine(db);
  seeded = generateSession(engine, REALISTIC);
}
/** --statements: per SQL text, how often the timed commands ran it and for how long (ms). */
const statements = new Map<string, { n: number; ms: number }>();
let counting = false;
if (countStatements) {
  // Every statement of the connection shares one prototype: its methods are wrapped, the engine untouched.
  const proto = Object.getPrototypeOf(db.prepare('SELECT 1')) as Record<string, (...args: unknown[]) => unknown>;
  for (const method of ['get', 'run', 'all', 'iterate']) {
    const original = proto[method];
    proto[method] = function (this: { source: string }, ...args: unknown[]) {
      if (!counting) return original.apply(this, args);
      const t0 = performance.now();
      try {
        return original.apply(this, args);
      } finally {
        const e = statements.get(this.source) ?? { n: 0, ms: 0 };
        e.n++;
        e.ms += performance.now() - t0;
        statements.set(this.source, e);
      }
    };
  }
}
const meta = { actor: 'profile', lang: 'en' } as const;
/** A console's command id: 16 random bytes in hex, as transport.ts makes it. */
const cidOf = () => crypto.randomUUID().replaceAll('-', '');
const metaOf = () => (withCid ? { ...meta, cid: cidOf() } : meta);
let type = '';
const byType = new Map<string, { ms: number[]; publishMs: number[]; bytes: number }>();
engine.subscribe((u) => {
  const bytes = Buffer.byteLength(JSON.stringify({ kind: 'state', update: u }));
  const entry = byType.get(type);
  if (entry) entry.bytes = Math.max(entry.bytes, bytes);
});
const actions = liveActions(seeded);
for (let i = 0; i < 200; i++) engine.dispatch(actions[i % actions.length](i), metaOf());
let wall = 0;
let used: NodeJS.CpuUsage = { user: 0, system: 0 };
const timed = () => {
  counting = countStatements;
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (let i = 200; i < 200 + n; i++) {
    const cmd = actions[i % actions.length](i);
    type = cmd.type;
    if (!byType.has(type)) byType.set(type, { ms: [], publishMs: [], bytes: 0 });
    const m = metaOf();
    const t0 = performance.now();
    const reply = engine.dispatch(cmd, m);
    const ms = performance.now() - t0;
    if (!reply.ok) throw new Error(`${cmd.type} refused: ${reply.error.message}`);
    byType.get(type)!.ms.push(ms);
    byType.get(type)!.publishMs.push(engine.lastPublishMs);
  }
  wall = (performance.now() - start) / 1000;
  used = process.cpuUsage(cpu);
  counting = false;
  type = ''; // the whole state published after a quiet run is no command's update
};
// --no-publish: the same commands with nothing published (Engine.quietly, whose one rebuild at
// the end is not timed): what the command path alone costs, validation to commit.
if (noPublish) engine.quietly(timed);
else timed();
for (const [t, e] of byType) {
  const publish = noPublish ? 'none' : `${percentile(e.publishMs, 50).toFixed(3)} ms`;
  console.log(`${t.padEnd(22)} p50 ${percentile(e.ms, 50).toFixed(3)} ms  publish ${publish}  largest ${e.bytes} B`);
}
const all = [...byType.values()].flatMap((e) => e.ms);
console.log(`p50 ${percentile(all, 50).toFixed(3)} ms, p99 ${percentile(all, 99).toFixed(3)} ms over all types`);
console.log(`${(n / wall).toFixed(0)} cmd/s, ${(n / ((used.user + used.system) / 1e6)).toFixed(0)} cmd/CPU-s`);
if (countStatements) {
  let count = 0;
  for (const [sql, e] of [...statements].sort((a, b) => b[1].ms - a[1].ms)) {
    count += e.n;
    console.log(`${(e.n / n).toFixed(2).padStart(6)} per command ${((e.ms * 1000) / n).toFixed(1).padStart(6)} µs  ${sql.replace(/\s+/g, ' ').slice(0, 140)}`);
  }
  console.log(`${(count / n).toFixed(1)} statements per command`);
}
closeStore(db);
fs.rmSync(dir, { recursive: true, force: true });
