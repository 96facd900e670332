#!/usr/bin/env node
// `npm start`: the desktop app where Electron's binary is available; otherwise a clear
// paragraph and browser mode. Arguments after `--` go to browser mode (--port, --data-dir).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const args = process.argv.slice(2);

const run = (cmd, cmdArgs) => spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit' }).status === 0;

if (!run(process.execPath, [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'])) process.exit(1);

/** Path of the Electron binary if it is installed, without triggering a download. */
function installedElectron() {
  try {
    const dir = path.dirname(require.resolve('electron/package.json'));
    const pathFile = path.join(dir, 'path.txt');
    if (!fs.existsSync(pathFile)) return null;
    const binary = path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8'));
    return fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** Electron 45 downloads its binary on first use; give that one bounded try. */
function tryInstallElectron() {
  try {
    const installer = path.join(path.dirname(require.resolve('electron/package.json')), 'install.js');
    spawnSync(process.execPath, [installer], { cwd: root, stdio: 'ignore', timeout: 60_000 });
  } catch {
    /* reported below */
  }
  return installedElectron();
}

const electron = installedElectron() ?? tryInstallElectron();
const nativeBinding = path.join(root, 'native-electron', 'better_sqlite3.node');

if (electron && (fs.existsSync(nativeBinding) || run(process.execPath, [path.join(root, 'scripts/electron-native.mjs')]))) {
  const child = spawn(electron, [root], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    [
      '',
      'Gavel could not start as a desktop app: ' +
        (electron
          ? 'the Electron build of its database driver could not be prepared (it is downloaded or compiled once, and that needs the internet).'
          : "Electron's program is not installed on this machine and could not be downloaded (it comes from GitHub, which this machine cannot reach).") +
        ' Gavel is starting in browser mode instead: the same console, in your web browser, with the same data folder rules. ' +
        'To get the desktop app, run `npx install-electron` and `npm run electron:native` on a machine with internet, then `npm start` again.',
      '',
    ].join('\n'),
  );
  const child = spawn(process.execPath, [path.join(root, 'out/main/serve.js'), ...args], { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}
