/**
 * Runs the WAL's checkpoints on a worker thread (checkpoint-worker.ts) instead of inside the
 * engine's commits, as SQLite's WAL documentation suggests for an application that cares about
 * its writes' latency. The engine's connection keeps an automatic checkpoint as a backstop, at a
 * threshold only reached when the thread falls behind or has died; stopping restores the usual one.
 */
import { Worker } from 'node:worker_threads';
import { WAL_AUTOCHECKPOINT_PAGES, type Db } from './db';

/** WAL pages after which the engine's own connection checkpoints anyway (80 MB). */
export const BACKSTOP_PAGES = 20_000;
/** How often the thread checkpoints what the commands have appended. */
const EVERY_MS = 200;
/** The longest a stop waits for a checkpoint in progress to finish. */
const STOP_WAIT_MS = 5_000;

export interface CheckpointerData {
  file: string;
  nativeBinding?: string;
  everyMs: number;
  /** One Int32: set to 1 by the thread once its connection is closed. */
  flags: SharedArrayBuffer;
}

export interface Checkpointer {
  /** Stops the thread and waits until its connection is closed (so the file may be closed or replaced). */
  stop(): void;
}

export function startCheckpointer(db: Db, file: string, opts: { workerFile: string; nativeBinding?: string; log?: (line: string) => void; everyMs?: number }): Checkpointer {
  const flags = new SharedArrayBuffer(4);
  const stopped = new Int32Array(flags);
  const data: CheckpointerData = { file, nativeBinding: opts.nativeBinding, everyMs: opts.everyMs ?? EVERY_MS, flags };
  const log = opts.log ?? ((line: string) => console.warn(line));
  let alive = true;
  const fallBack = (why: string) => {
    if (!alive) return;
    alive = false;
    // Without the thread the engine checkpoints as it always did.
    if (db.open) db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
    log(`gavel: checkpoints back on the engine's connection: ${why}`);
  };
  const worker = new Worker(opts.workerFile, { workerData: data });
  worker.unref();
  worker.on('error', (e) => fallBack(e.message));
  worker.on('exit', () => fallBack('the checkpoint thread ended'));
  worker.on('message', (m: { failed?: string }) => m.failed && log(`gavel: a background checkpoint failed: ${m.failed}`));
  db.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
  return {
    stop() {
      if (!alive) return;
      alive = false;
      if (db.open) db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
      worker.postMessage('stop');
      // Blocking, and short: at most the end of a checkpoint already running.
      Atomics.wait(stopped, 0, 0, STOP_WAIT_MS);
    },
  };
}
