/**
 * Whether LAN sharing was on, remembered in a small file beside the database, so a Gavel
 * that stopped while sharing (a crash, kill -9, a restart) shares again when it starts, on
 * the same port and with the same display token: paired consoles and hall screens reconnect
 * by themselves. Only the chair's *Stop sharing* forgets it. Pure decisions, plus one read
 * and one write; used alike by browser mode and the desktop app.
 *
 * The file also says where sharing was turned on: this computer (machine.ts: the system's own
 * identifier, hashed, and the hashes of its network cards) and the data folder's real path. A copy
 * of the folder opened elsewhere (another laptop, even one with the same name and the same path,
 * or installed from the same disk image; a USB stick) must not start sharing on every interface
 * with the chair's display token, so it resumes only where it was written.
 *
 * A file written by an older Gavel says no such thing (the one before recorded the computer's name,
 * which laptops from one image share; older ones nothing), so it cannot tell a copy from the
 * original: it is not resumed, and the chair's console says why, once. The chair shares again with
 * one click; the file is then written with this record, and later starts resume by themselves.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sameCards, theseCards, thisMachine } from './machine';
import type { KnownScreen, RevokedScreen, ScreensMemory } from './screens';
import { writeFileDurably, type DurableStep } from '../store/durable-file';

/** Where sharing was turned on: the computer (machine.ts) and the data folder. */
export interface Installation {
  machine: string;
  dir: string;
  /** Its network cards (machine.ts networkCards); absent in a file from the Gavel before they were recorded. */
  cards?: string[];
}

/** Where a Gavel is running: an installation whose network cards are read now. */
export type Here = Required<Installation>;

/**
 * The screens the chair revoked from this token (screens.ts), still kept out after a restart;
 * whether new screens may join, and the screens known when she closed the list to new ones.
 */
export interface SharingMemory extends ScreensMemory {
  port: number;
  token: string;
}

const time = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;

/** One remembered screen, or null when the entry was damaged or edited. */
function parseKnownScreen(raw: unknown): KnownScreen | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const ok = typeof r.hash === 'string' && /^[0-9a-f]{64}$/.test(r.hash) && typeof r.name === 'string' && (r.kind === 'hall' || r.kind === 'overlay') && typeof r.address === 'string' && time(r.firstSeenAt) && time(r.lastSeenAt);
  return ok ? { hash: r.hash as string, name: r.name as string, kind: r.kind as KnownScreen['kind'], address: r.address as string, firstSeenAt: r.firstSeenAt as number, lastSeenAt: r.lastSeenAt as number } : null;
}

/** One remembered revoked screen, or null when the entry was damaged or edited. */
function parseRevokedScreen(raw: unknown): RevokedScreen | null {
  const known = parseKnownScreen(raw);
  const revokedAt = (raw as Record<string, unknown> | null)?.revokedAt;
  return known && time(revokedAt) ? { ...known, revokedAt } : null;
}

/** A remembered list: absent in an older file (none), or each entry read; null when any entry is damaged (a screen must not slip back in). */
function parseList<T>(raw: unknown, parse: (x: unknown) => T | null): T[] | null {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) return null;
  const list = raw.map(parse);
  return list.includes(null) ? null : (list as T[]);
}

/** Where a file says it was written: this Gavel's record, or 'unrecorded' (an older Gavel's file, which cannot say). */
export type Written = Installation | 'unrecorded';

/** This installation, for the memory file `file`: this computer and the folder's real path (a link or `..` is the same folder). */
export function installationOf(file: string): Here {
  const dir = path.dirname(path.resolve(file));
  let real = dir;
  try {
    real = fs.realpathSync(dir);
  } catch {
    // A folder not made yet is compared by the path it will have.
  }
  return { machine: thisMachine(), dir: real, cards: theseCards() };
}

