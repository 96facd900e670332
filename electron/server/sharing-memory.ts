/**
 * Whether LAN sharing was on, remembered in a small file beside the database, so a Gavel
 * that stopped while sharing (a crash, kill -9, a restart) shares again when it starts, on
 * the same port and with the same display token: paired consoles and hall screens reconnect
 * by themselves. Only the chair's *Stop sharing* forgets it. Pure decisions, plus one read
 * and one write; used alike by browser mode and the desktop app.
 *
 * The file also says where sharing was turned on (this computer's name and the data folder's
 * real path): a copy of the folder opened elsewhere (another laptop, a USB stick) must not start
 * sharing on every interface with the chair's display token, so it resumes only where it was written.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Where sharing was turned on: the computer and the data folder. */
export interface Installation {
  host: string;
  dir: string;
}

export interface SharingMemory extends Installation {
  port: number;
  token: string;
}

/** This installation, for the memory file `file`: the computer's name and the folder's real path (a link or `..` is the same folder). */
export function installationOf(file: string): Installation {
  const dir = path.dirname(path.resolve(file));
  let real = dir;
  try {
    real = fs.realpathSync(dir);
  } catch {
    // A folder not made yet is compared by the path it will have.
  }
  return { host: os.hostname(), dir: real };
}

export function sameInstallation(a: Installation, b: Installation): boolean {
  return a.host === b.host && a.dir === b.dir;
}

/** Beside the database (browser mode's data folder, the desktop app's user-data folder). */
export function sharingMemoryPath(dataDir: string): string {
  return path.join(dataDir, 'lan-sharing.json');
}

/** What a file says, or null when it says nothing usable (absent, damaged, edited by hand). */
export function parseSharingMemory(text: string): SharingMemory | null {
  try {
    const v = JSON.parse(text) as Partial<SharingMemory>;
    const portOk = Number.isInteger(v.port) && v.port! > 0 && v.port! <= 65535;
    const tokenOk = typeof v.token === 'string' && /^[A-Za-z0-9_-]{32}$/.test(v.token);
    // A file without its place (written by an older Gavel, or edited) cannot show it is this one's.
    const whereOk = typeof v.host === 'string' && typeof v.dir === 'string';
    return portOk && tokenOk && whereOk ? { port: v.port!, token: v.token!, host: v.host!, dir: v.dir! } : null;
  } catch {
    return null;
  }
}

/**
 * The port to share on again: an explicit --lan-port wins; with none (0, any free port) the
 * port sharing had, so the addresses the devices hold still work.
 */
export function resumePort(remembered: Pick<SharingMemory, 'port'>, configuredPort: number): number {
  return configuredPort !== 0 ? configuredPort : remembered.port;
}

/**
 * What the file at `file` says: nothing ('none': no file, so sharing was off), sharing to resume
 * here, or a file that must not be resumed ('refused': written on another computer or in another
 * folder, i.e. a copy, or unreadable).
 */
export type Remembered = { kind: 'none' } | { kind: 'resume'; memory: SharingMemory } | { kind: 'refused' };

export function readSharingMemory(file: string): Remembered {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return { kind: 'none' };
  }
  const memory = parseSharingMemory(text);
  return memory && sameInstallation(memory, installationOf(file)) ? { kind: 'resume', memory } : { kind: 'refused' };
}

/** Remembers sharing here (null: forgets it). The token opens the hall: readable by this user only. */
export function writeSharingMemory(file: string, memory: Pick<SharingMemory, 'port' | 'token'> | null): void {
  if (!memory) return fs.rmSync(file, { force: true });
  const partial = `${file}.partial`;
  fs.writeFileSync(partial, JSON.stringify({ ...memory, ...installationOf(file) }), { mode: 0o600 });
  fs.renameSync(partial, file);
}
