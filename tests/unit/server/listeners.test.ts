/**
 * A long-running Gavel starts and stops things many times in one process: a restore reopens the
 * engine, the chair turns LAN sharing on and off, a test file starts a server per test. Whatever a
 * start adds to `process` (exit, signal or error listeners) its stop must remove, or each round
 * leaks one and Node warns "MaxListenersExceededWarning: 11 exit listeners added to [process]".
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Keeper } from '../../../electron/features/backups/keeper';
import { startServer } from '../../../electron/server/server';
import { manualClock, newEngine, ok, seedBasics, tempDir } from '../helpers';
import { staticDir } from './ws-client';

const EVENTS = ['exit', 'beforeExit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'uncaughtException', 'unhandledRejection', 'warning'] as const;
const counts = () => Object.fromEntries(EVENTS.map((e) => [e, process.listenerCount(e)]));

describe('process listeners', () => {
  it('stay as many after starting and stopping servers, LAN sharing, engines and keepers twelve times over', async () => {
    // One round first, so whatever is added once per process (not per start) is already there.
    const round = async () => {
      const { engine, db } = newEngine();
      seedBasics(engine);
      const server = await startServer({ engine, staticDir: staticDir(), host: '127.0.0.1', port: 0, lanHost: '127.0.0.1', lanPort: 0, sharingMemory: path.join(tempDir(), 'lan-sharing.json') });
      await server.sharing({ enable: true });
      await server.sharing({ enable: false });
      await server.close();
      db.close();
      const clock = manualClock();
      const keeper = new Keeper(path.join(tempDir(), 'gavel.sqlite'), { clock: () => clock, log: () => {} });
      seedBasics(keeper.engine);
      const backup = keeper.backup('manual')!;
      ok(keeper.engine, 'delegate.add', { fullName: 'Sau bản sao lưu' });
      keeper.restore(backup.name);
      keeper.close();
    };
    await round();
    const before = counts();
    for (let i = 0; i < 12; i++) await round();
    expect(counts()).toEqual(before);
  });
});