/** Whether a record says this installation: the same system identifier, the same folder, a network card in common (machine.ts sameCards). */
export function writtenHere(written: Installation, here: Here): boolean {
  return written.machine === here.machine && written.dir === here.dir && sameCards(written.cards, here.cards);
}

/** Beside the database (browser mode's data folder, the desktop app's user-data folder). */
export function sharingMemoryPath(dataDir: string): string {
  return path.join(dataDir, 'lan-sharing.json');
}

/** What a file says, or null when it says nothing usable (damaged, edited by hand). */
export function parseSharingMemory(text: string): { memory: SharingMemory; written: Written } | null {
  try {
    const v = JSON.parse(text) as Partial<SharingMemory & Installation & { host: string }> | null;
    if (typeof v !== 'object' || v === null) return null;
    const portOk = Number.isInteger(v.port) && v.port! > 0 && v.port! <= 65535;
    const tokenOk = typeof v.token === 'string' && /^[A-Za-z0-9_-]{32}$/.test(v.token);
    if (!portOk || !tokenOk) return null;
    // A file from before revocations (or closing to new screens) were remembered has none; a damaged list is a damaged file.
    const revokedScreens = parseList(v.revokedScreens, parseRevokedScreen);
    const knownScreens = parseList(v.knownScreens, parseKnownScreen);
    if (!revokedScreens || !knownScreens || (v.newScreens !== undefined && typeof v.newScreens !== 'boolean')) return null;
    const memory: SharingMemory = { port: v.port!, token: v.token!, revokedScreens, newScreens: v.newScreens ?? true, knownScreens };
    const isText = (x: unknown): x is string => typeof x === 'string';
    const cardsOk = v.cards === undefined || (Array.isArray(v.cards) && v.cards.every(isText));
    if (isText(v.machine) && isText(v.dir) && cardsOk) return { memory, written: { machine: v.machine, dir: v.dir, ...(v.cards ? { cards: v.cards } : {}) } };
    // A record begun and not finished (a machine without a folder) was edited: it cannot say it is this one's.
    if (v.machine !== undefined || v.cards !== undefined) return null;
    // The older formats: the computer's name and the folder, or nothing.
    return { memory, written: 'unrecorded' };
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
 * Why a memory file is not resumed: written on another computer or in another folder
 * ('elsewhere': a copy), by an older Gavel that did not record where ('unrecorded'), or not
 * readable ('unreadable': damaged or edited).
 */
export type RefusedWhy = 'elsewhere' | 'unrecorded' | 'unreadable';

/** What a memory file says: nothing ('none': no file, so sharing was off), sharing to resume here, or a file that must not be resumed. */
export type Remembered = { kind: 'none' } | { kind: 'resume'; memory: SharingMemory } | { kind: 'refused'; why: RefusedWhy };

/** The decision at start, from the file's text (null: no file) and where this Gavel runs. */
export function decideResume(text: string | null, here: Here): Remembered {
  if (text === null) return { kind: 'none' };
  const parsed = parseSharingMemory(text);
  if (!parsed) return { kind: 'refused', why: 'unreadable' };
  if (parsed.written === 'unrecorded') return { kind: 'refused', why: 'unrecorded' };
  return writtenHere(parsed.written, here) ? { kind: 'resume', memory: parsed.memory } : { kind: 'refused', why: 'elsewhere' };
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

/** Remembers sharing here (null: forgets it), durably (store/durable-file.ts). The token opens the hall: readable by this user only. `step`: for tests. */
export function writeSharingMemory(file: string, memory: SharingMemory | null, step?: (s: DurableStep) => void): void {
  if (!memory) return fs.rmSync(file, { force: true });
  const { machine, dir, cards } = installationOf(file);
  writeFileDurably(file, JSON.stringify({ port: memory.port, token: memory.token, revokedScreens: memory.revokedScreens, newScreens: memory.newScreens, knownScreens: memory.knownScreens, machine, dir, cards }), { mode: 0o600, step });
}
