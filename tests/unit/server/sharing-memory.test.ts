import { describe, expect, it } from 'vitest';
import { decideResume, parseSharingMemory, resumePort, sharingMemoryPath, type Here } from '../../../electron/server/sharing-memory';
import { machineIdentity, parseMachineIdFile, parseMacUuid, parseWindowsGuid } from '../../../electron/server/machine';

const token = 'A'.repeat(32);
const here: Here = { machine: machineIdentity('3d1219c7c4c5404aaa1f6d2a48adfda4', 'hdnd-laptop'), dir: '/home/chair/.config/Gavel', host: 'hdnd-laptop' };
/** What this Gavel writes, what the Gavel before it wrote (the computer's name), and the one before that (no record). */
const now = (where: Partial<Here> = {}) => JSON.stringify({ port: 5513, token, machine: here.machine, dir: here.dir, ...where });
const before = (where: Partial<Here> = {}) => JSON.stringify({ port: 5513, token, host: here.host, dir: here.dir, ...where });
const older = JSON.stringify({ port: 5513, token });
const resume = { kind: 'resume', memory: { port: 5513, token } };
const refused = { kind: 'refused' };

describe('resuming LAN sharing at start', () => {
  it('resumes where sharing was turned on: the same computer and the same data folder', () => {
    expect(decideResume(now(), here)).toEqual(resume);
    expect(decideResume(null, here)).toEqual({ kind: 'none' });
    // The computer's name is not part of this record: a Mac's changes with the network.
    expect(decideResume(now(), { ...here, host: 'hdnd-laptop.local' })).toEqual(resume);
  });

  it('does not resume a copy of the data folder on another computer, even one with the same name and the same path', () => {
    const clone: Here = { ...here, machine: machineIdentity('0f9e8d7c6b5a49382716a5b4c3d2e1f0', 'hdnd-laptop') };
    expect(decideResume(now(), clone)).toEqual(refused);
    // Nor a copy in another folder of the same computer (a USB stick, a backup of the whole folder).
    expect(decideResume(now(), { ...here, dir: '/media/chair/USB/Gavel' })).toEqual(refused);
  });

  it('resumes after an update: a file written by an older Gavel is read as that Gavel read it', () => {
    // The Gavel before this one recorded the computer's name and the folder.
    expect(decideResume(before(), here)).toEqual(resume);
    expect(decideResume(before({ host: 'other-laptop' }), here)).toEqual(refused);
    expect(decideResume(before({ dir: '/media/chair/USB/Gavel' }), here)).toEqual(refused);
    // Older still, no record at all: that Gavel resumed it anywhere, so this one does too (once: it is written anew).
    expect(decideResume(older, here)).toEqual(resume);
  });

  it('refuses a file it cannot read, or one whose record was cut short', () => {
    for (const text of ['', '{', 'null', '{"port":0,"token":"x"}', now({ port: 70000 } as never), JSON.stringify({ port: 5513, token: 'short' })]) {
      expect(parseSharingMemory(text)).toBeNull();
      expect(decideResume(text, here)).toEqual(refused);
    }
    expect(decideResume(JSON.stringify({ port: 5513, token, machine: here.machine }), here)).toEqual(refused);
    expect(decideResume(JSON.stringify({ port: 5513, token, dir: here.dir }), here)).toEqual(refused);
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
});
