import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyFileDurably, writeFileDurably, type DurableStep } from '../../../electron/store/durable-file';
import { readSharingMemory, writeSharingMemory, type SharingMemory } from '../../../electron/server/sharing-memory';

const dirs: string[] = [];
function folder(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'gavel-durable-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  vi.restoreAllMocks();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const steps: DurableStep[] = ['written', 'flushed', 'renamed', 'folder-flushed'];
const crashAt = (at: DurableStep) => (s: DurableStep) => {
  if (s === at) throw new Error(`crash after ${s}`);
};

describe('writing a small file durably', () => {
  it('flushes the new file before renaming it over the old one, then flushes the folder', () => {
    const file = path.join(folder(), 'state.json');
    const calls: string[] = [];
    vi.spyOn(fs, 'fsyncSync').mockImplementation(() => void calls.push('fsync'));
    const rename = fs.renameSync;
    vi.spyOn(fs, 'renameSync').mockImplementation((a, b) => (calls.push('rename'), rename(a, b)));
    writeFileDurably(file, '{"a":1}');
    expect(calls).toEqual(['fsync', 'rename', 'fsync']);
    expect(fs.readFileSync(file, 'utf8')).toBe('{"a":1}');
  });

  it('a crash at any step leaves the old content or the new, never a torn file', () => {
    for (const at of steps) {
      const file = path.join(folder(), 'state.json');
      writeFileDurably(file, 'old');
      expect(() => writeFileDurably(file, 'new', { step: crashAt(at) })).toThrow(`crash after ${at}`);
      expect(fs.readFileSync(file, 'utf8')).toBe(at === 'written' || at === 'flushed' ? 'old' : 'new');
      // The next write after the restart finishes over the leftover.
      writeFileDurably(file, 'newer');
      expect(fs.readFileSync(file, 'utf8')).toBe('newer');
      expect(fs.readdirSync(path.dirname(file))).toEqual(['state.json']);
    }
  });

  it('two writers to one file at once (two exports to one path) each finish whole: the temporary file is each one’s own', () => {
    const file = path.join(folder(), 'minutes.docx');
    // The second starts and ends while the first has written but not yet renamed.
    writeFileDurably(file, 'first', { step: (s) => s === 'written' && writeFileDurably(file, 'second') });
    expect(fs.readFileSync(file, 'utf8')).toBe('first');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['minutes.docx']);
  });

  it('makes a file with a secret readable by this user only, even over a leftover from a crash', () => {
    if (process.platform === 'win32') return;
    const file = path.join(folder(), 'secret.json');
    fs.writeFileSync(`${file}.partial`, 'torn', { mode: 0o644 });
    writeFileDurably(file, 'token', { mode: 0o600 });
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });
});

describe('copying a file durably (a backup to a USB stick)', () => {
  it('a failure at any step, or a refused check, leaves the old file or the whole new one and no temporary file', () => {
    const dir = folder();
    const source = path.join(dir, 'backup.sqlite');
    fs.writeFileSync(source, 'new');
    for (const at of steps) {
      const target = path.join(folder(), 'copy.sqlite');
      fs.writeFileSync(target, 'old');
      expect(() => copyFileDurably(source, target, { step: crashAt(at) })).toThrow(`crash after ${at}`);
      expect(fs.readFileSync(target, 'utf8')).toBe(at === 'written' || at === 'flushed' ? 'old' : 'new');
      expect(fs.readdirSync(path.dirname(target))).toEqual(['copy.sqlite']);
    }
    const target = path.join(folder(), 'copy.sqlite');
    expect(() => copyFileDurably(source, target, { check: () => { throw new Error('damaged'); } })).toThrow('damaged');
    expect(fs.readdirSync(path.dirname(target))).toEqual([]);
  });
});

describe('the LAN sharing file after a crash while it is written', () => {
  const revoked = { hash: 'a'.repeat(64), name: 'Side screen', kind: 'hall' as const, address: '10.0.0.7', firstSeenAt: 1, lastSeenAt: 2, revokedAt: 3 };
  const old: SharingMemory = { port: 5513, token: 'A'.repeat(32), revokedScreens: [], newScreens: true, knownScreens: [] };
  const next: SharingMemory = { ...old, revokedScreens: [revoked] };

  it('resumes with the old revocations or the new ones, never refuses a torn file', () => {
    for (const at of steps) {
      const file = path.join(folder(), 'lan-sharing.json');
      writeSharingMemory(file, old);
      expect(() => writeSharingMemory(file, next, crashAt(at))).toThrow();
      const after = readSharingMemory(file);
      expect(after).toEqual({ kind: 'resume', memory: at === 'written' || at === 'flushed' ? old : next });
    }
  });
});
