import { describe, expect, it } from 'vitest';
import { decideResume, parseSharingMemory, resumePort, sharingMemoryPath, type Here } from '../../../electron/server/sharing-memory';
import { machineIdentity, networkCards, parseMachineIdFile, parseMacUuid, parseWindowsGuid, sameCards } from '../../../electron/server/machine';

const token = 'A'.repeat(32);
const card = (mac: string) => networkCards({ eth0: [{ mac, internal: false, address: '10.0.0.2', netmask: '255.255.255.0', family: 'IPv4', cidr: null }] })[0];
const builtIn = card('3c:52:82:1a:2b:3c');
const here: Here = { machine: machineIdentity('3d1219c7c4c5404aaa1f6d2a48adfda4', 'hdnd-laptop'), dir: '/home/chair/.config/Gavel', cards: [builtIn] };
/** What this Gavel writes, what the Gavel before it wrote (the computer's name), and the one before that (no record). */
const now = (where: Partial<Here> = {}) => JSON.stringify({ port: 5513, token, machine: here.machine, dir: here.dir, cards: here.cards, ...where });
const before = (where: Record<string, string> = {}) => JSON.stringify({ port: 5513, token, host: 'hdnd-laptop', dir: here.dir, ...where });
const older = JSON.stringify({ port: 5513, token });
const resume = { kind: 'resume', memory: { port: 5513, token, revokedScreens: [], newScreens: true, knownScreens: [] } };
const refused = (why: string) => ({ kind: 'refused', why });

describe('resuming LAN sharing at start', () => {
  it('resumes where sharing was turned on: the same computer and the same data folder', () => {
    expect(decideResume(now(), here)).toEqual(resume);
    expect(decideResume(null, here)).toEqual({ kind: 'none' });
    // The record of the Gavel just before this one, without the cards: its identifier and folder decide.
    expect(decideResume(JSON.stringify({ port: 5513, token, machine: here.machine, dir: here.dir }), here)).toEqual(resume);
  });

  it('does not resume a copy of the data folder on another computer, even one with the same name and the same path', () => {
    const clone: Here = { ...here, machine: machineIdentity('0f9e8d7c6b5a49382716a5b4c3d2e1f0', 'hdnd-laptop') };
    expect(decideResume(now(), clone)).toEqual(refused('elsewhere'));
    // Nor a copy in another folder of the same computer (a USB stick, a backup of the whole folder).
    expect(decideResume(now(), { ...here, dir: '/media/chair/USB/Gavel' })).toEqual(refused('elsewhere'));
  });

  it('does not resume on a laptop installed from the same disk image (the same system identifier): its network cards differ', () => {
    const imaged: Here = { ...here, cards: [card('3c:52:82:9f:8e:7d')] };
    expect(decideResume(now(), imaged)).toEqual(refused('elsewhere'));
  });

  it('still resumes on the same laptop after an ordinary change to its network cards', () => {
    const dock = card('00:e0:4c:68:01:02');
    // A dock or a USB adapter plugged in: one more card.
    expect(decideResume(now(), { ...here, cards: [builtIn, dock].sort() })).toEqual(resume);
    // Sharing turned on while docked, Gavel restarted undocked: the built-in card is still there.
    expect(decideResume(now({ cards: [builtIn, dock].sort() }), here)).toEqual(resume);
    // Cable unplugged and Wi-Fi off: no card is listed, which is not held against the computer.
    expect(decideResume(now(), { ...here, cards: [] })).toEqual(resume);
  });

  it('does not resume a file from an older Gavel, which cannot say on which computer it was written (a copy resumed once)', () => {
    // The Gavel before recorded the computer's name and the folder, which a laptop from the same image shares.
    expect(decideResume(before(), here)).toEqual(refused('unrecorded'));
    expect(decideResume(before({ host: 'other-laptop' }), here)).toEqual(refused('unrecorded'));
    // Older still, no record at all.
    expect(decideResume(older, here)).toEqual(refused('unrecorded'));
    expect(decideResume(JSON.stringify({ port: 5513, token, dir: here.dir }), here)).toEqual(refused('unrecorded'));
  });

  it('refuses a file it cannot read, or one whose record was cut short', () => {
    for (const text of ['', '{', 'null', '{"port":0,"token":"x"}', now({ port: 70000 } as never), JSON.stringify({ port: 5513, token: 'short' })]) {
      expect(parseSharingMemory(text)).toBeNull();
      expect(decideResume(text, here)).toEqual(refused('unreadable'));
    }
    expect(decideResume(JSON.stringify({ port: 5513, token, machine: here.machine }), here)).toEqual(refused('unreadable'));
    expect(decideResume(now({ cards: 'all' } as never), here)).toEqual(refused('unreadable'));
    expect(decideResume(JSON.stringify({ port: 5513, token, cards: [builtIn] }), here)).toEqual(refused('unreadable'));
  });

  it('keeps the screens the chair revoked; a file from before has none, a damaged list is a damaged file', () => {
    const revoked = { hash: 'a'.repeat(64), name: 'Edge · Windows', kind: 'hall', address: '192.168.1.40', firstSeenAt: 1000, lastSeenAt: 2000, revokedAt: 3000 };
    expect(decideResume(now({ revokedScreens: [revoked] } as never), here)).toEqual({ kind: 'resume', memory: { port: 5513, token, revokedScreens: [revoked], newScreens: true, knownScreens: [] } });
    for (const bad of ['all', [{ ...revoked, hash: 'secret' }], [{ ...revoked, kind: 'console' }], [{ ...revoked, revokedAt: null }], [null]]) {
      expect(decideResume(now({ revokedScreens: bad } as never), here)).toEqual(refused('unreadable'));
    }
  });

  it('keeps new screens out after a restart with the screens known then; a damaged choice or list is a damaged file', () => {
    const { revokedAt: _, ...known } = { hash: 'b'.repeat(64), name: 'Chrome · Linux', kind: 'hall', address: '192.168.1.41', firstSeenAt: 1000, lastSeenAt: 2000, revokedAt: 0 };
    expect(decideResume(now({ newScreens: false, knownScreens: [known] } as never), here)).toEqual({ kind: 'resume', memory: { port: 5513, token, revokedScreens: [], newScreens: false, knownScreens: [known] } });
    for (const bad of [{ newScreens: 'no' }, { newScreens: false, knownScreens: 'all' }, { newScreens: false, knownScreens: [{ ...known, hash: 'forged' }] }]) {
      expect(decideResume(now(bad as never), here)).toEqual(refused('unreadable'));
    }
  });

  it('resumes on the port it had, unless a port was chosen', () => {
    expect(sharingMemoryPath('/data')).toBe('/data/lan-sharing.json');
    expect(resumePort({ port: 40123 }, 0)).toBe(40123);
    expect(resumePort({ port: 40123 }, 5513)).toBe(5513);
  });
});

