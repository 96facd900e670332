#!/usr/bin/env node
// Produces better-sqlite3 for Electron's ABI in native-electron/, leaving node_modules'
// Node-ABI build (which tests and browser mode load) untouched. Needs the internet:
// it fetches the prebuilt binary for this Electron version, or Electron's headers to compile.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const electronVersion = require('electron/package.json').version;
const source = path.dirname(require.resolve('better-sqlite3/package.json'));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gavel-native-'));
const arch = process.env.npm_config_arch || process.arch;

console.log(`Building better-sqlite3 for Electron ${electronVersion} (${process.platform}-${arch})…`);
fs.cpSync(source, work, { recursive: true, filter: (p) => !p.includes(`${path.sep}build${path.sep}`) });

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const prebuilt = spawnSync(npx, ['--yes', 'prebuild-install', '--runtime=electron', `--target=${electronVersion}`, `--arch=${arch}`], {
  cwd: work,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
if (prebuilt.status !== 0) {
  const compiled = spawnSync(
    npx,
    ['--yes', 'node-gyp', 'rebuild', '--release', `--target=${electronVersion}`, `--arch=${arch}`, '--dist-url=https://electronjs.org/headers'],
    { cwd: work, stdio: 'inherit', shell: process.platform === 'win32' },
  );
  if (compiled.status !== 0) {
    console.error('Could not get better-sqlite3 for Electron: no prebuilt binary and no compiler/headers. Needs the internet.');
    process.exit(1);
  }
}
const built = path.join(work, 'build', 'Release', 'better_sqlite3.node');
fs.mkdirSync(path.join(root, 'native-electron'), { recursive: true });
fs.copyFileSync(built, path.join(root, 'native-electron', 'better_sqlite3.node'));
fs.rmSync(work, { recursive: true, force: true });
console.log('native-electron/better_sqlite3.node is ready.');
