import path from 'node:path';

/** Where the desktop app keeps its database: one file in the user-data folder. */
export function databasePath(userData: string): string {
  return path.join(userData, 'gavel.sqlite');
}

/**
 * The Electron-ABI build of better-sqlite3. Packaged: shipped by electron-builder under
 * resources/native. Development: produced by `npm run electron:native` into native-electron/.
 * Tests and browser mode load node_modules' own Node-ABI build instead.
 */
export function nativeBindingPath(opts: { packaged: boolean; resourcesPath: string; appPath: string }): string {
  return opts.packaged
    ? path.join(opts.resourcesPath, 'native', 'better_sqlite3.node')
    : path.join(opts.appPath, 'native-electron', 'better_sqlite3.node');
}
