/**
 * `npm run soak`: 200 kill -9s of browser mode during command bursts; prints acknowledged
 * commands, any lost (must be none) and restart times. Exit code 1 if anything was lost.
 */
import fs from 'node:fs';
import { killLoop } from './killLoop';
import { percentile } from './stats';

const kills = Number(process.env.SOAK_KILLS ?? 200);
const result = await killLoop({ kills, seed: Number(process.env.SOAK_SEED ?? 18), log: (l) => process.stdout.write(`\r${l}   `) });
process.stdout.write('\n');
const ms = (p: number) => percentile(result.restartMs, p).toFixed(0);
console.log(`kills: ${result.kills}, acknowledged commands: ${result.acknowledged}, lost: ${result.lost.length}`);
console.log(`restart to first snapshot: p50 ${ms(50)} ms, p95 ${ms(95)} ms, max ${Math.max(...result.restartMs).toFixed(0)} ms`);
fs.rmSync(result.dataDir, { recursive: true, force: true });
process.exit(result.lost.length || result.kills < kills ? 1 : 0);
