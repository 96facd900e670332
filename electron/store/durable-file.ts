/**
 * Writes a file so that after a crash or a power cut it holds either the old content or
 * the new, never a torn mix, and once this returns the new content survives a power cut:
 * the content goes to a temporary file beside it, which is flushed to the disk (fsync), renamed
 * over the file (atomic on one file system), and the folder is flushed so the rename itself is kept.
 * The temporary file's name is this write's own (two exports to one path at once never write into
 * one temporary file), and it is removed when the write fails.
 *
 * `step` is called after each step; tests throw from it to stand for a crash at that point.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export type DurableStep = 'written' | 'flushed' | 'renamed' | 'folder-flushed';

/** The temporary name beside `file` for one write: `report.docx.4242-9f1c0a7e.partial`. */
export function partialName(file: string): string {
  return `${file}.${process.pid}-${randomBytes(4).toString('hex')}.partial`;
}

export function writeFileDurably(file: string, text: string | Uint8Array, options: { mode?: number; step?: (s: DurableStep) => void } = {}): void {
  const { mode = 0o644, step = () => {} } = options;
  replaceDurably(file, step, (partial) => {
    // Made here and now ('wx'), so it has `mode` (a secret stays this user's).
    const fd = fs.openSync(partial, 'wx', mode);
    try {
      fs.writeFileSync(fd, text);
      step('written');
      fs.fsyncSync(fd);
      step('flushed');
    } finally {
      fs.closeSync(fd);
    }
  });
}

/**
 * Copies `source` to `target` the same way (a backup to a USB stick): copied, flushed, then
 * `check`ed (it throws to refuse the copy) before it takes the target's name, so "saved" is said
 * only of a whole, checked file on the disk, and a failure leaves no half file under that name.
 */
export function copyFileDurably(source: string, target: string, options: { check?: (partial: string) => void; step?: (s: DurableStep) => void } = {}): void {
  const { check = () => {}, step = () => {} } = options;
  replaceDurably(target, step, (partial) => {
    fs.copyFileSync(source, partial, fs.constants.COPYFILE_EXCL);
    step('written');
    flushFile(partial);
    step('flushed');
    check(partial);
  });
}

/** Writes `file`'s new content with `write` into a temporary file of its own, then renames it over `file` and flushes the folder. */
function replaceDurably(file: string, step: (s: DurableStep) => void, write: (partial: string) => void): void {
  const partial = partialName(file);
  try {
    write(partial);
    fs.renameSync(partial, file);
  } catch (e) {
    fs.rmSync(partial, { force: true });
    throw e;
  }
  step('renamed');
  flushFolder(path.dirname(file));
  step('folder-flushed');
}

/** Flushes a file's content to the disk (opened for writing: Windows flushes only such a handle). */
function flushFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Flushes a folder's entries (a rename) to the disk. Windows cannot open a folder this way, and makes a rename durable itself. */
function flushFolder(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
