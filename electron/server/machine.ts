/**
 * Which computer this is, as its operating system identifies it: Linux's machine-id (made when the
 * system is installed), the Mac's hardware UUID, Windows' MachineGuid (made when Windows is
 * installed). A computer's name is not that: an office's laptops installed from one image often
 * share it, and a Mac's changes with the network. Read once (a file, or one short command on a
 * Mac and on Windows); the parsing is pure and tested with each system's real output.
 */
import { execFileSync, type ExecFileSyncOptionsWithStringEncoding } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** `ioreg -rd1 -c IOPlatformExpertDevice` on a Mac: the line `"IOPlatformUUID" = "…"`. */
export function parseMacUuid(output: string): string | null {
  return /"IOPlatformUUID"\s*=\s*"([0-9A-Fa-f-]{36})"/.exec(output)?.[1] ?? null;
}

/** `reg query HKLM\SOFTWARE\Microsoft\Cryptography /v MachineGuid`: the line `MachineGuid    REG_SZ    …`. */
export function parseWindowsGuid(output: string): string | null {
  return /MachineGuid\s+REG_SZ\s+([0-9A-Fa-f-]{36})/.exec(output)?.[1] ?? null;
}

/** /etc/machine-id: 32 hex digits on one line (an empty file, as an image ships, is none). */
export function parseMachineIdFile(text: string): string | null {
  return /^([0-9a-f]{32})\s*$/.exec(text)?.[1] ?? null;
}

function readOsMachineId(): string | null {
  const quiet: ExecFileSyncOptionsWithStringEncoding = { encoding: 'utf8', timeout: 5_000, stdio: ['ignore', 'pipe', 'ignore'], windowsHide: true };
  try {
    if (process.platform === 'darwin') return parseMacUuid(execFileSync('/usr/sbin/ioreg', ['-rd1', '-c', 'IOPlatformExpertDevice'], quiet));
    if (process.platform === 'win32') {
      const reg = path.join(process.env.SystemRoot ?? 'C:\\Windows', 'System32', 'reg.exe');
      // The 64-bit view: a 32-bit process would otherwise read a redirected key.
      return parseWindowsGuid(execFileSync(reg, ['query', 'HKLM\\SOFTWARE\\Microsoft\\Cryptography', '/v', 'MachineGuid', '/reg:64'], quiet));
    }
    for (const file of ['/etc/machine-id', '/var/lib/dbus/machine-id']) {
      try {
        const id = parseMachineIdFile(fs.readFileSync(file, 'utf8'));
        if (id) return id;
      } catch {
        // Not there: try the next place.
      }
    }
  } catch {
    // No answer from the system: the computer's name stands in (below).
  }
  return null;
}

/**
 * The network cards built into this computer, as short hashes of their hardware (MAC) addresses:
 * what tells apart two laptops installed from one disk image without a new machine-id (Linux) or
 * MachineGuid (Windows), which carry the same system identifier. Only universally administered
 * addresses count (the bit 0x02 of the first byte clear): a randomised Wi-Fi address, a VPN, Docker
 * or a virtual machine's bridge is locally administered and changes from one network or boot to the
 * next. Loopback and all-zero addresses are not cards. Pure: `interfaces` is os.networkInterfaces().
 *
 * Why not the computer's name as well: a Mac's changes with the network, and the laptops of one
 * image usually keep the image's name, so it would refuse real machines and catch few clones.
 */
export function networkCards(interfaces: NodeJS.Dict<os.NetworkInterfaceInfo[]>): string[] {
  const cards = new Set<string>();
  for (const addresses of Object.values(interfaces)) {
    for (const { mac, internal } of addresses ?? []) {
      const first = Number.parseInt(mac.slice(0, 2), 16);
      if (internal || !/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/i.test(mac) || /^(00:){5}00$/.test(mac) || first & 0x02) continue;
      cards.add(createHash('sha256').update(`gavel-lan-sharing:${mac.toLowerCase()}`).digest('hex').slice(0, 16));
    }
  }
  return [...cards].sort();
}

/**
 * Whether a record of cards (`written`, absent in a file from the Gavel before this check) is this
 * computer's (`here`). Ordinary changes must not refuse a real machine: a dock, a USB adapter or a
 * card turned on adds a card; a cable unplugged or Wi-Fi off hides one (os.networkInterfaces lists
 * only cards with an address). So one card in common is enough, and a side that sees no card cannot
 * tell: it is not held against the computer. A clone on other hardware shares no card, and is refused.
 * (A virtual machine's adapter with a universal address, such as VMware's, is copied with the image:
 * that clone is not caught.)
 */
export function sameCards(written: readonly string[] | undefined, here: readonly string[]): boolean {
  if (!written || written.length === 0 || here.length === 0) return true;
  return written.some((card) => here.includes(card));
}

/**
 * This computer, as Gavel records it: a hash of the system's identifier, never the identifier
 * itself (systemd asks programs not to pass the machine-id around), or, where the system gives
 * none, its name (weaker: see the header).
 */
export function machineIdentity(osId: string | null, hostname: string): string {
  return osId ? `id:${createHash('sha256').update(`gavel-lan-sharing:${osId}`).digest('hex').slice(0, 32)}` : `host:${hostname}`;
}

let cached: string | null = null;
/** This computer's identity (machineIdentity), read once per run. */
export function thisMachine(): string {
  return (cached ??= machineIdentity(readOsMachineId(), os.hostname()));
}

/** This computer's network cards now (networkCards): read each time, as cards come and go. */
export function theseCards(): string[] {
  try {
    return networkCards(os.networkInterfaces());
  } catch {
    // Some systems refuse the list (a sandbox): no card is known, which holds nothing against us.
    return [];
  }
}
