/**
 * Whether LAN sharing was on, remembered in a small file beside the database, so a Gavel
 * that stopped while sharing (a crash, kill -9, a restart) shares again when it starts, on
 * the same port and with the same display token: paired consoles and hall screens reconnect
 * by themselves. Only the chair's *Stop sharing* forgets it. Pure decisions, plus one read
 * and one write; used alike by browser mode and the desktop app.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface SharingMemory {
  port: number;
  token: string;
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
    return portOk && typeof v.token === 'string' && /^[A-Za-z0-9_-]{32}$/.test(v.token) ? { port: v.port!, token: v.token } : null;
  } catch {
    return null;
  }
}

/**
 * The port to share on again: an explicit --lan-port wins; with none (0, any free port) the
 * port sharing had, so the addresses the devices hold still work.
 */
export function resumePort(remembered: SharingMemory, configuredPort: number): number {
  return configuredPort !== 0 ? configuredPort : remembered.port;
}

export function readSharingMemory(file: string): SharingMemory | null {
  try {
    return parseSharingMemory(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Remembers sharing (null: forgets it). The token opens the hall: readable by this user only. */
export function writeSharingMemory(file: string, memory: SharingMemory | null): void {
  if (!memory) return fs.rmSync(file, { force: true });
  const partial = `${file}.partial`;
  fs.writeFileSync(partial, JSON.stringify(memory), { mode: 0o600 });
  fs.renameSync(partial, file);
}
