/** The role table's checks that need the command registry (the table itself is common/roles.ts). */
import { commands, type CommandType } from './commands';
import { commandRoles } from '../../common/roles';

/** Commands the table does not list (they fall to DEFAULT_ROLE); the role-table test names them. */
export function commandsWithoutRole(): string[] {
  return Object.keys(commands).filter((type) => !Object.hasOwn(commandRoles, type));
}

/** Compile-time: every command the table names exists (a renamed command fails the typecheck here). */
type UnknownInTable = Exclude<keyof typeof commandRoles, CommandType>;
export const tableNamesKnownCommands: [UnknownInTable] extends [never] ? true : UnknownInTable = true;
