import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKSTOP_PAGES, startCheckpointer } from '../../../electron/store/checkpointer';
import { closeStore, openStore, WAL_AUTOCHECKPOINT_PAGES } from '../../../electron/store/db';

const autocheckpoint = (db: ReturnType<typeof openStore>) => db.pragma('wal_autocheckpoint', { simple: true });

describe('the checkpoint thread', () => {
  it('hands checkpoints back to the engine’s connection when the thread cannot start, and a stop leaves them there', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gavel-ckpt-')), 'gavel.sqlite');
    const db = openStore(file);
    const lines: string[] = [];
    const checkpoints = startCheckpointer(db, file, { workerFile: path.join(os.tmpdir(), 'no-such-checkpoint-worker.js'), log: (l) => lines.push(l) });
    // While the thread is believed alive, the engine only checkpoints as a backstop.
    expect(autocheckpoint(db)).toBe(BACKSTOP_PAGES);
    await expect.poll(() => lines.length).toBe(1);
    expect(lines[0]).toMatch(/^gavel: checkpoints back on the engine's connection: /);
    expect(autocheckpoint(db)).toBe(WAL_AUTOCHECKPOINT_PAGES);
    checkpoints.stop();
    expect(autocheckpoint(db)).toBe(WAL_AUTOCHECKPOINT_PAGES);
    closeStore(db);
  });
});
