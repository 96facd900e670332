/**
 * Engine figures, in process: (a) commands per second and latency on a realistic session
 * beside the raw SQLite limit, (b) publication of a stress-sized state, (d) restart.
 */
import path from 'node:path';
import { Engine } from '../electron/engine/engine';
import type { StateUpdate } from '../electron/engine/state';
import { installCapture } from '../electron/store/changes';
import { closeStore, openStore } from '../electron/store/db';
import { generateSession, liveActions, REALISTIC, STRESS, type RawCommand, type Seeded } from './generate';
import { figure, now, percentile, type Figure } from './stats';

const META = { actor: 'bench', lang: 'en' } as const;

/** What the WebSocket server does with every update: one JSON text for all clients. */
const serialise = (update: StateUpdate): string => JSON.stringify({ kind: 'state', update });

function dispatchOk(engine: Engine, cmd: RawCommand): void {
  const reply = engine.dispatch(cmd, META);
  if (!reply.ok) throw new Error(`${cmd.type} refused: ${reply.error.message}`);
}

/** (a) One run: the live mix on a fresh realistic session, then raw inserts on a fresh file. */
function engineRun(dir: string, run: number, count: number) {
  const db = openStore(path.join(dir, `realistic-${run}.sqlite`));
  const engine = new Engine(db);
  const seeded = generateSession(engine, REALISTIC);
  let bytes = 0;
  engine.subscribe((u) => (bytes += serialise(u).length));
  const actions = liveActions(seeded);
  const make = (i: number) => actions[i % actions.length](i);
  for (let i = 0; i < 200; i++) dispatchOk(engine, make(i)); // warm-up: JIT, page cache
  const latencies: number[] = [];
  const cpu = process.cpuUsage();
  const start = now();
  for (let i = 200; i < 200 + count; i++) {
    const cmd = make(i);
    const t0 = now();
    dispatchOk(engine, cmd);
    latencies.push(now() - t0);
  }
  const perSecond = count / ((now() - start) / 1000);
  const perCpuSecond = count / cpuSeconds(cpu);
  closeStore(db);

  const raw = rawInsertRate(path.join(dir, `raw-${run}.sqlite`), count);
  const recorded = rawInsertRate(path.join(dir, `raw-recorded-${run}.sqlite`), count, true);
  return { perSecond, perCpuSecond, p50: percentile(latencies, 50), p99: percentile(latencies, 99), raw, recorded, bytes };
}

/** CPU time (user + system) this process spent since `from`: unlike wall time, not inflated when other processes hold the cores. */
function cpuSeconds(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1e6;
}

/**
 * The limit: one-row insert transactions, same file kind, same pragmas (openStore), statement
 * prepared once. With `recorded`, the engine's change record is installed (its TEMP triggers
 * write each row's key into the TEMP change table), to show what recording costs per write.
 */
function rawInsertRate(file: string, count: number, recorded = false): { perSecond: number; perCpuSecond: number } {
  const db = openStore(file);
  db.exec('CREATE TABLE bench_row (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, payload TEXT NOT NULL) STRICT');
  if (recorded) installCapture(db);
  const insert = db.prepare('INSERT INTO bench_row (at, payload) VALUES (?, ?)');
  const payload = JSON.stringify({ id: 12, title: 'Tờ trình số 12/TTr-UBND', kind: 'report', presenter: 'Đồng chí Lê Hà', plannedMinutes: 15 });
  const tx = db.transaction((i: number) => insert.run(i, payload));
  for (let i = 0; i < 200; i++) tx(i);
  const cpu = process.cpuUsage();
  const start = now();
  for (let i = 0; i < count; i++) tx(i);
  const rate = { perSecond: count / ((now() - start) / 1000), perCpuSecond: count / cpuSeconds(cpu) };
  closeStore(db);
  return rate;
}

export function benchEngine(dir: string, runs: number, count: number): Figure[] {
  const r = Array.from({ length: runs }, (_, i) => engineRun(dir, i, count));
  const s = 'a. Engine';
  return [
    figure(s, 'Persisted commands per second (live mix, realistic session)', 'cmd/s', r.map((x) => x.perSecond), { value: 5000, better: 'higher' }),
    figure(s, 'One command, p50 latency', 'ms', r.map((x) => x.p50)),
    figure(s, 'One command, p99 latency', 'ms', r.map((x) => x.p99), { value: 1, better: 'lower' }),
    figure(s, 'Limit: raw one-row insert transactions per second', 'tx/s', r.map((x) => x.raw.perSecond)),
    figure(s, 'Same with the change record installed (TEMP triggers)', 'tx/s', r.map((x) => x.recorded.perSecond)),
    figure(s, 'Cost of the change record per write, by CPU time', 'µs', r.map((x) => 1e6 / x.recorded.perCpuSecond - 1e6 / x.raw.perCpuSecond)),
    figure(s, 'Commands per second as a share of the limit', '%', r.map((x) => (100 * x.perSecond) / x.raw.perSecond), { value: 50, better: 'higher' }),
    // The same by CPU time: what the figures above would be on an idle machine, near enough.
    figure(s, 'Commands per CPU-second (steadier on a busy machine)', 'cmd/s', r.map((x) => x.perCpuSecond)),
    figure(s, 'Share of the limit, by CPU time', '%', r.map((x) => (100 * x.perCpuSecond) / x.raw.perCpuSecond)),
  ];
}

