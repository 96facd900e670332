/**
 * Browser mode: `npm run serve -- --port 5170 --data-dir ./data`. A plain Node process
 * with the same engine as the desktop app; never imports Electron.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { adminReply, cannotOpenLine, Keeper } from '../features/backups/keeper';
import { langOfLocale } from '../../common/strings';
import { parseServeArgs, SERVE_USAGE } from './args';
import { startServer, type GavelServer } from './server';
import { sharingMemoryPath } from './sharing-memory';

export const DATABASE_FILE = 'gavel.sqlite';

async function main(): Promise<void> {
  const parsed = parseServeArgs(process.argv.slice(2));
  if (parsed.ok === 'help') {
    console.log(SERVE_USAGE);
    process.exit(0);
  }
  if (!parsed.ok) {
    console.error(`gavel: ${parsed.message}`);
    process.exit(2);
  }
  const { port, host, dataDir, lanHost, lanPort } = parsed.options;
  // The terminal's lines are in the language asked for with --lang, else in the terminal's own: the
  // locale Node reads (LC_ALL, LC_MESSAGES, LANG; on Windows the user's).
  const lang = parsed.options.lang ?? langOfLocale(Intl.DateTimeFormat().resolvedOptions().locale);
  const file = path.resolve(dataDir, DATABASE_FILE);
  let keeper: Keeper;
  let server: GavelServer | null = null;
  try {
    keeper = new Keeper(file);
    keeper.onSwap = (engine) => server?.replaceEngine(engine);
  } catch (e) {
    // Every refusal to open is one clear paragraph and its exit code, never a stack trace.
    console.error(cannotOpenLine(file, e, lang));
    process.exit(3);
  }
  const staticDir = fileURLToPath(new URL('../renderer', import.meta.url));
  try {
    server = await startServer({
      engine: keeper.engine,
      staticDir,
      host,
      port,
      lanHost,
      lanPort,
      admin: (request, lang, actor) => adminReply(keeper, request, lang, actor),
      backups: { copyOf: (name, lang) => keeper.copyOf(name, lang), restoreUpload: (file, label, lang, actor, o) => keeper.restoreFile(file, label, lang, actor, o), failed: () => keeper.failed(), onHealth: (listener) => keeper.onHealth(listener) },
      sharingMemory: sharingMemoryPath(path.dirname(file)),
    });
  } catch (e) {
    keeper.close();
    const code = (e as NodeJS.ErrnoException).code;
    console.error(code === 'EADDRINUSE' ? `gavel: port ${port} is already in use; choose another with --port.` : `gavel: ${(e as Error).message}`);
    process.exit(4);
  }
  // The screens' addresses where whoever sets them up looks first: a broadcast technician adds the
  // overlay's as a browser source without having to find the console's Hall screen view.
  console.log(`Gavel is running at ${server.url}  (hall screen: ${server.url}hall, broadcast overlay: ${server.url}overlay)`);
  const shared = await server.sharing();
  if (shared.on) console.log(`LAN sharing is on (it was when Gavel stopped): ${shared.urls.join('  ')}`);
  console.log(`Data: ${file}`);

  let closing = false;
  const shutdown = async () => {
    if (closing) return;
    closing = true;
    await server?.close();
    keeper.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);

  /**
   * The last line. Every acknowledged command is already committed, so the file is safe
   * either way; the question is the engine's copy of the state. With no transaction open and
   * the published revision equal to the journal's last row, nothing is half done: log and go
   * on serving. Otherwise exit without touching the file (SQLite rolls back the open
   * transaction) so a restart rebuilds everything from what was committed.
   */
  process.on('uncaughtException', (err) => {
    const intact = keeper.stateIntact();
    console.error(`gavel: unexpected error${intact ? ' (state intact, still serving)' : '; exiting so a restart reloads the committed state'}:`, err);
    if (!intact) process.exit(70);
  });
}

void main();
