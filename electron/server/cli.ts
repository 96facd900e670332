/**
 * Browser mode: `npm run serve -- --port 5170 --data-dir ./data`. A plain Node process
 * with the same engine as the desktop app; never imports Electron.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Engine } from '../engine/engine';
import { closeStore, openStore, StoreOpenError } from '../store/db';
import { parseServeArgs } from './args';
import { startServer } from './server';

export const DATABASE_FILE = 'gavel.sqlite';

async function main(): Promise<void> {
  const parsed = parseServeArgs(process.argv.slice(2));
  if (!parsed.ok) {
    console.error(`gavel: ${parsed.message}`);
    process.exit(2);
  }
  const { port, host, dataDir, lanHost, lanPort } = parsed.options;
  const file = path.resolve(dataDir, DATABASE_FILE);
  let db;
  try {
    db = openStore(file);
  } catch (e) {
    if (e instanceof StoreOpenError) {
      console.error(`gavel: cannot open ${file}: ${e.message}`);
      process.exit(3);
    }
    throw e;
  }
  const engine = new Engine(db);
  const staticDir = fileURLToPath(new URL('../renderer', import.meta.url));
  let server;
  try {
    server = await startServer({ engine, staticDir, host, port, lanHost, lanPort });
  } catch (e) {
    closeStore(db);
    const code = (e as NodeJS.ErrnoException).code;
    console.error(code === 'EADDRINUSE' ? `gavel: port ${port} is already in use; choose another with --port.` : `gavel: ${(e as Error).message}`);
    process.exit(4);
  }
  console.log(`Gavel is running at ${server.url}  (hall screen: ${server.url}hall)`);
  console.log(`Data: ${file}`);

  let closing = false;
  const shutdown = async () => {
    if (closing) return;
    closing = true;
    await server.close();
    closeStore(db);
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

void main();