/**
 * What the engine did to publish the last command: bringing the touched slices up to date
 * (timed inside `Engine.publish`) plus serialising the update as the WebSocket server does,
 * and the size of that update.
 */
function publicationProbe(engine: Engine) {
  const last = { ms: 0, bytes: 0 };
  engine.subscribe((u) => {
    const t0 = now();
    const text = serialise(u);
    last.ms = engine.lastPublishMs + (now() - t0);
    last.bytes = Buffer.byteLength(text);
  });
  return last;
}

/**
 * (b) Seeds the stress session into `file` (kept for the screens and restart figures), then
 * for each live action type: the publication after it and the whole command's latency.
 */
export function benchStress(file: string, runs: number, perType: number): { figures: Figure[]; worstType: string; seeded: Seeded } {
  const db = openStore(file);
  const engine = new Engine(db);
  // Seeded quietly (state built once at the end), in one transaction: a bench file, not a council's record.
  const seeded = db.transaction(() => engine.quietly(() => generateSession(engine, STRESS)))();
  const last = publicationProbe(engine);
  const actions = liveActions(seeded);
  const perRun: { publishMs: number; worstType: string; largest: number; p99: number; snapMs: number; snapBytes: number }[] = [];
  let i = 0;
  for (let run = 0; run < runs; run++) {
    const byType = new Map<string, { pub: number[]; bytes: number }>();
    const latencies: number[] = [];
    for (let k = 0; k < perType; k++) {
      for (const action of actions) {
        const cmd = action(i++);
        const t0 = now();
        dispatchOk(engine, cmd);
        latencies.push(now() - t0);
        const p = { ...last };
        const entry = byType.get(cmd.type) ?? { pub: [], bytes: 0 };
        entry.pub.push(p.ms);
        entry.bytes = Math.max(entry.bytes, p.bytes);
        byType.set(cmd.type, entry);
      }
    }
    let worst = { type: '', ms: -1, bytes: 0 };
    for (const [type, e] of byType) {
      const ms = percentile(e.pub, 50);
      if (ms > worst.ms) worst = { type, ms, bytes: e.bytes };
    }
    const t0 = now();
    const snapshot = serialise(engine.snapshot());
    const snapMs = now() - t0;
    perRun.push({
      publishMs: worst.ms,
      worstType: worst.type,
      largest: Math.max(...[...byType.values()].map((e) => e.bytes)),
      p99: percentile(latencies, 99),
      snapMs,
      snapBytes: Buffer.byteLength(snapshot),
    });
  }
  closeStore(db);
  const worstType = perRun.map((r) => r.worstType).sort().find((t, _, all) => all.filter((x) => x === t).length * 2 > all.length) ?? perRun[0].worstType;
  const s = 'b. Large state';
  return {
    worstType,
    seeded,
    figures: [
      figure(s, 'Build + publish after one command (slowest command type, p50)', 'ms', perRun.map((r) => r.publishMs), { value: 1, better: 'lower' }, `slowest: ${worstType}`),
      figure(s, 'Largest published update', 'KB', perRun.map((r) => r.largest / 1024), { value: 4, better: 'lower' }),
      figure(s, 'Whole command on the stress session, p99 (all types)', 'ms', perRun.map((r) => r.p99)),
      figure(s, 'Full state sent on connect: serialise', 'ms', perRun.map((r) => r.snapMs)),
      figure(s, 'Full state sent on connect: size', 'KB', perRun.map((r) => r.snapBytes / 1024)),
    ],
  };
}

/** (d) Reopens the stress database and publishes its first state, as a restarted server does. */
export function benchRestart(file: string, runs: number): Figure[] {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const t0 = now();
    const db = openStore(file);
    const engine = new Engine(db);
    serialise(engine.snapshot());
    times.push(now() - t0);
    closeStore(db);
  }
  return [figure('d. Restart', 'Reopen the stress database and publish its first state', 'ms', times, { value: 300, better: 'lower' })];
}
