/**
 * Durability of browser mode as a secretary whose laptop died would meet it: killed with -9
 * during command bursts, nothing acknowledged is lost; a damaged database is refused with a
 * clear message and exit code, creating nothing beside it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { killLoop, SERVE_JS } from '../../bench/killLoop';
import { Keeper } from '../../electron/features/backups/keeper';
import { tempDataDir } from './harness';

describe('durability', () => {
  it('loses no acknowledged command over 20 kill -9s during bursts', async () => {
    const result = await killLoop({ kills: 20, seed: 18 });
    expect(result.kills).toBe(20);
    expect(result.acknowledged).toBeGreaterThan(20);
    expect(result.lost).toEqual([]);
    fs.rmSync(result.dataDir, { recursive: true, force: true });
  }, 180_000);

  it('refuses a truncated database with one clear line and exit code 3, naming the newest good backup', async () => {
    const dir = tempDataDir();
    // A real database with a backup: run a few kills' worth of commands, then stop cleanly.
    const result = await killLoop({ kills: 1, seed: 7, dataDir: dir });
    expect(result.lost).toEqual([]);
    const file = path.join(dir, 'gavel.sqlite');
    const keeper = new Keeper(file, { log: () => {} });
    const saved = keeper.backup('manual')!;
    keeper.close();
    const list = spawnSync(process.execPath, ['--import', 'tsx', 'electron/features/backups/cli.ts', 'list', '--data-dir', dir], { encoding: 'utf8' });
    expect(list.stdout).toMatch(new RegExp(`^${saved.name}\t`));
    fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2));
    const before = fs.readdirSync(dir).sort();
    const run = spawnSync(process.execPath, [SERVE_JS, '--port', '0', '--data-dir', dir], { encoding: 'utf8', timeout: 20_000 });
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/^gavel: cannot open .*gavel\.sqlite: .* is damaged .* The newest good backup is gavel-\S+-manual\.sqlite .*npm run backup -- restore/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/SqliteError|    at /);
    expect(fs.readdirSync(dir).sort()).toEqual(before);
  }, 60_000);
});
