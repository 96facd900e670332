/**
 * The WAL's checkpoints on a thread of their own (started by checkpointer.ts). A checkpoint
 * copies the pages the commands appended to the WAL into the database file and syncs both: done
 * by the engine's own connection it lands inside whichever command crosses the threshold (a
 * stall of milliseconds) and costs every command its share of the copying. Here it runs beside
 * the engine on its own connection; PASSIVE never waits for or blocks the engine's writes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { CheckpointerData } from './checkpointer';

const { file, nativeBinding, everyMs, flags } = workerData as CheckpointerData;
const stopped = new Int32Array(flags);
const db = new Database(file, { fileMustExist: true, nativeBinding });
// As the engine's connection (store/db.ts): a checkpoint syncs the WAL before and the file after.
db.pragma('synchronous = NORMAL');
const checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');

const timer = setInterval(() => {
  try {
    checkpoint.get();
  } catch (e) {
    // Busy or failing: the engine's own backstop checkpoint still bounds the WAL.
    parentPort?.postMessage({ failed: (e as Error).message });
  }
}, everyMs);

parentPort?.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  db.close();
  parentPort?.close();
  // The engine waits on this before it closes or replaces the file.
  Atomics.store(stopped, 0, 1);
  Atomics.notify(stopped, 0);
});
