/**
 * A restore's line in the journal (the `backup.restored` command, commands.ts), written the same
 * way by the console's restore (keeper.ts) and the terminal's (cli.ts).
 */
import type { Engine } from '../../engine/engine';
import { listBackups, type HeldTimer } from './store';
import { cliWords } from './cli-strings';
import { fill, type Lang } from '../../../common/strings';

/**
 * Writes a restore's line in the journal of the database it has just put in place (`engine`, open
 * on it): which backup (`name`, looked up among the backups beside `file` for when and why it was
 * taken), where what it replaced went (`beforeRestore`), which running timers it paused (`held`,
 * restore.ts), and who asked. The one way both restores
 * journal it, the console's (keeper.ts) and the terminal's (cli.ts). The restore has happened
 * whatever this finds: a line that cannot be written is reported through `log` (in `lang`), never thrown.
 */
export function journalRestore(
  engine: Engine,
  file: string,
  restore: { name: string; beforeRestore: string | null; actor: string; held?: readonly HeldTimer[] },
  log: (line: string) => void,
  lang: Lang = 'en',
): void {
  const backup = listBackups(file).find((b) => b.name === restore.name);
  const line = { name: restore.name, takenAt: backup?.at ?? 0, reason: backup?.reason ?? 'manual', beforeRestore: restore.beforeRestore, held: [...(restore.held ?? [])] };
  const reply = engine.run('backup.restored', line, { actor: restore.actor, lang, server: true });
  if (!reply.ok) log(`gavel: ${fill(cliWords[lang].notJournaled, { name: restore.name, why: reply.error.message })}`);
}
