/**
 * Whether LAN sharing was on, remembered in a small file beside the database, so a Gavel
 * that stopped while sharing (a crash, kill -9, a restart) shares again when it starts, on
 * the same port and with the same display token: paired consoles and hall screens reconnect
 * by themselves. Only the chair's *Stop sharing* forgets it. Pure decisions, plus one read
 * and one write; used alike by browser mode and the desktop app.
 *
 * The file also says where sharing was turned on: this computer (machine.ts: the system's own
 * identifier, hashed) and the data folder's real path. A copy of the folder opened elsewhere
 * (another laptop, even one with the same name and the same path, a USB stick) must not start
 * sharing on every interface with the chair's display token, so it resumes only where it was
 * written. A file written by an older Gavel is read as that Gavel would have read it, so an update
 * does not turn sharing off; the first start after it writes the file anew, with this record.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { thisMachine } from './machine';

/** Where sharing was turned on: the computer (machine.ts) and the data folder. */
export interface Installation {
  machine: string;
  dir: string;
}

/** Where a Gavel is running: its installation, and the computer's name (only to read older files). */
export interface Here extends Installation {
  host: string;
}

export interface SharingMemory {
  port: number;
  token: string;
}

/**
 * Where a file says it was written: this Gavel's record; the record of the Gavel before it (the
 * computer's name, not its identifier); or none (older still, before any record).
 */
export type Written = Installation | { host: string; dir: string } | null;

/** This installation, for the memory file `file`: this computer and the folder's real path (a link or `..` is the same folder). */
export function installationOf(file: string): Here {
  const dir = path.dirname(path.resolve(file));
  let real = dir;
  try {
    real = fs.realpathSync(dir);
  } catch {
    // A folder not made yet is compared by the path it will have.
  }
  return { machine: thisMachine(), dir: real, host: os.hostname() };
}

/**
 * Whether a file written at `written` was written here. Each format is checked as the Gavel that
 * wrote it checked it, so updating Gavel never stops sharing from resuming: the record of the Gavel
 * before (computer name and folder) as that Gavel did, and a file without any record (older still)
 * is resumed, as that Gavel would have resumed it. The first start after an update writes the file
 * anew, with this Gavel's record, so from then on only the computer's identifier and the folder count.
 */
export function writtenHere(written: Written, here: Here): boolean {
  if (written === null) return true;
  if ('machine' in written) return written.machine === here.machine && written.dir === here.dir;
  return written.host === here.host && written.dir === here.dir;
}

/** Beside the database (browser mode's data folder, the desktop app's user-data folder). */
export function sharingMemoryPath(dataDir: string): string {
  return path.join(dataDir, 'lan-sharing.json');
}

/** What a file says, or null when it says nothing usable (damaged, edited by hand). */
export function parseSharingMemory(text: string): { memory: SharingMemory; written: Written } | null {
  try {
    const v = JSON.parse(text) as Partial<SharingMemory & Installation & { host: string }>;
    const portOk = Number.isInteger(v.port) && v.port! > 0 && v.port! <= 65535;
    const tokenOk = typeof v.token === 'string' && /^[A-Za-z0-9_-]{32}$/.test(v.token);
    if (!portOk || !tokenOk) return null;
    const memory = { port: v.port!, token: v.token! };
    const isText = (x: unknown): x is string => typeof x === 'string';
    if (isText(v.machine) && isText(v.dir)) return { memory, written: { machine: v.machine, dir: v.dir } };
    if (isText(v.host) && isText(v.dir)) return { memory, written: { host: v.host, dir: v.dir } };
    // A record begun and not finished (one field of two) was edited: it cannot say it is this one's.
    if (v.machine !== undefined || v.host !== undefined || v.dir !== undefined) return null;
    return { memory, written: null };
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
 * What a memory file says: nothing ('none': no file, so sharing was off), sharing to resume
 * here, or a file that must not be resumed ('refused': written on another computer or in another
 * folder, i.e. a copy, or unreadable).
 */
export type Remembered = { kind: 'none' } | { kind: 'resume'; memory: SharingMemory } | { kind: 'refused' };

/** The decision at start, from the file's text (null: no file) and where this Gavel runs. */
export function decideResume(text: string | null, here: Here): Remembered {
  if (text === null) return { kind: 'none' };
  const parsed = parseSharingMemory(text);
  return parsed && writtenHere(parsed.written, here) ? { kind: 'resume', memory: parsed.memory } : { kind: 'refused' };
}

export function readSharingMemory(file: string): Remembered {
  let text: string | null = null;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    // No file: sharing was off.
  }
  return decideResume(text, installationOf(file));
}

/** Remembers sharing here (null: forgets it). The token opens the hall: readable by this user only. */
export function writeSharingMemory(file: string, memory: SharingMemory | null): void {
  if (!memory) return fs.rmSync(file, { force: true });
  const partial = `${file}.partial`;
  const { machine, dir } = installationOf(file);
  fs.writeFileSync(partial, JSON.stringify({ port: memory.port, token: memory.token, machine, dir }), { mode: 0o600 });
  fs.renameSync(partial, file);
}
