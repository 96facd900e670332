/**
 * Writes a file so that after a crash or a power cut it holds either the old content or
 * the new, never a torn mix, and once this returns the new content survives a power cut:
 * the text goes to a temporary file beside it, which is flushed to the disk (fsync), renamed over
 * the file (atomic on one file system), and the folder is flushed so the rename itself is kept.
 *
 * `step` is called after each step; tests throw from it to stand for a crash at that point.
 */
import fs from 'node:fs';
import path from 'node:path';

export type DurableStep = 'written' | 'flushed' | 'renamed' | 'folder-flushed';

export function writeFileDurably(file: string, text: string | Uint8Array, options: { mode?: number; step?: (s: DurableStep) => void } = {}): void {
  const { mode = 0o644, step = () => {} } = options;
  const partial = `${file}.partial`;
  // A leftover from a crash is removed first, so the new file is made with `mode` (a secret stays this user's).
  fs.rmSync(partial, { force: true });
  const fd = fs.openSync(partial, 'w', mode);
  try {
    fs.writeFileSync(fd, text);
    step('written');
    fs.fsyncSync(fd);
    step('flushed');
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(partial, file);
  step('renamed');
  flushFolder(path.dirname(file));
  step('folder-flushed');
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
