/**
 * `npm run bench`: every figure of docs/benchmarks.md in one run, printed as one table and
 * written to bench-results/ as JSON. Bounded: a watchdog stops it (and everything it
 * started) if it ever runs past its budget.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchEngine, benchRestart, benchStress } from './engine';
import { REALISTIC, STRESS, type Seeded } from './generate';
import { benchScreens, stopAll } from './screens';
import { benchReview } from './review';
import { figure, type Figure } from './stats';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Stop after this long; a machine shared with other builds may need more (GAVEL_BENCH_BUDGET_S). */
const BUDGET_MS = Number(process.env.GAVEL_BENCH_BUDGET_S ?? 160) * 1000;
/** GAVEL_BENCH_ONLY=engine runs sections a, b and d only (no build or browser needed). */
const ENGINE_ONLY = process.env.GAVEL_BENCH_ONLY === 'engine';

const loadNow = () => os.loadavg().map((l) => Number(l.toFixed(2)));
const machine = {
  cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
  cores: os.cpus().length,
  memoryGB: Math.round(os.totalmem() / 2 ** 30),
  os: `${os.type()} ${os.release()}`,
  node: process.version,
  loadAverage: loadNow(),
};

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gavel-bench-'));
const cleanup = () => {
  stopAll();
  fs.rmSync(work, { recursive: true, force: true });
};
process.on('exit', cleanup);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));
const watchdog = setTimeout(() => {
  console.error(`bench: still running after ${BUDGET_MS / 1000} s; stopping.`);
  process.exit(1);
}, BUDGET_MS);
watchdog.unref();

const figures: Figure[] = [];
const failures: string[] = [];

/** Runs one section; a failure is reported and the other sections still run. */
async function section(name: string, fn: () => Figure[] | Promise<Figure[]>): Promise<void> {
  const t0 = performance.now();
  process.stderr.write(`bench: ${name}…`);
  try {
    figures.push(...(await fn()));
    process.stderr.write(` ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  } catch (e) {
    process.stderr.write(' failed\n');
    failures.push(`${name}: ${(e as Error).stack ?? e}`);
    figures.push(figure(name, `did not run: ${(e as Error).message.split('\n')[0]}`, '', []));
  }
}

const fmt = (v: number): string => {
  if (!Number.isFinite(v)) return '–';
  const a = Math.abs(v);
  if (a >= 1000) return Math.round(v).toLocaleString('en-US');
  return v.toFixed(a >= 100 ? 0 : a >= 10 ? 1 : a >= 0.1 ? 2 : 3);
};

function table(rows: Figure[]): string {
  const head = ['Figure', 'Median', 'Spread (min–max)', 'Unit', 'Target', 'Met'];
  const body = rows.map((f) => [
    `${f.section.slice(0, 2)} ${f.name}`,
    fmt(f.median),
    f.runs.length ? `${fmt(f.min)}–${fmt(f.max)} (${f.runs.length} runs)` : '',
    f.unit,
    f.target ? `${f.target.better === 'higher' ? '≥' : '≤'} ${fmt(f.target.value)}` : '',
    f.met === undefined ? '' : f.met ? 'yes' : 'NO',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : i === 5 ? c : c.padStart(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** The same table for docs/benchmarks.md. */
function markdown(rows: Figure[]): string {
  const head = '| Figure | Median | Spread (min–max) | Unit | Target | Met |\n|---|--:|--:|---|--:|---|';
  const body = rows.map(
    (f) =>
      `| ${f.section.slice(0, 2)} ${f.name}${f.note ? ` (${f.note})` : ''} | ${fmt(f.median)} | ${f.runs.length ? `${fmt(f.min)}–${fmt(f.max)}` : ''} | ${f.unit} | ${
        f.target ? `${f.target.better === 'higher' ? '≥' : '≤'} ${fmt(f.target.value)}` : ''
      } | ${f.met === undefined ? '' : f.met ? 'yes' : '**no**'} |`,
  );
  return [head, ...body].join('\n');
}

async function main(): Promise<void> {
  const started = performance.now();
  const stressFile = path.join(work, 'stress', 'gavel.sqlite');
  let seeded: Seeded | null = null;

  await section('a. Engine', () => benchEngine(work, 3, 3000));
  await section('b. Large state', () => {
    const r = benchStress(stressFile, 3, 5);
    seeded = r.seeded;
    return r.figures;
  });
  await section('e. Review', () => benchReview(stressFile, 3));
  await section('d. Restart', () => benchRestart(stressFile, 7));
  if (!ENGINE_ONLY) await section('c. Screens', () => {
    if (!seeded) throw new Error('the stress session was not generated');
    return benchScreens({ dataDir: path.dirname(stressFile), coldRuns: 5, runs: 4, rounds: 17, seeded });
  });

  const order = (f: Figure) => f.section;
  figures.sort((x, y) => order(x).localeCompare(order(y)));
  const covered = (size: typeof REALISTIC) =>
    Object.entries(size)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ');
  const seconds = (performance.now() - started) / 1000;
  const withTarget = figures.filter((f) => f.met !== undefined);
  const header = [
    `Gavel benchmark · ${new Date().toISOString()} · ${machine.cpu} × ${machine.cores} cores · ${machine.memoryGB} GB · Node ${machine.node} · load average ${machine.loadAverage.join(' ')} at start, ${loadNow().join(' ')} at end`,
    `Realistic session: ${covered(REALISTIC)}`,
    `Stress session:    ${covered(STRESS)}`,
  ].join('\n');
  const notes = figures.filter((f) => f.note).map((f) => `  ${f.section.slice(0, 2)} ${f.name}: ${f.note}`);
  console.log(`\n${header}\n\n${table(figures)}\n${notes.length ? `\nNotes:\n${notes.join('\n')}\n` : ''}\n${withTarget.filter((f) => f.met).length} of ${withTarget.length} targets met · ${seconds.toFixed(0)} s`);

  const dir = path.join(ROOT, 'bench-results');
  fs.mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const json = JSON.stringify({ at: new Date().toISOString(), machine, loadAverageAtEnd: loadNow(), sizes: { realistic: REALISTIC, stress: STRESS }, seconds, figures, failures }, null, 2);
  fs.writeFileSync(path.join(dir, `bench-${stamp}.json`), json);
  fs.writeFileSync(path.join(dir, 'latest.json'), json);
  fs.writeFileSync(path.join(dir, 'latest.md'), `${header.replace(/\n/g, '  \n')}\n\n${markdown(figures)}\n`);
  console.log(`Written to bench-results/bench-${stamp}.json (and latest.json, latest.md for docs/benchmarks.md)`);
  if (failures.length) {
    console.error(`\n${failures.join('\n\n')}`);
    process.exitCode = 1;
  }
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => {
    clearTimeout(watchdog);
    cleanup();
  });