describe('which computer this is', () => {
  it('reads the identifier each system keeps, from its real output', () => {
    expect(parseMachineIdFile('3d1219c7c4c5404aaa1f6d2a48adfda4\n')).toBe('3d1219c7c4c5404aaa1f6d2a48adfda4');
    // An image ships an empty machine-id, filled at first boot: none yet.
    expect(parseMachineIdFile('')).toBeNull();
    expect(parseMachineIdFile('uninitialized\n')).toBeNull();
    const ioreg = [
      '+-o MacBookPro18,3  <class IOPlatformExpertDevice, id 0x100000113, registered, matched, active, busy 0 (1 ms), retain 36>',
      '  {',
      '    "IOPlatformSerialNumber" = "C02XXXXXXXXX"',
      '    "IOPlatformUUID" = "8A3F6C1E-2B7D-5E90-A4C1-3F2E1D0C9B8A"',
      '  }',
    ].join('\n');
    expect(parseMacUuid(ioreg)).toBe('8A3F6C1E-2B7D-5E90-A4C1-3F2E1D0C9B8A');
    const reg = '\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Cryptography\r\n    MachineGuid    REG_SZ    5f0c3a2e-8b1d-4c7e-9a6f-2d3e4b5c6a7f\r\n\r\n';
    expect(parseWindowsGuid(reg)).toBe('5f0c3a2e-8b1d-4c7e-9a6f-2d3e4b5c6a7f');
    expect(parseMacUuid('')).toBeNull();
    expect(parseWindowsGuid('ERROR: The system was unable to find the specified registry key or value.')).toBeNull();
  });

  it('records a hash of the identifier, never the identifier; the computer’s name only where the system gives none', () => {
    const id = machineIdentity('3d1219c7c4c5404aaa1f6d2a48adfda4', 'hdnd-laptop');
    expect(id).toMatch(/^id:[0-9a-f]{32}$/);
    expect(id).not.toContain('3d1219c7');
    expect(machineIdentity('3d1219c7c4c5404aaa1f6d2a48adfda4', 'renamed')).toBe(id);
    expect(machineIdentity(null, 'hdnd-laptop')).toBe('host:hdnd-laptop');
  });

  it('counts the network cards built in, not the addresses that change by themselves', () => {
    const nic = (mac: string, internal = false) => ({ mac, internal, address: '10.0.0.2', netmask: '255.255.255.0', family: 'IPv4' as const, cidr: null });
    const cards = networkCards({
      lo: [nic('00:00:00:00:00:00', true)],
      // One card with two addresses (IPv4 and IPv6) is one card.
      enp0s31f6: [nic('3C:52:82:1A:2B:3C'), { ...nic('3c:52:82:1a:2b:3c'), family: 'IPv6', address: 'fe80::1', scopeid: 2 }],
      // Randomised Wi-Fi, Docker's bridge, a VPN: locally administered (0x02 in the first byte).
      wlp2s0: [nic('da:a1:19:00:11:22')],
      docker0: [nic('02:42:ac:11:00:02')],
      tun0: [nic('00:00:00:00:00:00')],
    });
    expect(cards).toEqual([builtIn]);
    expect(cards[0]).toMatch(/^[0-9a-f]{16}$/);
    expect(cards[0]).not.toContain('3c52');
    expect(networkCards({})).toEqual([]);
    expect(sameCards(undefined, [builtIn])).toBe(true);
    expect(sameCards([builtIn], [card('3c:52:82:9f:8e:7d')])).toBe(false);
  });
});
